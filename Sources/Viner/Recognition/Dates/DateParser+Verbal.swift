/// Verbal calendar forms: `ngày 18 tháng 9 năm 2023`, `mồng 3 tháng ba`, `tháng 4 năm 2008`,
/// `tháng 3/2021`, `năm 2006`, `năm 2016-2020`, `quý III/2018`, `quý 4 của năm 2018`,
/// `6 tháng đầu năm 2018`, `nửa cuối năm 2019`, `ngày đầu tiên của tháng ba`.
extension DateParser {
    /// Every calendar form at `i` (dates, months, quarters, halves, years and their ranges),
    /// without a time; the longest.
    func calendarOrRange(at i: Int) -> Found? {
        var best: Found?
        func consider(_ f: Found?) {
            guard let f else { return }
            if best == nil || f.end > best!.end { best = f }
        }
        switch word(i) {
        case .ngay:
            consider(afterNgay(at: i))
        case .mong:
            consider(afterMong(at: i))
        case .thang:
            consider(monthForm(at: i))
        case .nam:
            consider(yearForm(at: i))
        case .quy:
            consider(quarterForm(at: i))
        case .nua:
            consider(halfForm(at: i))
        case .tuan:
            consider(firstWeekOfMonth(at: i))
        case .giang:
            consider(christmas(at: i))
        default:
            break
        }
        if isDigits(i) {
            let context = Self.isDateContext(word(i - 1))
            consider(numericRange(at: i, context: context))
            if let (y1, y2, end) = yearRange(at: i) {
                consider(Found(end: end, value: DateValue(from: DatePoint(year: y1), to: DatePoint(year: y2))))
            }
        }
        if isDigits(i) || (p[i].kind == .word && p[i].lexeme.digit != nil) || word(i) == .muoi10 {
            consider(dayMonthVerbal(at: i, bare: true))
            consider(halfForm(at: i))
        }
        return best
    }

    // MARK: - Pieces of verbal dates

    /// A month number after `tháng`: `4`, `04`, `tư`, `mười một`. (`tháng Giêng`, `tháng Chạp`
    /// name lunar months and are not read.)
    func month(at j: Int) -> (value: Int, end: Int)? {
        guard j < p.count else { return nil }
        if isDigits(j) {
            guard p[j].digitCount <= 2, (1...12).contains(p[j].number) else { return nil }
            return (p[j].number, j + 1)
        }
        switch word(j) {
        case .muoi10:
            if isWord(j + 1, .mot) { return (11, j + 2) }
            if isWord(j + 1, .hai) { return (12, j + 2) }
            return (10, j + 1)
        case .lam, .mot1, .khong: return nil
        default:
            guard let d = word(j).digit, d >= 1 else { return nil }
            return (d, j + 1)
        }
    }

    /// A year number: four digits, or a year in words (`hai nghìn linh chín`, `một chín chín chín`).
    func yearNumber(at j: Int) -> (value: Int, end: Int)? {
        guard j < p.count else { return nil }
        if isDigits(j) {
            // Three-digit years (`năm 938`) only at the end of a clause.
            let threeDigitYear = p[j].digitCount == 3 && p[j].number >= 100 && (j + 1 >= p.count || p[j + 1].kind == .mark)
            guard p[j].digitCount == 4 || threeDigitYear, (100...2199).contains(p[j].number), cleanEnd(j + 1) else { return nil }
            return (p[j].number, j + 1)
        }
        guard p[j].kind == .word, word(j) != .nam else { return nil }
        return SpelledNumber.positional(p, at: j, maxDigits: 4, range: 100...2199)
    }

    /// The year of a relative word after `năm`: `nay` 0, `ngoái`/`trước` −1, `sau`/`tới` +1.
    func relativeYearWord(at j: Int) -> (offset: Int, end: Int)? {
        switch word(j) {
        case .nay: return (0, j + 1)
        case .nay2: return (0, j + 1)
        case .ngoai, .truoc: return (-1, j + 1)
        case .sau2, .toi: return (1, j + 1)
        case .tiep where isWord(j + 1, .theo): return (1, j + 2)
        case .ke where isWord(j + 1, .tiep): return (1, j + 2)
        default: return nil
        }
    }

    /// The year written after a month or quarter: `/2021`, `năm 2008`, `của năm 2018`,
    /// `năm nay`. `relative` when it came from the reference date.
    func yearAfter(at j: Int) -> (year: Int?, end: Int, relative: Bool)? {
        if glued(j), j + 1 < p.count, p[j].kind == .mark, [0x2F, 0x2D, 0x2E].contains(p[j].mark), glued(j + 1),
           isDigits(j + 1), p[j + 1].digitCount == 4, let y = Self.fullYear(p[j + 1].number, digits: 4), cleanEnd(j + 2) {
            return (y, j + 2, false)
        }
        // `tháng 9 - 1987` (spaced, as in tokenized text).
        if isDash(j) || isMark(j, "/"), isDigits(j + 1), p[j + 1].digitCount == 4, !glued(j) || !glued(j + 1),
           let y = Self.fullYear(p[j + 1].number, digits: 4), (1900...2199).contains(y), cleanEnd(j + 2) {
            return (y, j + 2, false)
        }
        var k = j
        if isWord(k, .cua) { k += 1 }
        guard isWord(k, .nam) else { return nil }
        if let (y, end) = yearNumber(at: k + 1) { return (y, end, false) }
        if let (offset, end) = relativeYearWord(at: k + 1) { return (ref.map { $0.year + offset }, end, true) }
        return nil
    }

