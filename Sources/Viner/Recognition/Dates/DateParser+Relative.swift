/// Relative expressions, resolved against the reference date (no value without one):
/// `hôm nay`, `hôm qua`, `ngày mai`, `tối nay`, `sáng chủ nhật`, `năm ngoái`, `tháng trước`,
/// `quý tới`, `tuần này`, `thứ 2 tuần sau`, `thứ ba vừa rồi`, `bây giờ`, `3 ngày tới`,
/// `mùa hè này`; and weekday headers with their date (`Thứ bảy, 18/06/2016 21:26`).
extension DateParser {
    /// `hôm nay` 0, `hôm qua` −1, `hôm kia` −2, `ngày mai` +1, `ngày hôm qua` −1, `bữa nay` 0;
    /// after a part of day also `nay`, `mai`, `qua` (`tối nay`, `trưa mai`).
    func relativeDay(at i: Int, afterPartOfDay: Bool) -> Found? {
        // `mấy hôm nay`, `những ngày mai`: durations and generics.
        if [.may, .nhung, .cac, .vai, .nhieu, .moi].contains(word(i - 1)) { return nil }
        var j = i
        if isWord(j, .ngay), isWord(j + 1, .hom) { j += 1 }
        var offset: Int?
        var end = j + 1
        switch word(j) {
        case .hom, .bua:
            switch word(j + 1) {
            case .nay: offset = 0
            case .qua: offset = -1
            case .kia: offset = word(j) == .hom ? -2 : nil
            default: offset = nil
            }
            end = j + 2
        case .ngay:
            switch word(j + 1) {
            case .mai: offset = 1
            case .kia: offset = 2
            default: offset = nil
            }
            end = j + 2
        case .nay where afterPartOfDay: offset = 0
        case .mai where afterPartOfDay: offset = 1
        case .qua where afterPartOfDay: offset = -1
        default: offset = nil
        }
        guard let offset else { return nil }
        let v = ref.map { DateValue(DatePoint(CalendarMath.adding(days: offset, to: $0.dateOnly))) }
        return Found(end: end, value: v, isDay: true, relative: true)
    }

    /// A weekday: `thứ 2` … `thứ 7`, `thứ hai` … `thứ bảy`, `chủ nhật`, `chúa nhật`.
    /// Returns the ISO weekday (1 = Monday).
    func weekday(at i: Int) -> (value: Int, end: Int)? {
        switch word(i) {
        case .thu:
            if isDigits(i + 1), p[i + 1].digitCount == 1, (2...7).contains(p[i + 1].number), cleanEnd(i + 2) {
                return (p[i + 1].number - 1, i + 2)
            }
            switch word(i + 1) {
            case .hai: return (1, i + 2)
            case .ba: return (2, i + 2)
            case .tu: return (3, i + 2)
            case .nam: return (4, i + 2)
            case .sau: return (5, i + 2)
            case .bay: return (6, i + 2)
            default: return nil
            }
        case .chu:
            return isWord(i + 1, .nhat) ? (7, i + 2) : nil
        default:
            return nil
        }
    }

    /// The weekday `weekday` of the ISO week `weeks` away from the reference's.
    private func day(weekday: Int, weeksAway weeks: Int) -> CalendarDate? {
        guard let ref else { return nil }
        let today = ref.dateOnly
        return CalendarMath.adding(days: weeks * 7 + weekday - CalendarMath.weekday(today), to: today)
    }

