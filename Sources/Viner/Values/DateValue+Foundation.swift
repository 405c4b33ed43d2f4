// The only Foundation in the library: bridges for callers who want Foundation's date types.
// Nothing on the recognition path uses these.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DatePoint {
    /// The point as `DateComponents`: the year, month, day, quarter, ISO week
    /// (`yearForWeekOfYear` and `weekOfYear`) and time that the text gives. A half-year has no
    /// `DateComponents` field: read ``half``, or use ``DateValue/dateInterval(timeZone:)``.
    ///
    /// ```swift
    /// DatePoint(year: 2016, month: 6, day: 18).dateComponents   // year 2016 month 6 day 18
    /// DatePoint(year: 2018, quarter: 3).dateComponents.quarter  // 3
    /// ```
    public var dateComponents: DateComponents {
        var components = DateComponents()
        if week != nil {
            components.yearForWeekOfYear = year
            components.weekOfYear = week
        } else {
            components.year = year
        }
        components.month = month
        components.day = day
        components.quarter = quarter
        if let time {
            components.hour = time.hour
            components.minute = time.minute
            components.second = time.second
        }
        return components
    }
}

extension DateValue {
    /// The value as `DateComponents`: the start's and, for a range, the end's (see
    /// ``DatePoint/dateComponents``).
    ///
    /// ```swift
    /// let value = DateValue(iso: "2005-08-19/2010-08-19")!
    /// value.dateComponents.start.year     // 2005
    /// value.dateComponents.end?.year      // 2010
    /// ```
    public var dateComponents: (start: DateComponents, end: DateComponents?) {
        (start.dateComponents, end?.dateComponents)
    }

    /// The stretch of time the value covers, when it is fully resolved (every end has a year):
    /// from the first instant of the start's period to the end of the end's period (calendar
    /// ends are inclusive: `2011/2015` runs to the end of 2015). A time of day is an instant:
    /// `2016-06-18T21:26` is an interval of length zero, an evening `T18:00/…T00:00` ends at
    /// midnight. Nil for values without a year (`--06-21`) or whose end comes before the start.
    ///
    /// - Parameter timeZone: the zone the document's dates are local to; by default Vietnam's
    ///   (UTC+7, no daylight saving).
    ///
    /// ```swift
    /// let quarter = DateValue(iso: "2018-Q3")!.dateInterval()!
    /// quarter.duration / 86_400           // 92 days: 1 July to 30 September
    /// ```
    public func dateInterval(timeZone: TimeZone = DateValue.vietnamTimeZone) -> DateInterval? {
        guard let first = start.periodStart, let last = (end ?? start).periodEnd else { return nil }
        let lower = Self.date(localSeconds: first, timeZone: timeZone)
        let upper = Self.date(localSeconds: last, timeZone: timeZone)
        guard lower <= upper else { return nil }
        return DateInterval(start: lower, end: upper)
    }

    /// UTC+7, the zone of Vietnamese documents (Indochina Time, no daylight saving).
    public static var vietnamTimeZone: TimeZone { TimeZone(secondsFromGMT: 7 * 3600)! }

    private static func date(localSeconds: Int, timeZone: TimeZone) -> Date {
        let guess = Date(timeIntervalSince1970: Double(localSeconds))
        let offset = timeZone.secondsFromGMT(for: guess)
        let refined = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(localSeconds - offset)))
        return Date(timeIntervalSince1970: Double(localSeconds - refined))
    }
}

extension DatePoint {
    /// Local seconds since 1970 of the first instant of the period, when the year is known.
    var periodStart: Int? {
        guard let (first, _) = dayBounds else { return nil }
        return first * 86_400 + (time?.secondsOfDay ?? 0)
    }

    /// Local seconds since 1970 just after the period (or the instant, with a time of day).
    var periodEnd: Int? {
        guard let (first, next) = dayBounds else { return nil }
        if let time { return first * 86_400 + time.secondsOfDay }
        return next * 86_400
    }

    /// Day numbers (since 1970-01-01) of the period's first day and of the day after it.
    private var dayBounds: (Int, Int)? {
        guard let year else { return nil }
        func day(_ y: Int, _ m: Int, _ d: Int) -> Int { CalendarMath.dayNumber(year: y, month: m, day: d) }
        func months(from month: Int, count: Int) -> (Int, Int) {
            let next = CalendarMath.adding(months: count, toYear: year, month: month)
            return (day(year, month, 1), day(next.year, next.month, 1))
        }
        if let week {
            let january4 = day(year, 1, 4)
            let weekday = ((january4 + 3) % 7 + 7) % 7 + 1
            let monday = january4 - (weekday - 1) + 7 * (week - 1)
            return (monday, monday + 7)
        }
        if let quarter { return months(from: 3 * (quarter - 1) + 1, count: 3) }
        if let half { return months(from: 6 * (half - 1) + 1, count: 6) }
        guard let month else { return (day(year, 1, 1), day(year + 1, 1, 1)) }
        guard let dayOfMonth = self.day else { return months(from: month, count: 1) }
        let first = day(year, month, dayOfMonth)
        return (first, first + 1)
    }
}
