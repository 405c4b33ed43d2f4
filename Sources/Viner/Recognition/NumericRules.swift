/// DATE and PERCENT rules over one shared cut of the document into ``TextPiece``s: the pieces
/// are scanned once, noting the lines and the few pieces where a date or a percentage can
/// start; each line with such a piece is handed to ``DateRules`` and then ``PercentRules``,
/// which try only those pieces. Candidates come out in the order the two separate passes give
/// (all dates, then all percentages), so overlap resolution sees the same input.
enum NumericRules {
    /// Appends DATE candidates, then PERCENT candidates, found in `document`.
    static func find(in document: Document, into candidates: inout [Candidate]) {
        let scan = PieceScanner.scan(of: document)
        guard !scan.dateStarts.isEmpty || !scan.percentStarts.isEmpty else { return }
        var percents: [Candidate] = []
        let reference = document.referenceDate
        let timesWithoutDate = document.options.timesWithoutDate
        scan.pieces.withUnsafeBufferPointer { all in
            scan.dateStarts.withUnsafeBufferPointer { dateStarts in
                scan.percentStarts.withUnsafeBufferPointer { percentStarts in
                    // A date or a percentage never runs across a line break; each line is read
                    // in place (a zero-based view, no copy).
                    var nextDate = 0
                    var nextPercent = 0
                    var lineStart = 0
                    for lineIndex in 0...scan.lineStarts.count {
                        let lineEnd = lineIndex < scan.lineStarts.count ? scan.lineStarts[lineIndex] : all.count
                        let dateFrom = nextDate
                        while nextDate < dateStarts.count, dateStarts[nextDate] < lineEnd { nextDate += 1 }
                        let percentFrom = nextPercent
                        while nextPercent < percentStarts.count, percentStarts[nextPercent] < lineEnd { nextPercent += 1 }
                        if nextDate > dateFrom || nextPercent > percentFrom {
                            let line = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                            if nextDate > dateFrom {
                                DateRules.find(in: line, at: UnsafeBufferPointer(rebasing: dateStarts[dateFrom..<nextDate]),
                                               offset: lineStart, reference: reference, timesWithoutDate: timesWithoutDate,
                                               into: &candidates)
                            }
                            if nextPercent > percentFrom {
                                PercentRules.find(in: line, at: UnsafeBufferPointer(rebasing: percentStarts[percentFrom..<nextPercent]),
                                                  offset: lineStart, into: &percents)
                            }
                        }
                        lineStart = lineEnd
                    }
                }
            }
        }
        candidates += percents
    }
}
