extension Normalizer {
    /// The lexicon key of a word or phrase: NFC, traditional tone placement, safe repairs and
    /// lower case, optionally folded. Two spellings of one Vietnamese word (`Hoà`/`hòa`/NFD,
    /// `THUỶ`/`thủy`, `Ðà`/`đà`) get the same key; other words are only lower-cased.
    ///
    /// ```swift
    /// Normalizer.syllableKey("Hoà")                   // "hòa"
    /// Normalizer.syllableKey("THUỶ")                  // "thủy"
    /// Normalizer.syllableKey("Thủy", folding: .all)   // "thuy"
    /// ```
    public static func syllableKey(_ text: some StringProtocol, folding: NormalizationOptions.Folding = .none) -> String {
        let normalizer = Normalizer(options: NormalizationOptions(folding: folding, lowercase: true))
        return normalizer.normalize(String(text)).text
    }
}
