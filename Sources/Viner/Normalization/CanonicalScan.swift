/// The normaliser's fast path: one pass over UTF-8 bytes that decides whether normalising them
/// would change anything. It allocates nothing and never calls ICU for ASCII, Vietnamese
/// letters or any code point of the Basic Multilingual Plane (their ICU facts are cached).
///
/// ASCII is canonical except for case when lower-casing; a precomposed Vietnamese letter is
/// canonical when its syllable carries exactly one tone, on the letter ``SyllableRules``
/// chooses; other code points must be NFC-stable (NFC_Quick_Check = Yes, combining class 0)
/// and untouched by the enabled repairs. A tone whose place is plain from its neighbours
/// (`tỉnh`, `việc`, `người`) costs two peeks; only words where it is not (`hòa`, `của`, `quý`)
/// are re-read, from the few bytes just scanned, and run through ``SyllableRules``.
enum CanonicalScan {
    /// `true` when normalising the valid UTF-8 `bytes` with `options` would return them as they are.
    static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>, options: NormalizationOptions) -> Bool {
        guard options.encoding == .unicode else { return false }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        let modern = options.toneStyle == .modern
        let repairs = options.repairs
        return VietnameseAlphabet.latinFacts.withUnsafeBufferPointer { latin in
            VietnameseAlphabet.extendedFacts.withUnsafeBufferPointer { extended in
                ScalarClasses.bmp.withUnsafeBufferPointer { classes in
                    SyllableRules.nuclei.withUnsafeBufferPointer { nuclei in
                      twoByteEntries.withUnsafeBufferPointer { twoByte in
                        latinExtendedAdditionalEntries.withUnsafeBufferPointer { block in
                        let tables = Tables(latin: latin.baseAddress!, extended: extended.baseAddress!, classes: classes.baseAddress!,
                                            nuclei: nuclei, twoByte: twoByte.baseAddress!, block: block.baseAddress!)
                        if !options.lowercase && options.folding == .none && options.form == .nfc {
                            // The default options, as constants, so this copy of the loop is the lean one.
                            return scan(base, bytes.count, lowercase: false, foldTones: false, foldAll: false, nfd: false,
                                        modern: modern, repairs: repairs, tables)
                        }
                        return scan(base, bytes.count, lowercase: options.lowercase, foldTones: options.folding != .none,
                                    foldAll: options.folding == .all, nfd: options.form == .nfd, modern: modern, repairs: repairs, tables)
                        }
                      }
                    }
                }
            }
        }
    }

    /// A table entry: a Vietnamese letter's facts (``VietnameseAlphabet/presentBit`` set), or
    /// `otherBit` plus the ``ScalarClasses`` bits of any other code point.
    static let otherBit: UInt16 = 1 << 15

    /// Entries for every two-byte UTF-8 sequence (U+0000 … U+07FF), indexed by
    /// `(lead & 0x1F) << 6 | (trail & 0x3F)`.
    static let twoByteEntries: [UInt16] = (0..<UInt32(0x800)).map(entry)

    /// Entries for U+1E80 … U+1EFF (`E1 BA 80` … `E1 BB BF`), indexed by
    /// `(second & 1) << 6 | (third & 0x3F)`: the Vietnamese letters of Latin Extended Additional.
    static let latinExtendedAdditionalEntries: [UInt16] = (UInt32(0x1E80)..<UInt32(0x1F00)).map(entry)

    private static func entry(_ scalar: UInt32) -> UInt16 {
        let facts = VietnameseAlphabet.facts(scalar)
        if facts != 0 { return facts }
        return otherBit | UInt16(scalar < 0x80 ? ScalarClasses.nfcStable : ScalarClasses.of(scalar))
    }

    struct Tables {
        let latin: UnsafePointer<UInt16>
        let extended: UnsafePointer<UInt16>
        let classes: UnsafePointer<UInt8>
        let nuclei: UnsafeBufferPointer<UInt8>
        let twoByte: UnsafePointer<UInt16>
        let block: UnsafePointer<UInt16>

        /// Facts of a precomposed Vietnamese letter, 0 for anything else.
        @inline(__always) func facts(_ scalar: UInt32) -> UInt16 {
            if scalar &- 0xC0 < 0xF1 { return latin[Int(scalar &- 0xC0)] }
            if scalar &- 0x1EA0 < 0x5A { return extended[Int(scalar &- 0x1EA0)] }
            return 0
        }
    }

    /// Decodes the scalar starting at `i` (valid UTF-8, lead byte >= 0x80) and moves `i` past it.
    @inline(__always)
    private static func decode(_ base: UnsafePointer<UInt8>, _ i: inout Int) -> UInt32 {
        let byte = base[i]
        if byte < 0xE0 {
            let scalar = UInt32(byte & 0x1F) &<< 6 | UInt32(base[i &+ 1] & 0x3F)
            i &+= 2
            return scalar
        }
        if byte < 0xF0 {
            let scalar = UInt32(byte & 0x0F) &<< 12 | UInt32(base[i &+ 1] & 0x3F) &<< 6 | UInt32(base[i &+ 2] & 0x3F)
            i &+= 3
            return scalar
        }
        let scalar = UInt32(byte & 0x07) &<< 18 | UInt32(base[i &+ 1] & 0x3F) &<< 12
            | UInt32(base[i &+ 2] & 0x3F) &<< 6 | UInt32(base[i &+ 3] & 0x3F)
        i &+= 4
        return scalar
    }

    @inline(__always)
    private static func scan(_ base: UnsafePointer<UInt8>, _ length: Int, lowercase: Bool, foldTones: Bool, foldAll: Bool, nfd: Bool,
                             modern: Bool, repairs: NormalizationOptions.Repairs, _ tables: Tables) -> Bool {
        var i = 0
        var toneCount = 0          // toned letters in the current word
        var checkFrom = -1         // start of the current word when it needs the full syllable check
        while i < length {
            let byte = base[i]
            if byte < 0x80 {
                // ASCII: only case (when lower-casing) and, after a tone, the end of the word matter.
                if lowercase && byte &- 0x41 < 26 { return false }
                if toneCount != 0 {
                    if (byte | 0x20) &- 0x61 >= 26 {
                        if checkFrom >= 0 && !wordIsCanonical(base + checkFrom, i &- checkFrom, modern: modern, tables) { return false }
                        toneCount = 0
                        checkFrom = -1
                    }
                    i &+= 1
                    continue
                }
                i &+= 1
                if !lowercase {
                    // Nothing to watch: skip ASCII eight bytes at a time to the next non-ASCII byte.
                    while i &+ 8 <= length {
                        let chunk = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        let high = chunk & 0x8080_8080_8080_8080
                        if high != 0 {
                            i &+= high.trailingZeroBitCount &>> 3
                            break
                        }
                        i &+= 8
                    }
                }
                continue
            }
            let start = i
            var facts: UInt16
            if byte < 0xE0 {
                facts = tables.twoByte[Int(byte & 0x1F) &<< 6 | Int(base[i &+ 1] & 0x3F)]
                i &+= 2
            } else if byte == 0xE1 && base[i &+ 1] & 0xFE == 0xBA {
                facts = tables.block[Int(base[i &+ 1] & 1) &<< 6 | Int(base[i &+ 2] & 0x3F)]
                i &+= 3
            } else {
                var end = i
                let scalar = decode(base, &end)
                facts = otherBit | UInt16(scalar < 0x10000 ? tables.classes[Int(scalar)] : ScalarClasses.compute(scalar))
                i = end
            }
            if facts & otherBit == 0 {
                if nfd || foldAll { return false }
                if lowercase && facts & VietnameseAlphabet.upperBit != 0 { return false }
                if (facts &>> 6) & 7 != 0 {
                    if foldTones { return false }
                    toneCount &+= 1
                    if checkFrom < 0 && (toneCount > 1 || !toneIsPlainlyPlaced(facts, base, start, i, length, tables)) {
                        checkFrom = wordStart(base, before: start, tables)
                    }
                }
                continue
            }
            let bits = UInt8(truncatingIfNeeded: facts)
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
            if bits & ScalarClasses.letter != 0 {
                if foldAll && bits & ScalarClasses.nfdStable == 0 { return false }
            } else if toneCount != 0 {
                if checkFrom >= 0 && !wordIsCanonical(base + checkFrom, start &- checkFrom, modern: modern, tables) { return false }
                toneCount = 0
                checkFrom = -1
            }
        }
        if checkFrom >= 0 && !wordIsCanonical(base + checkFrom, length &- checkFrom, modern: modern, tables) { return false }
        return true
    }

    /// `true` when the single tone of a letter is where the rules put it whatever the rest of the
    /// syllable is, judged from its neighbours alone: a vowel with a quality mark (`ế`, `ộ`,
    /// `ờ`), unless it is `ư` before `o`/`ơ` or another marked vowel follows; or a plain vowel
    /// with no vowel on either side (`tỉnh`, `gìn`). Anything else gets the full check.
    @inline(__always)
    private static func toneIsPlainlyPlaced(_ facts: UInt16, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ length: Int,
                                            _ tables: Tables) -> Bool {
        let code = UInt8(truncatingIfNeeded: facts & 0x3F)
        let next = end < length ? letterCode(base, at: end, tables) : 0
        if code >= VietnameseAlphabet.aBreve {
            if next >= VietnameseAlphabet.aBreve && next <= VietnameseAlphabet.uHorn { return false }
            return !(code == VietnameseAlphabet.uHorn && next == 15)
        }
        if VietnameseAlphabet.isVowel(next) { return false }
        return !VietnameseAlphabet.isVowel(previousLetterCode(base, before: start, tables))
    }

    /// The letter code of the scalar at `offset` (0 when it is not a letter of ours).
    @inline(__always)
    private static func letterCode(_ base: UnsafePointer<UInt8>, at offset: Int, _ tables: Tables) -> UInt8 {
        let byte = base[offset]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 ? (byte | 0x20) &- 0x60 : 0 }
        var i = offset
        return UInt8(truncatingIfNeeded: tables.facts(decode(base, &i)) & 0x3F)
    }

    /// The letter code of the scalar that ends at `offset` (0 at the start or for a non-letter).
    @inline(__always)
    private static func previousLetterCode(_ base: UnsafePointer<UInt8>, before offset: Int, _ tables: Tables) -> UInt8 {
        if offset == 0 { return 0 }
        var start = offset &- 1
        while start > 0 && base[start] & 0xC0 == 0x80 { start &-= 1 }
        return letterCode(base, at: start, tables)
    }

    /// Where the word holding the scalar at `offset` begins: back over letters of any kind.
    @inline(never)
    private static func wordStart(_ base: UnsafePointer<UInt8>, before offset: Int, _ tables: Tables) -> Int {
        var position = offset
        while position > 0 {
            var start = position &- 1
            while start > 0 && base[start] & 0xC0 == 0x80 { start &-= 1 }
            let byte = base[start]
            if byte < 0x80 {
                if (byte | 0x20) &- 0x61 >= 26 { break }
            } else {
                var i = start
                let scalar = decode(base, &i)
                if tables.facts(scalar) == 0 {
                    let bits = scalar < 0x10000 ? tables.classes[Int(scalar)] : ScalarClasses.compute(scalar)
                    if bits & ScalarClasses.letter == 0 { break }
                }
            }
            position = start
        }
        return position
    }

    /// A word holding tone marks is canonical when it is not Vietnamese (left alone) or carries
    /// exactly one tone, on the letter the rules choose. Out of line: only toned words get here.
    @inline(never)
    private static func wordIsCanonical(_ word: UnsafePointer<UInt8>, _ length: Int, modern: Bool, _ tables: Tables) -> Bool {
        var codes: UInt64 = 0
        var count = 0
        var toneCount = 0
        var tonePosition = 0
        var i = 0
        while i < length {
            let byte = word[i]
            var code: UInt64
            if byte < 0x80 {
                code = UInt64((byte | 0x20) &- 0x60)
                i &+= 1
            } else {
                let facts = tables.facts(decode(word, &i))
                if facts == 0 { return true }                       // another letter: not Vietnamese
                if (facts &>> 6) & 7 != 0 {
                    toneCount &+= 1
                    tonePosition = count
                }
                code = UInt64(facts & 0x3F)
            }
            if count == 8 { return true }                           // too long for a syllable
            codes |= code &<< UInt64(truncatingIfNeeded: count &<< 3)
            count &+= 1
        }
        let index = SyllableRules.toneIndex(codes, count: count, modern: modern, nuclei: tables.nuclei)
        if index < 0 { return true }
        return toneCount == 1 && index == tonePosition
    }
}
