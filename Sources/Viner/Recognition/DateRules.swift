/// DATE rules: numeric, verbal, weekday headers, times, ranges, relative dates.
///
/// The grammar lives in ``DateParser`` (one extension per family of shapes); this scans the
/// document left to right and keeps, at each position, the longest expression found.
enum DateRules {
    /// Appends DATE candidates found in `document`.
    static func find(in document: Document, into candidates: inout [Candidate]) {
        let pieces = PieceScanner.pieces(of: document)
        find(in: pieces, reference: document.referenceDate, into: &candidates)
    }

    /// Appends DATE candidates found in `pieces`.
    static func find(in pieces: [TextPiece], reference: CalendarDate?, into candidates: inout [Candidate]) {
        let parser = DateParser(pieces: pieces, reference: reference)
        var i = 0
        while i < pieces.count {
            if let found = parser.match(at: i), found.end > i {
                let range = Int(pieces[i].start)..<Int(pieces[found.end - 1].end)
                candidates.append(Candidate(type: .date, range: range, value: found.value.map { .date($0) }))
                i = found.end
            } else {
                i += 1
            }
        }
    }
}
