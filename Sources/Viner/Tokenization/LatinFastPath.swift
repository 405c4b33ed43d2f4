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
    static func covers(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            // Eight ASCII bytes at a time.
            if i + 8 <= end {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            let decoded = UTF8Decoding.decode(p, i, end)
            if decoded.scalar == UTF8Decoding.replacement || !isSafe(decoded.scalar) { return false }
            i += decoded.length
        }
        return true
    }
}
