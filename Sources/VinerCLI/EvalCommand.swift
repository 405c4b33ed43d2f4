import ArgumentParser
import Viner

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the recogniser against a gold JSONL file."
    )

    @Option(help: "Gold file (JSONL, one document a line).")
    var gold: String

    func run() throws {
        throw ValidationError("eval is not implemented yet")
    }
}
