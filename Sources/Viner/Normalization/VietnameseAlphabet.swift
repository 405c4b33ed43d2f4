/// Vietnamese letters as small integer codes, shared by the fast canonical check and the full
/// normalisation pass.
///
/// A letter is a *code* (which base letter, including the vowel-quality marks of `ă â ê ô ơ
/// ư` and the bar of `đ`), a *tone* (0 none, 1 sắc ◌́, 2 huyền ◌̀, 3 hỏi ◌̉, 4 ngã ◌̃, 5 nặng ◌̣)
/// and a case. Codes: 1…26 are ASCII `a`…`z`; 27 `ă`, 28 `â`, 29 `ê`, 30 `ô`, 31 `ơ`,
/// 32 `ư`, 33 `đ`; 63 is "some other letter" (never part of a Vietnamese syllable).
enum VietnameseAlphabet {
    static let aBreve: UInt8 = 27
    static let aCircumflex: UInt8 = 28
    static let eCircumflex: UInt8 = 29
    static let oCircumflex: UInt8 = 30
    static let oHorn: UInt8 = 31
    static let uHorn: UInt8 = 32
    static let dStroke: UInt8 = 33
    static let otherLetter: UInt8 = 63

    /// The code of an ASCII letter (`a` → 1).
    @inline(__always) static func ascii(_ letter: Unicode.Scalar) -> UInt8 {
        UInt8(truncatingIfNeeded: letter.value | 0x20) &- 0x60
    }

    // MARK: - Packed letter facts

    /// Packed facts of a precomposed Vietnamese letter: bits 0–5 code, 6–8 tone, 9 upper case,
    /// 10 "has a mark" (set for every entry, so 0 means "not a Vietnamese letter").
    typealias Packed = UInt16
    static let upperBit: Packed = 1 << 9
    static let presentBit: Packed = 1 << 10

    @inline(__always) static func code(_ packed: Packed) -> UInt8 { UInt8(truncatingIfNeeded: packed & 0x3F) }
    @inline(__always) static func tone(_ packed: Packed) -> UInt8 { UInt8(truncatingIfNeeded: (packed >> 6) & 0x7) }
    @inline(__always) static func isUpper(_ packed: Packed) -> Bool { packed & upperBit != 0 }

    /// The twelve vowels in table order, with their tones in the order none, sắc, huyền, hỏi,
    /// ngã, nặng (Unicode code charts "Latin-1 Supplement", "Latin Extended-A/B" and "Latin
    /// Extended Additional", U+1EA0–U+1EF9).
    static let vowelRows: [(code: UInt8, lower: String, upper: String)] = [
        (1, "aáàảãạ", "AÁÀẢÃẠ"), (27, "ăắằẳẵặ", "ĂẮẰẲẴẶ"), (28, "âấầẩẫậ", "ÂẤẦẨẪẬ"),
        (5, "eéèẻẽẹ", "EÉÈẺẼẸ"), (29, "êếềểễệ", "ÊẾỀỂỄỆ"), (9, "iíìỉĩị", "IÍÌỈĨỊ"),
        (15, "oóòỏõọ", "OÓÒỎÕỌ"), (30, "ôốồổỗộ", "ÔỐỒỔỖỘ"), (31, "ơớờởỡợ", "ƠỚỜỞỠỢ"),
        (21, "uúùủũụ", "UÚÙỦŨỤ"), (32, "ưứừửữự", "ƯỨỪỬỮỰ"), (25, "yýỳỷỹỵ", "YÝỲỶỸỴ"),
    ]

    /// Row of `vowelRows` for each code, -1 for consonants.
    static let rowOfCode: [Int8] = {
        var rows = [Int8](repeating: -1, count: 64)
        for (row, entry) in vowelRows.enumerated() { rows[Int(entry.code)] = Int8(row) }
        return rows
    }()

    /// Bit `code` is set for vowel codes: a e i o u y (1 5 9 15 21 25) and 27…32.
    static let vowelMask: UInt64 = 0x1_FA20_8222

    /// `row + 1` of `vowelRows` for a vowel code, 0 for anything else (a constant-time switch,
    /// for hot loops).
    @inline(__always) static func rowPlusOne(_ code: UInt8) -> Int {
        switch code {
        case 1: return 1
        case 27: return 2
        case 28: return 3
        case 5: return 4
        case 29: return 5
        case 9: return 6
        case 15: return 7
        case 30: return 8
        case 31: return 9
        case 21: return 10
        case 32: return 11
        case 25: return 12
        default: return 0
        }
    }

    @inline(__always) static func isVowel(_ code: UInt8) -> Bool { (vowelMask &>> UInt64(code)) & 1 != 0 }

    /// Facts for U+00C0 ..< U+01B1.
    static let latinFacts: [Packed] = makeFacts(range: 0xC0..<0x1B1)
    /// Facts for U+1EA0 ..< U+1EFA.
    static let extendedFacts: [Packed] = makeFacts(range: 0x1EA0..<0x1EFA)

