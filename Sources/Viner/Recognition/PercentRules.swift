/// PERCENT rules: `95%`, `83,7%`, `98,9 %`, `10-15%`, `5 phần trăm`, spelled-out numbers.
///
/// The grammar lives in ``PercentParser``; this scans the document left to right.
enum PercentRules {
    /// Appends PERCENT candidates found in `document`.
    static func find(in document: Document, into candidates: inout [Candidate]) {
        let pieces = PieceScanner.pieces(of: document)
        for line in PieceScanner.lines(of: pieces, in: document) {
            find(in: pieces[line], into: &candidates)
        }
    }

    /// Appends PERCENT candidates found in `pieces`.
    static func find(in pieces: ArraySlice<TextPiece>, into candidates: inout [Candidate]) {
        pieces.withUnsafeBufferPointer { find(in: $0, into: &candidates) }
    }

    /// Appends PERCENT candidates found in `pieces` (one line).
    static func find(in pieces: UnsafeBufferPointer<TextPiece>, into candidates: inout [Candidate]) {
        let parser = PercentParser(p: pieces)
        var i = 0
        while i < pieces.count {
            if let found = parser.match(at: i), found.end > i {
                let range = Int(pieces[i].start)..<Int(pieces[found.end - 1].end)
                candidates.append(Candidate(type: .percent, range: range, value: .percent(found.value), priority: 1))
                i = found.end
            } else {
                i += 1
            }
        }
    }
}
