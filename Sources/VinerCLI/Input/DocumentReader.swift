import Viner

/// Streams documents from files (or stdin) one at a time, so memory stays bounded by one
/// document (one JSONL line, one paragraph, or one whole text file).
final class DocumentReader {
    struct Options {
        var format: InputFormat = .auto
        /// Split text input into blank-line-separated paragraphs.
        var paragraphs = false
        /// Replace invalid UTF-8 instead of failing.
        var lossy = false
        /// Report bad JSONL lines and go on instead of failing.
        var skipBad = false
        /// Legacy text decoder applied to text input (nil: UTF-8).
        var legacyDecoder: (@Sendable ([UInt8]) -> String)?
    }

    private var paths: [String]
    private let options: Options
    private var reader: ByteLineReader?
    private var currentPath = "-"
    private var currentFormat: InputFormat = .text
    private var paragraphIndex = 0
    /// The current file's name for messages and ids (`<stdin>` for standard input), and
    /// `name#`, the start of its paragraph ids; built once per file.
    private var displayFile = ""
    private var paragraphIDPrefix = ""
    /// JSONL lines skipped with `--skip-bad`.
    private(set) var skipped = 0
    /// Bytes read so far over all files, and the total when known (for progress).
    private var finishedBytes = 0
    private(set) var totalBytes: Int?

