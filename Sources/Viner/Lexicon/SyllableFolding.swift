/// Folds Vietnamese text into hashes that ignore letter case, Unicode form (NFC or NFD) and
/// tone-mark placement, and splits it into *pieces*: letter/digit runs and single punctuation
/// characters.
///
/// Each letter is reduced to its base letter plus its vowel-quality mark (`ă`, `â`, `ê`, `ô`,
/// `ơ`, `ư`, `đ`); the tone mark of a piece is mixed in once, at the end. So `Ủy`, `uỷ`, `ủy`
/// and the NFD spelling all fold to the same hash; `&` folds like `và`, every dash like `-`,
/// and `Ð` (U+00D0) like `Đ`.
enum SyllableFolding {
    /// Facts about one piece.
    struct Piece {
        /// Byte range in the buffer that was folded.
        var start: Int
        var end: Int
        /// The folded hash.
        var hash: UInt64
        /// Letters, digits, upper-case letters and lower-case letters counted in the piece.
        var letters: Int
        var digits: Int
        var upper: Int
        var lower: Int
        /// `true` when the piece's first letter is upper case.
        var firstUpper: Bool
        /// For a punctuation piece, its folded ASCII character (dashes → `-`, `&` stays `&`);
        /// 0 for letter/digit pieces.
        var punct: UInt8
        /// `true` when whitespace separates this piece from the previous one (or it is first).
        var spaceBefore: Bool
        /// `true` when the whitespace before it holds a line break.
        var newlineBefore: Bool
    }

    // Table entry bits: 0–7 base ASCII letter, 8–11 quality, 12–15 tone, 16 upper, 17 valid.
    private static let valid: UInt32 = 1 << 17
    fileprivate static let upperBit: UInt32 = 1 << 16