    /// A weekday with its date, week, direction, or alone in a clear context.
    func weekdayExpression(at i: Int) -> Found? {
        guard let (wd, afterWeekday) = weekday(at: i) else { return nil }
        // Ordinals: `lần thứ hai`, `hạng thứ 3`, `khóa thứ ba`.
        if [.lan, .hang2, .khoa, .ky, .nam, .ngay, .xep, .dung2, .vi, .so, .dai].contains(word(i - 1)) { return nil }
        // With a date: `Thứ bảy, 18/06/2016 21:26`, `thứ 2 ngày 6 tháng 2`, `Chủ nhật - 05/06/2022`.
        var j = afterWeekday
        if isMark(j, ",") || isDash(j) { j += 1 }
        let dated: Found?
        switch word(j) {
        case .ngay: dated = afterNgay(at: j)
        case .mong: dated = afterMong(at: j)
        default: dated = isDigits(j) ? (numericRange(at: j, context: true) ?? dayMonthVerbal(at: j, bare: true)) : nil
        }
        if let dated, dated.isDay || dated.value?.isRange == true {
            return withTime(dated)
        }
        // `thứ 5 tuần sau`, `thứ tư của tuần tới`, `thứ sáu tuần này`.
        var k = afterWeekday
        if isWord(k, .cua) { k += 1 }
        if isWord(k, .tuan), let (weeks, end) = direction(at: k + 1) {
            let v = day(weekday: wd, weeksAway: weeks).map { DateValue(DatePoint($0)) }
            return Found(end: end, value: v, isDay: true, relative: true)
        }
        // `thứ ba tới`, `thứ ba vừa rồi`.
        if let (dir, end) = direction(at: afterWeekday), dir != 0 {
            var v: DateValue?
            if let ref {
                let today = ref.dateOnly
                let delta = wd - CalendarMath.weekday(today)
                let days = dir > 0 ? (delta > 0 ? delta : delta + 7) : (delta < 0 ? delta : delta - 7)
                v = DateValue(DatePoint(CalendarMath.adding(days: days, to: today)))
            }
            return Found(end: end, value: v, isDay: true, relative: true)
        }
        // Every week (`hằng tuần, vào chiều thứ 2`): a recurring day, not a date.
        if (max(0, i - 6)..<min(p.count, afterWeekday + 4)).contains(where: { [.hang, .moi].contains(word($0)) && isWord($0 + 1, .tuan) }) {
            return nil
        }
        // Alone: only where it cannot be an ordinal (`thứ hai là …` = "secondly").
        let before = word(i - 1)
        let contextBefore = Self.partOfDay(before) != nil || [.vao, .hom, .tu2, .den, .truoc, .sau2, .cac].contains(before)
        let atEdges = (i == 0 || p[i - 1].kind == .mark) && (afterWeekday >= p.count || (p[afterWeekday].kind == .mark && !isMark(afterWeekday, ",")))
        guard contextBefore || atEdges else { return nil }
        var v: DateValue?
        if let ref {
            let today = ref.dateOnly
            let delta = wd - CalendarMath.weekday(today)
            v = DateValue(DatePoint(CalendarMath.adding(days: delta > 0 ? delta : delta + 7, to: today)))
        }
        return Found(end: afterWeekday, value: v, isDay: true, relative: true)
    }

    /// `này`/`nay`/`hiện tại` 0; `tới`/`sau`/`tiếp`/`tiếp theo`/`kế tiếp`/`sắp tới` +1;
    /// `trước`/`ngoái`/`vừa rồi`/`vừa qua`/`qua` −1.
    func direction(at j: Int) -> (Int, Int)? {
        switch word(j) {
        case .nay2, .nay: return (0, j + 1)
        case .hien where isWord(j + 1, .tai): return (0, j + 2)
        case .toi, .sau2: return (1, j + 1)
        case .tiep: return (1, isWord(j + 1, .theo) ? j + 2 : j + 1)
        case .ke where isWord(j + 1, .tiep): return (1, j + 2)
        case .sap where isWord(j + 1, .toi): return (1, j + 2)
        case .truoc, .ngoai, .qua: return (-1, j + 1)
        case .vua where isWord(j + 1, .roi) || isWord(j + 1, .qua): return (-1, j + 2)
        default: return nil
        }
    }

