/// Converts legacy Vietnamese encodings to Unicode code points, remembering for each where it
/// started in the original (so the offset map points at the legacy bytes).
enum LegacyDecoder {
    /// TCVN3 (ABC): one byte per letter, table ``LegacyTCVN3Table``.
    static func tcvn3(_ units: SourceText.Units) -> SourceText {
        var text = SourceText(length: units.length, originalIsUTF8: false)
        for (index, value) in units.values.enumerated() {
            let scalar = value >= 0xA1 && value <= 0xFF ? LegacyTCVN3Table.upperHalf[Int(value - 0xA1)] : value
            text.append(scalar, start: units.starts[index])
        }
        return text
    }

    // MARK: VNI-Windows

    /// VNI-Windows mark bytes (lower-case form; capitals are 0x20 lower), by what they add.
    /// Origin: the VNI-Windows font layout as published by VNI Software and used by the VNI
    /// keyboard (base letter, then one byte for the quality mark and/or tone).
    static let vniTones: [UInt32: UInt8] = [0xF9: 1, 0xF8: 2, 0xFB: 3, 0xF5: 4, 0xEF: 5]
    static let vniCircumflex: [UInt32: UInt8] = [0xE2: 0, 0xE1: 1, 0xE0: 2, 0xE5: 3, 0xE3: 4, 0xE4: 5]
    static let vniBreve: [UInt32: UInt8] = [0xEA: 0, 0xE9: 1, 0xE8: 2, 0xFA: 3, 0xFC: 4, 0xEB: 5]
    /// Bytes that are a whole letter: (code, tone) for the lower-case byte.
    static let vniLetters: [UInt32: (UInt8, UInt8)] = [
        0xF1: (VietnameseAlphabet.dStroke, 0), 0xF4: (VietnameseAlphabet.oHorn, 0), 0xF6: (VietnameseAlphabet.uHorn, 0),
        0xED: (9, 1), 0xEC: (9, 2), 0xE6: (9, 3), 0xF3: (9, 4), 0xF2: (9, 5), 0xEE: (25, 5),
    ]

    static func vni(_ units: SourceText.Units) -> SourceText {
        var text = SourceText(length: units.length, originalIsUTF8: false)
        let values = units.values
        var index = 0
        while index < values.count {
            let value = values[index]
            let start = units.starts[index]
            var code: UInt8 = 0
            var tone: UInt8 = 0
            var upper = false
            if value < 0x80 && (value | 0x20) &- 0x61 < 26 {
                code = UInt8(value | 0x20) - 0x60
                upper = value < 0x60
            } else if value >= 0xC0 && value <= 0xFF, let letter = vniLetters[value | 0x20] {
                (code, tone) = letter
                upper = value < 0xE0
            } else {
                text.append(value, start: start)
                index += 1
                continue
            }
            index += 1
            if VietnameseAlphabet.isVowel(code) && tone == 0 && index < values.count
                && values[index] >= 0xC0 && values[index] <= 0xFF {
                let mark = values[index] | 0x20
                if let markTone = vniTones[mark] {
                    tone = markTone; index += 1
                } else if let markTone = vniCircumflex[mark], let modified = VietnameseAlphabet.apply(.circumflex, to: code) {
                    code = modified; tone = markTone; index += 1
                } else if let markTone = vniBreve[mark], code == 1 {
                    code = VietnameseAlphabet.aBreve; tone = markTone; index += 1
                }
            }
            text.append(VietnameseAlphabet.scalar(code: code, tone: tone, upper: upper), start: start)
        }
        return text
    }

    // MARK: VIQR

    /// VIQR (RFC 1456) marks: quality marks `(` breve, `^` circumflex, `+` horn; tones `'` sắc,
    /// `` ` `` huyền, `?` hỏi, `~` ngã, `.` nặng; `dd` is `đ`; `\` makes the next character
    /// literal. A `.` or `?` after a syllable that already has its tone, followed by a
    /// non-letter, is punctuation.
    static func viqr(_ units: SourceText.Units) -> SourceText {
        viqrCounting(units).text
    }

    /// ``viqr(_:)`` plus how many marks were unambiguous VIQR (quality marks, `dd`, tones
    /// inside a word), for detection.
    static func viqrCounting(_ units: SourceText.Units) -> (text: SourceText, strongMarks: Int) {
        var text = SourceText(length: units.length, originalIsUTF8: false)
        var strong = 0
        let values = units.values
        var index = 0
        var wordHasTone = false
        func isLetter(_ value: UInt32) -> Bool { value < 0x80 && (value | 0x20) &- 0x61 < 26 }
        while index < values.count {
            let value = values[index]
            let start = units.starts[index]
            if value == 0x5C && index + 1 < values.count {  // backslash: literal next character
                text.append(values[index + 1], start: start)
                index += 2
                wordHasTone = false
                continue
            }
            guard isLetter(value) else {
                text.append(value, start: start)
                index += 1
                wordHasTone = false
                continue
            }
            var code = UInt8(value | 0x20) - 0x60
            let upper = value < 0x60
            index += 1
            if code == 4, index < values.count, values[index] | 0x20 == 0x64 {  // dd → đ
                text.append(upper ? 0x110 : 0x111, start: start)
                index += 1
                strong += 1
                continue
            }
            guard VietnameseAlphabet.isVowel(code) else {
                text.append(value, start: start)
                continue
            }
            if index < values.count {
                let modifier: VietnameseAlphabet.Modifier?
                switch values[index] {
                case 0x28: modifier = .breve
                case 0x5E: modifier = .circumflex
                case 0x2B: modifier = .horn
                default: modifier = nil
                }
                if let modifier, let modified = VietnameseAlphabet.apply(modifier, to: code) {
                    code = modified
                    index += 1
                    strong += 1
                }
            }
            var tone: UInt8 = 0
            if index < values.count {
                let mark = values[index]
                let markTone: UInt8
                switch mark {
                case 0x27: markTone = 1
                case 0x60: markTone = 2
                case 0x3F: markTone = 3
                case 0x7E: markTone = 4
                case 0x2E: markTone = 5
                default: markTone = 0
                }
                let followedByLetter = index + 1 < values.count && isLetter(values[index + 1])
                let punctuation = (mark == 0x2E || mark == 0x3F) && !followedByLetter && wordHasTone
                if markTone != 0 && !punctuation {
                    tone = markTone
                    index += 1
                    wordHasTone = true
                    if followedByLetter { strong += 1 }
                }
            }
            text.append(VietnameseAlphabet.scalar(code: code, tone: tone, upper: upper), start: start)
        }
        return (text, strong)
    }
}
