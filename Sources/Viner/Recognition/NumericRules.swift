/// DATE and PERCENT rules over one shared cut of the document into ``TextPiece``s: the pieces
/// are scanned once and each line is handed to ``DateRules`` and then ``PercentRules``.
/// Candidates come out in the order the two separate passes give (all dates, then all
/// percentages), so overlap resolution sees the same input.
enum NumericRules {
    /// Appends DATE candidates, then PERCENT candidates, found in `document`.
    static func find(in document: Document, into candidates: inout [Candidate]) {
        let pieces = PieceScanner.pieces(of: document)
        var percents: [Candidate] = []
        let reference = document.referenceDate
        let timesWithoutDate = document.options.timesWithoutDate
        pieces.withUnsafeBufferPointer { all in
            // A date or a percentage never runs across a line break; each line is read in
            // place (a zero-based view, no copy).
            PieceScanner.forEachLine(of: pieces, in: document) { range in
                let line = UnsafeBufferPointer(rebasing: all[range])
                DateRules.find(in: line, reference: reference, timesWithoutDate: timesWithoutDate, into: &candidates)
                PercentRules.find(in: line, into: &percents)
            }
        }
        candidates += percents
    }
}
