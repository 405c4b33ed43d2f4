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
    /// all ASCII, so they never occur inside a multi-byte sequence; runs between them are
    /// copied in one go.
    func appendJSONEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while true {
            index = Self.firstByteToEscape(in: source, from: index)
            guard index < source.count else { break }
            let byte = source[index]
            if runStart < index { append(UnsafeBufferPointer(rebasing: source[runStart..<index])) }
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
            index += 1
            runStart = index
        }
        if runStart < source.count { append(UnsafeBufferPointer(rebasing: source[runStart...])) }
    }

    /// `true` for the bytes a JSON string cannot hold raw: controls, `"` and `\`.
    @inline(__always)
    static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The index of the first byte from `start` on that needs escaping (`source.count` if none).
    /// Looks at eight bytes at a time: a word is skipped when none of its bytes is below 0x20,
    /// `"` or `\` (exact bit tests, no false negatives).
    @inline(__always)
    static func firstByteToEscape(in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = source.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= source.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let below0x20 = (word &- ones &* 0x20) & ~word
                let isQuote = (quote &- ones) & ~quote
                let isBackslash = (backslash &- ones) & ~backslash
                if (below0x20 | isQuote | isBackslash) & highs != 0 { break }
                index += 8
            }
        }
        while index < source.count, !needsJSONEscape(source[index]) { index += 1 }
        return index
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}
