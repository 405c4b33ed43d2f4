import ArgumentParser
import Viner

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the recogniser against a gold JSONL file (per type, strict and lenient P/R/F1, value accuracy).",
        discussion: """
            The gold file has one document a line: {"id", "text", "reference_date"?, "entities": [{"start", "end", "type", "value"?, "ignore"?}]}
            with Unicode-scalar offsets. Entities marked ignore are neither rewarded nor punished.

            Examples:
              viner eval --gold gold.jsonl
              viner eval --gold gold.jsonl --types DATE,PERCENT --errors 20
              viner eval --gold gold.jsonl --format json
            """
    )

    @Option(help: "Gold file (JSONL, one document a line).")
    var gold: String

    @Option(help: "Report format: text or json.")
    var format: EvalReportFormat = .text

    @Option(help: "Only these entity types, comma-separated, e.g. TITLE,AGENCY.")
    var types: String?

    @Option(help: "List up to N mistakes (missed, spurious, wrong value) with context.")
    var errors: Int = 0

    @Flag(help: "Also report a clock time written without a day as a DATE (as `tag --times`).")
    var times = false

    func validate() throws {
        _ = try typeFilter()
    }

    /// `--types` as entity types; an unknown name is a usage error.
    func typeFilter() throws -> Set<EntityType>? {
        guard let types else { return nil }
        var set = Set<EntityType>()
        for name in types.split(separator: ",") {
            let trimmed = name.trimmingSpaces.uppercased()
            guard let type = EntityType(rawValue: trimmed) else {
                throw ValidationError("unknown entity type \(trimmed); use \(EntityType.allCases.map(\.rawValue).joined(separator: ","))")
            }
            set.insert(type)
        }
        return set
    }

    func run() throws {
        do {
            try evaluate()
        } catch let error as CLIError {
            throw error.exit()
        }
    }

    private func evaluate() throws {
        let recognizer = try EntityRecognizer(options: RecognitionOptions(timesWithoutDate: times))
        var evaluator = Evaluator(types: try typeFilter())
        let reader = DocumentReader(paths: [gold], options: .init(format: .jsonl))
        var listed: [String] = []
        var documents = 0
        while let document = try reader.next() {
            documents += 1
            let predicted = recognizer.recognize(document.text, referenceDate: document.referenceDate).map(LabeledSpan.init)
            let mistakes = evaluator.add(gold: document.gold, predicted: predicted)
            for mistake in mistakes where listed.count < errors {
                listed.append(describe(mistake, in: document))
            }
        }
        let report = EvalReport(evaluator: evaluator, documents: documents)
        // Through OutputSink, so a failed write (a full disk) exits 74 instead of 0.
        let sink = OutputSink()
        sink.write(format == .json ? report.json : report.table)
        if !listed.isEmpty, format == .text {
            sink.write("\nmistakes (first \(listed.count)):\n")
            for line in listed { sink.write(line + "\n") }
        }
        sink.flush()
    }

    private func describe(_ mistake: Evaluator.Mistake, in document: InputDocument) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let span = mistake.span
        let lower = max(0, min(span.start, scalars.count)), upper = max(lower, min(span.end, scalars.count))
        let before = String(String.UnicodeScalarView(scalars[max(0, lower - 30)..<lower]))
        let inside = String(String.UnicodeScalarView(scalars[lower..<upper]))
        let after = String(String.UnicodeScalarView(scalars[upper..<min(scalars.count, upper + 30)]))
        var line = "\(mistake.kind.rawValue.padding(10)) \(span.type.rawValue.padding(8)) \(document.id) \(span.start)-\(span.end): …\(before)«\(inside)»\(after)…"
        if mistake.kind == .wrongValue {
            line += "  gold \(span.value ?? "-") got \(mistake.predictedValue ?? "-")"
        }
        return line.replacingNewlines
    }
}

/// `viner eval --format` values.
enum EvalReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

/// The per-type table and its JSON form.
struct EvalReport {
    let evaluator: Evaluator
    let documents: Int

    private var rows: [(String, TypeScore)] {
        evaluator.byType.keys.map(\.rawValue).sorted().map { ($0, evaluator.byType[EntityType(rawValue: $0)!]!) } + [("ALL", evaluator.overall)]
    }

    var table: String {
        var out = "documents: \(documents)\n"
        out += "type       gold  pred | strict P     R     F1 | lenient P     R     F1 | value acc\n"
        for (type, score) in rows {
            let goldCount = score.strict.truePositives + score.strict.falseNegatives
            let predicted = score.strict.truePositives + score.strict.falsePositives
            let value = score.valueAccuracy.map { "\(fixed($0)) (\(score.valuesCorrect)/\(score.valuesCompared))" } ?? "-"
            out += "\(type.padding(9)) \(String(goldCount).leftPadding(5)) \(String(predicted).leftPadding(5)) |   "
            out += "\(fixed(score.strict.precision)) \(fixed(score.strict.recall)) \(fixed(score.strict.f1)) |    "
            out += "\(fixed(score.lenient.precision)) \(fixed(score.lenient.recall)) \(fixed(score.lenient.f1)) | \(value)\n"
        }
        return out
    }

    var json: String {
        func prf(_ s: PRF) -> String {
            JSONText.object([("precision", fixed(s.precision)), ("recall", fixed(s.recall)), ("f1", fixed(s.f1)),
                             ("tp", String(s.truePositives)), ("fp", String(s.falsePositives)), ("fn", String(s.falseNegatives))])
        }
        let items = rows.map { type, score in
            (type, JSONText.object([("strict", prf(score.strict)), ("lenient", prf(score.lenient)),
                                    ("value_accuracy", score.valueAccuracy.map(fixed) ?? "null"),
                                    ("values_compared", String(score.valuesCompared))]))
        }
        return JSONText.object([("documents", String(documents)), ("types", JSONText.object(items))]) + "\n"
    }

    private func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    var replacingNewlines: String { String(map { $0 == "\n" ? " " : $0 }) }
}
