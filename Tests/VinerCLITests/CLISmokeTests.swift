import Foundation
import Testing

/// Runs the built `viner` binary.
enum VinerBinary {
    static var url: URL {
        // The test bundle sits in the products directory next to the `viner` executable.
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("viner").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("viner")
    }

    struct Output { var stdout: String; var stderr: String; var status: Int32 }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
    }
}

@Suite struct CLISmokeTests {
    @Test func helpListsSubcommands() throws {
        let output = try VinerBinary.run(["--help"])
        #expect(output.status == 0)
        for name in ["tag", "tokenize", "normalize", "eval"] {
            #expect(output.stdout.contains(name))
        }
    }
}
