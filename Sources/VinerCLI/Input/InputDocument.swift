import Viner

/// One document to tag or score: a whole text file, one JSONL line, or one paragraph.
struct InputDocument: Sendable {
    /// The id carried through to the output (`id` of a JSONL line; else file name, line or paragraph).
    var id: String
    var text: String
    var referenceDate: CalendarDate?
    /// Gold spans, when the JSONL line has `entities` (for `viner eval`).
    var gold: [LabeledSpan]
    /// The file it came from (`<stdin>` for standard input).
    var sourceFile: String
    /// The 1-based line where it starts, for JSONL lines and paragraphs.
    var sourceLine: Int?

    /// Where it came from, e.g. `news.jsonl:12` (built on demand: most runs never ask).
    var source: String { sourceLine.map { "\(sourceFile):\($0)" } ?? sourceFile }
}

/// How input files are split into documents.
enum InputFormat: String, CaseIterable, Sendable {
    /// Decide from the file name: `.jsonl` → jsonl, otherwise text.
    case auto
    /// A whole file is one document (or one per paragraph with `--paragraphs`).
    case text
    /// One JSON object per line with `text` and optional `id`, `reference_date`.
    case jsonl
}
