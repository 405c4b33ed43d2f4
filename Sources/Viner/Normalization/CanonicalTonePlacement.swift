/// How ``CanonicalScan`` decides that a toned letter is where ``SyllableRules`` puts the tone,
/// without tracking words: from the letter's neighbours.
///
/// The full pass changes a word's tones only when the word is a Vietnamese syllable (at most 8
/// letters, all ASCII or precomposed Vietnamese, a valid onset, nucleus and final) and its tone
/// is not exactly one mark on the letter ``SyllableRules/toneIndex(_:count:modern:)`` chooses. In
/// a syllable every vowel belongs to one run (the `u` of `qu-` and the `i` of `gi-`, then the
/// nucleus), so that letter is fixed by the run alone: its vowels, whether a letter follows it
/// (a final consonant), and whether the one letter before it is a word-initial `q` or `g`.
/// Hence a toned letter is *placed* when it is the run's choice, assuming the word is a
/// syllable. When every toned letter of a word is placed, the word is canonical: with one
/// tone it is on the right letter; two placed tones cannot share a run, and a word with two
/// vowel runs is no syllable, which the full pass leaves alone.
///
/// Most letters are settled by their next and previous letters alone (`tỉnh`, `việc`,
/// `người`); the rest (`của`, `quả`, `giám`, `hoạch`) read the run; a run that is no
/// Vietnamese nucleus (`coál`, four vowels) falls back to the exact check of the whole word.
extension CanonicalScan {
    /// `true` when the toned vowel `code` at `start ..< end` is placed (see above). Out of line:
    /// the default scan settles the commonest cases itself and calls this for the rest.
    ///
    /// The short cases read at most two letters on either side: a quality vowel takes the tone
    /// unless another one follows (`ươ`) or it is the `ư` of `ưo`; a plain vowel V takes it
    /// - alone between consonants or word ends (`tỉnh`, `và`, `đá`);
    /// - first of two plain vowels that end the word (`tại`, `của`, `ngày`), unless they are
    ///   `qu`/`gi` (the second vowel is then the nucleus) or the modern style moves the tone
    ///   (`oa oe uy`);
    /// - second of two plain vowels before a letter (`hoạch`, `giám`, `quản`: a final consonant,
    ///   or no syllable at all), or ending the word after a word-initial `qu`/`gi` (`quả`, `già`)
    ///   or in the modern style's `oa oe uy`.
    /// (Beside a quality vowel the tone belongs to that vowel.) Anything else reads the whole run (``toneIsPlacedInRun(_:_:_:_:_:modern:_:)``).
    @inline(never)
    static func toneIsPlaced(_ code: UInt8, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ length: Int,
                             modern: Bool, _ tables: CanonicalScanTables.Pointers) -> Bool {
        let next = end < length ? letterCode(base, at: end, tables) : 0
        if code >= VietnameseAlphabet.aBreve {
            if (next &- VietnameseAlphabet.aBreve) > VietnameseAlphabet.uHorn &- VietnameseAlphabet.aBreve
                && !(code == VietnameseAlphabet.uHorn && next == 15) {
                return true
            }
            return toneIsPlacedInRun(code, base, start, end, length, modern: modern, tables)
        }
        let (previous, previousStart) = start > 0 ? previousLetter(base, before: start, tables) : (0, 0)
        let nextIsVowel = VietnameseAlphabet.isVowel(next)
        if !VietnameseAlphabet.isVowel(previous) {
            if !nextIsVowel { return true }
            let afterNext = end &+ scalarLength(base[end])
            if next < VietnameseAlphabet.aBreve && (afterNext == length || letterCode(base, at: afterNext, tables) == 0)
                && !(previous == 17 && code == 21) && !(previous == 7 && code == 9)
                && !(modern && isModernPair(code, next)) {
                return true
            }
        } else if !nextIsVowel && previous < VietnameseAlphabet.aBreve && previousStart > 0 {
            let (beforePrevious, beforePreviousStart) = previousLetter(base, before: previousStart, tables)
            if !VietnameseAlphabet.isVowel(beforePrevious) {
                if next != 0 || (beforePrevious == 17 && previous == 21) || (modern && isModernPair(previous, code)) { return true }
                if beforePrevious == 7 && previous == 9
                    && (beforePreviousStart == 0 || previousLetter(base, before: beforePreviousStart, tables).code == 0) {
                    return true
                }
            }
        }
        return toneIsPlacedInRun(code, base, start, end, length, modern: modern, tables)
    }

    /// `oa`, `oe`, `uy`: the pairs whose tone the modern style puts on the second vowel.
    @inline(__always) static func isModernPair(_ first: UInt8, _ second: UInt8) -> Bool {
        (first == 15 && (second == 1 || second == 5)) || (first == 21 && second == 25)
    }

