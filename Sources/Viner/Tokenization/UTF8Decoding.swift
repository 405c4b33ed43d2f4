/// Decodes one scalar of possibly invalid UTF-8, the way ICU's `U8_NEXT` and Swift's `String`
/// repair do: each maximal ill-formed subsequence counts as one U+FFFD.
enum UTF8Decoding {
    static let replacement: UInt32 = 0xFFFD

    /// The scalar starting at `i` (which must be `< count`) and its length in bytes.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> (scalar: UInt32, length: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        // Inline the common well-formed cases (Latin-1/Extended, Latin Extended Additional).
        if b0 >= 0xC2, b0 <= 0xDF, i + 1 < count {
            let b1 = p[i + 1]
            if b1 & 0xC0 == 0x80 { return ((UInt32(b0 & 0x1F) << 6) | UInt32(b1 & 0x3F), 2) }
        } else if b0 >= 0xE1, b0 <= 0xEC, i + 2 < count {
            let b1 = p[i + 1], b2 = p[i + 2]
            if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 {
                return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F), 3)
            }
        }
        return decodeMultiByte(p, i, count, b0)
    }

    /// ``decode(_:_:_:)`` for a scalar whose first byte is not ASCII. The well-formed two-byte
    /// forms and three-byte forms led by E1–EC (every Vietnamese letter, mark and punctuation
    /// mark) are decoded without branching on their length, which in Vietnamese text changes
    /// from one scalar to the next; anything else goes to ``decode(_:_:_:)``.
    @inline(__always)
    static func decodeNonASCII(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> (scalar: UInt32, length: Int) {
        if i &+ 2 < count {
            let lead = UInt32(p[i]), b1 = UInt32(p[i &+ 1]), b2 = UInt32(p[i &+ 2])
            let twoBytes = (lead &- 0xE0) &>> 31                              // 1 when lead < 0xE0
            // Leads C2–DF (bits 0–29 of the mask) and E1–EC (bits 31–42), counted from C2.
            let leadIndex = lead &- 0xC2
            let goodLead = leadIndex < 43 && (UInt64(0x7FF_BFFF_FFFF) &>> UInt64(leadIndex)) & 1 != 0
            // Continuation bytes: b1 always, b2 for three bytes.
            let badContinuation = ((b1 & 0xC0) ^ 0x80) | (((b2 & 0xC0) ^ 0x80) & (twoBytes &- 1))
            if goodLead && badContinuation == 0 {
                let bits = (lead & 0x1F) &<< 12 | (b1 & 0x3F) &<< 6 | (b2 & 0x3F)
                return (bits &>> (twoBytes &* 6), Int(3 &- twoBytes))
            }
        }
        return decode(p, i, count)
    }

    @inline(__always)
    private static func continuation(_ p: UnsafePointer<UInt8>, _ j: Int, _ count: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
        guard j < count else { return nil }
        let b = p[j]
        return b >= low && b <= high ? UInt32(b & 0x3F) : nil
    }

    @inline(never)
    static func decodeMultiByte(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int, _ b0: UInt8) -> (scalar: UInt32, length: Int) {
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = continuation(p, i + 1, count) else { return (replacement, 1) }
            return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
        case 0xE0...0xEF:
            let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard let c1 = continuation(p, i + 1, count, low, high) else { return (replacement, 1) }
            guard let c2 = continuation(p, i + 2, count) else { return (replacement, 2) }
            return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
        case 0xF0...0xF4:
            let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = continuation(p, i + 1, count, low, high) else { return (replacement, 1) }
            guard let c2 = continuation(p, i + 2, count) else { return (replacement, 2) }
            guard let c3 = continuation(p, i + 3, count) else { return (replacement, 3) }
            return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        default:
            return (replacement, 1)
        }
    }
}
