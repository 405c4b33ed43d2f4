/// Reads DATE expressions from ``TextPiece``s. Each rule is a method that, given a start
/// index, returns a ``DateParser/Found`` (the index after the expression and its value) or nil;
/// ``match(at:)`` keeps the longest.
///
/// Rules live in extensions by family: numeric shapes, verbal calendar forms, times,
/// relative expressions. A relative expression found without a reference date has no value.
struct DateParser {
    /// The pieces of one line (a view into the caller's buffer, valid while the parser is used).
    let p: UnsafeBufferPointer<TextPiece>
    let ref: CalendarDate?
    /// Report a clock time with no day (``RecognitionOptions/timesWithoutDate``).
    let timesWithoutDate: Bool

    /// One expression found.
    ///
    /// The value lives in a box: a ``DateValue`` is some 250 bytes, and the rules pass
    /// `Found?` around and compare candidates many times per line; a boxed one is copied as
    /// one pointer (a nil value as none).
    struct Found {
        /// Index after the last piece.
        var end: Int
        /// The value; nil for a relative expression without a reference date.
        var value: DateValue? {
            get { box?.value }
            set { box = newValue.map(Box.init) }
        }
        /// A single day (a time of day may attach to it).
        var isDay: Bool
        /// Resolved against the reference date (relative).
        var relative: Bool
        private var box: Box?

        init(end: Int, value: DateValue?, isDay: Bool = false, relative: Bool = false) {
            self.end = end
            self.box = value.map(Box.init)
            self.isDay = isDay
            self.relative = relative
        }

        private final class Box {
            let value: DateValue
            init(_ value: DateValue) { self.value = value }
        }
    }

    init(pieces: UnsafeBufferPointer<TextPiece>, reference: CalendarDate?, timesWithoutDate: Bool = true) {
        self.p = pieces
        self.ref = reference
        self.timesWithoutDate = timesWithoutDate
    }

    /// The longest expression starting at `i`.
    func match(at i: Int) -> Found? {
        guard i < p.count else { return nil }
        let piece = p[i]
        // Cheap filter: every expression starts with digits or a known word.
        guard piece.isDigits || piece.lexeme != .none else { return nil }
        var best: Found?
        func consider(_ f: Found?) {
            guard let f, f.end > i else { return }
            if best == nil || f.end > best!.end { best = f }
        }
        consider(withTime(calendarOrRange(at: i)))
        consider(weekdayExpression(at: i))
        consider(timeFirst(at: i))
        consider(relativeExpression(at: i))
        consider(relativePeriod(at: i))
        return best
    }

    /// Whether an expression can start at piece `i` of `pieces`:
    /// - a word some rule begins with other than a number (`ngày`, `tháng`, `năm`, `thứ`, `lúc` …);
    /// - a number (digits or words) followed by a mark (`18/6`, `21:26`, `2011-2015`; digits
    ///   only) or by a word a number leads into (`14h20`, `4pm`, `7 giờ`, `18 tháng 9`,
    ///   `hai mươi tháng tư`, `3 ngày tới`). A number in words may take several words, so any
    ///   such word up to the first one that is not a number word counts.
    ///
    /// ``DateRules`` calls ``match(at:)`` only where this holds; ``match(at:)`` finds nothing
    /// anywhere else (NumericStartTests checks this on every piece of its phrases). Reading
    /// past the end of a line only lets more pieces through.
    @inline(__always)
    static func canStart(at i: Int, in pieces: UnsafeBufferPointer<TextPiece>) -> Bool {
        let piece = pieces[i]
        switch piece.kind {
        case .digits:
            guard i + 1 < pieces.count else { return false }
            let next = pieces[i + 1]
            return next.kind == .mark || (next.kind == .word && next.lexeme.followsNumberInDate)
        case .word:
            let lexeme = piece.lexeme
            guard lexeme.startsDate else { return false }
            // Words that start a date only before certain words (`chủ nhật`, `thứ hai`,
            // `lúc 7 giờ`, `buổi sáng`, `sáng mai`; not `chủ tịch`, `thứ nhất`, `lúc đó`, `sáng tạo`).
            let nextIsDigits = i + 1 < pieces.count && pieces[i + 1].isDigits
            let next = i + 1 < pieces.count && pieces[i + 1].kind == .word ? pieces[i + 1].lexeme : .none
            switch lexeme {
            case .chu: return next == .nhat
            case .thu: return nextIsDigits || next.isWeekdayNumber
            case .luc: return nextIsDigits || next.isNumberWord
            case .buoi: return partOfDay(next) != nil
            case .sang, .trua, .chieu, .toi2, .dem, .khuya: return next.followsPartOfDay
            default: break
            }
            guard lexeme.startsDateOnlyAsNumber else { return true }
            var k = i + 1
            while k < pieces.count, pieces[k].kind == .word {
                let w = pieces[k].lexeme
                if w.followsNumberInDate { return true }
                guard w.isNumberWord else { return false }
                k += 1
            }
            return false
        case .mark, .opaque:
            return false
        }
    }