    /// Relative expressions that do not start with a weekday or a time.
    func relativeExpression(at i: Int) -> Found? {
        // Now: `bây giờ`, `ngay bây giờ`, `ngay lúc này`, `lúc này`.
        var j = i
        if isWord(j, .ngay2) { j += 1 }
        if (isWord(j, .bay2) && isWord(j + 1, .gio)) || (j > i && isWord(j, .luc) && isWord(j + 1, .nay2)) {
            var v: DateValue?
            if let ref {
                var point = DatePoint(ref.dateOnly)
                point.time = ref.time
                v = DateValue(point)
            }
            return Found(end: j + 2, value: v, relative: true)
        }
        // `hôm nay`, `ngày mai` [lúc 2 giờ chiều].
        if let day = relativeDay(at: i, afterPartOfDay: false) {
            return withTime(day)
        }
        // Part of day: `tối nay`, `trưa mai`, `sáng chủ nhật`, `buổi sáng nay`, `tối hôm qua`.
        j = i
        if isWord(j, .buoi) { j += 1 }
        if let hours = Self.partOfDay(word(j)) {
            if let day = relativeDay(at: j + 1, afterPartOfDay: true) ?? weekdayExpression(at: j + 1), day.relative {
                var found = day
                if let date = day.value?.start, day.value?.isRange == false {
                    var from = date
                    from.time = TimeOfDay(hour: hours.from)
                    var to = date
                    if hours.to == 24, let d = date.calendarDate {
                        to = DatePoint(CalendarMath.adding(days: 1, to: d))
                        to.time = TimeOfDay(hour: 0)
                    } else {
                        to.time = TimeOfDay(hour: hours.to)
                    }
                    found.value = DateValue(from: from, to: to)
                }
                found.isDay = false
                return found
            }
            return nil
        }
        // `tuần này`, `tháng trước`, `quý tới`, `năm ngoái` — not after a number or a plural
        // (`5 năm trước`, `những năm trước`).
        let unit = word(i)
        if [.tuan, .thang, .quy, .nam].contains(unit) {
            let before = word(i - 1)
            if isDigits(i - 1) || before.digit != nil || [.muoi10, .muoi, .chuc, .tram, .nghin].contains(before)
                || [.cac, .nhung, .may, .vai, .nhieu, .moi, .hang].contains(before) {
                return nil
            }
            guard let (dir, end) = direction(at: i + 1) else { return seasonOrNil(at: i) }
            if unit == .nam, word(i + 1) == .qua || word(i + 1) == .vua { return nil }   // `năm qua`: a duration
            if unit != .nam, word(i + 1) == .ngoai { return nil }
            return Found(end: end, value: relativeUnit(unit, offset: dir), relative: true)
        }
        return seasonOrNil(at: i)
    }

    /// The week, month, quarter or year `offset` units from the reference's.
    private func relativeUnit(_ unit: Lexeme, offset: Int) -> DateValue? {
        guard let ref else { return nil }
        let today = ref.dateOnly
        switch unit {
        case .tuan:
            let week = CalendarMath.isoWeek(CalendarMath.adding(days: offset * 7, to: today))
            return DateValue(DatePoint(year: week.year, week: week.week))
        case .thang:
            let (y, m) = CalendarMath.adding(months: offset, toYear: today.year, month: today.month)
            return DateValue(DatePoint(year: y, month: m))
        case .quy:
            let (y, m) = CalendarMath.adding(months: offset * 3, toYear: today.year, month: today.month)
            return DateValue(DatePoint(year: y, quarter: (m - 1) / 3 + 1))
        default:
            return DateValue(DatePoint(year: today.year + offset))
        }
    }

    /// `mùa hè này`, `mùa đông năm nay`: the season's days (Duckling's boundaries).
    private func seasonOrNil(at i: Int) -> Found? {
        guard isWord(i, .mua) else { return nil }
        let bounds: ((Int, Int), (Int, Int))
        switch word(i + 1) {
        case .xuan: bounds = ((3, 20), (6, 20))
        case .he, .ha: bounds = ((6, 21), (9, 23))
        case .thu2: bounds = ((9, 23), (12, 20))
        case .dong: bounds = ((12, 21), (3, 20))
        default: return nil
        }
        var end = i + 2
        if isWord(end, .nay2) {
            end += 1
        } else if isWord(end, .nam), isWord(end + 1, .nay) {
            end += 2
        } else {
            return nil
        }
        guard let ref else { return Found(end: end, value: nil, relative: true) }
        let today = ref.dateOnly
        var startYear = today.year
        let wraps = bounds.1.0 < bounds.0.0
        // The instance that has not ended yet.
        let endThisYear = CalendarDate.valid(year: wraps ? startYear + 1 : startYear, month: bounds.1.0, day: bounds.1.1)!
        if wraps, CalendarDate.valid(year: startYear, month: bounds.1.0, day: bounds.1.1)! >= today { startYear -= 1 }
        else if !wraps, endThisYear < today { startYear += 1 }
        let from = DatePoint(year: startYear, month: bounds.0.0, day: bounds.0.1)
        let to = DatePoint(year: wraps ? startYear + 1 : startYear, month: bounds.1.0, day: bounds.1.1)
        return Found(end: end, value: DateValue(from: from, to: to), relative: true)
    }

