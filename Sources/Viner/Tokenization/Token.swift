/// One token: a byte range into the caller's UTF-8 text, its kind and its case flags.
///
/// A token holds no `String`; read its text with ``Token/text(in:)`` when you need it.
///
/// ```swift
/// let tokenizer = try Tokenizer()
/// let text = "Sở TT&TT đạt 83,7%"
/// tokenizer.forEachToken(in: text) { token in
///     print(token.kind, token.text(in: text))   // word Sở, abbreviation TT&TT, …
/// }
/// ```
public struct Token: Sendable, Hashable {
    /// Start offset in UTF-8 bytes, inclusive.
    public var start: Int32
    /// End offset in UTF-8 bytes, exclusive.
    public var end: Int32
    /// What the token is, by shape.
    public var kind: TokenKind
    /// Case facts.
    public var flags: TokenFlags

    /// Creates a token.
    @inlinable
    public init(start: Int32, end: Int32, kind: TokenKind, flags: TokenFlags = []) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }

    /// The UTF-8 byte range of the token in the text it came from.
    @inlinable public var byteRange: Range<Int> { Int(start)..<Int(end) }

    /// The token's length in UTF-8 bytes.
    @inlinable public var byteCount: Int { Int(end - start) }

    /// The token's text, cut from the `String` it was produced from.
    public func text(in source: String) -> String {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let upper = utf8.index(lower, offsetBy: Int(end - start))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }
}
