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
    // Stored as 32-bit offsets so a token stays 12 bytes (token arrays are the recogniser's
    // biggest per-document buffer); the public properties are `Int`.
    @usableFromInline var rawStart: Int32
    @usableFromInline var rawEnd: Int32
    /// What the token is, by shape.
    public var kind: TokenKind
    /// Case facts.
    public var flags: TokenFlags

    /// Creates a token covering UTF-8 bytes `start..<end`. Offsets must be below 2³¹
    /// (the tokenizer reads texts under 2 GiB).
    ///
    /// ```swift
    /// let token = Token(start: 0, end: 3, kind: .word, flags: .capitalized)
    /// ```
    @inlinable
    public init(start: Int, end: Int, kind: TokenKind, flags: TokenFlags = []) {
        self.rawStart = Int32(start)
        self.rawEnd = Int32(end)
        self.kind = kind
        self.flags = flags
    }

    /// Start offset in UTF-8 bytes, inclusive.
    @inlinable public var start: Int {
        get { Int(rawStart) }
        set { rawStart = Int32(newValue) }
    }

    /// End offset in UTF-8 bytes, exclusive.
    @inlinable public var end: Int {
        get { Int(rawEnd) }
        set { rawEnd = Int32(newValue) }
    }

    /// The UTF-8 byte range of the token in the text it came from.
    @inlinable public var byteRange: Range<Int> { start..<end }

    /// The token's length in UTF-8 bytes.
    @inlinable public var byteCount: Int { Int(rawEnd &- rawStart) }

    /// The token's text, cut from the `String` it was produced from.
    ///
    /// ```swift
    /// let text = "Sở TT&TT"
    /// tokenizer.tokens(in: text).map { $0.text(in: text) }   // ["Sở", "TT&TT"]
    /// ```
    public func text(in source: String) -> String {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: byteCount)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }
}
