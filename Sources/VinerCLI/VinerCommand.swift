import ArgumentParser
import Viner

@main
struct VinerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "viner",
        abstract: "Find titles, agencies, people, places, dates and percentages in Vietnamese text.",
        discussion: """
            Examples:
              viner Samples/sample.txt              tag a file (same as `viner tag FILE`)
              viner tokenize Samples/sample.txt     one token per line
              echo 'Ngày 18/6/2016' | viner tag --format jsonl
            """,
        version: Viner.version,
        subcommands: [TagCommand.self, TokenizeCommand.self, NormalizeCommand.self, EvalCommand.self],
        defaultSubcommand: TagCommand.self
    )
}
