/// Reads the units of Vietnamese text out of raw UTF-8, given ICU's word boundaries: the
/// classification and merge pass of ``Tokenizer``. Works on a pointer to the whole input (so a
/// unit may look past the ICU segment it starts in) and never allocates.
///
/// Every function takes a start offset that lies on a scalar boundary and returns an end
/// offset greater than the start; no unit crosses white space.
struct UnitScanner {
    let base: UnsafePointer<UInt8>
    let count: Int
    /// ``ScalarClassTable/classes``, held directly so the hot loops read it without
    /// going through the table object.
    let classes: UnsafePointer<UInt8>

    init(base: UnsafePointer<UInt8>, count: Int, table: ScalarClassTable) {
        self.base = base
        self.count = count
        self.classes = table.classes
    }

    @inline(__always)
    func classOf(_ scalar: UInt32) -> UInt8 {
        scalar < 0x10000 ? classes[Int(scalar)] : ScalarClass.classify(scalar)
    }

    // MARK: - Scalars

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < count ? base[i] : 0 }

    @inline(__always) func isDigit(_ i: Int) -> Bool { i < count && base[i] &- 0x30 < 10 }

    /// The class of the scalar at `i` (`i < count`) and its length in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (cls: UInt8, length: Int) {
        let b = base[i]
        if b < 0x80 { return (classes[Int(b)], 1) }
        let decoded = UTF8Decoding.decodeNonASCII(base, i, count)
        return (classOf(decoded.scalar), decoded.length)
    }

    @inline(__always) func classAt(_ i: Int) -> UInt8 { i < count ? scalar(at: i).cls : ScalarClass.space }

    @inline(__always) func isLetter(_ i: Int) -> Bool { i < count && ScalarClass.isLetter(classAt(i)) }

    @inline(__always) func isUpper(_ i: Int) -> Bool { i < count && classAt(i) & ScalarClass.kindMask == ScalarClass.upper }

    /// The end of the ASCII digit run starting at `i`.
    @inline(__always)
    func digitsEnd(_ i: Int) -> Int {
        var j = i
        while j < count, base[j] &- 0x30 < 10 { j += 1 }
        return j
    }

    /// Marks and format characters following `i` (up to `limit`).
    @inline(__always)
    func extendsEnd(_ i: Int, limit: Int) -> Int {
        var j = i
        while j < limit {
            let s = scalar(at: j)
            guard s.cls & ScalarClass.kindMask == ScalarClass.extend else { break }
            j += s.length
        }
        return j
    }

    /// `'` or `’` (U+2019) at `i`, and its length.
    @inline(__always)
    func apostropheLength(_ i: Int) -> Int {
        if byte(i) == 0x27 { return 1 }
        if byte(i) == 0xE2, byte(i + 1) == 0x80, byte(i + 2) == 0x99 { return 3 }
        return 0
    }

    // MARK: - Words

    /// A word from `i` up to `limit`: letters, marks, digits, and apostrophes between letters.
    /// At least one byte (the caller starts it on a word part).
    @inline(__always)
    func wordEnd(_ i: Int, limit: Int) -> Int {
        max(wordRunEnd(i, limit: limit), min(i + 1, limit))
    }

    /// Like ``wordEnd(_:limit:)`` but may be empty.
    func wordRunEnd(_ i: Int, limit: Int) -> Int {
        var j = i
        var afterLetter = false   // an apostrophe joins only letter to letter (as ICU's WB6/7)
        while j < limit {
            let b = base[j]
            if b < 0x80 {
                let c = classes[Int(b)]
                if ScalarClass.isWordPart(c) {
                    afterLetter = c != ScalarClass.digit
                    j += 1
                    continue
                }
                if b == 0x27, afterLetter, j + 1 < limit, isLetter(j + 1) { j += 1; continue }
                break
            }
            let s = scalar(at: j)
            if ScalarClass.isWordPart(s.cls) {
                let k = s.cls & ScalarClass.kindMask
                if k != ScalarClass.extend { afterLetter = k != ScalarClass.digit }
                j += s.length
                continue
            }
            if s.length == 3, afterLetter, apostropheLength(j) == 3, j + 3 < limit, isLetter(j + 3) { j += 3; continue }
            break
        }
        return j
    }

    /// A word and its flags, read in one pass (the tokenizer's hot path).
    struct WordScan {
        var end: Int
        var flags: TokenFlags
        /// The word as a letter group (meaningful when ``pureLetters``).
        var group: LetterGroup
        /// Only letters and marks: no digits, no apostrophes.
        var pureLetters: Bool
        /// Some scalar is outside ASCII.
        var nonASCII: Bool
    }

    /// ``wordEnd(_:limit:)`` plus the word's flags, in one pass (the tokenizer's hottest loop).
    ///
    /// What the word holds so far is kept in one word of ``WordBits`` rather than in six
    /// booleans, and updated without branching on the scalar's class.
    @inline(__always)
    func scanWord(_ i: Int, limit: Int) -> WordScan {
        var j = i
        var letters = 0
        var uppers = 0
        var bits: UInt32 = 0
        while j < limit {
            let b = base[j]
            let c: UInt8
            var length = 1
            if b < 0x80 {
                c = classes[Int(b)]
                if !ScalarClass.isWordPart(c) {
                    if b == 0x27, bits & WordBits.afterLetter != 0, j &+ 1 < limit, isLetter(j &+ 1) {
                        j &+= 1
                        bits |= WordBits.impure
                        continue
                    }
                    break
                }
            } else {
                let decoded = UTF8Decoding.decodeNonASCII(base, j, count)
                c = classOf(decoded.scalar)
                length = decoded.length
                if !ScalarClass.isWordPart(c) {
                    if decoded.scalar == 0x2019, bits & WordBits.afterLetter != 0, j &+ 3 < limit, isLetter(j &+ 3) {
                        j &+= 3
                        bits |= WordBits.impure | WordBits.nonASCII
                        continue
                    }
                    break
                }
                bits |= WordBits.nonASCII | (c & ScalarClass.kindMask == ScalarClass.digit ? 0 : WordBits.nonASCIILetter)
            }
            let k = c & ScalarClass.kindMask
            let isUpper: UInt32 = k == ScalarClass.upper ? 1 : 0
            let isLetter: UInt32 = k &- ScalarClass.upper < 3 ? 1 : 0
            let isDigit: UInt32 = k == ScalarClass.digit ? 1 : 0
            let first: UInt32 = letters == 0 ? 1 : 0
            // A digit clears "after a letter", a letter sets it, a mark keeps it.
            bits = (bits & ~isDigit) | isLetter | (isUpper & first) &<< 1 | isDigit &* (WordBits.digit | WordBits.impure)
            letters &+= Int(isLetter)
            uppers &+= Int(isUpper)
            j &+= length
        }
        var flags: TokenFlags = []
        if bits & WordBits.firstUpper != 0 { flags.insert(.capitalized) }
        if letters >= 2, uppers == letters { flags.insert(.allCaps) }
        if bits & WordBits.digit != 0 { flags.insert(.hasDigit) }
        if bits & WordBits.nonASCIILetter != 0 { flags.insert(.hasNonASCII) }
        return WordScan(
            end: max(j, min(i + 1, limit)),
            flags: flags,
            group: LetterGroup(end: j, letters: letters, firstUpper: bits & WordBits.firstUpper != 0, allUpper: uppers == letters),
            pureLetters: bits & WordBits.impure == 0,
            nonASCII: bits & WordBits.nonASCII != 0
        )
    }

    /// The bits of ``scanWord(_:limit:)``'s state.
    enum WordBits {
        /// The last letter or digit was a letter (an apostrophe may join the next letter).
        static let afterLetter: UInt32 = 1
        /// The first letter is upper case.
        static let firstUpper: UInt32 = 2
        static let digit: UInt32 = 4
        /// A digit or an apostrophe: not ``WordScan/pureLetters``.
        static let impure: UInt32 = 8
        static let nonASCII: UInt32 = 16
        /// A non-ASCII letter or mark.
        static let nonASCIILetter: UInt32 = 32
    }

    /// A run of letters and marks from `i` (no limit: abbreviations cross ICU boundaries).
    struct LetterGroup {
        var end: Int
        var letters: Int
        var firstUpper: Bool
        var allUpper: Bool
    }

    @inline(__always)
    func letterGroup(_ i: Int) -> LetterGroup {
        var group = LetterGroup(end: i, letters: 0, firstUpper: false, allUpper: true)
        var j = i
        while j < count {
            let s = scalar(at: j)
            let k = s.cls & ScalarClass.kindMask
            if k == ScalarClass.extend {
                if group.letters == 0 { break }
            } else if k >= ScalarClass.upper && k <= ScalarClass.caseless {
                if group.letters == 0 { group.firstUpper = k == ScalarClass.upper }
                if k != ScalarClass.upper { group.allUpper = false }
                group.letters += 1
            } else {
                break
            }
            j += s.length
        }
        group.end = j
        return group
    }

    /// An abbreviation starting with the letter group `first`: groups joined by `&`, `-`, `.`
    /// or `/` (see ``TokenKind/abbreviation`` for the rules). Returns its end, or nil.
    func abbreviationEnd(_ start: Int, first: LetterGroup) -> Int? {
        var previous = first
        var end = first.end
        var groups = 1
        while end + 1 < count {
            let separator = base[end]
            guard separator == UInt8(ascii: "&") || separator == UInt8(ascii: "-")
                    || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/") else { break }
            guard isLetter(end + 1) else { break }
            let next = letterGroup(end + 1)
            let joins: Bool
            switch separator {
            case UInt8(ascii: "&"): joins = previous.firstUpper && next.firstUpper
            case UInt8(ascii: "-"): joins = previous.allUpper && next.allUpper && max(previous.letters, next.letters) >= 2
            case UInt8(ascii: "."): joins = next.allUpper && (previous.allUpper || (previous.firstUpper && previous.letters <= 3))
            default: joins = previous.firstUpper && previous.letters <= 3 && next.letters <= 3 && groups == 1
            }
            guard joins else { break }
            // A digit or apostrophe glued to the group ends the abbreviation before it.
            if next.end < count, isDigit(next.end) || apostropheLength(next.end) > 0 { break }
            end = next.end
            previous = next
            groups += 1
        }
        return groups >= 2 ? end : nil
    }

    // MARK: - URLs and e-mail

    @inline(__always)
    private func lowered(_ i: Int) -> UInt8 { byte(i) | 0x20 }

    /// `http://…`, `https://…` or `www.…` up to white space, minus trailing punctuation.
    func urlEnd(_ i: Int) -> Int? {
        var prefix = 0
        if lowered(i) == UInt8(ascii: "h"), lowered(i + 1) == UInt8(ascii: "t"), lowered(i + 2) == UInt8(ascii: "t"), lowered(i + 3) == UInt8(ascii: "p") {
            var j = i + 4
            if lowered(j) == UInt8(ascii: "s") { j += 1 }
            guard byte(j) == UInt8(ascii: ":"), byte(j + 1) == UInt8(ascii: "/"), byte(j + 2) == UInt8(ascii: "/") else { return nil }
            prefix = j + 3 - i
        } else if lowered(i) == UInt8(ascii: "w"), lowered(i + 1) == UInt8(ascii: "w"), lowered(i + 2) == UInt8(ascii: "w"), byte(i + 3) == UInt8(ascii: ".") {
            prefix = 4
        } else {
            return nil
        }
        var j = i + prefix
        guard j < count, ScalarClass.isWordPart(classAt(j)) else { return nil }
        var lastKept = j
        var opened = 0
        while j < count {
            let s = scalar(at: j)
            if s.cls == ScalarClass.space { break }
            let b = base[j]
            if b == UInt8(ascii: "(") { opened += 1 }
            let trailing: Bool
            switch b {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "]"), UInt8(ascii: "}"):
                trailing = true
            case UInt8(ascii: ")"):
                trailing = opened == 0
                if opened > 0 { opened -= 1 }
            default:
                trailing = b >= 0x80 && s.cls & ScalarClass.kindMask == ScalarClass.punctuation
            }
            j += s.length
            if !trailing { lastKept = j }
        }
        return lastKept
    }

    @inline(__always)
    private func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b &- 0x30 < 10) || ((b | 0x20) &- 0x61 < 26)
    }

    /// `local@domain.tld` starting at `i`, or nil.
    /// The local part is at most 64 bytes and the domain at most 253 (RFC 5321), which also
    /// keeps failed attempts from rescanning long runs: tokenizing stays linear.
    func emailEnd(_ i: Int) -> Int? {
        var j = i
        let localLimit = min(count, i + 65)
        while j < localLimit {
            let b = base[j]
            guard isASCIIAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
                    || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") else { break }
            j += 1
        }
        guard byte(j) == UInt8(ascii: "@"), j > i, base[j - 1] != UInt8(ascii: ".") else { return nil }
        let domainStart = j + 1
        var k = domainStart
        var labelStart = k
        var labels = 0
        var lastLabelLetters = true
        var end = domainStart
        let domainLimit = min(count, domainStart + 253)
        while k < domainLimit {
            let b = base[k]
            if isASCIIAlnum(b) || b == UInt8(ascii: "-") {
                k += 1
                continue
            }
            guard b == UInt8(ascii: "."), k > labelStart, isASCIIAlnum(byte(k + 1)) else { break }
            labels += 1
            end = k
            k += 1
            labelStart = k
        }
        if k > labelStart {
            labels += 1
            end = k
            lastLabelLetters = k - labelStart >= 2 && (labelStart..<k).allSatisfy { (base[$0] | 0x20) &- 0x61 < 26 }
        } else {
            lastLabelLetters = false
        }
        guard labels >= 2, lastLabelLetters, base[end - 1] != UInt8(ascii: "-") else { return nil }
        return end
    }

    // MARK: - Numbers

    /// A digit run: its numeric value (capped) and digit count.
    struct Part {
        var value: Int
        var digits: Int
    }

    @inline(__always)
    func part(_ i: Int, _ end: Int) -> Part {
        var value = 0
        for j in i..<min(end, i + 9) { value = value * 10 + Int(base[j] &- 0x30) }
        return Part(value: end - i > 9 ? Int.max : value, digits: end - i)
    }

    /// A numeric unit starting with the ASCII digit at `i`; `limit` is the end of the ICU
    /// segment it starts in. See ``TokenKind`` for the shapes.
    func numeric(_ i: Int, limit: Int) -> (end: Int, kind: TokenKind) {
        let firstEnd = digitsEnd(i)
        var parts = (part(i, firstEnd), Part(value: 0, digits: 0), Part(value: 0, digits: 0))
        var partCount = 1
        var separator: UInt8 = 0
        var end = firstEnd
        var allGroupsOfThree = true
        while end + 1 < count {
            let s = base[end]
            guard s == UInt8(ascii: "/") || s == UInt8(ascii: "-") || s == UInt8(ascii: ".") || s == UInt8(ascii: ",")
                    || s == UInt8(ascii: ":") else { break }
            guard separator == 0 || s == separator, isDigit(end + 1) else { break }
            let partEnd = digitsEnd(end + 1)
            let next = part(end + 1, partEnd)
            if partCount == 1 { parts.1 = next } else if partCount == 2 { parts.2 = next }
            if next.digits != 3 { allGroupsOfThree = false }
            partCount += 1
            separator = s
            end = partEnd
        }

        // Document numbers: digits joined by / or -, then / or - and an upper-case letter.
        if separator == 0 || separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"),
           let documentEnd = documentNumberEnd(end, slashSeen: separator == UInt8(ascii: "/")) {
            return (documentEnd, .documentNumber)
        }

        switch separator {
        case 0:
            let first = parts.0
            if first.digits <= 2, first.value <= 24, byte(end) | 0x20 == UInt8(ascii: "h") {
                let j = end + 1
                if isDigit(j), isDigit(j + 1), !isDigit(j + 2), !isLetter(j + 2), part(j, j + 2).value < 60 {
                    return (j + 2, .time)
                }
                if !isDigit(j), !isLetter(j) { return (j, .time) }
            }
            if byte(end) == UInt8(ascii: "%") { return (end + 1, .percent) }
            if end < limit, ScalarClass.isWordPart(classAt(end)) {
                return (wordEnd(end, limit: limit), .numeric)
            }
            return (end, .number)
        case UInt8(ascii: ","):
            if partCount == 2 { return withPercent(end, .decimal) }
            return (end, .numeric)
        case UInt8(ascii: "."):
            let grouped = parts.0.digits <= 3 && allGroupsOfThree
            if grouped, byte(end) == UInt8(ascii: ","), isDigit(end + 1) {
                return withPercent(digitsEnd(end + 1), .decimal)
            }
            if partCount == 2, !grouped, DateShape.isValid(parts.0, parts.1, nil) { return (end, .numericDate) }
            if partCount == 3, DateShape.isValid(parts.0, parts.1, parts.2) { return (end, .numericDate) }
            if grouped { return withPercent(end, .groupedNumber) }
            return (end, .numeric)
        case UInt8(ascii: "/"):
            if partCount == 2, DateShape.isValid(parts.0, parts.1, nil) || DateShape.isMonthYear(parts.0, parts.1) {
                return (end, .numericDate)
            }
            if partCount == 3, DateShape.isValid(parts.0, parts.1, parts.2) { return (end, .numericDate) }
            return (end, .fraction)
        case UInt8(ascii: "-"):
            if partCount == 2 {
                // A range (`2011-2015`, `10-15%`): the first number alone; the dash and the
                // second number follow as their own tokens.
                return (firstEnd, .number)
            }
            if partCount == 3, DateShape.isValid(parts.0, parts.1, parts.2) { return (end, .numericDate) }
            return (end, .numeric)
        default: // ":"
            if partCount <= 3, parts.0.digits <= 2, parts.0.value <= 24, parts.1.digits == 2, parts.1.value < 60,
               partCount == 2 || (parts.2.digits == 2 && parts.2.value < 60) {
                return (end, .time)
            }
            return (end, .numeric)
        }
    }

    @inline(__always)
    private func withPercent(_ end: Int, _ kind: TokenKind) -> (end: Int, kind: TokenKind) {
        byte(end) == UInt8(ascii: "%") ? (end + 1, .percent) : (end, kind)
    }

    /// Continues a document number after its leading digits at `i`: groups starting with an
    /// upper-case letter (or digits, after the first group) joined by `/`, `-` or `&`.
    /// Needs at least one letter group and at least one `/` overall.
    func documentNumberEnd(_ i: Int, slashSeen: Bool) -> Int? {
        var j = i
        var sawSlash = slashSeen
        var groups = 0
        var joins = 0
        // At most 12 joins: real numbers have 2–5, and a bound keeps failed attempts linear.
        while j + 1 < count, joins < 12 {
            joins += 1
            let s = base[j]
            let isJoin = s == UInt8(ascii: "/") || s == UInt8(ascii: "-") || (s == UInt8(ascii: "&") && groups > 0)
            guard isJoin else { break }
            if isUpper(j + 1) {
                let group = letterGroup(j + 1)
                if groups == 0, !group.allUpper { break }
                j = wordRunEnd(group.end, limit: count)   // digits glued on: `QH14`
                groups += 1
            } else if groups > 0, s != UInt8(ascii: "&"), isDigit(j + 1) {
                j = digitsEnd(j + 1)
            } else {
                break
            }
            if s == UInt8(ascii: "/") { sawSlash = true }
        }
        guard groups > 0, sawSlash else { return nil }
        return j
    }
}

/// Calendar validity of numeric date shapes.
enum DateShape {
    /// `d m [y]`: day and month of one or two digits, year of two or four digits.
    static func isValid(_ day: UnitScanner.Part, _ month: UnitScanner.Part, _ year: UnitScanner.Part?) -> Bool {
        guard day.digits <= 2, month.digits <= 2, (1...12).contains(month.value), day.value >= 1 else { return false }
        var fullYear: Int?
        if let year {
            guard year.digits == 2 || year.digits == 4 else { return false }
            fullYear = year.digits == 2 ? 2000 + year.value : year.value
            guard fullYear! >= 1 else { return false }
        }
        return day.value <= daysIn(month: month.value, year: fullYear)
    }

    /// `m/yyyy`.
    static func isMonthYear(_ month: UnitScanner.Part, _ year: UnitScanner.Part) -> Bool {
        month.digits <= 2 && (1...12).contains(month.value) && year.digits == 4 && year.value >= 1
    }

    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 4, 6, 9, 11: return 30
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        default: return 31
        }
    }
}
