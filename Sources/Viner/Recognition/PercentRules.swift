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
            if PercentParser.canStart(pieces[i]), let found = parser.match(at: i), found.end > i {
                let range = Int(pieces[i].start)..<Int(pieces[found.end - 1].end)
                candidates.append(Candidate(type: .percent, range: range, value: .percent(found.value), priority: 1))
                i = found.end
            } else {
                i += 1
            }
        }
    }

    /// Appends PERCENT candidates found in `pieces` (one line), trying only the pieces at
    /// `starts` (indices into the document, `offset` is the line's first): those where
    /// ``PercentParser/canStart(_:)`` holds, ascending. Finds what ``find(in:into:)`` finds,
    /// since nothing starts elsewhere.
    static func find(in pieces: UnsafeBufferPointer<TextPiece>, at starts: UnsafeBufferPointer<Int>, offset: Int,
                     into candidates: inout [Candidate]) {
        let parser = PercentParser(p: pieces)
        var next = 0
        for start in starts {
            let i = start - offset
            guard i >= next else { continue }
            if let found = parser.match(at: i), found.end > i {
                let range = Int(pieces[i].start)..<Int(pieces[found.end - 1].end)
                candidates.append(Candidate(type: .percent, range: range, value: .percent(found.value), priority: 1))
                next = found.end
            }
        }
    }
}
