import ArgumentParser
import Viner

/// `viner tokenize [FILE]`: the tokenizer's output, one token per line.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print one token per line with its kind and offsets.",
        discussion: """
            text:  UTF8START<TAB>UTF8END<TAB>KIND<TAB>TEXT   (UTF-8 byte offsets, end exclusive)
            jsonl: {"text", "kind", "start", "end", "utf8Start", "utf8End"} where start/end count
                   Unicode scalars (Python's text[start:end]).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "A UTF-8 text file; standard input when omitted or \"-\".")
    var file: String?

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    func run() throws {
        do {
            try tokenize()
        } catch let error as CLIError {
            throw error.exit()   // the documented status (65 bad input, 66 missing file), not 1
        }
    }

    private func tokenize() throws {
        let tokenizer = try Tokenizer()
        let text = try InputReader.readAll(file)
        let sink = OutputSink()
        var converter = OffsetConverter(text)
        tokenizer.forEachToken(in: text) { token in
            let tokenText = token.text(in: text)
            switch format {
            case .text:
                sink.write("\(token.start)\t\(token.end)\t\(token.kind)\t\(tokenText)\n")
            case .jsonl:
                let start = converter.scalarOffset(forUTF8: Int(token.start))
                let end = converter.scalarOffset(forUTF8: Int(token.end))
                sink.write("{\"text\": \(JSONText.string(tokenText)), \"kind\": \"\(token.kind)\", \"start\": \(start), \"end\": \(end), \"utf8Start\": \(token.start), \"utf8End\": \(token.end)}\n")
            }
        }
        sink.flush()
    }
}
