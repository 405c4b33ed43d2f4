/// The lookup tables of ``CanonicalScan``'s tuned loop, which settles most scalars with one test:
/// `lookContexts[scalar] & (nextContexts[next byte] | previousContexts[previous byte] | always)`.
///
/// A scalar's *look contexts* say in which neighbourhoods it needs a closer look; the bytes
/// around it say which neighbourhood it is in:
/// - an untoned Vietnamese letter, or a code point that is NFC-stable, no ``ScalarClasses/markedLatin``
///   letter and touched by no repair: never (0);
/// - any other code point that is not a Vietnamese letter: always (``always``);
/// - a toned quality vowel (`ấ ề ở …`): when the next byte is not ASCII (it may be `ơ`);
///   a toned `ư` also before `o` (`ưo` puts the tone on the `o`);
/// - a toned plain vowel (`á ì ủ …`): when either neighbour is a vowel or not ASCII (but
///   `đ`, `Đ` before it count as the consonants they are).
enum CanonicalScanTables {
    /// Context bit: the byte after the scalar is not ASCII.
    static let nextNotASCII: UInt8 = 1 << 0
    /// Context bit: the byte after the scalar is an ASCII vowel.
    static let nextVowel: UInt8 = 1 << 1
    /// Context bit: the byte after the scalar is `o` or `O`.
    static let nextO: UInt8 = 1 << 2
    /// Context bit: the byte before the scalar is not ASCII.
    static let previousNotASCII: UInt8 = 1 << 3
    /// Context bit: the byte before the scalar is an ASCII vowel.
    static let previousVowel: UInt8 = 1 << 4
    /// Context bit present around every scalar.
    static let always: UInt8 = 1 << 5

    /// The look contexts of a code point (see the type's description).
    static func lookContexts(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x80 { return 0 }
        let facts = VietnameseAlphabet.facts(scalar)
        if facts == 0 {
            let classes = ScalarClasses.of(scalar)
            let plain = ScalarClasses.nfcStable
            return classes & (ScalarClasses.nfcStable | ScalarClasses.markedLatin | ScalarClasses.repairable) == plain ? 0 : always
        }
        if VietnameseAlphabet.tone(facts) == 0 { return 0 }
        let code = VietnameseAlphabet.code(facts)
        if code == VietnameseAlphabet.uHorn { return nextNotASCII | nextO }
        if code >= VietnameseAlphabet.aBreve { return nextNotASCII }
        return nextNotASCII | nextVowel | previousNotASCII | previousVowel
    }

    /// ``lookContexts(_:)`` of U+0000 … U+FFFF.
    nonisolated(unsafe) static let bmpLookContexts: UnsafePointer<UInt8> = table(count: 0x10000) { lookContexts(UInt32($0)) }

    /// The context bits a byte gives the scalar before it.
    nonisolated(unsafe) static let nextContexts: UnsafePointer<UInt8> = table(count: 256) { byte in
        if byte >= 0x80 { return nextNotASCII }
        let code = VietnameseAlphabet.ascii(Unicode.Scalar(UInt8(byte)))
        if code == 15 && (byte | 0x20) == 0x6F { return nextVowel | nextO }
        return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A && VietnameseAlphabet.isVowel(code) ? nextVowel : 0
    }

    /// The context bits the two bytes before a scalar give it, indexed by `first | second << 8`
    /// (the byte just before in the high half): from the second byte, except that `đ`/`Đ`
    /// (`C4 91`, `C4 90`) count as the consonants they are.
    nonisolated(unsafe) static let previousContexts: UnsafePointer<UInt8> = table(count: 0x10000) { pair in
        let first = pair & 0xFF, byte = pair >> 8
        if first == 0xC4 && (byte == 0x90 || byte == 0x91) { return 0 }
        if byte >= 0x80 { return previousNotASCII }
        let code = VietnameseAlphabet.ascii(Unicode.Scalar(UInt8(byte)))
        return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A && VietnameseAlphabet.isVowel(code) ? previousVowel : 0
    }

    /// Letter codes of bytes: 1 … 26 for ASCII letters (either case), 0 for every other byte.
    nonisolated(unsafe) static let asciiCodes: UnsafePointer<UInt8> = table(count: 256) { byte in
        let folded = byte | 0x20
        return byte < 0x80 && folded >= 0x61 && folded <= 0x7A ? UInt8(folded - 0x60) : 0
    }

    /// The tables, read once per scan (each static is behind a `swift_once`).
    struct Pointers {
        let lookContexts = CanonicalScanTables.bmpLookContexts
        let nextContexts = CanonicalScanTables.nextContexts
        let previousContexts = CanonicalScanTables.previousContexts
        let asciiCodes = CanonicalScanTables.asciiCodes
        let classes = ScalarClasses.bmpPointer
        let latin = VietnameseAlphabet.latinPointer
        let extended = VietnameseAlphabet.extendedPointer
        let nuclei = SyllableRules.nucleiPointer

        /// ``VietnameseAlphabet/facts(_:)`` through these pointers.
        @inline(__always) func facts(_ scalar: UInt32) -> UInt16 {
            if scalar &- 0xC0 < 0xF1 { return latin[Int(scalar &- 0xC0)] }
            if scalar &- 0x1EA0 < 0x5A { return extended[Int(scalar &- 0x1EA0)] }
            return 0
        }

        /// ``ScalarClasses/of(_:)`` through these pointers.
        @inline(__always) func classes(_ scalar: UInt32) -> UInt8 {
            scalar < 0x10000 ? classes[Int(scalar)] : ScalarClasses.compute(scalar)
        }
    }

    /// A table of `count` bytes that lives as long as the process (read-only once built), so
    /// lookups pay no reference counting.
    private static func table(count: Int, _ value: (Int) -> UInt8) -> UnsafePointer<UInt8> {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        for index in 0..<count { pointer[index] = value(index) }
        return UnsafePointer(pointer)
    }
}
