@_spi(Benchmarks) @testable import Viner

/// Shared helpers for the tokenizer suites.
enum TokenizerFixture {
    static let tokenizer: Tokenizer = {
        do { return try Tokenizer() } catch { fatalError("ICU word break iterator: \(error)") }
    }()

    /// `(text, kind)` for every token of `text`.
    static func pairs(_ text: String) -> [Pair] {
        tokenizer.tokens(in: text).map { Pair($0.text(in: text), $0.kind) }
    }

    /// Tokens of raw bytes (possibly invalid UTF-8).
    static func tokens(bytes: [UInt8], using tokenizer: Tokenizer = TokenizerFixture.tokenizer) -> [Token] {
        var result: [Token] = []
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.forEachToken(utf8: buffer) { result.append($0) }
        }
        return result
    }

    struct Pair: Hashable, CustomStringConvertible {
        var text: String
        var kind: TokenKind
        init(_ text: String, _ kind: TokenKind) { self.text = text; self.kind = kind }
        var description: String { "\(text)/\(kind)" }
    }
}

/// Random text from pieces that stress the tokenizer: Vietnamese NFC and NFD, digits with
/// separators, punctuation, odd spaces, emoji, Han, Thai, combining marks without a base.
enum RandomText {
    static let pieces: [String] = [
        "a", "Đ", "ư", "ộ", "Việt", "nghiệp", "H'", "’", "TT", "&", "/", "-", "–", "—", ".", ",", ":", "%",
        "1", "23", "456", "7", "0", "h", "@", "www.", "https://", "_", "(", ")", "“", "”", "\"", "'", "…",
        " ", "  ", "\n", "\t", "\r\n", "\u{00A0}", "\u{3000}", "\u{2009}",
        "e\u{0301}", "\u{0323}", "\u{0302}", "\u{200D}", "\u{FEFF}", "😀", "👩‍👩‍👧", "🇻🇳",
        "漢字", "ไทย", "ภาษา", "カタカナ", "한국", "Ж", "ß", "ǅ", "\u{FFFD}", "٣", "½", "−",
    ]

    static func string(length: Int, using random: inout SplitMix64) -> String {
        var result = ""
        for _ in 0..<length { result += pieces[Int(random.next() % UInt64(pieces.count))] }
        return result
    }

    /// Valid text with some bytes replaced by invalid UTF-8.
    static func bytes(length: Int, using random: inout SplitMix64) -> [UInt8] {
        var bytes = Array(string(length: length, using: &random).utf8)
        let bad: [UInt8] = [0x80, 0xBF, 0xC0, 0xC3, 0xE1, 0xED, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<max(1, bytes.count / 20) where !bytes.isEmpty {
            bytes[Int(random.next() % UInt64(bytes.count))] = bad[Int(random.next() % UInt64(bad.count))]
        }
        return bytes
    }
}
