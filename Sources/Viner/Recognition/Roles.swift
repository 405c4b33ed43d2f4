/// One mention of someone holding an office: the TITLE, the AGENCY it belongs to and the
/// PERSON who holds it, as far as the text says.
///
/// ```swift
/// let recognizer = try EntityRecognizer()
/// for role in recognizer.roles(in: "Bà Lò Thị Mai, Phó Giám đốc Sở Nội vụ tỉnh Sơn La") {
///     print(role.person?.text ?? "-", role.title.text, role.agency?.text ?? "-")
///     // Lò Thị Mai  Phó Giám đốc  Sở Nội vụ tỉnh Sơn La
/// }
/// ```
public struct Role: Sendable, Hashable {
    /// Who holds the office, when named next to it.
    public var person: Entity?
    /// The office.
    public var title: Entity
    /// The body the office belongs to, when written right after the title.
    public var agency: Entity?

    /// Creates a role.
    public init(person: Entity?, title: Entity, agency: Entity?) {
        self.person = person
        self.title = title
        self.agency = agency
    }
}

extension EntityRecognizer {
    /// The roles mentioned in `text`: one per TITLE found, linked to the AGENCY written right
    /// after it and to the PERSON named before it (`ông Nguyễn Văn An, Giám đốc Sở Tư pháp`,
    /// also across a list of offices: `Lò Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy`)
    /// or right after title and body (`Phó Chủ tịch UBND tỉnh Hà Văn Hải`).
    public func roles(in text: String, referenceDate: CalendarDate? = nil) -> [Role] {
        RoleLinker.link(recognize(text, referenceDate: referenceDate), in: text)
    }

    /// The roles among `entities` already recognised in `text` (as ``recognize(_:referenceDate:)``
    /// returns them).
    public func roles(linking entities: [Entity], in text: String) -> [Role] {
        RoleLinker.link(entities, in: text)
    }
}
