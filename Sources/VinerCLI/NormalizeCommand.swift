import ArgumentParser
import Viner

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalise Vietnamese text (NFC, tone placement, legacy encodings, folding)."
    )

    @Argument(help: "A text file; standard input when omitted.")
    var file: String?

    func run() throws {
        let text = try InputReader.readAll(file)
        print(Normalizer().normalize(text).text, terminator: "")
    }
}
