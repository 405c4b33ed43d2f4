import ArgumentParser
import Viner

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print one token per line with its kind and offsets."
    )

    @Argument(help: "A text file; standard input when omitted.")
    var file: String?

    func run() throws {
        let tokenizer = try Tokenizer()
        let text = try InputReader.readAll(file)
        tokenizer.forEachToken(in: text) { token in
            print("\(token.start)\t\(token.end)\t\(token.kind)\t\(token.text(in: text))")
        }
    }
}
