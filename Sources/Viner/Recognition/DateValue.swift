/// The value of a DATE entity: one ``DatePoint`` or a range of two, rendered by ``iso`` in the
/// contract's ISO 8601 forms.
///
/// Calendar ends of a range are inclusive (`2011/2015` covers both years); clock ends are
/// instants (`2017-02-02T18:00/2017-02-03T00:00` is an evening).
///
/// ```swift
/// let value = DateValue(DatePoint(year: 2016, month: 6, day: 18))
/// value.iso                                   // "2016-06-18"
/// DateValue(iso: "2005-08-19/2010-08-19")?.end?.year   // 2010
/// ```
public struct DateValue: Sendable, Hashable, CustomStringConvertible {
    /// The date, or the first end of a range.
    public var start: DatePoint
    /// The last end of a range; nil for a single date.
    public var end: DatePoint?

    /// A single date.
    ///
    /// ```swift
    /// DateValue(DatePoint(year: 2018, half: 1)).iso   // "2018-H1"
    /// ```
    public init(_ point: DatePoint) {
        self.start = point
        self.end = nil
    }

    /// A range from `start` to `end`.
    ///
    /// ```swift
    /// DateValue(from: DatePoint(year: 2011), to: DatePoint(year: 2015)).iso   // "2011/2015"
    /// ```
    public init(from start: DatePoint, to end: DatePoint) {
        self.start = start
        self.end = end
    }

    /// Parses the ISO forms ``iso`` renders (`2016-06-18`, `2018-Q3`, `--06-21`,
    /// `2011/2015`, `2016-06-18T21:26` …); nil for anything else.
    ///
    /// ```swift
    /// DateValue(iso: "2005-08-19/2010-08-19")?.isRange   // true
    /// DateValue(iso: "yesterday")                        // nil
    /// ```
    public init?(iso: String) {
        let halves = iso.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 1 || halves.count == 2, let start = DatePoint(iso: String(halves[0])) else { return nil }
        self.start = start
        if halves.count == 2 {
            guard let end = DatePoint(iso: String(halves[1])) else { return nil }
            self.end = end
        } else {
            self.end = nil
        }
    }

    /// `true` for a range.
    public var isRange: Bool { end != nil }

    /// The ISO 8601 string: `2016-06-18`, `2008-04`, `2018-Q3`, `2018-H1`, `--06-21`,
    /// `2016-06-18T21:26`, `2005-08-19/2010-08-19`, `2011/2015`.
    public var iso: String {
        guard let end else { return start.iso }
        return start.iso + "/" + end.iso
    }

    /// The ISO rendering, ``iso``.
    public var description: String { iso }
}