    /// Reads the vowel run around the toned letter and applies ``SyllableRules/nuclei``.
    @inline(never)
    static func toneIsPlacedInRun(_ code: UInt8, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ length: Int,
                                  modern: Bool, _ tables: CanonicalScanTables.Pointers) -> Bool {
        var run: UInt64 = 0          // vowel codes, 8 bits each, first lowest
        var before = 0               // vowels before the toned one
        var onset: UInt8 = 0         // the letter before the run (0: none)
        var onsetAlone = false       // … and it starts its word
        var position = start
        while position > 0 {
            let (letter, letterStart) = previousLetter(base, before: position, tables)
            if !VietnameseAlphabet.isVowel(letter) {
                if letter != 0 {
                    onset = letter
                    onsetAlone = letterStart == 0 || previousLetter(base, before: letterStart, tables).code == 0
                }
                break
            }
            if before == 3 { return wordIsCanonical(base, start, length, modern: modern, tables) }
            run = run &<< 8 | UInt64(letter)
            before &+= 1
            position = letterStart
        }
        run |= UInt64(code) &<< UInt64(before &* 8)
        var count = before &+ 1
        var hasFinal = false
        position = end
        while position < length {
            let letter = letterCode(base, at: position, tables)
            if !VietnameseAlphabet.isVowel(letter) {
                hasFinal = letter != 0
                break
            }
            if count == 4 { return wordIsCanonical(base, start, length, modern: modern, tables) }
            run |= UInt64(letter) &<< UInt64(count &* 8)
            count &+= 1
            position &+= scalarLength(base[position])
        }
        var nucleusStart = 0
        if onsetAlone {
            let first = SyllableRules.code(run, 0)
            if onset == 17 && first == 21 && count >= 2 {
                nucleusStart = 1                                  // qu-
            } else if onset == 7 && first == 9 && count >= 2 {
                nucleusStart = 1                                  // gi-
            }
        }
        if count &- nucleusStart <= 3 {
            var key = 0
            for index in nucleusStart..<count {
                key |= VietnameseAlphabet.rowPlusOne(SyllableRules.code(run, index)) &<< ((index &- nucleusStart) &<< 2)
            }
            let facts = tables.nuclei[key]
            if facts != 0 && !(hasFinal && facts & 2 != 0) {
                let choice = hasFinal ? (facts &>> 2) & 3 : modern ? facts &>> 6 : (facts &>> 4) & 3
                if nucleusStart &+ Int(choice) == before { return true }
            }
        }
        return wordIsCanonical(base, start, length, modern: modern, tables)
    }

    // MARK: - Reading letters

    /// UTF-8 length of the scalar whose lead byte is `lead`.
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar starting at `i` (valid UTF-8, lead byte >= 0x80) and moves `i` past it.
    @inline(__always)
    static func decode(_ base: UnsafePointer<UInt8>, _ i: inout Int) -> UInt32 {
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

    /// The letter code of a scalar (``VietnameseAlphabet``): 1 … 33 for our letters,
    /// ``VietnameseAlphabet/otherLetter`` for any other letter, 0 for what is not a letter.
    @inline(__always) static func letterCode(of scalar: UInt32, _ tables: CanonicalScanTables.Pointers) -> UInt8 {
        let facts = tables.facts(scalar)
        if facts != 0 { return VietnameseAlphabet.code(facts) }
        return tables.classes(scalar) & ScalarClasses.letter != 0 ? VietnameseAlphabet.otherLetter : 0
    }

    /// The letter code of the scalar starting at `offset`.
    @inline(__always)
    static func letterCode(_ base: UnsafePointer<UInt8>, at offset: Int, _ tables: CanonicalScanTables.Pointers) -> UInt8 {
        let byte = base[offset]
        if byte < 0x80 { return tables.asciiCodes[Int(byte)] }
        var i = offset
        return letterCode(of: decode(base, &i), tables)
    }

    /// The letter code and start of the scalar that ends at `offset` (> 0).
    @inline(__always)
    static func previousLetter(_ base: UnsafePointer<UInt8>, before offset: Int,
                               _ tables: CanonicalScanTables.Pointers) -> (code: UInt8, start: Int) {
        var start = offset &- 1
        let byte = base[start]
        if byte < 0x80 { return (tables.asciiCodes[Int(byte)], start) }
        while start > 0 && base[start] & 0xC0 == 0x80 { start &-= 1 }
        return (letterCode(base, at: start, tables), start)
    }

    // MARK: - The exact check of one word

    /// The exact check of the word holding the letter at `offset`: canonical when it is not
    /// Vietnamese (the full pass leaves it alone) or carries exactly one tone, on the letter the
    /// rules choose. Only words whose run is no Vietnamese nucleus, or whose tone is misplaced, get here.
    @inline(never)
    static func wordIsCanonical(_ base: UnsafePointer<UInt8>, _ offset: Int, _ length: Int, modern: Bool,
                                _ tables: CanonicalScanTables.Pointers) -> Bool {
        var wordStart = offset
        while wordStart > 0 {
            let (letter, letterStart) = previousLetter(base, before: wordStart, tables)
            if letter == 0 { break }
            wordStart = letterStart
        }
        var codes: UInt64 = 0
        var count = 0
        var toneCount = 0
        var tonePosition = 0
        var i = wordStart
        while i < length {
            let byte = base[i]
            var code: UInt8
            if byte < 0x80 {
                code = tables.asciiCodes[Int(byte)]
                if code == 0 { break }
                i &+= 1
            } else {
                let scalar = decode(base, &i)
                let facts = tables.facts(scalar)
                if facts == 0 {
                    if tables.classes(scalar) & ScalarClasses.letter == 0 { break }
                    return true                                 // another letter: not Vietnamese
                }
                if VietnameseAlphabet.tone(facts) != 0 {
                    toneCount &+= 1
                    tonePosition = count
                }
                code = VietnameseAlphabet.code(facts)
            }
            if count == 8 { return true }                       // too long for a syllable
            codes |= UInt64(code) &<< UInt64(truncatingIfNeeded: count &<< 3)
            count &+= 1
        }
        let index = SyllableRules.toneIndex(codes, count: count, modern: modern, nuclei: UnsafeBufferPointer(start: tables.nuclei, count: 1 << 12))
        if index < 0 { return true }
        return toneCount == 1 && index == tonePosition
    }
}
