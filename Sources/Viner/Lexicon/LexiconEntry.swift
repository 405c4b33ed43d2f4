/// One line of a lexicon file: a phrase, its kind and an optional value.
///
/// ```swift
/// let entry = LexiconEntry(text: "UBND", kind: .agency, value: "Ủy ban nhân dân")
/// ```
public struct LexiconEntry: Sendable, Hashable {
    /// The phrase as written (matched ignoring case, Unicode form and tone placement).
    public var text: String
    /// What the phrase is.
    public var kind: LexiconKind
    /// The expansion of an acronym or a canonical spelling; nil when none.
    public var value: String?

    /// Creates an entry.
    ///
    /// ```swift
    /// LexiconEntry(text: "TGĐ", kind: .title, value: "Tổng Giám đốc")
    /// ```
    public init(text: String, kind: LexiconKind, value: String? = nil) {
        self.text = text
        self.kind = kind
        self.value = value
    }
}
