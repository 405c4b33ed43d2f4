/// Choices of an ``EntityRecognizer`` beyond the contract's defaults.
///
/// ```swift
/// let recognizer = try EntityRecognizer(options: RecognitionOptions(timesWithoutDate: true))
/// recognizer.recognize("họp lúc 10:30", referenceDate: try CalendarDate(year: 2017, month: 2, day: 2))
/// // DATE «lúc 10:30» 2017-02-02T10:30
/// ```
public struct RecognitionOptions: Sendable, Hashable {
    /// Report a clock time written without any day (`lúc 10:30`, `8h30 tối`) as a DATE on the
    /// reference day. Off by default: the contract's DATE is a calendar date (optionally with a
    /// time), and a time alone is not one. Duckling-style evaluations turn it on.
    public var timesWithoutDate: Bool

    /// Creates options; every parameter has the default described on its property.
    ///
    /// ```swift
    /// let duckling = RecognitionOptions(timesWithoutDate: true)
    /// ```
    public init(timesWithoutDate: Bool = false) {
        self.timesWithoutDate = timesWithoutDate
    }
}
