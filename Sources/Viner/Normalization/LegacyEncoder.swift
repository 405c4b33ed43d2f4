/// Encodes Unicode Vietnamese into the legacy encodings (the inverse of ``LegacyDecoder``),
/// for tests, round trips and `viner normalize` experiments. Code points an encoding cannot
/// represent are written as they are (Latin-1 code points as their byte).
enum LegacyEncoder {
    /// Latin-1 reading of the encoded bytes: what a legacy file looks like inside Unicode.
    static func string(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    static func tcvn3(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { bytes.append(UInt8(scalar.value)) } else if let byte = LegacyTCVN3Table.byteOf[scalar.value] {
                bytes.append(byte)
            } else if scalar.value <= 0xFF { bytes.append(UInt8(scalar.value)) }
        }
        return bytes
    }

    static func vni(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            let facts = VietnameseAlphabet.facts(scalar.value)
            guard facts != 0 else { if scalar.value <= 0xFF { bytes.append(UInt8(scalar.value)) }; continue }
            let code = VietnameseAlphabet.code(facts)
            let tone = VietnameseAlphabet.tone(facts)
            let upper = VietnameseAlphabet.isUpper(facts)
            func cased(_ byte: UInt8) -> UInt8 { upper ? byte - 0x20 : byte }
            if let single = LegacyDecoder.vniLetters.first(where: { $0.value.0 == code && $0.value.1 == tone }) {
                bytes.append(cased(UInt8(single.key)))
                continue
            }
            var mark: UInt32? = nil
            switch code {
            case VietnameseAlphabet.aCircumflex, VietnameseAlphabet.eCircumflex, VietnameseAlphabet.oCircumflex:
                mark = LegacyDecoder.vniCircumflex.first { $0.value == tone }?.key
            case VietnameseAlphabet.aBreve:
                mark = LegacyDecoder.vniBreve.first { $0.value == tone }?.key
            default:
                if tone != 0 { mark = LegacyDecoder.vniTones.first { $0.value == tone }?.key }
            }
            let base: UInt8
            switch code {
            case VietnameseAlphabet.oHorn: base = 0xF4
            case VietnameseAlphabet.uHorn: base = 0xF6
            default: base = VietnameseAlphabet.baseLetter(code)
            }
            bytes.append(cased(base))
            if let mark { bytes.append(cased(UInt8(mark))) }
        }
        return bytes
    }

    static func viqr(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        let toneMarks: [UInt8] = [0, 0x27, 0x60, 0x3F, 0x7E, 0x2E]
        for scalar in text.unicodeScalars {
            let facts = VietnameseAlphabet.facts(scalar.value)
            guard facts != 0 else { bytes.append(contentsOf: Array(String(scalar).utf8)); continue }
            let code = VietnameseAlphabet.code(facts)
            let upper = VietnameseAlphabet.isUpper(facts)
            let base = VietnameseAlphabet.baseLetter(code)
            bytes.append(upper ? base - 0x20 : base)
            switch code {
            case VietnameseAlphabet.dStroke: bytes.append(upper ? 0x44 : 0x64)
            case VietnameseAlphabet.aBreve: bytes.append(0x28)
            case VietnameseAlphabet.aCircumflex, VietnameseAlphabet.eCircumflex, VietnameseAlphabet.oCircumflex: bytes.append(0x5E)
            case VietnameseAlphabet.oHorn, VietnameseAlphabet.uHorn: bytes.append(0x2B)
            default: break
            }
            let tone = VietnameseAlphabet.tone(facts)
            if tone != 0 { bytes.append(toneMarks[Int(tone)]) }
        }
        return bytes
    }
}
