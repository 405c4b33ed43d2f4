/// Where the tone mark of a Vietnamese syllable goes, by the orthographic rules: an onset
/// (with `qu` and `gi` taking their `u`/`i`), a vowel nucleus and an optional final consonant.
///
/// - A vowel carrying a quality mark (`ă â ê ô ơ ư`) takes the tone; of two (`ươ`), the second.
/// - Otherwise, with a final consonant, the last vowel (`hoàn`, `huỳnh`).
/// - Otherwise one vowel takes it; of three, the middle one (`ngoài`, `khuỷu`); of two, the
///   first (`mái`, `múa`), except `oa`, `oe`, `uy`, which put it on the second in the
///   ``NormalizationOptions/ToneStyle/modern`` style (`hoà`, `khoẻ`, `thuỷ`).
///
/// Anything that is not a Vietnamese syllable (`coal`, `café`, `José`, over 8 letters) has no
/// tone position, and the normaliser leaves it alone.
enum SyllableRules {
    /// Packs letter codes (see ``VietnameseAlphabet``), 8 bits each, first letter lowest.
    typealias Codes = UInt64

    /// Nucleus facts, indexed by `(row0+1) | (row1+1) << 4 | (row2+1) << 8` over
    /// ``VietnameseAlphabet/vowelRows``. Bits: 0 valid, 1 no final consonant allowed,
    /// 2–3 tone index with a final consonant, 4–5 without one (traditional), 6–7 without one (modern).
    static let nuclei: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 1 << 12)
        // Open-only nuclei end in a semivowel (or are ia/ua/ưa); the rest also take finals.
        let open = ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
                    "ưa", "ưi", "ưu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uyu", "uya"]
        let both = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
                    "iê", "yê", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "uơ", "ươ", "ưo", "uy", "uyê"]
        let modernSecond: Set<String> = ["oa", "oe", "uy"]
        for (list, closedAllowed) in [(open, false), (both, true)] {
            for nucleus in list {
                let codes = nucleus.unicodeScalars.map { scalar -> UInt8 in
                    let facts = VietnameseAlphabet.facts(scalar.value)
                    return facts != 0 ? VietnameseAlphabet.code(facts) : VietnameseAlphabet.ascii(scalar)
                }
                var key = 0
                for (index, code) in codes.enumerated() { key |= (Int(VietnameseAlphabet.rowOfCode[Int(code)]) + 1) << (4 * index) }
                let marked = codes.indices.filter { codes[$0] >= VietnameseAlphabet.aBreve }
                let withFinal: Int
                let traditional: Int
                var modern: Int
                if nucleus == "ưo" {
                    withFinal = 1; traditional = 1
                } else if let last = marked.last {
                    withFinal = last; traditional = last
                } else {
                    withFinal = codes.count - 1
                    traditional = codes.count == 3 ? 1 : 0
                }
                modern = traditional
                if modernSecond.contains(nucleus) { modern = 1 }
                var entry = 1 | withFinal << 2 | traditional << 4 | modern << 6
                if !closedAllowed { entry |= 2 }
                table[key] = UInt8(entry)
            }
        }
        return table
    }()

    /// ``nuclei`` as a pointer that lives as long as the process (read-only once built), for hot loops.
    nonisolated(unsafe) static let nucleiPointer: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: nuclei.count)
        nuclei.withUnsafeBufferPointer { pointer.initialize(from: $0.baseAddress!, count: $0.count) }
        return UnsafePointer(pointer)
    }()

    /// Letters that may open a syllable alone: b c d đ g h k l m n p r s t v x (q needs u).
    static let singleOnsets: UInt64 = 0x2_015F_799C

    @inline(__always) static func code(_ codes: Codes, _ index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: codes &>> UInt64(truncatingIfNeeded: index &<< 3))
    }

    /// The index of the letter that should carry the tone, or -1 when the letters are not a
    /// Vietnamese syllable.
    /// - Parameters:
    ///   - codes: the letters' codes (see ``VietnameseAlphabet``), packed 8 bits each.
    ///   - count: number of letters (at most 8).
    ///   - modern: place tones in the modern style.
    @inline(__always)
    static func toneIndex(_ codes: Codes, count: Int, modern: Bool) -> Int {
        return nuclei.withUnsafeBufferPointer { table in toneIndex(codes, count: count, modern: modern, nuclei: table) }
    }

    /// ``toneIndex(_:count:modern:)`` with the nucleus table passed in (for hot loops).
    @inline(__always)
    static func toneIndex(_ codes: Codes, count: Int, modern: Bool, nuclei table: UnsafeBufferPointer<UInt8>) -> Int {
        if count > 8 || count == 0 { return -1 }
        var index = 0
        // Onset: consonants before the first vowel.
        while index < count && !VietnameseAlphabet.isVowel(code(codes, index)) { index &+= 1 }
        if index == count || index > 3 { return -1 }
        let onsetLength = index
        switch onsetLength {
        case 0: break
        case 1:
            if (singleOnsets &>> UInt64(code(codes, 0))) & 1 == 0 { return -1 }
        case 2:
            let key = UInt32(truncatingIfNeeded: codes & 0xFFFF)
            switch key {
            case 0x0803, 0x0807, 0x080B, 0x0810, 0x0814, 0x1214, 0x070E, 0x080E: break  // ch gh kh ph th tr ng nh
            default: return -1
            }
        default:
            if UInt32(truncatingIfNeeded: codes & 0xFF_FFFF) != 0x08_070E { return -1 }  // ngh
        }
        var nucleusStart = index
        let first = code(codes, index)
        if onsetLength == 1 {
            let onset = code(codes, 0)
            if onset == 17 {  // q: the u belongs to the onset
                if first != 21 || index + 1 >= count || !VietnameseAlphabet.isVowel(code(codes, index + 1)) { return -1 }
                nucleusStart = index + 1
            } else if onset == 7 && first == 9 && index + 1 < count && VietnameseAlphabet.isVowel(code(codes, index + 1)) {
                nucleusStart = index + 1  // gi + vowel
            }
        }
        // Nucleus: up to three vowels.
        var end = nucleusStart
        var key = 0
        while end < count {
            let letter = code(codes, end)
            if !VietnameseAlphabet.isVowel(letter) { break }
            if end - nucleusStart == 3 { return -1 }
            key |= VietnameseAlphabet.rowPlusOne(letter) &<< ((end &- nucleusStart) &<< 2)
            end &+= 1
        }
        let facts = table[key]
        if facts == 0 { return -1 }
        // Final consonant: c ch m n ng nh p t.
        let finalLength = count - end
        switch finalLength {
        case 0:
            return nucleusStart + Int(modern ? facts >> 6 : (facts >> 4) & 3)
        case 1:
            switch code(codes, end) {
            case 3, 13, 14, 16, 20: break  // c m n p t
            default: return -1
            }
        case 2:
            let final = UInt32(truncatingIfNeeded: (codes &>> UInt64(truncatingIfNeeded: end &<< 3)) & 0xFFFF)
            switch final {
            case 0x0803, 0x070E, 0x080E: break  // ch ng nh
            default: return -1
            }
        default:
            return -1
        }
        if facts & 2 != 0 { return -1 }
        return nucleusStart + Int((facts >> 2) & 3)
    }
}
