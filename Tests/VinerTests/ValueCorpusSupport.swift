import Testing
@testable import Viner

/// A Duckling-style corpus example: a sentence with the expected spans marked «like this» and
/// the value each must carry (nil: found, but no value), with an optional reference date.
struct ValueSpanExample: CustomTestStringConvertible, Sendable {
    let marked: String
    let values: [String?]
    let reference: String?

    init(_ marked: String, _ values: String?..., reference: String? = nil) {
        self.marked = marked
        self.values = values
        self.reference = reference
    }

    var testDescription: String { marked }

    /// The text without markers and the marked scalar ranges.
    var textAndSpans: (String, [Range<Int>]) {
        var text = ""
        var spans: [Range<Int>] = []
        var start = 0
        var count = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "«": start = count
            case "»": spans.append(start..<count)
            default:
                text.unicodeScalars.append(scalar)
                count += 1
            }
        }
        return (text, spans)
    }
}

/// The one runner of the DATE and PERCENT corpora.
enum ValueCorpus {
    /// One recogniser for all examples.
    static let recognizer: EntityRecognizer = {
        do { return try EntityRecognizer() } catch { fatalError("ICU: \(error)") }
    }()

    /// The entities of `type` must be exactly the marked spans, with the listed values.
    static func check(_ example: ValueSpanExample, type: EntityType, recognizer: EntityRecognizer) {
        let (text, spans) = example.textAndSpans
        let reference = example.reference.flatMap(CalendarDate.init(iso:))
        let found = recognizer.recognize(text, referenceDate: reference).filter { $0.type == type }
        let got = found.map { "\($0.scalarRange.lowerBound)..<\($0.scalarRange.upperBound) \($0.value?.description ?? "nil")" }
        let want = zip(spans, example.values).map { "\($0.0.lowerBound)..<\($0.0.upperBound) \($0.1 ?? "nil")" }
        #expect(got == want, "\(text): got \(found.map { "«\($0.text)» \($0.value?.description ?? "nil")" })")
    }
}