    /// `3 ngày tới`, `2 tuần tiếp theo`, `một tiếng vừa rồi`: the next or last N units.
    /// `N năm qua`, `N ngày vừa qua` are durations (ENTITIES.md) and are not matched; nor is
    /// `trong 3 năm tới` ("within the next three years").
    func relativePeriod(at i: Int) -> Found? {
        guard let (n, afterN) = smallNumber(i, max: 99), n >= 1 else { return nil }
        if [.trong, .suot, .sau2, .khoang, .hon].contains(word(i - 1)) { return nil }
        let unit = word(afterN)
        guard [.giay, .s, .phut, .tieng, .gio, .ngay, .tuan, .thang, .nam].contains(unit) else { return nil }
        let j = afterN + 1
        let forward: Bool
        var end: Int
        switch word(j) {
        case .toi: forward = true; end = j + 1
        case .tiep where isWord(j + 1, .theo): forward = true; end = j + 2
        case .sap where isWord(j + 1, .toi): forward = true; end = j + 2
        case .vua where isWord(j + 1, .roi): forward = false; end = j + 2
        default: return nil
        }
        guard let ref else { return Found(end: end, value: nil, relative: true) }
        let today = ref.dateOnly
        func clock(_ seconds: Int) -> DatePoint {
            let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
            let rest = seconds - days * 86_400
            var point = DatePoint(CalendarMath.adding(days: days, to: today))
            point.time = TimeOfDay(hour: rest / 3600, minute: rest % 3600 / 60, second: unit == .giay || unit == .s ? rest % 60 : nil)
            return point
        }
        switch unit {
        case .giay, .s, .phut, .tieng, .gio:
            guard let now = ref.time else { return Found(end: end, value: nil, relative: true) }
            let size = unit == .giay || unit == .s ? 1 : unit == .phut ? 60 : 3600
            let base = now.secondsOfDay / size * size
            let from = forward ? base + size : base - n * size
            let to = forward ? base + (n + 1) * size : base
            return Found(end: end, value: DateValue(from: clock(from), to: clock(to)), relative: true)
        case .ngay:
            let first = forward ? 1 : -n
            let last = forward ? n : -1
            return Found(end: end, value: DateValue(from: DatePoint(CalendarMath.adding(days: first, to: today)),
                                                    to: DatePoint(CalendarMath.adding(days: last, to: today))), relative: true)
        case .tuan:
            let a = CalendarMath.isoWeek(CalendarMath.adding(days: (forward ? 1 : -n) * 7, to: today))
            let b = CalendarMath.isoWeek(CalendarMath.adding(days: (forward ? n : -1) * 7, to: today))
            return Found(end: end, value: DateValue(from: DatePoint(year: a.year, week: a.week), to: DatePoint(year: b.year, week: b.week)), relative: true)
        case .thang:
            let a = CalendarMath.adding(months: forward ? 1 : -n, toYear: today.year, month: today.month)
            let b = CalendarMath.adding(months: forward ? n : -1, toYear: today.year, month: today.month)
            return Found(end: end, value: DateValue(from: DatePoint(year: a.year, month: a.month), to: DatePoint(year: b.year, month: b.month)), relative: true)
        default:
            let a = today.year + (forward ? 1 : -n)
            let b = today.year + (forward ? n : -1)
            return Found(end: end, value: DateValue(from: DatePoint(year: a), to: DatePoint(year: b)), relative: true)
        }
    }
}
