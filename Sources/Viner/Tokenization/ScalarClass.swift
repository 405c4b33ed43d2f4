/// The tokenizer's coarse classes of Unicode scalars, looked up in a table built once from ICU.
///
/// The low nibble is the class; ``noSpaceScript`` marks letters of scripts written without
/// spaces between words (Han, Kana, Thai, Lao, Khmer, Myanmar).
enum ScalarClass {
    static let space: UInt8 = 0
    static let upper: UInt8 = 1        // Lu, Lt
    static let lower: UInt8 = 2        // Ll
    static let caseless: UInt8 = 3     // Lm, Lo
    static let extend: UInt8 = 4       // Mn, Mc, Me, Cf: combining marks, ZWJ, soft hyphen
    static let digit: UInt8 = 5        // Nd
    static let dash: UInt8 = 6         // Pd
    static let punctuation: UInt8 = 7  // other P*, except ASCII symbols listed below
    static let symbol: UInt8 = 8       // S*, No, Nl, controls, unassigned, U+FFFD, ASCII % & / * + = < > # @ $ ^ ~ | \ _ `
    static let noSpaceScript: UInt8 = 0x10
    static let kindMask: UInt8 = 0x0F

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        let k = c & kindMask
        return k >= upper && k <= caseless
    }

    /// Letters, marks and digits: what a word is made of.
    @inline(__always) static func isWordPart(_ c: UInt8) -> Bool {
        let k = c & kindMask
        return k >= upper && k <= digit
    }

    /// The class of a scalar from ICU's facts (used to build the table).
    static func classify(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x80 { return ascii(UInt8(scalar)) }
        let facts = ICU.scalarFacts(scalar)
        if facts & 0x20 != 0 { return space }
        let noSpace: UInt8 = facts & 0x40 != 0 ? noSpaceScript : 0
        switch facts & 0x1F {
        case 1, 3: return upper | noSpace
        case 2: return lower | noSpace
        case 4, 5: return caseless | noSpace
        case 6, 7, 8, 16: return extend
        case 9: return digit
        case 19: return dash
        case 20, 21, 22, 23, 28, 29: return punctuation
        default: return symbol
        }
    }

    static func ascii(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x09...0x0D, 0x20: return space
        case 0x30...0x39: return digit
        case 0x41...0x5A: return upper
        case 0x61...0x7A: return lower
        case UInt8(ascii: "-"): return dash
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
             UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            return punctuation
        default: return symbol
        }
    }
}

/// The class of every BMP scalar, computed once (64 KiB); other planes are asked of ICU.
final class ScalarClassTable: @unchecked Sendable {
    static let shared = ScalarClassTable()

    /// 65 536 classes, never freed (the table lives as long as the process).
    let classes: UnsafePointer<UInt8>

    private init() {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        for scalar in 0..<0x10000 {
            table[scalar] = (0xD800...0xDFFF).contains(scalar) ? ScalarClass.symbol : ScalarClass.classify(UInt32(scalar))
        }
        classes = UnsafePointer(table)
    }

    @inline(__always) func classOf(_ scalar: UInt32) -> UInt8 {
        scalar < 0x10000 ? classes[Int(scalar)] : ScalarClass.classify(scalar)
    }
}