    // MARK: - Piece helpers

    @inline(__always) func word(_ i: Int) -> Lexeme {
        i >= 0 && i < p.count && p[i].kind == .word ? p[i].lexeme : .none
    }

    @inline(__always) func isWord(_ i: Int, _ lexeme: Lexeme) -> Bool { word(i) == lexeme }

    @inline(__always) func isDigits(_ i: Int) -> Bool { i >= 0 && i < p.count && p[i].isDigits }

    /// Piece `i` exists and no whitespace separates it from piece `i - 1`.
    @inline(__always) func glued(_ i: Int) -> Bool { i > 0 && i < p.count && !p[i].spaceBefore }

    func isMark(_ i: Int, _ scalar: Unicode.Scalar) -> Bool { i >= 0 && i < p.count && p[i].isMark(scalar) }

    func isDash(_ i: Int) -> Bool { i >= 0 && i < p.count && p[i].isDash }

    /// The expression may start at `i`: whitespace or an opening bracket/quote before it.
    func cleanStart(_ i: Int) -> Bool {
        guard i < p.count else { return false }
        guard i > 0, !p[i].spaceBefore else { return true }
        let prev = p[i - 1]
        guard prev.kind == .mark else { return false }
        switch prev.mark {
        case 0x28, 0x5B, 0x22, 0x27, 0x201C, 0x2018, 0x00AB: return true   // ( [ " ' “ ‘ «
        default: return false
        }
    }

    /// The expression may end before `end`: whitespace, the end, or closing punctuation that is
    /// not glued to more digits or letters (`12/2020/NĐ-CP`, `10-15%` are not dates).
    func cleanEnd(_ end: Int) -> Bool {
        guard end < p.count, !p[end].spaceBefore else { return true }
        let next = p[end]
        guard next.kind == .mark else { return false }
        switch next.mark {
        case 0x25: return false                                   // %
        case 0x2F, 0x2D, 0x2E, 0x2C, 0x3A, 0x2010...0x2015, 0x2212:  // / - . , : dashes
            guard end + 1 < p.count, !p[end + 1].spaceBefore else { return true }
            return p[end + 1].kind == .mark && !p[end + 1].isDash && !p[end + 1].isMark("/")
        default: return true
        }
    }

    /// A number 0…`max` at `i`, in digits (at most `maxDigits`) or in words.
    func smallNumber(_ i: Int, max: Int, maxDigits: Int = 2) -> (value: Int, end: Int)? {
        guard i < p.count else { return nil }
        if p[i].isDigits {
            guard p[i].digitCount <= maxDigits, p[i].number <= max else { return nil }
            return (p[i].number, i + 1)
        }
        guard p[i].kind == .word, let (v, end) = SpelledNumber.positional(p, at: i, maxDigits: maxDigits, range: 0...max) else { return nil }
        return (v, end)
    }

    /// The value to report: nil for a relative expression when there is no reference.
    func value(_ v: DateValue?, relative: Bool) -> DateValue? {
        relative && ref == nil ? nil : v
    }
}
