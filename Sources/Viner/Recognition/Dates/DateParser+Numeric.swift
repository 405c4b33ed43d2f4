/// Numeric shapes: `18/6/2016`, `05/06/2022`, `1-10-2024`, `18.6.2016`, `3/3/17`, `21/6`,
/// `(21.6)`, `21-6`, `6/2016`; day ranges `15 - 16/3/2024`; year ranges `2011-2015`.
extension DateParser {
    /// Words that make a following bare `d/m` a date (`sáng 21/6`, `hôm 21/6`). Prepositions
    /// (`từ`, `đến`, `trước`) are not enough: `từ 10-12 người` is a count.
    static func isDateContext(_ w: Lexeme) -> Bool {
        switch w {
        case .ngay, .mong, .sang, .trua, .chieu, .toi2, .dem, .khuya, .hom, .luc:
            true
        default: false
        }
    }

    /// A two-digit year read as 19xx/20xx (`17` → 2017, `91` → 1991).
    static func fullYear(_ y: Int, digits: Int) -> Int? {
        if digits == 4 { return (1000...2199).contains(y) ? y : nil }
        if digits == 2 { return y < 50 ? 2000 + y : 1900 + y }
        return nil
    }

    /// `d/m/y`, `d/m` or `m/yyyy` at `i` with separator `/`, `-` or `.`.
    /// - Parameter context: a trigger word (`ngày`, `sáng`, a weekday …) stands before it, so
    ///   a bare day-month needs no other evidence.
    func numericDate(at i: Int, context: Bool) -> (point: DatePoint, end: Int)? {
        guard i + 2 < p.count, isDigits(i), p[i].digitCount <= 2, isDigits(i + 2), p[i + 1].kind == .mark else { return nil }
        let sep = p[i + 1].mark
        guard sep == 0x2F || sep == 0x2D || sep == 0x2E else { return nil }
        // Glued (`24-7-1962`), or spaced after a trigger word as tokenized text writes it
        // (`ngày 24 - 7 - 1962`).
        let spaced = !glued(i + 1) && !glued(i + 2)
        guard (glued(i + 1) && glued(i + 2)) || (spaced && context && sep != 0x2E) else { return nil }
        func joined(_ k: Int) -> Bool { spaced ? !glued(k) : glued(k) }
        let a = p[i].number
        let b = p[i + 2].number
        if p[i + 2].digitCount == 4 {
            // m/yyyy
            guard sep == 0x2F || context, (1...12).contains(a), let year = Self.fullYear(b, digits: 4), (1900...2199).contains(year),
                  cleanEnd(i + 3) else { return nil }
            return (DatePoint(year: year, month: a), i + 3)
        }
        guard p[i + 2].digitCount <= 2 else { return nil }
        // d/m/y
        if i + 4 < p.count, joined(i + 3), p[i + 3].kind == .mark, p[i + 3].mark == sep, joined(i + 4), isDigits(i + 4) {
            guard let year = Self.fullYear(p[i + 4].number, digits: p[i + 4].digitCount),
                  CalendarDate.valid(year: year, month: b, day: a) != nil, cleanEnd(i + 5) else { return nil }
            return (DatePoint(year: year, month: b, day: a), i + 5)
        }
        // d/m without a year
        guard (1...12).contains(b), a >= 1, a <= CalendarDate.daysIn(month: b, year: 2000), cleanEnd(i + 3) else { return nil }
        if spaced, isDash(i + 3) || isMark(i + 3, "/") { return nil }   // `ngày 5 - 6 - 7`: not read
        if !context {
            guard bareDayMonthIsDate(at: i, sep: sep) else { return nil }
        }
        return (DatePoint(month: b, day: a), i + 3)
    }

