/// The kinds of entity viner finds (see ENTITIES.md in the docs for the contract).
///
/// ```swift
/// let titles = recognizer.recognize(text).filter { $0.type == .title }
/// EntityType(rawValue: "DATE")   // .date
/// ```
public enum EntityType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// An office or position held by a person: `Phó Chủ tịch`, `Giám đốc`.
    case title = "TITLE"
    /// A named body: `UBND tỉnh Lai Châu`, `Bộ TT&TT`, `Chính phủ`.
    case agency = "AGENCY"
    /// A person's name without honorifics: `Nguyễn Quốc Luân`.
    case person = "PERSON"
    /// A place that is not part of an agency's name: `tỉnh Lào Cai`, `Việt Nam`.
    case location = "LOCATION"
    /// A calendar date, month, quarter, half-year, year, range, or date with time.
    case date = "DATE"
    /// A percentage: `83,7%`, `5 phần trăm`.
    case percent = "PERCENT"

    public var description: String { rawValue }
}
