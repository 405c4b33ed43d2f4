/// A ``CalendarDate`` asked for a day that does not exist.
///
/// ```swift
/// do {
///     _ = try CalendarDate(year: 2017, month: 2, day: 31)
/// } catch {
///     print(error)   // no such day: 2017-02-31
/// }
/// ```
public struct CalendarDateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The year asked for.
    public var year: Int
    /// The month asked for.
    public var month: Int
    /// The day asked for.
    public var day: Int

    /// Creates the error for `year-month-day`.
    ///
    /// ```swift
    /// #expect(throws: CalendarDateError(year: 2017, month: 2, day: 31)) {
    ///     try CalendarDate(year: 2017, month: 2, day: 31)
    /// }
    /// ```
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `no such day: 2017-02-31`.
    public var description: String {
        "no such day: \(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }
}
