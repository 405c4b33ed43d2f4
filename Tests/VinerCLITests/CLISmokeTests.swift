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

    /// A child that exits before reading its stdin must not kill the test process.
    static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

    struct Output { var stdout: String; var stderr: String; var status: Int32 }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil) throws -> Output {
        _ = ignoreSIGPIPE
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Feed stdin and drain stderr on other threads so no pipe can fill up and deadlock.
        let writer = input.fileHandleForWriting
        let data = Data((stdin ?? "").utf8)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            try? writer.write(contentsOf: data)
            try? writer.close()
        }
        nonisolated(unsafe) var errData = Data()
        let errReader = err.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            errData = errReader.readDataToEndOfFile()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
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
