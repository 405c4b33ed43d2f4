/// TITLE, AGENCY, PERSON and LOCATION rules, driven by the lexicon. The rules live in
/// `Recognition/Names/` (one file per kind); ``NameScanner`` runs them over a document.
struct NameRules: Sendable {
    let lexicon: Lexicon
    let words: NameWords

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.words = NameWords()
    }

    /// Appends TITLE/AGENCY/PERSON/LOCATION candidates found in `document`.
    func find(in document: Document, into candidates: inout [Candidate]) {
        var scanner = NameScanner(lexicon: lexicon, words: words, document: document)
        scanner.run()
        candidates += scanner.candidates
    }
}
