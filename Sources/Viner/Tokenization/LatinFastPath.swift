/// The Vietnamese fast path: windows of text made only of Latin-script letters, combining
/// marks, ASCII, general punctuation and currency signs skip ICU entirely.
///
/// Why the tokens stay the same: for these scalars ICU's word rules never break inside what
/// ``UnitScanner`` treats as one word (letters, marks and digits, and an apostrophe between
/// letters), and they give every punctuation or symbol character its own segment plus the
/// marks after it. The scanner therefore produces identical tokens whether its segment limit
/// comes from ICU or is simply the window's end; the differential tests check it on the
/// benchmark corpus and on random text. Any other scalar (another script, emoji, format
/// characters such as ZWSP, invalid UTF-8) sends the whole window through ICU.
enum LatinFastPath {
    /// `true` for scalars the fast path handles exactly like ICU.
    @inline(__always)
    static func isSafe(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x250: return true              // ASCII, Latin-1, Latin Extended-A/B (ơ ư đ ă …)
        case 0x300..<0x370: return true          // combining diacritics (NFD tone marks)
        case 0x1E00..<0x1F00: return true        // Latin Extended Additional (ạ ả ấ … ỹ)
        case 0x2000...0x200A: return true        // spaces
        case 0x2010...0x2029: return true        // dashes, quotes, bullets, ellipsis, line/paragraph separators
        case 0x202F...0x205F: return true        // narrow no-break space, per mille, primes, …
        case 0x20A0..<0x20C1: return true        // currency signs (₫ €)
        case 0x2212: return true                 // minus sign
        default: return false
        }
    }

    /// `true` when every scalar of `p[start..<end]` is ``isSafe(_:)`` (and the UTF-8 is valid).
    /// Works on the encoded bytes directly: each accepted lead byte and range below is exactly
    /// the UTF-8 form of the ranges in ``isSafe(_:)``.
    static func covers(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            // Eight ASCII bytes at a time.
            if i + 8 <= end {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b0 = p[i]
            if b0 < 0x80 { i += 1; continue }
            guard i + 1 < end else { return false }
            let b1 = p[i + 1]
            guard b1 & 0xC0 == 0x80 else { return false }
            switch b0 {
            case 0xC2...0xC8:                                   // U+0080–U+023F
                i += 2
                continue
            case 0xC9, 0xCC, 0xCD:                              // U+0240–U+024F, U+0300–U+036F
                guard (b0 == 0xC9 && b1 < 0x90) || b0 == 0xCC || (b0 == 0xCD && b1 < 0xB0) else { return false }
                i += 2
                continue
            case 0xE1, 0xE2:
                guard i + 2 < end else { return false }
                let b2 = p[i + 2]
                guard b2 & 0xC0 == 0x80 else { return false }
                let ok: Bool
                if b0 == 0xE1 {
                    ok = b1 >= 0xB8 && b1 <= 0xBB                   // U+1E00–U+1EFF
                } else {
                    switch b1 {
                    case 0x80: ok = b2 <= 0x8A || (b2 >= 0x90 && b2 <= 0xA9) || b2 >= 0xAF   // U+2000–200A, 2010–2029, 202F–203F
                    case 0x81: ok = b2 <= 0x9F                                                 // U+2040–205F
                    case 0x82: ok = b2 >= 0xA0                                                 // U+20A0–20BF
                    case 0x83: ok = b2 == 0x80                                                 // U+20C0
                    case 0x88: ok = b2 == 0x92                                                 // U+2212
                    default: ok = false
                    }
                }
                guard ok else { return false }
                i += 3
            default:
                return false
            }
        }
        return true
    }
}
