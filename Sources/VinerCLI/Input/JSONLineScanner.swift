/// The fields `viner tag` reads from one JSONL line, as found by ``JSONLineScanner``.
struct JSONLineFields: Equatable {
    /// The `text` string.
    var text: String
    /// The `id`: a string as written, or a plain integer in decimal (nil when absent).
    var id: String?
    /// The `reference_date` string, not yet checked (nil when absent).
    var referenceDate: String?
}

/// A strict byte-level scanner for the common JSONL line: one JSON object (RFC 8259) whose
/// `text`, `id` and `reference_date` are strings (`id` may be a plain integer), in any order,
/// among any other members, which are checked and skipped.
///
/// It answers nil whenever it is not sure to agree with `JSONSerialization`: invalid JSON,
/// a lone surrogate escape, a number that may be too large for a Double, a raw U+FEFF in a
/// key or in a string viner reads, a repeated `text`/`id`/`reference_date`,
/// an `entities` member (gold data), an `id` that is not a string or plain integer, nesting
/// deeper than ``maximumDepth``. The caller then parses the line with Foundation, which gives
/// the value or the error message exactly as before.
///
/// ```swift
/// JSONLineScanner.scan(#"{"id": 7, "text": "Hà Nội"}"#)   // text "Hà Nội", id "7"
/// JSONLineScanner.scan(#"{"text": 1}"#)                   // nil
/// ```
enum JSONLineScanner {
    /// Deeper nesting (in members viner ignores) is left to Foundation.
    static let maximumDepth = 64
    /// Numbers that might not fit a Double (more integer digits than this, counting a positive
    /// exponent) are left to Foundation, which rejects the infinite ones.
    static let maximumMagnitude = 250

    /// The fields of `line`, or nil when the line must go through Foundation.
    static func scan(_ line: String) -> JSONLineFields? {
        var line = line
        line.makeContiguousUTF8()
        return line.utf8.withContiguousStorageIfAvailable { bytes -> JSONLineFields? in
            var scanner = Cursor(bytes: bytes)
            guard let spans = scanner.objectSpans() else { return nil }
            // Strings without escapes are sliced from `line` (already valid UTF-8, no re-check).
            func string(_ span: StringSpan) -> String? {
                if !span.hasEscapes {
                    let utf8 = line.utf8
                    let start = utf8.index(utf8.startIndex, offsetBy: span.range.lowerBound)
                    let end = utf8.index(utf8.startIndex, offsetBy: span.range.upperBound)
                    return String(line[start..<end])
                }
                return unescape(UnsafeBufferPointer(rebasing: bytes[span.range]))
            }
            guard let textSpan = spans.text, let text = string(textSpan) else { return nil }
            var fields = JSONLineFields(text: text)
            switch spans.id {
            case .string(let span)?:
                guard let id = string(span) else { return nil }
                fields.id = id
            case .integer(let range)?:
                fields.id = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            case nil: break
            }
            if let span = spans.referenceDate {
                guard let date = string(span) else { return nil }
                fields.referenceDate = date
            }
            return fields
        } ?? nil
    }

    /// A JSON string's contents (between the quotes), whether it holds a backslash, and
    /// whether it holds a raw U+FEFF: Foundation drops one at the start of a string and right
    /// after an escape, so such strings are left to it.
    struct StringSpan {
        var range: Range<Int>
        var hasEscapes: Bool
        var hasByteOrderMark = false
    }

    /// The `id` value: a string, or the bytes of a plain integer.
    enum IDSpan {
        case string(StringSpan)
        case integer(Range<Int>)
    }

    /// Where the members viner reads sit in the line.
    struct ObjectSpans {
        var text: StringSpan?
        var id: IDSpan?
        var referenceDate: StringSpan?
    }

    /// The contents of a JSON string with its escapes resolved; nil on a lone surrogate.
    /// `escaped` must hold a string body already checked by ``Cursor``.
    static func unescape(_ escaped: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(escaped.count)
        var index = 0
        while index < escaped.count {
            let byte = escaped[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            let kind = escaped[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hexValue(escaped, at: index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard index + 6 <= escaped.count, escaped[index] == UInt8(ascii: "\\"),
                          escaped[index + 1] == UInt8(ascii: "u") else { return nil }
                    let low = hexValue(escaped, at: index + 2)
                    guard (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if (0xDC00..<0xE000).contains(scalar) {
                    return nil
                }
                appendUTF8(of: scalar, to: &out)
            default: out.append(kind)   // " \ /
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of the four hex digits at `index` (checked by ``Cursor``).
    private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] { value = value << 4 | UInt32(hexDigit(byte) ?? 0) }
        return value
    }

    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func appendUTF8(of scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80: out.append(UInt8(scalar))
        case ..<0x800: out.append(contentsOf: [0xC0 | UInt8(scalar >> 6), 0x80 | UInt8(scalar & 0x3F)])
        case ..<0x10000:
            out.append(contentsOf: [0xE0 | UInt8(scalar >> 12), 0x80 | UInt8(scalar >> 6 & 0x3F), 0x80 | UInt8(scalar & 0x3F)])
        default:
            out.append(contentsOf: [0xF0 | UInt8(scalar >> 18), 0x80 | UInt8(scalar >> 12 & 0x3F),
                                    0x80 | UInt8(scalar >> 6 & 0x3F), 0x80 | UInt8(scalar & 0x3F)])
        }
    }
}
