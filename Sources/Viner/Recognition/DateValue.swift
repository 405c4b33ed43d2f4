/// A calendar day, used as the reference for relative dates (`hôm qua`, `năm ngoái`).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2016.
    public var year: Int
    /// Month 1–12.
    public var month: Int
    /// Day 1–31.
    public var day: Int

    /// Creates a date; returns nil when it does not exist (`31/2`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (a longer ISO string is cut to its date part).
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days in `month` of `year` (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// The value of a DATE entity. Rendered by ``iso`` in the contract's ISO 8601 forms.
public struct DateValue: Sendable, Hashable, CustomStringConvertible {
    /// The ISO 8601 string: `2016-06-18`, `2008-04`, `2018-Q3`, `--06-21`,
    /// `2005-08-19/2010-08-19` …
    public var iso: String

    /// Creates a value from its ISO string.
    public init(iso: String) { self.iso = iso }

    public var description: String { iso }
}
