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
    /// `start` must be a scalar boundary (or the text's start).
    ///
    /// Reads 64 bytes at a time: bit masks of their lead and continuation bytes show in a few
    /// word operations whether the UTF-8 is well formed (every continuation byte claimed by the
    /// lead before it, no byte claimed twice), so ASCII and continuation bytes cost no branch;
    /// each multi-byte scalar is then checked against a bit table without branching on what it
    /// is. The last bytes (fewer than 66) are copied after zero padding (ASCII, always safe) and
    /// read the same way.
    static func covers(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let safe = LatinSafeTable.bits
        var carry: UInt64 = 0
        guard let block = coveredBlocks(p, from: start, to: end, carry: &carry, safe) else { return false }
        let rest = end &- block
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: paddedTail) { buffer in
            let tail = buffer.baseAddress!
            tail.initialize(repeating: 0, count: paddedTail)
            tail.update(from: p + block, count: rest)
            // Blocks at 0 and 64 cover every byte of the rest and the padding after it; a scalar
            // cut short by `end` meets a zero byte where its continuation should be.
            return coveredBlocks(UnsafePointer(tail), from: 0, to: paddedTail, carry: &carry, safe) == paddedTail &- 2
                && carry == 0
        }
    }

    /// Room for the rest after the last whole block (at most 65 bytes), two blocks long plus the
    /// two bytes a block's last scalar may read past it.
    private static var paddedTail: Int { 130 }

    /// Checks whole blocks of 64 bytes from `start` while 66 bytes remain (a block's last scalar
    /// may need two more). Returns where the unchecked rest starts, or nil when a block fails.
    /// `carry` holds the continuation bytes owed to the next block by the last block's leads.
    @inline(__always)
    private static func coveredBlocks(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int, carry: inout UInt64,
                                      _ safe: UnsafePointer<UInt64>) -> Int? {
        var block = start
        while block &+ 66 <= end {
            let masks = BlockMasks(p + block)
            let expected = (masks.leads &<< 1) | (masks.threeByteLeads &<< 2) | carry
            guard masks.continuations == expected else { return nil }
            carry = (masks.leads &>> 63) | (masks.threeByteLeads &>> 62)
            var leads = masks.leads
            var unsafe: UInt32 = 0
            while leads != 0 {
                unsafe |= scalarIsUnsafe(p, block &+ leads.trailingZeroBitCount, safe)
                leads &= leads &- 1
            }
            guard unsafe == 0 else { return nil }
            block &+= 64
        }
        return block
    }

    /// 1 when the multi-byte scalar led by `p[start]` is not ``isSafe(_:)`` (or is a four-byte
    /// scalar, or an overlong form), 0 when it is; reads `p[start + 2]` even for two bytes.
    /// Continuation bytes are checked by the caller. No branch on the bytes. Lead 0xE0 (U+0800–
    /// U+0FFF, none safe, and every overlong three-byte form) is refused as a whole.
    @inline(__always)
    private static func scalarIsUnsafe(_ p: UnsafePointer<UInt8>, _ start: Int, _ safe: UnsafePointer<UInt64>) -> UInt32 {
        let lead = UInt32(p[start])
        let twoBytes = (lead &- 0xE0) &>> 31                                  // 1 when lead < 0xE0
        let fourBytes = (lead &+ 0x10) &>> 8                                  // 1 when lead >= 0xF0
        let leadE0 = ((lead ^ 0xE0) &- 1) &>> 31                              // 1 when lead == 0xE0
        let bits = (lead & 0x1F) &<< 12 | (UInt32(p[start &+ 1]) & 0x3F) &<< 6 | (UInt32(p[start &+ 2]) & 0x3F)
        let scalar = (bits &>> (twoBytes &* 6)) & 0xFFFF
        let isSafe = UInt32(truncatingIfNeeded: safe[Int(scalar &>> 6)] &>> UInt64(scalar & 63)) & 1
        return (isSafe ^ 1) | fourBytes | leadE0
    }
}

/// Bit masks over 64 bytes: bit `k` describes byte `k`.
struct BlockMasks {
    /// Bytes that lead a multi-byte scalar (`11xxxxxx`).
    var leads: UInt64 = 0
    /// Leads of three or more bytes (`111xxxxx`).
    var threeByteLeads: UInt64 = 0
    /// Continuation bytes (`10xxxxxx`).
    var continuations: UInt64 = 0

    @inline(__always)
    init(_ bytes: UnsafePointer<UInt8>) {
        for word in 0..<8 {
            let value = UInt64(littleEndian: UnsafeRawPointer(bytes + word &* 8).loadUnaligned(as: UInt64.self))
            let high = value & 0x8080_8080_8080_8080
            guard high != 0 else { continue }
            let bit6 = value &<< 1, bit5 = value &<< 2
            let shift = UInt64(word &* 8)
            leads |= Self.gather(high & bit6) &<< shift
            threeByteLeads |= Self.gather(high & bit6 & bit5) &<< shift
            continuations |= Self.gather(high & ~bit6) &<< shift
        }
    }

    /// The top bits of the eight bytes of `flags` (only bits 7 of each byte set) as 8 bits.
    @inline(__always)
    private static func gather(_ flags: UInt64) -> UInt64 {
        ((flags &>> 7) &* 0x0102_0408_1020_4080) &>> 56
    }
}

/// ``LatinFastPath/isSafe(_:)`` for the scalars U+0080–U+FFFF as a bit table (8 KiB, built once).
/// ASCII is marked unsafe: it can only be met here as an overlong two-byte form.
enum LatinSafeTable {
    nonisolated(unsafe) static let bits: UnsafePointer<UInt64> = {
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: 0x10000 / 64)
        table.initialize(repeating: 0, count: 0x10000 / 64)
        for scalar in 0x80..<0x10000 where LatinFastPath.isSafe(UInt32(scalar)) {
            table[scalar >> 6] |= 1 << UInt64(scalar & 63)
        }
        return UnsafePointer(table)
    }()
}
