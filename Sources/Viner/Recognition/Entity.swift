/// One entity found in a text.
///
/// Ranges point into the caller's original text, whatever normalisation happened before
/// recognition.
///
/// ```swift
/// let recognizer = try EntityRecognizer()
/// for entity in recognizer.recognize("Ông Nguyễn Quốc Luân, Giám đốc Sở TT&TT Lai Châu") {
///     print(entity.type, entity.text, entity.scalarRange)
/// }
/// ```
public struct Entity: Sendable, Hashable {
    /// What the entity is.
    public var type: EntityType
    /// The span in UTF-8 bytes of the original text.
    public var utf8Range: Range<Int>
    /// The span in Unicode scalars (code points) of the original text: what Python's
    /// `text[start:end]` and the gold files use.
    public var scalarRange: Range<Int>
    /// The span's text, as written in the original.
    public var text: String
    /// The normalised value, where the contract gives one.
    public var value: EntityValue?

    /// Creates an entity.
    ///
    /// ```swift
    /// let entity = Entity(type: .percent, utf8Range: 4..<9, scalarRange: 4..<9, text: "83,7%", value: .percent(.value(83.7)))
    /// ```
    public init(type: EntityType, utf8Range: Range<Int>, scalarRange: Range<Int>, text: String, value: EntityValue? = nil) {
        self.type = type
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.text = text
        self.value = value
    }
}

/// The normalised value of an entity.
///
/// ```swift
/// switch entity.value {
/// case .date(let date)?: print(date.iso)
/// case .percent(let percent)?: print(percent.doubleValue ?? 0)
/// case .name(let name)?: print(name)
/// case nil: break
/// }
/// // or, typed: entity.dateValue, entity.percentValue, entity.expandedName
/// ```
public enum EntityValue: Sendable, Hashable, CustomStringConvertible {
    /// A date, month, quarter, year, range … (DATE). Stored out of line (a ``DateValue`` is a
    /// few hundred bytes), so candidates and entities stay small to move.
    indirect case date(DateValue)
    /// A percentage or a range of them (PERCENT).
    case percent(PercentValue)
    /// A canonical or expanded name (AGENCY: `UBND tỉnh` → `Ủy ban nhân dân tỉnh`).
    case name(String)

    public var description: String {
        switch self {
        case .date(let value): value.iso
        case .percent(let value): value.description
        case .name(let name): name
        }
    }
}
