import Testing
@testable import Viner

/// A phrase with its expected TITLE/AGENCY/PERSON/LOCATION entities marked inline:
/// `"Ông [Lò Văn Hùng|PER], [Giám đốc|TIT] [Sở TT&TT Sơn La|AGE=Sở Thông tin và Truyền thông Sơn La]"`.
/// Everything not marked must not be tagged with one of those four types.
struct MarkedPhrase: CustomTestStringConvertible, Sendable {
    let source: String
    let text: String
    let expected: [Expected]

    struct Expected: Hashable, CustomStringConvertible, Sendable {
        var type: EntityType
        var text: String
        var value: String?
        var start: Int
        var description: String { "\(type)«\(text)»@\(start)" + (value.map { "=\($0)" } ?? "") }
    }

    init(_ source: String) {
        self.source = source
        var text = ""
        var expected: [Expected] = []
        var scalarCount = 0
        var inside = false
        var spanText = ""
        var spanStart = 0
        var label = ""
        var inLabel = false
        for character in source {
            switch character {
            case "[" where !inside:
                inside = true; spanText = ""; label = ""; inLabel = false; spanStart = scalarCount
            case "|" where inside && !inLabel:
                inLabel = true
            case "]" where inside:
                inside = false
                inLabel = false
                let parts = label.split(separator: "=", maxSplits: 1)
                let type: EntityType = switch parts[0] {
                case "TIT": .title
                case "AGE": .agency
                case "PER": .person
                default: .location
                }
                expected.append(Expected(type: type, text: spanText, value: parts.count > 1 ? String(parts[1]) : nil, start: spanStart))
            default:
                if inLabel { label.append(character); continue }
                text.append(character)
                scalarCount += character.unicodeScalars.count
                if inside { spanText.append(character) }
            }
        }
        self.text = text
        self.expected = expected
    }

    var testDescription: String { source }
}

enum NamesTestSupport {
    static let nameTypes: Set<EntityType> = [.title, .agency, .person, .location]

    /// The TITLE/AGENCY/PERSON/LOCATION entities `recognizer` finds in `phrase.text`.
    static func found(_ phrase: MarkedPhrase, _ recognizer: EntityRecognizer) -> [MarkedPhrase.Expected] {
        recognizer.recognize(phrase.text).filter { nameTypes.contains($0.type) }.map {
            var value: String? = nil
            if case .name(let name)? = $0.value { value = name }
            return MarkedPhrase.Expected(type: $0.type, text: $0.text, value: value, start: $0.scalarRange.lowerBound)
        }
    }

    /// Checks that exactly the marked entities are found, with their values.
    static func check(_ phrase: MarkedPhrase, _ recognizer: EntityRecognizer, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = found(phrase, recognizer)
        #expect(found == phrase.expected, "in «\(phrase.text)»", sourceLocation: sourceLocation)
    }

    static let recognizer: EntityRecognizer = {
        do { return try EntityRecognizer() } catch { fatalError("\(error)") }
    }()
}
