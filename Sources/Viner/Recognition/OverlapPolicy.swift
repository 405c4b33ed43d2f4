/// The one written policy for overlapping candidates: the longest span wins; between equally
/// long spans the higher rule priority wins; then the earliest. Accepted spans never overlap
/// and never nest.
enum OverlapPolicy {
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        if candidates.count < 2 { return candidates.filter { !$0.range.isEmpty } }
        let ranked = candidates.filter { !$0.range.isEmpty }.sorted { a, b in
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            if a.priority != b.priority { return a.priority > b.priority }
            return a.range.lowerBound < b.range.lowerBound
        }
        var accepted: [Candidate] = []   // kept sorted by start
        accepted.reserveCapacity(ranked.count)
        for candidate in ranked {
            // First accepted span starting at or after candidate's start.
            var low = 0
            var high = accepted.count
            while low < high {
                let mid = (low + high) / 2
                if accepted[mid].range.lowerBound < candidate.range.lowerBound { low = mid + 1 } else { high = mid }
            }
            if low < accepted.count, accepted[low].range.lowerBound < candidate.range.upperBound { continue }
            if low > 0, accepted[low - 1].range.upperBound > candidate.range.lowerBound { continue }
            accepted.insert(candidate, at: low)
        }
        return accepted
    }
}
