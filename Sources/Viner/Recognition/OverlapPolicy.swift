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
        // Bytes already covered by an accepted span, one bit per byte of the covered extent
        // (linear in the spans' lengths; inserting into a sorted array was quadratic on long texts).
        let lowest = ranked.lazy.map(\.range.lowerBound).min() ?? 0
        let highest = ranked.lazy.map(\.range.upperBound).max() ?? 0
        var taken = [UInt64](repeating: 0, count: (highest - lowest + 63) / 64)
        var accepted: [Candidate] = []
        accepted.reserveCapacity(ranked.count)
        for candidate in ranked {
            let range = (candidate.range.lowerBound - lowest)..<(candidate.range.upperBound - lowest)
            var free = true
            for bit in range where taken[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                free = false
                break
            }
            guard free else { continue }
            for bit in range { taken[bit >> 6] |= 1 << UInt64(bit & 63) }
            accepted.append(candidate)
        }
        accepted.sort { $0.range.lowerBound < $1.range.lowerBound }
        return accepted
    }
}
