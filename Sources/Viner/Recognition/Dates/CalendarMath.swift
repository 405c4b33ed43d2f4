/// Day arithmetic on the proleptic Gregorian calendar (no Foundation).
enum CalendarMath {
    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number.
    static func date(dayNumber: Int) -> CalendarDate {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate.valid(year: year, month: month, day: day)!
    }

    static func dayNumber(_ date: CalendarDate) -> Int {
        dayNumber(year: date.year, month: date.month, day: date.day)
    }

    /// `date` moved by `days` (time dropped).
    static func adding(days: Int, to date: CalendarDate) -> CalendarDate {
        self.date(dayNumber: dayNumber(date) + days)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    static func weekday(_ date: CalendarDate) -> Int {
        let n = dayNumber(date)   // 1970-01-01 was a Thursday (4)
        return ((n + 3) % 7 + 7) % 7 + 1
    }

    /// The ISO 8601 week-numbering year and week of `date`.
    static func isoWeek(_ date: CalendarDate) -> (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday(date), to: date)
        let first = dayNumber(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (dayNumber(thursday) - first) / 7 + 1)
    }

    /// (year, month) moved by `months`.
    static func adding(months: Int, toYear year: Int, month: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }
}
