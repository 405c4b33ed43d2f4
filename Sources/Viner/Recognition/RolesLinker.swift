/// Links TITLE, AGENCY and PERSON entities into ``Role`` values by what separates them in the
/// text: nothing (or `của`) between a title and its body; a comma, dash, colon or parenthesis
/// between a name and the titles that describe it.
enum RoleLinker {
    static func link(_ entities: [Entity], in text: String) -> [Role] {
        let bytes = Array(text.utf8)
        var roles: [Role] = []
        for (index, entity) in entities.enumerated() where entity.type == .title {
            var next = index + 1
            var agency: Entity? = nil
            if next < entities.count, entities[next].type == .agency,
               gap(bytes, entity, entities[next]).isEmptyOr(["của"]) {
                agency = entities[next]
                next += 1
            }
            var person: Entity? = nil
            if next < entities.count, entities[next].type == .person, gap(bytes, entities[next - 1], entities[next]).isEmpty {
                person = entities[next]
            } else {
                person = personBefore(index, entities, bytes)
            }
            roles.append(Role(person: person, title: entity, agency: agency))
        }
        return roles
    }

    /// Walks back from the title at `index` over earlier `title [agency]` groups separated by
    /// commas or dashes to the person they describe.
    private static func personBefore(_ index: Int, _ entities: [Entity], _ bytes: [UInt8]) -> Entity? {
        var k = index
        while k > 0 {
            let previous = entities[k - 1]
            let separator = gap(bytes, previous, entities[k])
            switch previous.type {
            case .person:
                return separator.isSeparator ? previous : nil
            case .agency:
                guard separator.isSeparator, k >= 2, entities[k - 2].type == .title,
                      gap(bytes, entities[k - 2], previous).isEmptyOr(["của"]) else { return nil }
                k -= 2
            case .title:
                guard separator.isSeparator else { return nil }
                k -= 1
            default:
                return nil
            }
        }
        return nil
    }

    /// The text between two entities, trimmed of spaces.
    private static func gap(_ bytes: [UInt8], _ left: Entity, _ right: Entity) -> Gap {
        var lower = left.utf8Range.upperBound
        var upper = right.utf8Range.lowerBound
        guard lower <= upper else { return Gap(text: "") }
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0xC2 || bytes[lower] == 0xA0 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0xA0 || bytes[upper - 1] == 0xC2 { upper -= 1 }
        return Gap(text: String(decoding: bytes[lower..<upper], as: UTF8.self))
    }

    private struct Gap {
        var text: String
        var isEmpty: Bool { text.isEmpty }
        func isEmptyOr(_ words: [String]) -> Bool { text.isEmpty || words.contains(text) }
        /// A comma, dash, colon or opening parenthesis alone.
        var isSeparator: Bool { [",", "-", "–", "—", ":", "("].contains(text) }
    }
}