    /// Vietnamese letters below U+1F00, indexed by scalar value.
    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x1F00)
        let rows: [(String, UInt8, UInt32)] = [
            ("aàáảãạ", 0x61, 0), ("ăằắẳẵặ", 0x61, 2), ("âầấẩẫậ", 0x61, 1),
            ("eèéẻẽẹ", 0x65, 0), ("êềếểễệ", 0x65, 1), ("iìíỉĩị", 0x69, 0),
            ("oòóỏõọ", 0x6F, 0), ("ôồốổỗộ", 0x6F, 1), ("ơờớởỡợ", 0x6F, 3),
            ("uùúủũụ", 0x75, 0), ("ưừứửữự", 0x75, 3), ("yỳýỷỹỵ", 0x79, 0),
            ("AÀÁẢÃẠ", 0x61, 0), ("ĂẰẮẲẴẶ", 0x61, 2), ("ÂẦẤẨẪẬ", 0x61, 1),
            ("EÈÉẺẼẸ", 0x65, 0), ("ÊỀẾỂỄỆ", 0x65, 1), ("IÌÍỈĨỊ", 0x69, 0),
            ("OÒÓỎÕỌ", 0x6F, 0), ("ÔỒỐỔỖỘ", 0x6F, 1), ("ƠỜỚỞỠỢ", 0x6F, 3),
            ("UÙÚỦŨỤ", 0x75, 0), ("ƯỪỨỬỮỰ", 0x75, 3), ("YỲÝỶỸỴ", 0x79, 0),
        ]
        for (index, row) in rows.enumerated() {
            let isUpper = index >= 12
            for (tone, scalar) in row.0.unicodeScalars.enumerated() where scalar.value >= 0x80 {
                var entry = UInt32(row.1) | (row.2 << 8) | (UInt32(tone) << 12) | valid
                if isUpper { entry |= upperBit }
                table[Int(scalar.value)] = entry
            }
        }
        table[0x111] = 0x64 | (4 << 8) | valid                 // đ
        table[0x110] = 0x64 | (4 << 8) | valid | upperBit      // Đ
        table[0xD0] = 0x64 | (4 << 8) | valid | upperBit       // Ð (look-alike)
        return table
    }()

    /// The hash of a lexicon or document piece is FNV-1a over its folded symbols.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt64) -> UInt64 {
        (hash ^ byte) &* prime
    }

    /// The hash `và` folds to (what `&` folds to as well).
    static let andHash: UInt64 = {
        var hash = offsetBasis
        hash = mix(hash, 0x76)
        hash = mix(hash, 0x61)
        hash = mix(hash, 0xF0 | 1)   // grave tone
        return hash
    }()

    /// Decodes one scalar at `index`; returns the scalar value and its length.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, index + 1 < bytes.count {
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0, index + 2 < bytes.count {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6) | (UInt32(bytes[index + 2]) & 0x3F), 3)
        }
        if index + 3 < bytes.count {
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    fileprivate enum Class { case space, newline, letter, digit, mark, punct }

    /// The class of an ASCII character.
    @inline(__always)
    fileprivate static func classifyASCII(_ byte: UInt8) -> Class {
        switch byte {
        case 0x0A, 0x0D: return .newline
        case 0x20, 0x09, 0x0B, 0x0C: return .space
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        default: return .punct
        }
    }

    fileprivate static func classify(_ scalar: UInt32, _ table: UnsafeBufferPointer<UInt32>) -> Class {
        if scalar < 0x80 { return classifyASCII(UInt8(scalar)) }
        if scalar < 0x1F00, table[Int(scalar)] != 0 { return .letter }
        if scalar >= 0x300 && scalar <= 0x36F { return .mark }
        if scalar == 0xA0 || scalar == 0x2009 || scalar == 0x202F || scalar == 0x200B || scalar == 0x3000 { return .space }
        if scalar == 0x2028 || scalar == 0x2029 || scalar == 0x85 { return .newline }
        // dashes, quotes, bullets, ellipsis: punctuation (what the properties below say), without
        // the property lookups
        if (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar) { return .punct }
        guard let unicodeScalar = Unicode.Scalar(scalar) else { return .punct }
        let properties = unicodeScalar.properties
        if properties.isAlphabetic { return .letter }
        if properties.numericType != nil { return .digit }
        if properties.isWhitespace { return .space }
        return .punct
    }

    @inline(__always)
    fileprivate static func foldedPunct(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return 0x2D
        case 0x2018, 0x2019, 0x27: return 0x27
        case 0x201C, 0x201D, 0x22, 0xAB, 0xBB: return 0x22
        case 0x2026: return 0x2E
        case ..<0x80: return UInt8(scalar)
        default: return 0x7F
        }
    }

    /// Whether `text` lower-cased starts with `head` lower-cased and then a space, as
    /// `text.lowercased().hasPrefix(head.lowercased() + " ")` says, decided on the bytes when both
    /// hold only ASCII and precomposed Vietnamese letters (each with a one-letter lower case);
    /// nil otherwise (the caller then asks `String`).
    static func lowercasedHasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ head: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isSimple(text), isSimple(head) else { return nil }
        return table.withUnsafeBufferPointer { table in
            var t = 0
            var h = 0
            while h < head.count {
                guard t < text.count else { return false }
                let (a, aLength) = decode(text, t)
                let (b, bLength) = decode(head, h)
                if a < 0x80 || b < 0x80 {
                    guard a < 0x80 && b < 0x80 else { return false }
                    let lowerA = a >= 0x41 && a <= 0x5A ? a | 0x20 : a
                    let lowerB = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    guard lowerA == lowerB else { return false }
                } else {
                    guard table[Int(a)] & ~upperBit == table[Int(b)] & ~upperBit else { return false }
                }
                t += aLength
                h += bLength
            }
            return t < text.count && text[t] == 0x20
        }
    }

    /// `true` when `bytes` hold only ASCII and the Vietnamese letters of ``table`` (not the
    /// look-alike `Ð`, whose lower case differs from `đ`).
    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.withUnsafeBufferPointer { table in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 { index += 1; continue }
                let (scalar, length) = decode(bytes, index)
                guard scalar < 0x1F00, scalar != 0xD0, table[Int(scalar)] != 0 else { return false }
                index += length
            }
            return true
        }
    }

    /// Splits `bytes[range]` into pieces and calls `body` for each, in order.
    ///
    /// A piece is a run of letters, digits and combining marks (an apostrophe between letters
    /// stays inside, as in `H'Mông`), or one punctuation character. Whitespace separates pieces.
    @inline(__always)
    static func forEachPiece(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, spaceBefore initialSpace: Bool = true,
                             newlineBefore initialNewline: Bool = false, _ body: (Piece) -> Void) {
        withPieces(bytes, in: range, spaceBefore: initialSpace, newlineBefore: initialNewline) { cursor in
            while let piece = cursor.next() { body(piece) }
        }
    }

    /// Calls `body` with a ``PieceCursor`` over `bytes[range]` (the pull form of
    /// ``forEachPiece(_:in:spaceBefore:newlineBefore:_:)``, for loops that keep their own state).
    @inline(__always)
    static func withPieces<Result>(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, spaceBefore: Bool = true,
                                   newlineBefore: Bool = false, _ body: (inout PieceCursor) -> Result) -> Result {
        table.withUnsafeBufferPointer { table in
            var cursor = PieceCursor(bytes: bytes, table: table, index: range.lowerBound, upperBound: range.upperBound,
                                     spaceBefore: spaceBefore, newlineBefore: newlineBefore)
            return body(&cursor)
        }
    }

    /// Reads the pieces of a byte buffer one at a time (see ``withPieces(_:in:spaceBefore:newlineBefore:_:)``).
    struct PieceCursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let table: UnsafeBufferPointer<UInt32>
        var index: Int
        let upperBound: Int
        var spaceBefore: Bool
        var newlineBefore: Bool

        /// The next piece, or nil at the end of the range.
        @inline(__always)
        mutating func next() -> Piece? {
            while index < upperBound {
                let first = bytes[index]
                if first == 0x20 {   // the commonest separator, without decoding
                    spaceBefore = true
                    index += 1
                    continue
                }
                let (scalar, length) = decode(bytes, index)
                let kind = first < 0x80 ? classifyASCII(first) : classify(scalar, table)
                switch kind {
                case .space:
                    spaceBefore = true
                    index += length
                case .newline:
                    spaceBefore = true
                    newlineBefore = true
                    index += length
                case .punct:
                    let folded = foldedPunct(scalar)
                    var hash = offsetBasis
                    if folded == 0x26 { hash = andHash } else if folded == 0x7F {
                        hash = mix(mix(hash, UInt64(scalar)), 0xFF)
                    } else {
                        hash = mix(mix(hash, UInt64(folded)), 0xFE)
                    }
                    let piece = Piece(start: index, end: index + length, hash: hash, letters: 0, digits: 0, upper: 0, lower: 0,
                                      firstUpper: false, punct: folded, spaceBefore: spaceBefore, newlineBefore: newlineBefore)
                    spaceBefore = false
                    newlineBefore = false
                    index += length
                    return piece
                case .letter, .digit, .mark:
                    let start = index
                    var hash = offsetBasis
                    var tone: UInt64 = 0
                    var letters = 0, digits = 0, upper = 0, lower = 0
                    var firstUpper = false
                    while index < upperBound {
                        // fast paths: ASCII letters and precomposed Vietnamese letters
                        let byte = bytes[index]
                        if byte < 0x80 {
                            if byte == 0x20 { break }   // a space ends the piece (as classify would say)
                            let lowered = byte | 0x20
                            if lowered &- 0x61 < 26 {
                                letters &+= 1
                                let isUpper = byte <= 0x5A
                                upper &+= isUpper ? 1 : 0
                                lower &+= isUpper ? 0 : 1
                                firstUpper = letters == 1 ? isUpper : firstUpper
                                hash = mix(hash, UInt64(lowered))
                                index += 1
                                continue
                            }
                            if byte &- 0x30 < 10 {
                                digits &+= 1
                                hash = mix(hash, UInt64(byte))
                                index += 1
                                continue
                            }
                            // other ASCII (punctuation, whitespace) ends the piece; only an
                            // apostrophe needs the general path below
                            if byte != 0x27 { break }
                        } else if byte >= 0xC3 && byte < 0xF0 {
                            // a two- or three-byte letter, decoded without branching on its length
                            let length = byte >= 0xE0 ? 3 : 2
                            if index + length <= bytes.count {
                                let b1 = UInt32(bytes[index + 1]) & 0x3F
                                let b2 = UInt32(bytes[index + length - 1]) & 0x3F
                                let two = ((UInt32(byte) & 0x1F) << 6) | b1
                                let three = ((UInt32(byte) & 0x0F) << 12) | (b1 << 6) | b2
                                let scalar = length == 3 ? three : two
                                if scalar < 0x1F00, case let entry = table[Int(scalar)], entry != 0 {
                                    letters &+= 1
                                    let isUpper = entry & upperBit != 0
                                    upper &+= isUpper ? 1 : 0
                                    lower &+= isUpper ? 0 : 1
                                    firstUpper = letters == 1 ? isUpper : firstUpper
                                    let base = mix(hash, UInt64(entry & 0xFF))
                                    let quality = (entry >> 8) & 0xF
                                    let marked = mix(base, 0x80 | UInt64(quality))
                                    hash = quality != 0 ? marked : base
                                    let t = UInt64((entry >> 12) & 0xF)
                                    tone = t != 0 ? t : tone
                                    index += length
                                    continue
                                }
                            }
                        }
                        let (scalar, length) = decode(bytes, index)
                        var kind = classify(scalar, table)
                        if kind == .punct, scalar == 0x27 || scalar == 0x2019 {
                            // apostrophe inside a word: H'Mông
                            let next = index + length
                            if letters > 0, next < upperBound, classify(decode(bytes, next).0, table) == .letter {
                                hash = mix(hash, 0x27)
                                index = next
                                continue
                            }
                        }
                        if kind == .punct || kind == .space || kind == .newline { break }
                        if kind == .mark {
                            switch scalar {
                            case 0x300: tone = 1
                            case 0x301: tone = 2
                            case 0x309: tone = 3
                            case 0x303: tone = 4
                            case 0x323: tone = 5
                            case 0x302: hash = mix(hash, 0x81)
                            case 0x306: hash = mix(hash, 0x82)
                            case 0x31B: hash = mix(hash, 0x83)
                            default: hash = mix(hash, UInt64(scalar))
                            }
                            index += length
                            continue
                        }
                        if kind == .digit {
                            digits &+= 1
                            hash = mix(hash, UInt64(scalar))
                            index += length
                            continue
                        }
                        kind = .letter
                        letters &+= 1
                        if scalar < 0x80 {
                            let isUpper = scalar <= 0x5A
                            if isUpper { upper &+= 1 } else { lower &+= 1 }
                            if letters == 1 { firstUpper = isUpper }
                            hash = mix(hash, UInt64(scalar | 0x20))
                        } else if scalar < 0x1F00, case let entry = table[Int(scalar)], entry != 0 {
                            let isUpper = entry & upperBit != 0
                            if isUpper { upper &+= 1 } else { lower &+= 1 }
                            if letters == 1 { firstUpper = isUpper }
                            hash = mix(hash, UInt64(entry & 0xFF))
                            let quality = (entry >> 8) & 0xF
                            if quality != 0 { hash = mix(hash, 0x80 | UInt64(quality)) }
                            let t = UInt64((entry >> 12) & 0xF)
                            if t != 0 { tone = t }
                        } else {
                            var value = scalar
                            if let unicodeScalar = Unicode.Scalar(scalar) {
                                let properties = unicodeScalar.properties
                                if properties.isUppercase {
                                    upper &+= 1
                                    if letters == 1 { firstUpper = true }
                                    if let lowered = properties.lowercaseMapping.unicodeScalars.first { value = lowered.value }
                                } else if properties.isLowercase {
                                    lower &+= 1
                                }
                            }
                            hash = mix(hash, UInt64(value))
                        }
                        index += length
                    }
                    if tone != 0 { hash = mix(hash, 0xF0 | tone) }
                    let piece = Piece(start: start, end: index, hash: hash, letters: letters, digits: digits, upper: upper, lower: lower,
                                      firstUpper: firstUpper, punct: 0, spaceBefore: spaceBefore, newlineBefore: newlineBefore)
                    spaceBefore = false
                    newlineBefore = false
                    return piece
                }
            }
            return nil
        }
    }

    /// The folded piece hashes of `text` (for lexicon entries and tests).
    static func pieceHashes(of text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var copy = text
        copy.withUTF8 { bytes in
            forEachPiece(bytes, in: 0..<bytes.count) { hashes.append($0.hash) }
        }
        return hashes
    }
}
