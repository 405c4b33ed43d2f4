// generate-corpus: writes BenchmarkSupport's deterministic news corpus to a file, any size.
//
//   swift run -c release --package-path Benchmarks generate-corpus \
//       --bytes 200000000 --format jsonl --output /tmp/corpus-200MB.jsonl
//
// text:  paragraphs separated by blank lines (`viner tag --paragraphs` reads one document each).
// jsonl: one {"id": "doc-N", "text": "..."} per line; a document is whole paragraphs of at least
//        --document-bytes bytes (default 4000, about one news article).
// --bytes counts the text's UTF-8 bytes (for jsonl the JSON wrapping adds a little).
// The same options always give the same bytes; a smaller size is a prefix of a larger one.
import BenchmarkSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Format: String { case text, jsonl }

struct Options {
    var bytes = 1_000_000
    var format = Format.text
    var output: String?
    var documentBytes = 4000
    var seed: UInt64?
}

let usage = "usage: generate-corpus --bytes N [--format text|jsonl] [--document-bytes N] [--seed N] [--output FILE]"

func fail(_ message: String) -> Never {
    var text = "generate-corpus: \(message)\n\(usage)\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(2)
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    func value(_ name: String) -> String {
        guard let next = arguments.popFirst() else { fail("\(name) needs a value") }
        return next
    }
    func number(_ name: String) -> Int {
        let text = value(name).replacingOccurrences(of: "_", with: "")
        guard let number = Int(text), number > 0 else { fail("\(name) wants a positive integer") }
        return number
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--bytes": options.bytes = number(argument)
        case "--format":
            guard let format = Format(rawValue: value(argument)) else { fail("--format is text or jsonl") }
            options.format = format
        case "--output", "-o": options.output = value(argument)
        case "--document-bytes": options.documentBytes = number(argument)
        case "--seed": options.seed = UInt64(number(argument))
        case "--help", "-h":
            print(usage)
            exit(0)
        default: fail("unknown argument \(argument)")
        }
    }
    return options
}

extension String {
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}

/// Buffered writer to a FILE* (stdout when no path).
final class Output {
    private let file: UnsafeMutablePointer<FILE>
    private let owned: Bool

    init(path: String?) {
        if let path {
            guard let file = fopen(path, "wb") else { fail("cannot write \(path)") }
            self.file = file
            owned = true
        } else {
            guard let file = fdopen(1, "wb") else { fail("cannot write standard output") }
            self.file = file
            owned = false
        }
    }

    func write(_ string: String) {
        var string = string
        string.withUTF8 { buffer in
            if fwrite(buffer.baseAddress, 1, buffer.count, file) != buffer.count { fail("write failed") }
        }
    }

    func close() {
        if owned { fclose(file) } else { fflush(file) }
    }
}

/// A JSON string literal (the generator's text has no control characters but newlines; escape all anyway).
func jsonString(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

/// Writes the corpus, generating it in chunks of whole paragraphs so memory stays small at any size.
func generate(_ options: Options) {
    var generator = options.seed.map { CorpusGenerator(seed: $0) } ?? CorpusGenerator()
    let output = Output(path: options.output)
    let chunkBytes = 1 << 20
    var written = 0
    var documentNumber = 0
    var pending: [Substring] = []
    var pendingBytes = 0

    func flushDocument() {
        documentNumber += 1
        output.write("{\"id\": \"doc-\(documentNumber)\", \"text\": \(jsonString(pending.joined(separator: "\n\n")))}\n")
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }

    outer: while written < options.bytes {
        let chunk = generator.text(byteCount: min(chunkBytes, options.bytes - written))
        // Each chunk is whole paragraphs, each followed by a blank line.
        for paragraph in chunk.split(separator: "\n\n", omittingEmptySubsequences: true) {
            if written >= options.bytes { break outer }
            let size = paragraph.utf8.count + 2
            written += size
            switch options.format {
            case .text:
                output.write(String(paragraph) + "\n\n")
            case .jsonl:
                pending.append(paragraph)
                pendingBytes += size
                if pendingBytes >= options.documentBytes { flushDocument() }
            }
        }
    }
    if !pending.isEmpty { flushDocument() }
    output.close()
}

generate(parseOptions())
