
/// Splits Vietnamese text into syllables, numbers, punctuation and the units that generic word
/// breaking cuts apart (`83,7%`, `18/6/2016`, `TT&TT`, `575/QĐ-UBND`, URLs, e-mails).
///
/// Backed by the system ICU word break iterator. A `Tokenizer` is `Sendable`: it keeps a small
/// pool of ICU iterators and scratch buffers, and each call borrows one, so once warmed up a
/// call allocates nothing.
///
/// ```swift
/// let tokenizer = try Tokenizer()
/// for token in tokenizer.tokens(in: "Ngày 18/6/2016, tỷ lệ đạt 83,7%") {
///     print(token.kind)   // word, numericDate, punctuation, word, word, word, percent
/// }
/// ```
public final class Tokenizer: Sendable {
    private let pool: ScratchPool
    private let input: ICUTextInput
    private let fastPath: Bool

    /// Creates a tokenizer. Throws when ICU cannot open a word break iterator.
    ///
    /// ```swift
    /// let tokenizer = try Tokenizer()   // create once, share across threads
    /// ```
    public convenience init() throws(ICUError) {
        try self.init(icuInput: .utf16)
    }

    /// Creates a tokenizer that feeds ICU the given encoding and, when `fastPath` is false,
    /// sends all text through ICU (for benchmarks and differential tests).
    @_spi(Benchmarks)
    public init(icuInput: ICUTextInput, fastPath: Bool = true) throws(ICUError) {
        input = icuInput
        self.fastPath = fastPath
        pool = ScratchPool(try TokenizerScratch(input: icuInput, fastPath: fastPath))
    }

    /// Calls `body` for every token of `text`, in order. Whitespace produces no token.
    ///
    /// Allocates nothing once warmed up (for native, contiguous strings).
    ///
    /// ```swift
    /// var words = 0
    /// tokenizer.forEachToken(in: "Sở TT&TT đạt 83,7%") { if $0.kind == .word { words += 1 } }
    /// words   // 2
    /// ```
    public func forEachToken(in text: String, _ body: (Token) throws -> Void) rethrows {
        var text = text
        try text.withUTF8 { bytes in
            try forEachToken(utf8: bytes, body)
        }
    }

    /// Calls `body` for every token of the UTF-8 `bytes`, in order. Offsets are byte offsets
    /// into `bytes`; whitespace produces no token.
    ///
    /// Invalid UTF-8 never traps and loses no bytes: each maximal ill-formed subsequence (as
    /// `String` repair counts them) is read as U+FFFD and becomes a `.symbol` token covering
    /// exactly its bytes (runs of them may form one token). Inputs must be under 2 GiB
    /// (offsets are `Int32`).
    ///
    /// ```swift
    /// let bytes = Array("Ngày 18/6/2016".utf8)
    /// bytes.withUnsafeBufferPointer { buffer in
    ///     tokenizer.forEachToken(utf8: buffer) { print($0.byteRange, $0.kind) }
    /// }
    /// ```
    @inline(__always)
    public func forEachToken(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) throws -> Void) rethrows {
        let scratch = borrowScratch()
        defer { returnScratch(scratch) }
        try scratch.segment(bytes, body)
    }

    /// Appends the tokens of `text` to `tokens` (clear it first to reuse its capacity).
    ///
    /// ```swift
    /// var tokens: [Token] = []
    /// for line in lines {
    ///     tokens.removeAll(keepingCapacity: true)
    ///     tokenizer.tokenize(line, into: &tokens)
    /// }
    /// ```
    public func tokenize(_ text: String, into tokens: inout [Token]) {
        forEachToken(in: text) { tokens.append($0) }
    }

    /// The tokens of `text`.
    ///
    /// ```swift
    /// tokenizer.tokens(in: "Sở TT&TT").count   // 2
    /// ```
    public func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        tokenize(text, into: &result)
        return result
    }

    /// The tokens of `text` as strings (convenient, allocates one `String` per token).
    ///
    /// ```swift
    /// tokenizer.strings(in: "Đạt 83,7%.")   // ["Đạt", "83,7%", "."]
    /// ```
    public func strings(in text: String) -> [String] {
        tokens(in: text).map { $0.text(in: text) }
    }

    private func borrowScratch() -> TokenizerScratch {
        if let scratch = pool.pop() { return scratch }
        // Pool empty: another thread holds every scratch. Open one more (once per extra thread).
        do {
            return try TokenizerScratch(input: input, fastPath: fastPath)
        } catch {
            preconditionFailure("ICU failed to open a second word break iterator after the first succeeded: \(error)")
        }
    }

    private func returnScratch(_ scratch: TokenizerScratch) {
        pool.push(scratch)
    }
}
