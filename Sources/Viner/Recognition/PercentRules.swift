/// PERCENT rules: `95%`, `83,7%`, `98,9 %`, `10-15%`, `5 phần trăm`, spelled-out numbers.
enum PercentRules {
    /// Appends PERCENT candidates found in `document`.
    static func find(in document: Document, into candidates: inout [Candidate]) {
    }
}
