/// DATE rules: numeric, verbal, weekday headers, times, ranges, relative dates.
enum DateRules {
    /// Appends DATE candidates found in `document`.
    static func find(in document: Document, into candidates: inout [Candidate]) {
    }
}
