/// A calendar day, optionally with a time of day: the reference for relative dates
/// (`hôm qua`, `năm ngoái`, `bây giờ`).
///
/// A `CalendarDate` is always a day that exists: the initialiser throws for `31/2`, so a bad
/// reference date cannot turn into "no reference date" unnoticed.
///
/// ```swift
/// let day = try CalendarDate(year: 2016, month: 6, day: 18)  // 2016-06-18, no time
/// let now = CalendarDate(iso: "2017-02-02T03:55:00-02:00")   // 2017-02-02T03:55:00 (nil if not ISO)
/// try CalendarDate(year: 2017, month: 2, day: 31)            // throws CalendarDateError
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2016.
    public var year: Int
    /// Month 1–12.
    public var month: Int
    /// Day 1–31.
    public var day: Int
    /// The time of day, when known. Time-only expressions (`lúc 10:30`) and `bây giờ` use it;
    /// without it they resolve to this day.
    public var time: TimeOfDay?

    /// Creates a date; throws ``CalendarDateError`` when the day does not exist (`31/2`,
    /// month 13).
    ///
    /// ```swift
    /// let reference = try CalendarDate(year: 2024, month: 2, day: 29)
    /// recognizer.recognize("hôm qua", referenceDate: reference)   // DATE 2024-02-28
    /// ```
    public init(year: Int, month: Int, day: Int, time: TimeOfDay? = nil) throws(CalendarDateError) {
        guard CalendarDate.exists(year: year, month: month, day: day) else {
            throw CalendarDateError(year: year, month: month, day: day)
        }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `Thh:mm[:ss[.fff]]` and a zone (`Z`,
    /// `-02:00`), which is ignored: times are read as local to the document. Returns nil for
    /// anything else, including days that do not exist (`2023-02-29`): check the result
    /// before passing it on as a reference date.
    ///
    /// ```swift
    /// guard let reference = CalendarDate(iso: line.referenceDate) else { throw BadInput() }
    /// ```
    public init?(iso: String) {
        let scalars = Array(iso.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        let parts = String(String.UnicodeScalarView(scalars[0..<10])).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        var time: TimeOfDay?
        if scalars.count > 10 {
            guard scalars[10] == "T" || scalars[10] == " " else { return nil }
            var rest = scalars[11...]
            if let zone = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { rest = rest[..<zone] }
            if let dot = rest.firstIndex(of: ".") { rest = rest[..<dot] }
            let fields = String(String.UnicodeScalarView(rest)).split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 2 || fields.count == 3, fields.allSatisfy({ $0.count == 2 }),
                  let hour = Int(fields[0]), let minute = Int(fields[1]) else { return nil }
            let second = fields.count == 3 ? Int(fields[2]) : nil
            if fields.count == 3, second == nil { return nil }
            guard let parsed = TimeOfDay(hour: hour, minute: minute, second: second) else { return nil }
            time = parsed
        }
        guard CalendarDate.exists(year: y, month: m, day: d) else { return nil }
        self.year = y
        self.month = m
        self.day = d
        self.time = time
    }

    /// `true` when `year-month-day` is a day of the Gregorian calendar.
    ///
    /// ```swift
    /// CalendarDate.exists(year: 2024, month: 2, day: 29)   // true
    /// CalendarDate.exists(year: 2023, month: 2, day: 29)   // false
    /// ```
    public static func exists(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// The date, or nil when the day does not exist (for the parsers, which try candidates).
    static func valid(year: Int, month: Int, day: Int, time: TimeOfDay? = nil) -> CalendarDate? {
        try? CalendarDate(year: year, month: month, day: day, time: time)
    }

    /// Days in `month` of `year` (Gregorian).
    ///
    /// ```swift
    /// CalendarDate.daysIn(month: 2, year: 2024)   // 29
    /// ```
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Earlier day first; on the same day, no time sorts before any time.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        if (a.year, a.month, a.day) != (b.year, b.month, b.day) {
            return (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }
        switch (a.time, b.time) {
        case (nil, nil), (_, nil): return false
        case (nil, _): return true
        case (let x?, let y?): return x < y
        }
    }

    /// `YYYY-MM-DD`, with `Thh:mm[:ss]` when the time is known.
    public var description: String {
        let date = "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
        guard let time else { return date }
        return date + "T" + time.description
    }

    /// The same day without its time.
    public var dateOnly: CalendarDate {
        var copy = self
        copy.time = nil
        return copy
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A time of day: `21:26`, `07:30:15`, `24:00` (only as the end of a range).
///
/// ```swift
/// let evening = TimeOfDay(hour: 21, minute: 26)     // 21:26
/// TimeOfDay(hour: 25)                                // nil: out of range
/// ```
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Hour 0–23 (24 only with minute 0, the end of a day).
    public var hour: Int
    /// Minute 0–59.
    public var minute: Int
    /// Second 0–59, when the text gives one.
    public var second: Int?

    /// Creates a time; nil when out of range.
    ///
    /// ```swift
    /// TimeOfDay(hour: 7, minute: 30, second: 15)?.description   // "07:30:15"
    /// TimeOfDay(hour: 24, minute: 1)                           // nil: 24 only as 24:00
    /// ```
    public init?(hour: Int, minute: Int = 0, second: Int? = nil) {
        guard (0...24).contains(hour), (0...59).contains(minute), (0...59).contains(second ?? 0),
              hour < 24 || (minute == 0 && (second ?? 0) == 0) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Seconds since midnight.
    public var secondsOfDay: Int { hour * 3600 + minute * 60 + (second ?? 0) }

    /// Earlier in the day first.
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.secondsOfDay < b.secondsOfDay }

    /// `hh:mm` or `hh:mm:ss`.
    public var description: String {
        var text = CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2)
        if let second { text += ":" + CalendarDate.pad(second, 2) }
        return text
    }
}