    /// `18 tháng 9 [năm 2023]`, `hai tư tháng bảy`. `bare`: no `ngày`/`mồng` before it.
    func dayMonthVerbal(at j: Int, bare: Bool) -> Found? {
        guard let (day, afterDay) = smallNumber(j, max: 31), day >= 1, isWord(afterDay, .thang),
              let (m, afterMonth) = month(at: afterDay + 1) else { return nil }
        if bare, isWord(afterMonth, .ngay) { return nil }   // `4 tháng 5 ngày`: a duration
        if isWord(afterMonth, .lan) { return nil }           // `hai tháng một lần`: a frequency
        if bare, !isDigits(j), afterDay == j + 1 { return nil }   // `ba tháng hai …`: a count
        var point = DatePoint(month: m, day: day)
        var end = afterMonth
        var relative = false
        if let (year, afterYear, rel) = yearAfter(at: afterMonth) {
            point.year = year
            end = afterYear
            relative = rel
        } else if bare, word(afterMonth - 1) == .nam && !isDigits(afterMonth - 1) {
            return nil   // `tháng năm` alone is ambiguous
        }
        guard day <= CalendarDate.daysIn(month: m, year: point.year ?? 2000) else { return nil }
        return Found(end: end, value: value(DateValue(point), relative: relative), isDay: true, relative: relative)
    }

    /// After `ngày`: a numeric date or range, a verbal date, `đầu tiên của tháng ba`.
    func afterNgay(at i: Int) -> Found? {
        var j = i + 1
        if isWord(j, .mong) { j += 1 }
        if var f = numericRange(at: j, context: true) ?? dayMonthVerbal(at: j, bare: false) {
            f.end = max(f.end, j)
            return f
        }
        if isWord(j, .dau), isWord(j + 1, .tien) {
            var k = j + 2
            if isWord(k, .cua) { k += 1 }
            guard isWord(k, .thang), let (m, afterMonth) = month(at: k + 1) else { return nil }
            var point = DatePoint(month: m, day: 1)
            var end = afterMonth
            var relative = false
            if let (year, afterYear, rel) = yearAfter(at: afterMonth) {
                point.year = year
                end = afterYear
                relative = rel
            }
            return Found(end: end, value: value(DateValue(point), relative: relative), isDay: true, relative: relative)
        }
        if isWord(j, .giang) { return christmas(at: j) }
        return nil
    }

    /// `mồng 3 tháng ba`, `mùng 1/5`.
    func afterMong(at i: Int) -> Found? {
        numericRange(at: i + 1, context: true) ?? dayMonthVerbal(at: i + 1, bare: false)
    }

    /// `tháng 4 năm 2008`, `tháng 3/2021`, `tháng 6` (no year: `--06`), `tháng 3 tới`.
    func monthForm(at i: Int) -> Found? {
        guard let (m, afterMonth) = month(at: i + 1) else { return nil }
        if [.moi, .cac, .nhung, .may, .vai].contains(word(i - 1)) || isWord(afterMonth, .lan) { return nil }
        if let (year, end, relative) = yearAfter(at: afterMonth) {
            return Found(end: end, value: value(DateValue(DatePoint(year: year, month: m)), relative: relative), relative: relative)
        }
        if word(i + 1) == .nam { return nil }   // `tháng năm`: "May" or "months and years"
        if isDigits(i + 1), !cleanEnd(afterMonth) { return nil }
        // `tháng 3 tới`, `tháng 3 này`: the next / this March.
        if isWord(afterMonth, .toi) || isWord(afterMonth, .nay2) || (isWord(afterMonth, .sap) && isWord(afterMonth + 1, .toi)) {
            let end = isWord(afterMonth, .sap) ? afterMonth + 2 : afterMonth + 1
            var v: DateValue?
            if let ref {
                let year = isWord(afterMonth, .nay2) || m > ref.month ? ref.year : ref.year + 1
                v = DateValue(DatePoint(year: year, month: m))
            }
            return Found(end: end, value: v, relative: true)
        }
        return Found(end: afterMonth, value: DateValue(DatePoint(month: m)))
    }

    /// `năm 2006`, `năm 2016-2020`, `năm hai nghìn linh chín`.
    func yearForm(at i: Int) -> Found? {
        let j = i + 1
        if isDigits(j), p[j].digitCount == 4, isDash(j + 1), isDigits(j + 2), p[j + 2].digitCount == 4 {
            let y1 = p[j].number
            let y2 = p[j + 2].number
            if (1000...2199).contains(y1), y2 > y1, y2 - y1 <= 100, cleanEnd(j + 3) {
                return Found(end: j + 3, value: DateValue(from: DatePoint(year: y1), to: DatePoint(year: y2)))
            }
        }
        guard let (year, end) = yearNumber(at: j) else { return nil }
        return Found(end: end, value: DateValue(DatePoint(year: year)))
    }

