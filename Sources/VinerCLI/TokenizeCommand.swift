import ArgumentParser
@_spi(CLI) import Viner

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
        var text = try InputReader.readAll(file)
        let sink = OutputSink()
        var converter = OffsetConverter(text)
        let format = format
        // Each line is rendered byte-wise into the output buffer: no String per token or field.
        text.withUTF8 { bytes in
            tokenizer.forEachToken(utf8: bytes) { token in
                let tokenBytes = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
                sink.render { out in
                    switch format {
                    case .text:
                        out.append(decimal: Int(token.start))
                        out.append(UInt8(ascii: "\t"))
                        out.append(decimal: Int(token.end))
                        out.append(UInt8(ascii: "\t"))
                        out.append(utf8: token.kind.description)
                        out.append(UInt8(ascii: "\t"))
                        out.append(tokenBytes)
                        out.append(UInt8(ascii: "\n"))
                    case .jsonl:
                        out.append("{\"text\": \"")
                        out.appendJSONEscaped(tokenBytes)
                        out.append("\", \"kind\": \"")
                        out.append(utf8: token.kind.description)
                        out.append("\", \"start\": ")
                        out.append(decimal: converter.scalarOffset(forUTF8: Int(token.start)))
                        out.append(", \"end\": ")
                        out.append(decimal: converter.scalarOffset(forUTF8: Int(token.end)))
                        out.append(", \"utf8Start\": ")
                        out.append(decimal: Int(token.start))
                        out.append(", \"utf8End\": ")
                        out.append(decimal: Int(token.end))
                        out.append("}\n")
                    }
                }
                sink.endRecord()
            }
        }
        sink.flush()
    }
}
