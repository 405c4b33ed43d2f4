/// Times of day and dates with times: `21:26`, `14h20`, `10g45`, `7 giờ 30`, `3 giờ rưỡi
/// chiều`, `11 giờ kém 15`, `4pm`; `18/06/2016 21:26`, `14h20 ngày 3/11/2023`,
/// `lúc 7:30 chiều ngày 20 tháng 4 năm 2017`, `3 giờ chiều ngày mai`, `lúc 10:30` (relative).
extension DateParser {
    /// A time read from the text.
    struct ClockTime {
        var time: TimeOfDay
        var end: Int
        /// An hour 1–12 with no part of day: 2:30 may be 14:30.
        var ambiguous: Bool
        /// Written with digits and a separator (`21:26`, `14h20`) or with minutes: a clear time.
        var explicit: Bool
    }

    /// Parts of the day and the hours they span.
    static func partOfDay(_ w: Lexeme) -> (from: Int, to: Int)? {
        switch w {
        case .sang: (4, 12)
        case .trua: (12, 14)
        case .chieu: (12, 19)
        case .toi2: (18, 24)
        case .dem: (18, 24)
        case .khuya: (0, 4)
        default: nil
        }
    }

    /// The time at `i`, with a following part of day applied (`7:30 chiều` → 19:30).
    func clockTime(at i: Int) -> ClockTime? {
        guard var t = bareTime(at: i) else { return nil }
        // `10:30 AM`, `9:15 pm`.
        if word(t.end) == .am2 || word(t.end) == .pm, (1...12).contains(t.time.hour), t.explicit {
            let pm = word(t.end) == .pm
            t.time.hour = pm ? (t.time.hour == 12 ? 12 : t.time.hour + 12) : (t.time.hour == 12 ? 0 : t.time.hour)
            t.ambiguous = false
            t.end += 1
            return t
        }
        if Self.partOfDay(word(t.end)) != nil {
            var h = t.time.hour
            switch word(t.end) {
            case .chieu, .toi2: if h >= 1 && h <= 11 { h += 12 }
            case .trua: if h >= 1 && h <= 3 { h += 12 }
            case .dem: if h >= 6 && h <= 11 { h += 12 }
            case .sang, .khuya: if h == 12 { h = 0 }
            default: break
            }
            t.time.hour = h
            t.ambiguous = false
            t.end += 1
        }
        return t
    }

    /// A time without its part of day.
    func bareTime(at i: Int) -> ClockTime? {
        guard i < p.count else { return nil }
        if isDigits(i), p[i].digitCount <= 2 {
            let h = p[i].number
            // 21:26, 15:23:24
            if isMark(i + 1, ":"), glued(i + 1), glued(i + 2), isDigits(i + 2), p[i + 2].digitCount == 2 {
                var end = i + 3
                var second: Int?
                if isMark(end, ":"), glued(end), glued(end + 1), isDigits(end + 1), p[end + 1].digitCount == 2 {
                    second = p[end + 1].number
                    end += 2
                }
                guard cleanEnd(end), cleanStart(i), let t = TimeOfDay(hour: h, minute: p[i + 2].number, second: second), h < 24 else { return nil }
                return ClockTime(time: t, end: end, ambiguous: (1...12).contains(h), explicit: true)
            }
            // 14h20, 7h, 10g45
            if glued(i + 1), word(i + 1) == .h || word(i + 1) == .g {
                var end = i + 2
                var minute = 0
                if glued(end), isDigits(end), p[end].digitCount == 2 {
                    minute = p[end].number
                    end += 1
                }
                if word(i + 1) == .g && end == i + 2 { return nil }   // `5g` alone: grams
                guard cleanEnd(end), cleanStart(i), h < 24, let t = TimeOfDay(hour: h, minute: minute) else { return nil }
                return ClockTime(time: t, end: end, ambiguous: false, explicit: true)
            }
            // 4pm, 4 pm
            if word(i + 1) == .pm || word(i + 1) == .am2, (1...12).contains(h) {
                let hour = word(i + 1) == .pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
                return ClockTime(time: TimeOfDay(hour: hour)!, end: i + 2, ambiguous: false, explicit: true)
            }
        }
        // N giờ [M phút | rưỡi | kém M]
        guard let (h, afterHour) = smallNumber(i, max: 24), isWord(afterHour, .gio) else { return nil }
        var j = afterHour + 1
        var hour = h
        var minute = 0
        var second: Int?
        var explicit = false
        if isWord(j, .ruoi) {
            minute = 30
            j += 1
            explicit = true
        } else if isWord(j, .kem), let (m, afterM) = smallNumber(j + 1, max: 59), m >= 1 {
            hour = (h + 23) % 24
            minute = 60 - m
            j = isWord(afterM, .phut) ? afterM + 1 : afterM
            explicit = true
        } else if let (m, afterM) = smallNumber(j, max: 59), !isWord(afterM, .gio), !isWord(afterM, .ngay), !isWord(afterM, .thang) {
            minute = m
            j = afterM
            if isWord(j, .phut) {
                j += 1
                if let (s, afterS) = smallNumber(j, max: 59), isWord(afterS, .giay) {
                    second = s
                    j = afterS + 1
                }
            }
            explicit = true
        }
        guard let t = TimeOfDay(hour: hour, minute: minute, second: second), hour < 24 else { return nil }
        return ClockTime(time: t, end: j, ambiguous: hour >= 1 && hour <= 12, explicit: explicit)
    }