    private static func makeFacts(range: Range<UInt32>) -> [Packed] {
        var facts = [Packed](repeating: 0, count: range.count)
        func put(_ scalar: Unicode.Scalar, code: UInt8, tone: Int, upper: Bool) {
            guard range.contains(scalar.value) else { return }
            var packed = Packed(code) | Packed(tone) << 6 | presentBit
            if upper { packed |= upperBit }
            facts[Int(scalar.value - range.lowerBound)] = packed
        }
        for entry in vowelRows {
            for (tone, scalar) in entry.lower.unicodeScalars.enumerated() { put(scalar, code: entry.code, tone: tone, upper: false) }
            for (tone, scalar) in entry.upper.unicodeScalars.enumerated() { put(scalar, code: entry.code, tone: tone, upper: true) }
        }
        put("đ", code: dStroke, tone: 0, upper: false)
        put("Đ", code: dStroke, tone: 0, upper: true)
        return facts
    }

    /// ``latinFacts`` and ``extendedFacts`` as process-lifetime pointers (read-only once built),
    /// so per-character lookups pay no reference counting.
    nonisolated(unsafe) static let latinPointer: UnsafePointer<Packed> = pointer(to: latinFacts)
    nonisolated(unsafe) static let extendedPointer: UnsafePointer<Packed> = pointer(to: extendedFacts)

    private static func pointer(to table: [Packed]) -> UnsafePointer<Packed> {
        let pointer = UnsafeMutablePointer<Packed>.allocate(capacity: table.count)
        table.withUnsafeBufferPointer { pointer.initialize(from: $0.baseAddress!, count: table.count) }
        return UnsafePointer(pointer)
    }

    /// Facts of a precomposed Vietnamese letter (or `đ`, `Đ`); 0 for anything else, ASCII included.
    @inline(__always) static func facts(_ scalar: UInt32) -> Packed {
        if scalar &- 0xC0 < 0xF1 { return latinPointer[Int(scalar &- 0xC0)] }
        if scalar &- 0x1EA0 < 0x5A { return extendedPointer[Int(scalar &- 0x1EA0)] }
        return 0
    }

    /// Scalars by `(row * 6 + tone) * 2 + upper`.
    static let composed: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 12 * 6 * 2)
        for (row, entry) in vowelRows.enumerated() {
            for (tone, scalar) in entry.lower.unicodeScalars.enumerated() { table[(row * 6 + tone) * 2] = scalar.value }
            for (tone, scalar) in entry.upper.unicodeScalars.enumerated() { table[(row * 6 + tone) * 2 + 1] = scalar.value }
        }
        return table
    }()

    /// The scalar of letter `code` with `tone` in the given case.
    static func scalar(code: UInt8, tone: UInt8, upper: Bool) -> UInt32 {
        let row = Int(rowOfCode[Int(code & 63)])
        if row >= 0 { return composed[(row * 6 + Int(tone)) * 2 + (upper ? 1 : 0)] }
        if code == dStroke { return upper ? 0x110 : 0x111 }
        if code >= 1 && code <= 26 { return UInt32(code) + (upper ? 0x40 : 0x60) }
        return 0xFFFD
    }

    /// The base ASCII letter of `code` (`ư` → `u`, `đ` → `d`), lower case.
    static func baseLetter(_ code: UInt8) -> UInt8 {
        switch code {
        case aBreve, aCircumflex: return 0x61
        case eCircumflex: return 0x65
        case oCircumflex, oHorn: return 0x6F
        case uHorn: return 0x75
        case dStroke: return 0x64
        default: return code &+ 0x60
        }
    }

    // MARK: - Combining marks

    /// Vowel-quality marks that can follow a base letter.
    enum Modifier { case breve, circumflex, horn }

    /// The tone (1…5) of a combining tone mark, 0 if `scalar` is not one. Accepts the tone
    /// marks Vietnamese keyboards and Windows-1258 produce, including U+0340/U+0341.
    @inline(__always) static func combiningTone(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0x301, 0x341: return 1
        case 0x300, 0x340: return 2
        case 0x309: return 3
        case 0x303: return 4
        case 0x323: return 5
        default: return 0
        }
    }

    /// The vowel-quality modifier a combining mark stands for.
    static func combiningModifier(_ scalar: UInt32) -> Modifier? {
        switch scalar {
        case 0x306: return .breve
        case 0x302: return .circumflex
        case 0x31B: return .horn
        default: return nil
        }
    }

    /// `code` with `modifier` applied, or nil when Vietnamese has no such letter.
    static func apply(_ modifier: Modifier, to code: UInt8) -> UInt8? {
        switch (modifier, code) {
        case (.breve, 1): return aBreve
        case (.circumflex, 1): return aCircumflex
        case (.circumflex, 5): return eCircumflex
        case (.circumflex, 15): return oCircumflex
        case (.horn, 15): return oHorn
        case (.horn, 21): return uHorn
        default: return nil
        }
    }

    /// The combining marks of a tone, for NFD output and legacy encoders.
    static let toneMarks: [UInt32] = [0, 0x301, 0x300, 0x309, 0x303, 0x323]
}
