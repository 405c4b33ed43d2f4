/// The normaliser's fast path: one pass over UTF-8 bytes that decides whether normalising them
/// would change anything (and where it first may). It allocates nothing and never calls ICU for
/// ASCII, Vietnamese letters or any code point of the Basic Multilingual Plane (their ICU facts
/// are cached).
///
/// ASCII is canonical except for case when lower-casing. Under the default form, folding and
/// case, every other scalar costs one branch-free table test (``CanonicalScanTables``): an
/// untoned Vietnamese letter, an NFC-stable code point no repair touches, or a toned letter
/// whose ASCII neighbours show its tone is placed, passes on that alone. The rest get a closer
/// look; a toned letter is judged from its neighbours (see
/// ``toneIsPlaced(_:_:_:_:_:modern:_:)``), so the scan keeps no state between scalars and can
/// start anywhere (``WindowedPass`` resumes it after each window).
enum CanonicalScan {
    /// `true` when normalising the valid UTF-8 `bytes` with `options` would return them as they are.
    static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>, options: NormalizationOptions) -> Bool {
        guard options.encoding == .unicode else { return false }
        return firstChange(bytes, options: options, from: 0) == bytes.count
    }

    /// Where the scan from the scalar boundary at or after `offset` of the valid UTF-8 `bytes`
    /// first finds something normalisation may change (the start of a scalar, or of an ASCII
    /// stretch when lower-casing); `bytes.count` when nothing up to the end is. Text before
    /// `offset` is read as context only. A place is never later than the first change, but may
    /// be a false alarm (the full pass then changes nothing there).
    static func firstChange(_ bytes: UnsafeBufferPointer<UInt8>, options: NormalizationOptions, from offset: Int) -> Int {
        guard let base = bytes.baseAddress, offset < bytes.count else { return bytes.count }
        let tables = CanonicalScanTables.Pointers()
        if !options.lowercase && options.folding == .none && options.form == .nfc {
            return scanDefault(base, bytes.count, from: offset, options: options, tables)
        }
        return scanAny(base, bytes.count, from: offset, options: options, tables)
    }

    /// The scan under the default form, folding and case (any tone style and repairs), tuned.
    ///
    /// It reads 64 bytes at a time and gathers the lead bytes of their multi-byte scalars (bits
    /// 7 and 6 set) into one bit mask, so ASCII and continuation bytes cost no branch and the
    /// next lead's position never waits for the previous scalar's decoding. Each scalar's verdict
    /// is then computed without branching on what the scalar is: its table entry, and for a
    /// toned letter its ASCII neighbours; only scalars that need a closer look branch away. The
    /// last bytes (fewer than 72) go through ``scanAny(_:_:from:options:_:)``.
    private static func scanDefault(_ base: UnsafePointer<UInt8>, _ length: Int, from offset: Int, options: NormalizationOptions,
                                    _ tables: CanonicalScanTables.Pointers) -> Int {
        var block = offset
        while block &+ 72 <= length {
            var leads = leadMask(base + block)
            while leads != 0 {
                let start = block &+ leads.trailingZeroBitCount
                leads &= leads &- 1
                if !scalarIsSettled(base, start, tables) && !scalarIsCanonical(base, start, length, options: options, tables) {
                    return start
                }
            }
            block &+= 64
        }
        return scanAny(base, length, from: block, options: options, tables)
    }

    /// Bit `k` is set when byte `k` of the 64 at `bytes` leads a multi-byte scalar.
    @inline(__always)
    private static func leadMask(_ bytes: UnsafePointer<UInt8>) -> UInt64 {
        var mask: UInt64 = 0
        for word in 0..<8 {
            let value = UInt64(littleEndian: UnsafeRawPointer(bytes + word &* 8).loadUnaligned(as: UInt64.self))
            let flags = (value & (value &<< 1) & 0x8080_8080_8080_8080) &>> 7   // bit 8k: byte k leads
            mask |= ((flags &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(word &* 8)
        }
        return mask
    }

    /// `true` when the scalar whose lead byte is at `start` needs no closer look: its look
    /// contexts (``CanonicalScanTables``) do not meet those of its neighbouring bytes. Computed
    /// without branches; needs 3 bytes after `start`. A scalar of four bytes, or in the first two
    /// bytes of the text, always gets the look.
    @inline(__always)
    private static func scalarIsSettled(_ base: UnsafePointer<UInt8>, _ start: Int, _ tables: CanonicalScanTables.Pointers) -> Bool {
        let lead = UInt32(base[start])
        let twoBytes = (lead &- 0xE0) &>> 31                                   // 1 when lead < 0xE0
        let fourBytes = (lead &+ 0x10) &>> 8                                   // 1 when lead >= 0xF0
        // The code point of a two- or three-byte sequence: decode three bytes, drop the third's bits for two.
        let bits = (lead & 0x1F) &<< 12 | (UInt32(base[start &+ 1]) & 0x3F) &<< 6 | (UInt32(base[start &+ 2]) & 0x3F)
        let scalar = (bits &>> (twoBytes &* 6)) & 0xFFFF
        let next = base[start &+ 3 &- Int(twoBytes)]
        // The two bytes before (near the start of the text: the look, whatever they are).
        let previous = UInt16(littleEndian: UnsafeRawPointer(base + (max(start, 2) &- 2)).loadUnaligned(as: UInt16.self))
        let nearStart = UInt32(truncatingIfNeeded: (start &- 2) &>> 63)       // 1 when start < 2
        let context = tables.nextContexts[Int(next)] | tables.previousContexts[Int(previous)] | CanonicalScanTables.always
        return UInt32(tables.lookContexts[Int(scalar)] & context) | fourBytes | nearStart == 0
    }

    /// The closer look at the scalar whose lead byte is at `start`, under the default form,
    /// folding and case. Out of line: a few scalars in a hundred get here.
    @inline(never)
    private static func scalarIsCanonical(_ base: UnsafePointer<UInt8>, _ start: Int, _ length: Int, options: NormalizationOptions,
                                          _ tables: CanonicalScanTables.Pointers) -> Bool {
        var end = start
        let scalar = decode(base, &end)
        let facts = tables.facts(scalar)
        if facts == 0 {
            return otherIsCanonical(tables.classes(scalar), base, start, lowercase: false, foldAll: false, nfd: false,
                                    repairs: options.repairs)
        }
        if VietnameseAlphabet.tone(facts) == 0 { return true }
        return toneIsPlaced(VietnameseAlphabet.code(facts), base, start, end, length, modern: options.toneStyle == .modern, tables)
    }

    /// The scan under any options, from the scalar boundary at or after `offset`: the same
    /// decisions, plus case, folding and NFD.
    private static func scanAny(_ base: UnsafePointer<UInt8>, _ length: Int, from offset: Int, options: NormalizationOptions,
                                _ tables: CanonicalScanTables.Pointers) -> Int {
        let lowercase = options.lowercase
        let foldTones = options.folding != .none
        let foldAll = options.folding == .all
        let nfd = options.form == .nfd
        let modern = options.toneStyle == .modern
        var i = offset
        while i < length && base[i] & 0xC0 == 0x80 { i &+= 1 }
        while true {
            if i &+ 8 <= length {
                let chunk = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let high = chunk & 0x8080_8080_8080_8080
                let ascii = high == 0 ? 8 : high.trailingZeroBitCount &>> 3
                if lowercase && hasUppercase(chunk, count: ascii) { return i }
                i &+= ascii
                if high == 0 { continue }
            } else {
                while i < length && base[i] < 0x80 {
                    if lowercase && base[i] &- 0x41 < 26 { return i }
                    i &+= 1
                }
                if i == length { return length }
            }
            let start = i
            let scalar = decode(base, &i)
            let facts = tables.facts(scalar)
            if facts != 0 {
                // A Vietnamese letter.
                if nfd || foldAll { return start }
                if lowercase && facts & VietnameseAlphabet.upperBit != 0 { return start }
                if VietnameseAlphabet.tone(facts) != 0 {
                    if foldTones { return start }
                    if !toneIsPlaced(VietnameseAlphabet.code(facts), base, start, i, length, modern: modern, tables) { return start }
                }
                continue
            }
            if !otherIsCanonical(tables.classes(scalar), base, start, lowercase: lowercase, foldAll: foldAll, nfd: nfd,
                                 repairs: options.repairs) {
                return start
            }
        }
    }

    /// The closer look at a code point that is not a Vietnamese letter, from its class bits.
    @inline(__always)
    private static func otherIsCanonical(_ bits: UInt8, _ base: UnsafePointer<UInt8>, _ start: Int, lowercase: Bool, foldAll: Bool,
                                         nfd: Bool, repairs: NormalizationOptions.Repairs) -> Bool {
        // Not NFC-stable, or a Latin letter the full pass reads as a base and marks (ñ, ṭ).
        if bits & (ScalarClasses.nfcStable | ScalarClasses.markedLatin) != ScalarClasses.nfcStable { return false }
        if foldAll && bits & ScalarClasses.nonspacing != 0 { return false }  // folding .all drops every Mn
        if bits & ScalarClasses.repairable != 0 {
            var end = start
            let scalar = decode(base, &end)
            if RepairTable.action(for: scalar, repairs: repairs) != .keep { return false }
            if foldAll && (scalar == 0xD0 || scalar == 0xF0) { return false }
        }
        if lowercase && bits & ScalarClasses.hasLowercase != 0 { return false }
        if nfd && bits & ScalarClasses.nfdStable == 0 { return false }
        if foldAll && bits & ScalarClasses.letter != 0 && bits & ScalarClasses.nfdStable == 0 { return false }
        return true
    }

    /// `true` when one of the first `count` bytes of `chunk` (ASCII, little-endian) is `A` … `Z`.
    @inline(__always)
    private static func hasUppercase(_ chunk: UInt64, count: Int) -> Bool {
        let atLeastA = chunk &+ 0x3F3F_3F3F_3F3F_3F3F       // high bit set from 0x41
        let pastZ = chunk &+ 0x2525_2525_2525_2525          // high bit set from 0x5B
        var upper = atLeastA & ~pastZ & 0x8080_8080_8080_8080
        if count < 8 { upper &= (1 &<< UInt64(count &* 8)) &- 1 }
        return upper != 0
    }
}