    /// A quarter number: `3`, `III`, `ba`, `tư`.
    func quarterNumber(at j: Int) -> (value: Int, end: Int)? {
        guard j < p.count else { return nil }
        if isDigits(j) {
            guard p[j].digitCount == 1, (1...4).contains(p[j].number) else { return nil }
            return (p[j].number, j + 1)
        }
        if let r = word(j).roman, p[j].capitalized || p[j].byteRange.count > 1 { return (r, j + 1) }
        switch word(j) {
        case .mot: return (1, j + 1)
        case .hai: return (2, j + 1)
        case .ba: return (3, j + 1)
        case .bon, .tu: return (4, j + 1)
        default: return nil
        }
    }

    /// `quý III/2018`, `quý 4 năm 2018`, `quý 4 của năm 2018`, `quý 3` (this year: relative).
    func quarterForm(at i: Int) -> Found? {
        guard let (q, afterQ) = quarterNumber(at: i + 1) else { return nil }
        if let (year, end, relative) = yearAfter(at: afterQ) {
            let v = year.map { DateValue(DatePoint(year: $0, quarter: q)) }
            return Found(end: end, value: value(v, relative: relative), relative: relative)
        }
        if isDigits(i + 1), !cleanEnd(afterQ) { return nil }
        let v = ref.map { DateValue(DatePoint(year: $0.year, quarter: q)) }
        return Found(end: afterQ, value: v, relative: true)
    }

    /// `6 tháng đầu năm 2018` (`2018-H1`), `6 tháng cuối năm` (relative), `3 tháng đầu năm`
    /// (`Q1`), `9 tháng đầu năm 2019` (`2019-01/2019-09`), `nửa đầu năm 2018`,
    /// `6 tháng năm 2023` (the first six months, `2023-H1`).
    func halfForm(at i: Int) -> Found? {
        var months: Int
        var j: Int
        if isWord(i, .nua) {
            months = 6
            j = i + 1
        } else {
            guard let (n, afterN) = smallNumber(i, max: 11), n >= 1, isWord(afterN, .thang) else { return nil }
            months = n
            j = afterN + 1
        }
        let first: Bool
        switch word(j) {
        case .dau: first = true
        case .cuoi: first = false
        case .nam where !isWord(i, .nua) && yearNumber(at: j + 1) != nil:
            // `6 tháng năm 2023`: the first six months of 2023.
            first = true
            j -= 1
        default: return nil
        }
        guard isWord(j + 1, .nam) else { return nil }
        var year: Int?
        var end = j + 2
        var relative = false
        if let (y, afterYear) = yearNumber(at: j + 2) {
            year = y
            end = afterYear
        } else if let (offset, afterWord) = relativeYearWord(at: j + 2) {
            year = ref.map { $0.year + offset }
            end = afterWord
            relative = true
        } else {
            year = ref?.year
            relative = true
        }
        guard let y = year else { return Found(end: end, value: nil, relative: true) }
        let v: DateValue
        switch (months, first) {
        case (6, _): v = DateValue(DatePoint(year: y, half: first ? 1 : 2))
        case (3, _): v = DateValue(DatePoint(year: y, quarter: first ? 1 : 4))
        case (1, _): v = DateValue(DatePoint(year: y, month: first ? 1 : 12))
        default:
            v = first ? DateValue(from: DatePoint(year: y, month: 1), to: DatePoint(year: y, month: months))
                      : DateValue(from: DatePoint(year: y, month: 13 - months), to: DatePoint(year: y, month: 12))
        }
        return Found(end: end, value: value(v, relative: relative), relative: relative)
    }

    /// `tuần đầu tiên của tháng 9 năm 2017`: the ISO week of the month's first Monday.
    func firstWeekOfMonth(at i: Int) -> Found? {
        guard isWord(i + 1, .dau), isWord(i + 2, .tien) else { return nil }
        var k = i + 3
        if isWord(k, .cua) { k += 1 }
        guard isWord(k, .thang), let (m, afterMonth) = month(at: k + 1) else { return nil }
        var year: Int? = ref?.year
        var end = afterMonth
        var relative = true
        if let (y, afterYear, rel) = yearAfter(at: afterMonth) {
            year = y
            end = afterYear
            relative = rel
        }
        guard let y = year, let first = CalendarDate.valid(year: y, month: m, day: 1) else { return Found(end: end, value: nil, relative: true) }
        let monday = CalendarMath.adding(days: (8 - CalendarMath.weekday(first)) % 7, to: first)
        let week = CalendarMath.isoWeek(monday)
        return Found(end: end, value: value(DateValue(DatePoint(year: week.year, week: week.week)), relative: relative), relative: relative)
    }

    /// `giáng sinh`, `ngày giáng sinh`: `--12-25`.
    func christmas(at i: Int) -> Found? {
        guard isWord(i, .giang), isWord(i + 1, .sinh) else { return nil }
        return Found(end: i + 2, value: DateValue(DatePoint(month: 12, day: 25)), isDay: true)
    }
}
