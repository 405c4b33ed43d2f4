import Foundation
import Testing

/// Hostile input through the `viner` binary: it must end with a clean status (0, or an error
/// status with a message on stderr), never by a signal, and whatever it prints must be
/// well-formed JSON when JSON was asked for.
@Suite struct PathologicalCLITests {
    /// Statuses a crash produces (the signal number): SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV.
    static let crashStatuses: Set<Int32> = [4, 5, 6, 7, 8, 11]

    static func expectClean(_ output: VinerBinary.Output, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!crashStatuses.contains(output.status), "\(what): status \(output.status), stderr \(output.stderr.prefix(300))", sourceLocation: sourceLocation)
        #expect(!output.stderr.contains("Fatal error"), "\(what): \(output.stderr.prefix(300))", sourceLocation: sourceLocation)
        if output.status != 0 {
            #expect(!output.stderr.isEmpty, "\(what): status \(output.status) without a message", sourceLocation: sourceLocation)
        }
    }

    /// Every output line parses as a JSON object.
    static func expectJSONLines(_ output: VinerBinary.Output, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in output.stdout.split(separator: "\n") {
            let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            #expect(parsed is [String: Any], "\(what): not a JSON object: \(line.prefix(200))", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        #"{"text": "Sở Y tế \ud800 ngày 18/6/2016"}"#,         // lone high surrogate
        #"{"text": "tăng 5% \udc00"}"#,                          // lone low surrogate
        #"{"text": "\udc00\ud800 đạt 83,7%"}"#,                  // a pair in the wrong order
        #"{"text": "\ud800"}"#,                                   // nothing else
        #"{"text": "a\ud8"}"#,                                    // truncated escape
        #"{"text": "NUL \u0000 giữa 18/6/2016 \u0000"}"#,         // escaped NUL inside the text
    ])
    func tagSurvivesBrokenEscapesInJSONL(_ line: String) throws {
        let output = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl"], stdin: line + "\n")
        Self.expectClean(output, line)
        if output.status == 0 { Self.expectJSONLines(output, line) }
    }

    @Test func tagKeepsAValidSurrogatePairInJSONL() throws {
        let output = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl"],
                                         stdin: #"{"text": "\ud83d\ude00 ngày 18/6/2016 đạt 83,7%"}"# + "\n")
        #expect(output.status == 0, "\(output.stderr)")
        Self.expectJSONLines(output, "surrogate pair")
        #expect(output.stdout.contains("18/6/2016"))
    }

    @Test(arguments: [
        ("NUL bytes", Data([0x61, 0x00, 0x62, 0x0A])),
        ("invalid UTF-8", Data([0x53, 0xE1, 0xBB, 0x0A, 0xFF, 0xFE, 0x0A])),
        ("a UTF-16 byte order mark", Data([0xFF, 0xFE, 0x61, 0x00])),
        ("a UTF-8 byte order mark", Data([0xEF, 0xBB, 0xBF]) + Data("Ngày 18/6/2016\n".utf8)),
        ("only new lines", Data(repeating: 0x0A, count: 10_000)),
    ])
    func commandsSurviveHostileBytes(_ name: String, _ bytes: Data) throws {
        for arguments in [["tag"], ["tag", "--format", "jsonl"], ["tokenize"], ["normalize"]] {
            // `VinerBinary.run` sends a String; raw bytes go through a file.
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("viner-hostile-\(UUID().uuidString)")
            try bytes.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let output = try VinerBinary.run(arguments + [file.path])
            Self.expectClean(output, "\(arguments) on \(name)")
        }
    }

    /// A long single line costs time linear in its length (ratio of two sizes, not a time).
    @Test func tagTimeOnALongSingleLineIsLinear() throws {
        let piece = "Ngày 12/3/2024, Phó Chủ tịch UBND tỉnh Quảng Trị ký Quyết định số 512/QĐ-UBND, đạt 46,8%; "
        func seconds(_ count: Int) throws -> Double {
            let text = String(repeating: piece, count: count)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("viner-long-\(UUID().uuidString)")
            try Data(text.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let start = Date()
            let output = try VinerBinary.run(["tag", "--format", "jsonl", file.path])
            let elapsed = Date().timeIntervalSince(start)
            #expect(output.status == 0, "\(output.stderr.prefix(300))")
            return elapsed
        }
        let small = try seconds(800)      // about 100 KB
        let large = try seconds(3_200)    // about 400 KB
        #expect(large < 0.3 || large / small < 8, "100 KB took \(small)s, 400 KB \(large)s")
    }

    @Test(arguments: [("percent signs", "%"), ("digits and slashes", "1/2/"), ("combining marks", "\u{0301}")])
    func tagSurvivesALongRunOf(_ name: String, _ piece: String) throws {
        let text = "a" + String(repeating: piece, count: 200_000 / piece.utf8.count)
        let output = try VinerBinary.run(["tag", "--format", "jsonl"], stdin: text)
        Self.expectClean(output, name)
        #expect(output.status == 0, "\(name): \(output.stderr.prefix(300))")
        Self.expectJSONLines(output, name)
    }
}
