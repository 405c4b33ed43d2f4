/// TITLE, AGENCY, PERSON and LOCATION rules, driven by the lexicon.
struct NameRules: Sendable {
    let lexicon: Lexicon

    /// Appends TITLE/AGENCY/PERSON/LOCATION candidates found in `document`.
    func find(in document: Document, into candidates: inout [Candidate]) {
    }
}
