/// The normaliser's fast path: one pass over UTF-8 bytes that decides whether normalising them
/// would change anything. It allocates nothing and never calls ICU for ASCII, Vietnamese
/// letters or any code point of the Basic Multilingual Plane (their ICU facts are cached).
///
/// ASCII is canonical except for case when lower-casing; a precomposed Vietnamese letter is
/// canonical when its syllable carries exactly one tone, on the letter ``SyllableRules``
/// chooses; other code points must be NFC-stable (NFC_Quick_Check = Yes, combining class 0)
/// and untouched by the enabled repairs.
enum CanonicalScan {
    /// `true` when normalising the valid UTF-8 `bytes` with `options` would return them as they are.
    static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>, options: NormalizationOptions) -> Bool {
        guard options.encoding == .unicode else { return false }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        return VietnameseAlphabet.latinFacts.withUnsafeBufferPointer { latin in
            VietnameseAlphabet.extendedFacts.withUnsafeBufferPointer { extended in
                ScalarClasses.bmp.withUnsafeBufferPointer { classes in
                    SyllableRules.nuclei.withUnsafeBufferPointer { nuclei in
                        scan(base, bytes.count, options: options, latin: latin.baseAddress!, extended: extended.baseAddress!,
                             classes: classes.baseAddress!, nuclei: nuclei)
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func scan(_ base: UnsafePointer<UInt8>, _ length: Int, options: NormalizationOptions,
                             latin: UnsafePointer<UInt16>, extended: UnsafePointer<UInt16>,
                             classes: UnsafePointer<UInt8>, nuclei: UnsafeBufferPointer<UInt8>) -> Bool {
        let lowercase = options.lowercase
        let foldTones = options.folding != .none
        let foldAll = options.folding == .all
        let nfd = options.form == .nfd
        let modern = options.toneStyle == .modern
        let repairs = options.repairs

        var codes: UInt64 = 0      // letters of the current word, 8 bits each
        var count = 0              // letters in the current word
        var toneCount = 0          // toned letters in it
        var tonePosition = 0       // index of the last toned letter

        @inline(__always) func wordIsCanonical() -> Bool {
            let index = SyllableRules.toneIndex(codes, count: count, modern: modern, nuclei: nuclei)
            if index < 0 { return true }            // not Vietnamese: left alone
            return toneCount == 1 && index == tonePosition
        }

        var i = 0
        while i < length {
            let byte = base[i]
            if byte < 0x80 {
                let folded = byte | 0x20
                if folded &- 0x61 < 26 {
                    if lowercase && byte < 0x60 { return false }
                    if count < 8 { codes |= UInt64(folded &- 0x60) << UInt64(count &* 8) }
                    count &+= 1
                } else if count != 0 {
                    if toneCount != 0 {
                        if !wordIsCanonical() { return false }
                        toneCount = 0
                    }
                    count = 0
                    codes = 0
                }
                i &+= 1
                continue
            }
            var scalar: UInt32
            if byte < 0xE0 {
                scalar = UInt32(byte & 0x1F) << 6 | UInt32(base[i &+ 1] & 0x3F)
                i &+= 2
            } else if byte < 0xF0 {
                scalar = UInt32(byte & 0x0F) << 12 | UInt32(base[i &+ 1] & 0x3F) << 6 | UInt32(base[i &+ 2] & 0x3F)
                i &+= 3
            } else {
                scalar = UInt32(byte & 0x07) << 18 | UInt32(base[i &+ 1] & 0x3F) << 12
                    | UInt32(base[i &+ 2] & 0x3F) << 6 | UInt32(base[i &+ 3] & 0x3F)
                i &+= 4
            }
            var facts: UInt16 = 0
            if scalar &- 0xC0 < 0xF1 {
                facts = latin[Int(scalar &- 0xC0)]
            } else if scalar &- 0x1EA0 < 0x5A {
                facts = extended[Int(scalar &- 0x1EA0)]
            }
            if facts != 0 {
                if nfd || foldAll { return false }
                if lowercase && facts & VietnameseAlphabet.upperBit != 0 { return false }
                if (facts >> 6) & 7 != 0 {
                    if foldTones { return false }
                    toneCount &+= 1
                    tonePosition = count
                }
                if count < 8 { codes |= UInt64(facts & 0x3F) << UInt64(count &* 8) }
                count &+= 1
                continue
            }
            let bits = scalar < 0x10000 ? classes[Int(scalar)] : ScalarClasses.compute(scalar)
            if bits & ScalarClasses.nfcStable == 0 { return false }
            if bits & ScalarClasses.repairable != 0 && RepairTable.action(for: scalar, repairs: repairs) != .keep { return false }
            if lowercase && bits & ScalarClasses.hasLowercase != 0 { return false }
            if nfd && bits & ScalarClasses.nfdStable == 0 { return false }
            if bits & ScalarClasses.letter != 0 {
                if foldAll && (bits & ScalarClasses.nfdStable == 0 || scalar == 0xD0 || scalar == 0xF0) { return false }
                if count < 8 { codes |= UInt64(VietnameseAlphabet.otherLetter) << UInt64(count &* 8) }
                count &+= 1
            } else if count != 0 {
                if toneCount != 0 {
                    if !wordIsCanonical() { return false }
                    toneCount = 0
                }
                count = 0
                codes = 0
            }
        }
        if toneCount != 0 && !wordIsCanonical() { return false }
        return true
    }
}
