/// A small deterministic random source (SplitMix64) for generated test input.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates valid JSONL lines of the common kind: `text`, maybe `id` (string or plain
/// integer) and `reference_date`, in random order among nested members of every JSON kind,
/// with random whitespace and every way of writing a string (raw, short escapes, `\u`, pairs).
struct LineGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(state: seed) }

    private static let pieces: [String] = ["a", "Z", " ", "đ", "Đà Nẵng", "ươ", "e\u{301}", "😀", "🇻🇳", "\"", "\\", "/",
                                           "\n", "\t", "\r", "\u{1}", "\u{1F}", "\u{7F}", "\u{A0}", "\u{FEFF}", "\u{0}",
                                           "{", "}", "[", "]", ",", ":", "0", "-", "e", "\u{2028}", "\u{10FFFF}"]

    mutating func whitespace() -> String {
        let choices = ["", "", "", " ", "  ", "\t", "\r\n", " \n "]
        return choices.randomElement(using: &random)!
    }

    /// Arbitrary text, a few pieces long.
    mutating func text() -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...12, using: &random) { text += Self.pieces.randomElement(using: &random)! }
        return text
    }

    /// `value` as a JSON string, each scalar written in a randomly chosen legal way.
    mutating func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
            switch Int.random(in: 0..<6, using: &random) {
            case 0: out += Self.unicodeEscape(scalar)
            case 1 where mustEscape: out += Self.shortEscape(scalar) ?? Self.unicodeEscape(scalar)
            case 2 where scalar == "/": out += "\\/"
            default: out += mustEscape ? (Self.shortEscape(scalar) ?? Self.unicodeEscape(scalar)) : String(scalar)
            }
        }
        return out + "\""
    }

    private static func shortEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\u{8}": return "\\b"
        case "\u{C}": return "\\f"
        default: return nil
        }
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        func hex(_ unit: UInt16, upper: Bool) -> String {
            let digits = String(unit, radix: 16, uppercase: upper)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        let upper = scalar.value % 2 == 0
        return UTF16.encode(scalar)!.map { hex($0, upper: upper) }.joined()
    }

    mutating func number() -> String {
        let integers = ["0", "-0", "7", "-13", "42", "9007199254740993", "123456789012345678901234567890"]
        var number = integers.randomElement(using: &random)!
        if Bool.random(using: &random) { number += "." + String(Int.random(in: 0...99999, using: &random)) }
        if Int.random(in: 0..<3, using: &random) == 0 {
            number += ["e", "E"].randomElement(using: &random)! + ["", "+", "-"].randomElement(using: &random)!
            number += String(Int.random(in: 0...200, using: &random))   // within the scanner's magnitude
        }
        return number
    }

    /// Any JSON value, nested up to `depth` more levels.
    mutating func value(depth: Int) -> String {
        switch Int.random(in: 0..<(depth > 0 ? 8 : 6), using: &random) {
        case 0: return quoted(text())
        case 1: return number()
        case 2: return "true"
        case 3: return "false"
        case 4: return "null"
        case 5: return quoted("")
        case 6:
            let members = (0..<Int.random(in: 0...3, using: &random)).map { _ in member(quoted(text()), value(depth: depth - 1)) }
            return "{" + whitespace() + members.joined(separator: ",") + "}"
        default:
            let elements = (0..<Int.random(in: 0...3, using: &random)).map { _ in whitespace() + value(depth: depth - 1) + whitespace() }
            return "[" + whitespace() + elements.joined(separator: ",") + "]"
        }
    }

    private mutating func member(_ key: String, _ value: String) -> String {
        whitespace() + key + whitespace() + ":" + whitespace() + value + whitespace()
    }

    /// One line: the members viner reads plus 0–4 others, shuffled.
    mutating func line() -> String {
        var members = [member("\"text\"", quoted(text()))]
        switch Int.random(in: 0..<3, using: &random) {
        case 0: members.append(member("\"id\"", quoted(text())))
        case 1:
            let id = Int.random(in: -999_999_999_999_999_999...999_999_999_999_999_999, using: &random)
            members.append(member("\"id\"", String(id >> Int.random(in: 0...60, using: &random))))
        default: break
        }
        if Bool.random(using: &random) {
            let day = Int.random(in: 1...28, using: &random)
            members.append(member("\"reference_date\"", quoted("2021-0\(Int.random(in: 1...9, using: &random))-\(day < 10 ? "0" : "")\(day)")))
        }
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let keys = ["\"ids\"", "\"Text\"", "\"meta\"", "\"texts\"", quoted(text()), "\"\"", "\"reference\""]
            members.append(member(keys.randomElement(using: &random)!, value(depth: 3)))
        }
        members.shuffle(using: &random)
        return whitespace() + "{" + members.joined(separator: ",") + "}" + whitespace()
    }
}
