import ArgumentParser
@_spi(CLI) import Viner

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag titles, agencies, people, places, dates and percentages (the default subcommand).",
        discussion: """
            Examples:
              viner tag Samples/sample.txt
              echo 'Ngày 18/6/2016, Sở TT&TT Lai Châu đạt 83,7%' | viner tag --format jsonl
              viner tag news.jsonl --format jsonl --jobs 2 > tagged.jsonl
              viner tag article.txt --format conll --types DATE,PERCENT
            """
    )

    @Argument(help: "Input files; standard input when none (or '-').")
    var files: [String] = []

    @Option(name: .customLong("input"), help: "Input kind: auto (.jsonl files are JSONL), text, or jsonl (one {\"text\", \"id\"?, \"reference_date\"?} per line).")
    var inputFormat: InputFormatArgument = .auto

    @Option(help: "Output: text, jsonl, json, tsv, conll or spacy. Default: text.")
    var format: TagOutputFormat = .text

    @Option(help: "Offset unit in the output: scalar (Unicode code points, Python), utf16 (JavaScript, Apple) or utf8 (bytes).")
    var offsets: OffsetUnit = .scalar

    @Option(help: "Only these entity types, comma-separated, e.g. DATE,PERCENT.")
    var types: String?

    @Option(help: "The documents' date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM) for relative dates; a JSONL line's reference_date wins.")
    var referenceDate: String?

    @Flag(help: "Add person–title–agency links (\"roles\") to jsonl/json output.")
    var roles = false

    @Option(help: "A lexicon file (same format as Lexicons/*.tsv) to add to the built-in one; repeatable.")
    var lexicon: [String] = []

    @Option(help: "Input encoding: unicode (UTF-8), tcvn3, vni, viqr, or auto (detect legacy text; UTF-8 stays as is). Offsets then refer to the converted text.")
    var encoding: NormalizationOptions.Encoding = .unicode

    @Flag(help: "With text input: one document per blank-line-separated paragraph.")
    var paragraphs = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
    var lossy = false

    @Flag(help: "Report JSONL lines that are not JSON objects with a \"text\" string, skip them and go on.")
    var skipBad = false

    @Option(help: "Worker threads; output keeps the input order.")
    var jobs: Int = 1

    @Flag(help: "No colour in text output (also when NO_COLOR is set or stdout is not a terminal).")
    var noColor = false

    @Flag(help: "No progress bar on stderr.")
    var noProgress = false

    @Flag(help: "Also report a clock time written without a day (`lúc 10:30`) as a DATE on the reference day.")
    var times = false

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got \(referenceDate)")
        }
        _ = try typeFilter()
    }

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
            try tag()
        } catch let error as CLIError {
            throw error.exit()
        }
    }

    private func tag() throws {
        let jobs = self.jobs   // read the option once: property-wrapper reads are not free per document
        let recognizer = try EntityRecognizer(lexicon: try LexiconLoader.load(lexicon),
                                              options: RecognitionOptions(timesWithoutDate: times))
        let filter = try typeFilter()
        let wantRoles = roles
        let defaultDate = referenceDate.flatMap(CalendarDate.init(iso:))
        let color = format == .text && !noColor && Environment.get("NO_COLOR") == nil && isTerminal(1)
        let renderer = TagRenderer(format: format, offsets: offsets, color: color, tokenizer: try Tokenizer())
        let reader = DocumentReader(paths: files, options: .init(format: inputFormat.value, paragraphs: paragraphs, lossy: lossy, skipBad: skipBad,
                                                                 legacyDecoder: LegacyText.decoder(for: encoding)))
        let sink = OutputSink()
        let progress = ProgressReporter(enabled: !noProgress && isTerminal(2), total: reader.totalBytes)

        if color { sink.write(TagRenderer.legend) }
        sink.write(renderer.header)
        var first = true
        let tagger = DocumentTagger(recognizer: recognizer, renderer: renderer, filter: filter, roles: wantRoles, defaultDate: defaultDate)
        let work: @Sendable (InputDocument, ByteWriter) -> Void = { document, out in tagger.tag(document, into: out) }
        let batchLimit = jobs == 1 ? 1 : jobs * 32
        func startRecord() {
            if !first { sink.write(renderer.separator) }
            first = false
        }
        func write(_ outputs: [[UInt8]]) {
            for output in outputs {
                startRecord()
                sink.write(bytes: output)
                sink.endRecord()
            }
        }
        /// Tags on this thread, rendering straight into the output buffer.
        func tagHere(_ batch: [InputDocument]) {
            for document in batch {
                startRecord()
                sink.render { work(document, $0) }
                sink.endRecord()
            }
        }
        // With --jobs > 1, batch N is tagged on worker threads while this thread reads batch
        // N + 1; results are written in input order.
        var pending: PendingBatch?
        while true {
            var batch: [InputDocument] = []
            var batchBytes = 0
            do {
                while batch.count < batchLimit, batchBytes < 8 << 20, let document = try reader.next() {
                    batchBytes += document.text.utf8.count
                    batch.append(document)
                }
            } catch {
                // Every record before the bad one still gets its output, then the error.
                if let pending { write(pending.wait()) }
                if jobs == 1 { tagHere(batch) } else { write(ParallelMap.map(batch, jobs: jobs, work)) }
                sink.write(renderer.footer)   // `--format json`: the records so far stay a valid array
                sink.flush()
                throw error
            }
            if let pending { write(pending.wait()) }
            pending = nil
            progress.update(bytes: reader.bytesRead)
            if batch.isEmpty { break }
            if jobs == 1 {
                tagHere(batch)
            } else {
                pending = PendingBatch(batch, jobs: jobs, work)
            }
        }
        sink.write(renderer.footer)
        sink.flush()
        progress.finish()
        if reader.skipped > 0 {
            StandardError.write("viner: skipped \(reader.skipped) bad input line\(reader.skipped == 1 ? "" : "s")\n")
        }
    }
}

