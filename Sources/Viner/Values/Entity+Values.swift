/// Typed access to an entity's value, without matching on ``EntityValue``.
extension Entity {
    /// The DATE value, or nil for other types (and for dates the text cannot resolve, such as
    /// `hôm qua` without a reference date).
    ///
    /// ```swift
    /// let date = recognizer.recognize("Ngày 18/6/2016").first?.dateValue
    /// date?.iso                        // "2016-06-18"
    /// date?.start.calendarDate         // 2016-06-18
    /// ```
    public var dateValue: DateValue? {
        if case .date(let value)? = value { return value }
        return nil
    }

    /// The PERCENT value, or nil for other types.
    ///
    /// ```swift
    /// let percent = recognizer.recognize("đạt 83,7%").first?.percentValue
    /// percent?.doubleValue             // 83.7
    /// ```
    public var percentValue: PercentValue? {
        if case .percent(let value)? = value { return value }
        return nil
    }

    /// An AGENCY's canonical name with its acronyms expanded, or nil when the entity carries no
    /// name value (other types, and agencies written in full).
    ///
    /// ```swift
    /// recognizer.recognize("UBND tỉnh Lai Châu").first?.expandedName
    /// // "Ủy ban nhân dân tỉnh Lai Châu"
    /// ```
    public var expandedName: String? {
        if case .name(let name)? = value { return name }
        return nil
    }
}

extension PercentValue {
    /// The percentage of a single value (`83,7%` → 83.7); nil for a range.
    ///
    /// ```swift
    /// PercentValue.value(83.7).doubleValue        // 83.7
    /// PercentValue.range(10, 15).doubleValue      // nil
    /// ```
    public var doubleValue: Double? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// The values covered, lowest first: `v...v` for one value, `10...15` for `10-15%`.
    ///
    /// ```swift
    /// PercentValue.range(10, 15).closedRange      // 10.0...15.0
    /// PercentValue.value(5).closedRange.contains(5)   // true
    /// ```
    public var closedRange: ClosedRange<Double> {
        switch self {
        case .value(let v): v...v
        case .range(let a, let b): a <= b ? a...b : b...a
        }
    }

    /// The same value as a fraction of one (`83,7%` → 0.837); nil for a range.
    ///
    /// ```swift
    /// PercentValue.value(50).fraction              // 0.5
    /// ```
    public var fraction: Double? { doubleValue.map { $0 / 100 } }
}