    /// Evidence that a bare `21/6`, `21-6`, `21.6` (no trigger word, no year) is a date and
    /// not a ratio (`10/12 xã`), a score (`2-1`) or the idiom `24/7`.
    private func bareDayMonthIsDate(at i: Int, sep: UInt32) -> Bool {
        let a = p[i].number
        let b = p[i + 2].number
        if a == 24 && b == 7 { return false }
        let after = i + 3
        let nextIsWord = after < p.count && (p[after].kind == .word || p[after].isDigits)
        let nextIsContinuation = after < p.count && ([.hang, .vua, .toi, .nay2, .den, .va, .hoac, .luc].contains(word(after))
            || (word(after) == .nam && (isWord(after + 1, .nay) || isWord(after + 1, .ngoai) || isDigits(after + 1))))
        let prevIsNumberish = i > 0 && (p[i - 1].isDigits || p[i - 1].isDash || p[i - 1].isMark("/"))
        if prevIsNumberish { return false }
        // Scores and ranks: `thắng 25-12`, `tỷ số 2/1`, `xếp hạng 3/10`, `đạt 9/10`.
        if [.thang2, .thua, .hoa, .so, .hang2, .thu, .xep, .dat].contains(word(i - 1)) { return false }
        switch sep {
        case 0x2F:   // /
            return !nextIsWord || nextIsContinuation || (after < p.count && p[after].capitalized)
        case 0x2E:   // .
            return isMark(i - 1, "(") && isMark(after, ")")
        default:     // -
            let twoDigits = p[i].digitCount == 2
            return twoDigits && (!nextIsWord || nextIsContinuation) && (i == 0 || p[i - 1].kind == .word || isMark(i - 1, "("))
        }
    }

    /// `15 - 16/3/2024`, `15-16/3`: one day range within a month.
    func dayRange(at i: Int, context: Bool) -> (start: DatePoint, end: DatePoint, endIndex: Int)? {
        guard isDigits(i), p[i].digitCount <= 2, cleanStart(i) || context else { return nil }
        let d1 = p[i].number
        guard isDash(i + 1), let (second, end) = numericDate(at: i + 2, context: true), let day2 = second.day, second.month != nil,
              d1 >= 1, d1 < day2 else { return nil }
        var first = second
        first.day = d1
        return (first, second, end)
    }

    /// `2011-2015`, `2020 - 2025`, `2009- 2010`: a range of years.
    func yearRange(at i: Int) -> (start: Int, end: Int, endIndex: Int)? {
        guard isDigits(i), p[i].digitCount == 4, cleanStart(i), (1900...2199).contains(p[i].number),
              isDash(i + 1), isDigits(i + 2), p[i + 2].digitCount == 4, cleanEnd(i + 3) else { return nil }
        let y1 = p[i].number
        let y2 = p[i + 2].number
        guard y2 > y1, y2 - y1 <= 100 else { return nil }
        return (y1, y2, i + 3)
    }

    /// A numeric date followed by ` - ` and a second one: `19/8/2005- 19/8/2010`,
    /// `19/8 - 20/8/2010` (the first takes the second's year).
    func numericRange(at i: Int, context: Bool) -> Found? {
        if let (start, end, endIndex) = dayRange(at: i, context: context) {
            return Found(end: endIndex, value: DateValue(from: start, to: end))
        }
        guard cleanStart(i) || context, word(i - 1) != .so, let (first, afterFirst) = numericDate(at: i, context: context) else { return nil }
        var found = Found(end: afterFirst, value: DateValue(first), isDay: first.day != nil)
        if isDash(afterFirst), let (second, afterSecond) = numericDate(at: afterFirst + 1, context: true),
           (first.day == nil) == (second.day == nil) {
            var start = first
            if start.year == nil, let y = second.year { start.year = y }
            if (start.year == nil) == (second.year == nil), let a = start.sortKey, let b = second.sortKey, a < b {
                found = Found(end: afterSecond, value: DateValue(from: start, to: second))
            }
        }
        return found
    }
}

extension DatePoint {
    /// A comparable key for ordering the two ends of a range (year, month, day).
    var sortKey: Int? {
        guard let month else { return nil }
        return (year ?? 0) * 10_000 + month * 100 + (day ?? 0)
    }
}
