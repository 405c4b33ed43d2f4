/// A typed span used for scoring: a gold annotation or a prediction, in Unicode scalar offsets.
///
/// ```swift
/// let gold = LabeledSpan(start: 0, end: 14, type: .date, value: "2016-06-18")
/// let predicted = recognizer.recognize("Ngày 18/6/2016 …").map(LabeledSpan.init)
/// ```
public struct LabeledSpan: Sendable, Hashable {
    /// Start offset (Unicode scalars), inclusive.
    public var start: Int
    /// End offset (Unicode scalars), exclusive.
    public var end: Int
    /// The entity type.
    public var type: EntityType
    /// The value rendered canonically (see ``LabeledSpan/canonicalValue(_:)``), or nil.
    public var value: String?
    /// Gold spans marked `ignore`: neither rewarded nor punished.
    public var ignore: Bool

    /// Creates a span.
    ///
    /// ```swift
    /// LabeledSpan(start: 20, end: 25, type: .percent, value: "83.7")
    /// LabeledSpan(start: 0, end: 7, type: .date, ignore: true)   // neither rewarded nor punished
    /// ```
    public init(start: Int, end: Int, type: EntityType, value: String? = nil, ignore: Bool = false) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.ignore = ignore
    }

    /// Creates the span of a recognised entity.
    ///
    /// ```swift
    /// let predicted = recognizer.recognize(text).map(LabeledSpan.init)
    /// ```
    public init(_ entity: Entity) {
        self.init(start: entity.scalarRange.lowerBound, end: entity.scalarRange.upperBound,
                  type: entity.type, value: entity.value.map(LabeledSpan.canonicalValue))
    }

    /// `true` when the two spans share at least one scalar.
    ///
    /// ```swift
    /// LabeledSpan(start: 0, end: 5, type: .date).overlaps(LabeledSpan(start: 4, end: 9, type: .date))   // true
    /// LabeledSpan(start: 0, end: 5, type: .date).overlaps(LabeledSpan(start: 5, end: 9, type: .date))   // false
    /// ```
    public func overlaps(_ other: LabeledSpan) -> Bool {
        start < other.end && other.start < end
    }

    /// The canonical string of an entity value: ISO for dates, the shortest number for
    /// percents (`83.7`, `95`, `[10, 15]`), the name for agencies.
    ///
    /// ```swift
    /// LabeledSpan.canonicalValue(.percent(.range(10, 15)))   // "[10, 15]"
    /// LabeledSpan.canonicalValue(.percent(.value(95)))       // "95"
    /// ```
    public static func canonicalValue(_ value: EntityValue) -> String {
        switch value {
        case .date(let date): date.iso
        case .percent(.value(let v)): canonicalNumber(v)
        case .percent(.range(let a, let b)): "[\(canonicalNumber(a)), \(canonicalNumber(b))]"
        case .name(let name): name
        }
    }

    /// A number as the gold files write it: integers without a fraction (`95`), others in
    /// their shortest form (`83.7`).
    @_spi(CLI)
    public static func canonicalNumber(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }
}