    init(paths: [String], options: Options) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.options = options
        var total = 0
        var known = true
        for path in self.paths {
            if path == "-" { known = false; break }
            if let size = fileSizeOf(path) { total += size } else { known = false }
        }
        totalBytes = known ? total : nil
    }

    var bytesRead: Int { finishedBytes + (reader?.bytesRead ?? 0) }

    /// The next document, or nil when every input is consumed.
    func next() throws(CLIError) -> InputDocument? {
        while true {
            if reader == nil {
                guard !paths.isEmpty else { return nil }
                currentPath = paths.removeFirst()
                reader = try ByteLineReader(path: currentPath)
                paragraphIndex = 0
                displayFile = SourcePosition(file: currentPath, line: nil, lineOffset: 0).displayFile
                paragraphIDPrefix = displayFile + "#"
                switch options.format {
                case .auto: currentFormat = currentPath.hasSuffix(".jsonl") ? .jsonl : .text
                default: currentFormat = options.format
                }
            }
            guard let reader else { continue }
            let document: InputDocument?
            switch currentFormat {
            case .jsonl: document = try nextJSONL(reader)
            case .text, .auto: document = options.paragraphs ? try nextParagraph(reader) : try wholeFile(reader)
            }
            if let document { return document }
            finishedBytes += reader.bytesRead
            self.reader = nil
        }
    }

    private func position(_ reader: ByteLineReader, line: Bool) -> SourcePosition {
        SourcePosition(file: currentPath, line: line ? reader.lineNumber : nil, lineOffset: line ? reader.lineOffset : 0)
    }

    private func decode(_ bytes: [UInt8], _ source: SourcePosition) throws(CLIError) -> String {
        if let legacy = options.legacyDecoder {
            if bytes.contains(0) {
                throw CLIError(message: "\(source.describe(byteOffset: bytes.firstIndex(of: 0))): binary data (NUL byte); viner reads text", exitCode: ExitStatus.dataError)
            }
            return legacy(bytes)
        }
        return try TextDecoding.decode(bytes, source: source, lossy: options.lossy)
    }

    private func wholeFile(_ reader: ByteLineReader) throws(CLIError) -> InputDocument? {
        guard reader.bytesRead == 0, reader.lineNumber == 0 else { return nil }
        let bytes = try reader.readAll()
        if bytes.isEmpty { return nil }
        let source = SourcePosition(file: currentPath, line: nil, lineOffset: 0)
        let text = try decode(bytes, source)
        return InputDocument(id: source.displayFile, text: text, referenceDate: nil, gold: [], sourceFile: source.displayFile)
    }

    /// Where one line of the paragraph being read sits, for error messages.
    private struct ParagraphLine {
        var number: Int
        var offset: Int
        var bytes: Range<Int>
    }

    /// The paragraph being read: its lines joined by `\n` (reused between paragraphs).
    private var paragraph: [UInt8] = []
    private var paragraphLines: [ParagraphLine] = []

    /// The next blank-line-separated paragraph. Its lines are gathered into one byte buffer
    /// and checked and decoded once; only a paragraph with a NUL byte or ill-formed UTF-8 goes
    /// line by line, so errors and `--lossy` warnings name the same line and offset as ever.
    private func nextParagraph(_ reader: ByteLineReader) throws(CLIError) -> InputDocument? {
        if options.legacyDecoder != nil { return try nextParagraphLineByLine(reader) }
        // Work on locals (no exclusivity checks per access), handing the memory back at the end.
        var paragraph = self.paragraph
        var paragraphLines = self.paragraphLines
        self.paragraph = []
        self.paragraphLines = []
        defer {
            paragraph.removeAll(keepingCapacity: true)
            paragraphLines.removeAll(keepingCapacity: true)
            self.paragraph = paragraph
            self.paragraphLines = paragraphLines
        }
        while true {
            let mark = paragraph.count
            if !paragraphLines.isEmpty { paragraph.append(0x0A) }
            let start = paragraph.count
            guard try reader.appendNextLine(to: &paragraph) else {
                paragraph.removeSubrange(mark...)
                break
            }
            if Self.isBlank(paragraph[start...]) {
                paragraph.removeSubrange(mark...)
                if paragraphLines.isEmpty { continue }
                break
            }
            paragraphLines.append(ParagraphLine(number: reader.lineNumber, offset: reader.lineOffset, bytes: start..<paragraph.count))
        }
        guard let firstLine = paragraphLines.first?.number else { return nil }
        let text: String
        if let valid = TextDecoding.validStringWithoutNUL(&paragraph) {
            text = valid
        } else {
            var lines: [String] = []
            for line in paragraphLines {
                let source = SourcePosition(file: currentPath, line: line.number, lineOffset: line.offset)
                lines.append(try decode(Array(paragraph[line.bytes]), source))
            }
            text = lines.joined(separator: "\n")
        }
        return paragraphDocument(text, firstLine: firstLine)
    }

    /// `true` when `line` holds only spaces and tabs (or nothing).
    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// `--paragraphs` with `--encoding`: each line goes through the legacy decoder on its own.
    private func nextParagraphLineByLine(_ reader: ByteLineReader) throws(CLIError) -> InputDocument? {
        var lines: [String] = []
        var firstLine = 0
        while let line = try reader.nextLine() {
            let source = position(reader, line: true)
            let text = try decode(line, source)
            if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if lines.isEmpty { continue }
                break
            }
            if lines.isEmpty { firstLine = reader.lineNumber }
            lines.append(text)
        }
        guard !lines.isEmpty else { return nil }
        return paragraphDocument(lines.joined(separator: "\n"), firstLine: firstLine)
    }

    private func paragraphDocument(_ text: String, firstLine: Int) -> InputDocument {
        paragraphIndex += 1
        return InputDocument(id: paragraphIDPrefix + String(paragraphIndex), text: text, referenceDate: nil, gold: [],
                             sourceFile: displayFile, sourceLine: firstLine)
    }

    private func nextJSONL(_ reader: ByteLineReader) throws(CLIError) -> InputDocument? {
        while let line = try reader.nextLine() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let source = position(reader, line: true)
            do {
                let text = try TextDecoding.decode(line, source: source, lossy: options.lossy)
                let file = source.displayFile
                return try JSONLDocumentParser.parse(text, source: source, defaultID: "\(file):\(reader.lineNumber)")
            } catch {
                guard options.skipBad else { throw error }
                skipped += 1
                StandardError.write("viner: skipped \(error.message)\n")
            }
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func fileSizeOf(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
}
