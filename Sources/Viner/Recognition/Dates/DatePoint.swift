/// One calendar position at the precision the text gives: a year, a month, a day, a quarter,
/// a half-year or an ISO week, optionally with a time of day.
///
/// ```swift
/// DatePoint(year: 2018, quarter: 3).iso          // "2018-Q3"
/// DatePoint(month: 6, day: 21).iso               // "--06-21"   (no year written)
/// DatePoint(year: 2016, month: 6, day: 18, time: TimeOfDay(hour: 21, minute: 26)).iso
///                                                // "2016-06-18T21:26"
/// ```
public struct DatePoint: Sendable, Hashable, CustomStringConvertible {
    /// The year, when written or resolved.
    public var year: Int?
    /// Month 1–12.
    public var month: Int?
    /// Day of the month 1–31.
    public var day: Int?
    /// Quarter 1–4 (`quý III/2018`).
    public var quarter: Int?
    /// Half-year 1–2 (`6 tháng đầu năm 2018`).
    public var half: Int?
    /// ISO 8601 week 1–53 (`tuần này` with a reference date).
    public var week: Int?
    /// The time of day.
    public var time: TimeOfDay?

    /// Creates a point; leave out what the text does not say.
    ///
    /// ```swift
    /// DatePoint(year: 2008, month: 4).iso   // "2008-04"
    /// ```
    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, quarter: Int? = nil,
                half: Int? = nil, week: Int? = nil, time: TimeOfDay? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.quarter = quarter
        self.half = half
        self.week = week
        self.time = time
    }

    /// A whole day.
    ///
    /// ```swift
    /// DatePoint(try CalendarDate(year: 2016, month: 6, day: 18)).iso   // "2016-06-18"
    /// ```
    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// Parses one ISO form that ``iso`` renders; nil otherwise.
    ///
    /// ```swift
    /// DatePoint(iso: "2018-Q3")?.quarter   // 3
    /// DatePoint(iso: "2018-13")            // nil
    /// ```
    public init?(iso: String) {
        var text = Substring(iso)
        var time: TimeOfDay?
        if let t = text.firstIndex(of: "T") {
            let fields = text[text.index(after: t)...].split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 2 || fields.count == 3, let h = Int(fields[0]), let m = Int(fields[1]) else { return nil }
            let s = fields.count == 3 ? Int(fields[2]) : nil
            guard fields.count == 2 || s != nil, let parsed = TimeOfDay(hour: h, minute: m, second: s) else { return nil }
            time = parsed
            text = text[..<t]
        }
        if text.hasPrefix("--") {
            let parts = text.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
            guard let month = Int(parts[0]), (1...12).contains(month) else { return nil }
            switch parts.count {
            case 1: self.init(month: month, time: time)
            case 2:
                guard let day = Int(parts[1]), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day) else { return nil }
                self.init(month: month, day: day, time: time)
            default: return nil
            }
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1: self.init(year: year, time: time)
        case 2:
            let second = parts[1]
            if let kind = second.first, "QHW".contains(kind), let n = Int(second.dropFirst()) {
                switch kind {
                case "Q": guard (1...4).contains(n) else { return nil }; self.init(year: year, quarter: n)
                case "H": guard (1...2).contains(n) else { return nil }; self.init(year: year, half: n)
                default: guard (1...53).contains(n) else { return nil }; self.init(year: year, week: n)
                }
            } else {
                guard let month = Int(second), (1...12).contains(month) else { return nil }
                self.init(year: year, month: month, time: time)
            }
        case 3:
            guard let month = Int(parts[1]), let day = Int(parts[2]), CalendarDate.valid(year: year, month: month, day: day) != nil else { return nil }
            self.init(year: year, month: month, day: day, time: time)
        default: return nil
        }
    }

    /// The ISO 8601 rendering: `2016`, `2016-06`, `2016-06-18`, `2018-Q3`, `2018-H1`,
    /// `2017-W05`, `--06-21`, `--06`, with `Thh:mm` appended when a time is known.
    public var iso: String {
        var text: String
        if let year {
            text = CalendarDate.pad(year, 4)
            if let quarter {
                text += "-Q\(quarter)"
            } else if let half {
                text += "-H\(half)"
            } else if let week {
                text += "-W" + CalendarDate.pad(week, 2)
            } else if let month {
                text += "-" + CalendarDate.pad(month, 2)
                if let day { text += "-" + CalendarDate.pad(day, 2) }
            }
        } else {
            text = "--" + CalendarDate.pad(month ?? 1, 2)
            if let day { text += "-" + CalendarDate.pad(day, 2) }
        }
        if let time { text += "T" + time.description }
        return text
    }

    /// The calendar day, when year, month and day are all known.
    public var calendarDate: CalendarDate? {
        guard let year, let month, let day else { return nil }
        return CalendarDate.valid(year: year, month: month, day: day, time: time)
    }

    /// The ISO rendering, ``iso``.
    public var description: String { iso }
}
