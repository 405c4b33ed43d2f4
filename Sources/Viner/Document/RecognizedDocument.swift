/// A text recognised once: the text, its entities and its roles, and the conversions between
/// entity offsets and the text's own indices.
///
/// ```swift
/// let recognizer = try EntityRecognizer()
/// let document = recognizer.document("Bà Lò Thị Mai, Phó Giám đốc Sở Nội vụ tỉnh Sơn La, dự họp.")
/// for entity in document.entities {
///     print(entity.type, document.text[document.range(of: entity)])
/// }
/// for role in document.roles {
///     print(role.person?.text ?? "-", role.title.text, role.agency?.text ?? "-")
/// }
/// ```
///
/// A `RecognizedDocument` is an immutable value and `Sendable`: hand it to other tasks freely.
public struct RecognizedDocument: Sendable, Hashable {
    /// The text as given (not normalised): every offset and index points into it.
    public let text: String
    /// The reference date the text was recognised with, if any.
    public let referenceDate: CalendarDate?
    /// The entities, sorted by position, never overlapping.
    public let entities: [Entity]
    /// The roles: who holds which office in which body (see ``Role``).
    public let roles: [Role]

    /// Creates a document from parts already computed (``EntityRecognizer/document(_:referenceDate:)``
    /// is the usual way to get one).
    ///
    /// ```swift
    /// let entities = recognizer.recognize(text)
    /// let document = RecognizedDocument(text: text, entities: entities,
    ///                                   roles: recognizer.roles(linking: entities, in: text))
    /// ```
    public init(text: String, referenceDate: CalendarDate? = nil, entities: [Entity], roles: [Role]) {
        self.text = text
        self.referenceDate = referenceDate
        self.entities = entities
        self.roles = roles
    }

    /// The entities of one type, in order.
    ///
    /// ```swift
    /// document.entities(of: .date).compactMap(\.dateValue?.iso)   // ["2016-06-18"]
    /// ```
    public func entities(of type: EntityType) -> [Entity] {
        entities.filter { $0.type == type }
    }

    /// The range of `entity` in ``text``, as `String.Index` values: `document.text[range]` is
    /// the entity's text.
    ///
    /// ```swift
    /// let range = document.range(of: entity)
    /// document.text[range] == entity.text          // true
    /// ```
    public func range(of entity: Entity) -> Range<String.Index> {
        entity.range(in: text)
    }

    /// The text of `entity` as a slice of ``text`` (no copy).
    ///
    /// ```swift
    /// document.text(of: entity)                    // "Sở Nội vụ tỉnh Sơn La"
    /// ```
    public func text(of entity: Entity) -> Substring {
        text[range(of: entity)]
    }

    /// The span of `entity` in UTF-16 code units of ``text``: the offsets of JavaScript, Java
    /// and `NSString`/`NSRange`.
    ///
    /// ```swift
    /// let utf16 = document.utf16Range(of: entity)
    /// let nsRange = NSRange(location: utf16.lowerBound, length: utf16.count)
    /// ```
    public func utf16Range(of entity: Entity) -> Range<Int> {
        let range = range(of: entity)
        let utf16 = text.utf16
        let lower = utf16.distance(from: utf16.startIndex, to: range.lowerBound)
        return lower..<(lower + utf16.distance(from: range.lowerBound, to: range.upperBound))
    }

    /// The entity covering the UTF-8 byte `offset` of ``text``, if any.
    ///
    /// ```swift
    /// document.entity(atUTF8Offset: 0)?.type       // .date for "Ngày 18/6/2016 …"
    /// ```
    public func entity(atUTF8Offset offset: Int) -> Entity? {
        entities.first { $0.utf8Range.contains(offset) }
    }

    /// The entity that contains `index` of ``text``, if any.
    ///
    /// ```swift
    /// if let i = document.text.firstIndex(of: "%") { document.entity(at: i)?.type }   // .percent
    /// ```
    public func entity(at index: String.Index) -> Entity? {
        entity(atUTF8Offset: text.utf8.distance(from: text.utf8.startIndex, to: index))
    }

    /// The roles held by `person` (a PERSON entity of this document).
    ///
    /// ```swift
    /// let mai = document.entities(of: .person)[0]
    /// document.roles(of: mai).map(\.title.text)    // ["Phó Giám đốc"]
    /// ```
    public func roles(of person: Entity) -> [Role] {
        roles.filter { $0.person == person }
    }

    /// The roles held by the person named `name` anywhere in the document (compared with the
    /// PERSON spans' text, exactly).
    ///
    /// ```swift
    /// document.roles(ofPersonNamed: "Lò Thị Mai").map(\.title.text)   // ["Phó Giám đốc"]
    /// ```
    public func roles(ofPersonNamed name: some StringProtocol) -> [Role] {
        roles.filter { $0.person.map { $0.text == name } ?? false }
    }
}
