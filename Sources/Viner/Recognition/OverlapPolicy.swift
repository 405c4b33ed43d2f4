/// The one written policy for overlapping candidates: the longest span wins; between equally
/// long spans the higher rule priority wins; then the earliest. Accepted spans never overlap
/// and never nest.
enum OverlapPolicy {
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        if candidates.count < 2 { return candidates.filter { !$0.range.isEmpty } }
        // Rank compact keys, not the candidates themselves (they carry values: moving them
        // costs reference counting). The key's last field is the input position, so the order
        // is total and equals the stable sort of the candidates.
        var ranked: [RankKey] = []
        ranked.reserveCapacity(candidates.count)
        var lowest = Int.max
        var highest = Int.min
        for (index, candidate) in candidates.enumerated() where !candidate.range.isEmpty {
            let range = candidate.range
            ranked.append(RankKey(length: range.count, priority: candidate.priority, start: range.lowerBound, index: index))
            lowest = min(lowest, range.lowerBound)
            highest = max(highest, range.upperBound)
        }
        guard !ranked.isEmpty else { return [] }
        ranked.sort { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.start != b.start { return a.start < b.start }
            return a.index < b.index
        }
        // Bytes already covered by an accepted span, one bit per byte of the covered extent
        // (linear in the spans' lengths; inserting into a sorted array was quadratic on long texts).
        var taken = [UInt64](repeating: 0, count: (highest - lowest + 63) / 64)
        var accepted: [RankKey] = []
        accepted.reserveCapacity(ranked.count)
        taken.withUnsafeMutableBufferPointer { taken in
            for key in ranked {
                let range = (key.start - lowest)..<(key.start - lowest + key.length)
                var free = true
                for bit in range where taken[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                    free = false
                    break
                }
                guard free else { continue }
                for bit in range { taken[bit >> 6] |= 1 << UInt64(bit & 63) }
                accepted.append(key)
            }
        }
        // Accepted spans never overlap and are never empty, so their starts are distinct.
        accepted.sort { $0.start < $1.start }
        return accepted.map { candidates[$0.index] }
    }

    private struct RankKey {
        var length: Int
        var priority: Int
        var start: Int
        var index: Int
    }
}