/// `--input` values.
struct InputFormatArgument: ExpressibleByArgument {
    let value: InputFormat
    static let auto = InputFormatArgument(value: .auto)

    init(value: InputFormat) { self.value = value }

    init?(argument: String) {
        guard let format = InputFormat(rawValue: argument) else { return nil }
        value = format
    }

    static var allValueStrings: [String] { InputFormat.allCases.map(\.rawValue) }
}

/// Tags one document and renders it. Immutable, shared by the worker threads; a class, so
/// each call uses the recognizer in place instead of copying the struct.
final class DocumentTagger: Sendable {
    let recognizer: EntityRecognizer
    let renderer: TagRenderer
    let filter: Set<EntityType>?
    let roles: Bool
    let defaultDate: CalendarDate?

    init(recognizer: EntityRecognizer, renderer: TagRenderer, filter: Set<EntityType>?, roles: Bool, defaultDate: CalendarDate?) {
        self.recognizer = recognizer
        self.renderer = renderer
        self.filter = filter
        self.roles = roles
        self.defaultDate = defaultDate
    }

    func tag(_ document: InputDocument, into out: ByteWriter) {
        var entities = recognizer.recognize(document.text, referenceDate: document.referenceDate ?? defaultDate)
        let links = roles ? recognizer.roles(linking: entities, in: document.text) : nil
        if let filter { entities.removeAll { !filter.contains($0.type) } }
        renderer.render(document, entities, roles: links, into: out)
    }
}

/// A batch being tagged on worker threads: the library's ordered batch engine
/// (`BatchEngine`, also behind `OrderedParallelMap`).
final class PendingBatch: Sendable {
    private let pending: BatchEngine.Pending<[UInt8]>

    init(_ batch: [InputDocument], jobs: Int, _ body: @escaping @Sendable (InputDocument, ByteWriter) -> Void) {
        pending = BatchEngine.Pending(batch, jobs: jobs, ParallelMap.rendering(body))
    }

    /// Waits for the batch and returns its outputs in input order.
    func wait() -> [[UInt8]] { pending.wait() }
}

/// Renders documents on up to `jobs` threads, keeping input order: one byte array each.
enum ParallelMap {
    static func map(_ items: [InputDocument], jobs: Int, _ body: @escaping @Sendable (InputDocument, ByteWriter) -> Void) -> [[UInt8]] {
        BatchEngine.map(items, jobs: jobs, rendering(body))
    }

    /// `body` writing into a fresh buffer per document.
    static func rendering(_ body: @escaping @Sendable (InputDocument, ByteWriter) -> Void) -> @Sendable (InputDocument) -> [UInt8] {
        { item in
            let out = ByteWriter(capacity: 1024)
            body(item, out)
            return out.bytes
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
