import CICU

/// What the normaliser needs to know about a code point outside ASCII, from ICU, cached for
/// the Basic Multilingual Plane in one 64 KiB table built on first use.
enum ScalarClasses {
    /// NFC_Quick_Check = Yes and canonical combining class 0: stays as it is under NFC.
    static let nfcStable: UInt8 = 1
    /// Alphabetic: continues a word.
    static let letter: UInt8 = 2
    /// NFD_Quick_Check = Yes: has no decomposition.
    static let nfdStable: UInt8 = 4
    /// A repair may change it (spaces, invisibles, look-alikes, quotes, dashes).
    static let repairable: UInt8 = 8
    /// Its lower-case mapping differs from it.
    static let hasLowercase: UInt8 = 16
    /// A non-spacing mark (general category Mn).
    static let nonspacing: UInt8 = 32
    /// Not a Vietnamese letter, but canonically an ASCII letter followed only by marks the
    /// normaliser reads (tone marks, breve, circumflex, horn): `ñ`, `ń`, `ṭ`, `ĉ`, `ṍ`. The full
    /// pass reads such a letter as its decomposition, so NFC and NFD input are treated alike.
    static let markedLatin: UInt8 = 64

    /// Classes of U+0000 … U+FFFF.
    static let bmp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for scalar in 0..<UInt32(0x10000) where !(0xD800..<0xE000).contains(scalar) {
            table[Int(scalar)] = compute(scalar)
        }
        return table
    }()

    /// ``bmp`` as a pointer that lives as long as the process (read-only after it is built),
    /// so per-character lookups pay no reference counting.
    nonisolated(unsafe) static let bmpPointer: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        bmp.withUnsafeBufferPointer { pointer.initialize(from: $0.baseAddress!, count: 0x10000) }
        return UnsafePointer(pointer)
    }()

    /// The class bits of any scalar (computed through ICU outside the BMP).
    @inline(__always) static func of(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x10000 { return bmpPointer[Int(scalar)] }
        return compute(scalar)
    }

    static func compute(_ scalar: UInt32) -> UInt8 {
        let info = cicu_norm_scalar_info(scalar)
        var bits: UInt8 = 0
        let nfcYes = UInt32(CICU_SCALAR_NFC_YES)
        let cccZero = UInt32(CICU_SCALAR_CCC_ZERO)
        if info & nfcYes != 0 && info & cccZero != 0 { bits |= nfcStable }
        if info & UInt32(CICU_SCALAR_ALPHABETIC) != 0 { bits |= letter }
        if info & UInt32(CICU_SCALAR_NFD_YES) != 0 { bits |= nfdStable }
        if info & UInt32(CICU_SCALAR_NONSPACING) != 0 { bits |= nonspacing }
        if cicu_norm_scalar_lowercase(scalar) != scalar { bits |= hasLowercase }
        if RepairTable.isCandidate(scalar) { bits |= repairable }
        if info & UInt32(CICU_SCALAR_NFD_YES) == 0 && isMarkedLatin(scalar) { bits |= markedLatin }
        return bits
    }

    /// See ``markedLatin`` (only Latin blocks can qualify).
    private static func isMarkedLatin(_ scalar: UInt32) -> Bool {
        guard (0xC0..<0x250).contains(scalar) || (0x1E00..<0x1F00).contains(scalar), VietnameseAlphabet.facts(scalar) == 0 else {
            return false
        }
        var parts: [UInt32] = []
        ICUNormalization.normalize([scalar][...], form: .nfd, appendingTo: &parts)
        guard parts.count >= 2, parts[0] < 0x80, (parts[0] | 0x20) &- 0x61 < 26 else { return false }
        return parts.dropFirst().allSatisfy {
            VietnameseAlphabet.combiningTone($0) != 0 || VietnameseAlphabet.combiningModifier($0) != nil
        }
    }
}
