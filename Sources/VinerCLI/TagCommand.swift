import ArgumentParser
import Viner

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag entities in text files (stdin when none)."
    )

    @Argument(help: "Text files to tag; standard input when none.")
    var files: [String] = []

    func run() throws {
        let recognizer = try EntityRecognizer()
        let text = try InputReader.readAll(files.first)
        for entity in recognizer.recognize(text) {
            print("\(entity.type)\t\(entity.scalarRange.lowerBound)\t\(entity.scalarRange.upperBound)\t\(entity.text)\t\(entity.value?.description ?? "")")
        }
    }
}