    /// A date followed by its time: `18/06/2016 21:26`, `ngày 20/4/2017 lúc 7:30`.
    func withTime(_ found: Found?) -> Found? {
        guard var found else { return nil }
        guard found.isDay else { return found }
        var j = found.end
        if isMark(j, ",") || isDash(j) { j += 1 }
        if isWord(j, .vao), isWord(j + 1, .luc) { j += 2 } else if isWord(j, .luc) { j += 1 }
        guard let t = clockTime(at: j), t.explicit || isWord(j - 1, .luc) || t.end > j + 2 else { return found }
        found.end = t.end
        if var v = found.value, found.end > 0 {
            v.start.time = t.time
            found.value = v
        }
        found.isDay = false
        return found
    }

    /// A time then its day: `14h20 ngày 3/11/2023`, `lúc 4:00 chiều ngày 23/4`,
    /// `3 giờ chiều ngày mai`, `8 giờ tối nay`; or a time alone (`lúc 10:30`, `2:30`), resolved
    /// against the reference.
    func timeFirst(at i: Int) -> Found? {
        var j = i
        let hasLuc = isWord(j, .luc)
        if hasLuc { j += 1 }
        guard let t = clockTime(at: j) else { return nil }
        var k = t.end
        if isMark(k, ",") { k += 1 }
        // An explicit day after the time.
        let day: Found? = withoutTime(afterNgayOrDate(at: k)) ?? relativeDay(at: k, afterPartOfDay: Self.partOfDay(word(t.end - 1)) != nil)
        if let day {
            var found = day
            if let v = day.value {
                var point = v.start
                point.time = t.time
                found.value = DateValue(point)
            }
            found.isDay = false
            return found
        }
        // The time alone (only when asked for); not a duration (`trong 8h`, `làm việc 8h mỗi ngày`).
        guard timesWithoutDate else { return nil }
        guard hasLuc || t.explicit || Self.partOfDay(word(t.end - 1)) != nil else { return nil }
        if !hasLuc, [.trong, .suot, .mat].contains(word(i - 1)) || isWord(t.end, .moi) { return nil }
        if !hasLuc, t.end == j + 2, word(j + 1) == .h, p[j].number == 24 { return nil }
        guard let ref else { return Found(end: t.end, value: nil, relative: true) }
        var date = ref.dateOnly
        var time = t.time
        if let now = ref.time {
            var options = [t.time]
            if t.ambiguous, t.time.hour < 12, let pm = TimeOfDay(hour: t.time.hour + 12, minute: t.time.minute, second: t.time.second) { options.append(pm) }
            if let today = options.first(where: { $0 >= now }) {
                time = today
            } else {
                time = options[0]
                date = CalendarMath.adding(days: 1, to: date)
            }
        }
        var point = DatePoint(date)
        point.time = time
        return Found(end: t.end, value: DateValue(point), relative: true)
    }

    /// After a time: `ngày …`, `mồng …`, a numeric date, a weekday with its date.
    private func afterNgayOrDate(at k: Int) -> Found? {
        switch word(k) {
        case .ngay: return afterNgay(at: k)
        case .mong: return afterMong(at: k)
        case .thu, .chu: return weekdayExpression(at: k)
        default: return isDigits(k) ? (numericRange(at: k, context: true) ?? dayMonthVerbal(at: k, bare: true)) : nil
        }
    }

    private func withoutTime(_ f: Found?) -> Found? {
        guard let f, f.isDay || f.relative else { return nil }
        return f
    }
}
