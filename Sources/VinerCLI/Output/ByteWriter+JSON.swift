/// JSON string literals written byte-wise.
extension ByteWriter {
    /// Appends `text` as a JSON string literal, quotes included: `"` and `\` are escaped,
    /// control characters become `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`; everything else
    /// (including non-ASCII) is copied as UTF-8.
    func append(jsonString text: String) {
        append(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ appendJSONEscaped($0) }) == nil {
            var copy = text
            copy.withUTF8 { appendJSONEscaped($0) }
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 `source` escaped for the inside of a JSON string. The bytes to escape are
    /// all ASCII, so they never occur inside a multi-byte sequence. Scanning and copying go
    /// eight bytes at a time while a word holds nothing to escape.
    func appendJSONEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress else { return }
        let length = source.count
        reserve(length)
        var index = 0
        while index < length {
            if index + 8 <= length {
                let word = UnsafeRawPointer(from + index).loadUnaligned(as: UInt64.self)
                if !Self.wordNeedsJSONEscape(word) {
                    storeUnaligned(word)
                    index += 8
                    continue
                }
            }
            let byte = from[index]
            index += 1
            if !Self.needsJSONEscape(byte) {
                appendReserved(byte)
                continue
            }
            reserve(6 + length - index)   // the longest escape, then the rest one to one
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            default:
                append("\\u00")
                append(Self.hexDigit(byte >> 4))
                append(Self.hexDigit(byte & 0x0F))
            }
        }
    }

    /// `true` when one of the eight bytes of `word` is below 0x20, `"` or `\` (exact bit
    /// tests: a word with none of them is never flagged).
    @inline(__always)
    static func wordNeedsJSONEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let below0x20 = (word &- ones &* 0x20) & ~word
        let isQuote = (quote &- ones) & ~quote
        let isBackslash = (backslash &- ones) & ~backslash
        return (below0x20 | isQuote | isBackslash) & (ones &* 0x80) != 0
    }

    /// `true` for the bytes a JSON string cannot hold raw: controls, `"` and `\`.
    @inline(__always)
    static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}
