import Foundation
import Testing

/// Input edge cases for `viner tag` the other CLI suites do not cover: bad bytes at the very
/// start or end of a file, blank-only files in paragraph mode, texts that start with a
/// combining mark, empty JSONL texts on worker threads, and very long digit, slash and `-1-`
/// runs. Each must end with its documented status (0 or 65) and, on success, valid JSON lines.
@Suite struct EdgeInputCLITests {
    private func run(_ bytes: [UInt8], _ arguments: [String], suffix: String = ".txt") throws -> VinerBinary.Output {
        let path = try TempFile.write(bytes, suffix: suffix)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try VinerBinary.run(["tag", "--no-progress"] + arguments + [path])
    }

    private func records(_ output: VinerBinary.Output) throws -> [[String: Any]] {
        try output.stdout.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line.prefix(200))")
        }
    }

    static let modes: [[String]] = [["--format", "jsonl"], ["--format", "jsonl", "--paragraphs"], ["--format", "jsonl", "--paragraphs", "--jobs", "2"]]

    @Test(arguments: modes)
    func invalidUTF8AtTheVeryStartExits65(_ mode: [String]) throws {
        let output = try run([0xFF] + Array("Ngày 18/6/2016 tăng 5%".utf8), mode)
        PathologicalCLITests.expectClean(output, "invalid first byte")
        #expect(output.status == 65, "\(output.stderr)")
        #expect(output.stderr.contains("byte offset 0"), "\(output.stderr)")
    }

    @Test(arguments: modes)
    func aTruncatedScalarAtTheVeryEndExits65(_ mode: [String]) throws {
        let text = Array("Ngày 18/6/2016 tăng 5%".utf8)
        let output = try run(text + [0xE1, 0xBB], mode)
        PathologicalCLITests.expectClean(output, "truncated last scalar")
        #expect(output.status == 65, "\(output.stderr)")
        #expect(output.stderr.contains("byte offset \(text.count)"), "\(output.stderr)")
    }

    @Test(arguments: modes)
    func aNULAsTheLastByteIsBinaryData(_ mode: [String]) throws {
        let output = try run(Array("Ngày 18/6/2016".utf8) + [0x00], mode)
        #expect(output.status == 65, "\(output.stderr)")
        #expect(output.stderr.contains("binary"), "\(output.stderr)")
    }

    @Test(arguments: [[UInt8]("\n\n\n".utf8), [UInt8]("\r\n\r\n \t\r\n".utf8), [UInt8]("\r\r\r".utf8)])
    func blankOnlyInputGivesNoParagraphs(_ bytes: [UInt8]) throws {
        for jobs in ["1", "3"] {
            let output = try run(bytes, ["--format", "jsonl", "--paragraphs", "--jobs", jobs])
            #expect(output.status == 0, "\(output.stderr)")
            // `\r` alone is not a line break: three of them are one paragraph of control characters.
            let expected = bytes.contains(0x0A) ? 0 : 1
            #expect(try records(output).count == expected)
        }
    }

    @Test func crlfParagraphsWithoutAFinalNewline() throws {
        let output = try run(Array("Ngày 18/6/2016 tăng 5%\r\n\r\n\r\nÔng Lê Văn An đạt 7%".utf8), ["--format", "jsonl", "--paragraphs"])
        #expect(output.status == 0, "\(output.stderr)")
        let records = try records(output)
        #expect(records.map { $0["id"] as? String }.count == 2)
        // Offsets count from each paragraph's start, with the `\r` and blank lines left out.
        let spans = records.map { record in
            ((record["entities"] as? [[String: Any]]) ?? []).map { "\($0["text"] as? String ?? "?")@\($0["start"] as? Int ?? -1)-\($0["end"] as? Int ?? -1)" }
        }
        #expect(spans == [["Ngày 18/6/2016@0-14", "5%@20-22"], ["Lê Văn An@4-13", "7%@18-20"]])
    }

    @Test(arguments: ["\u{0301}", "\u{0301}\u{0300}\u{0323}", String(repeating: "\u{0301}", count: 20_000)])
    func combiningMarksAtTheStartOfTheText(_ marks: String) throws {
        for mode in Self.modes {
            let output = try run(Array((marks + "Ngày 18/6/2016 đạt 5%").utf8), mode)
            PathologicalCLITests.expectClean(output, "\(marks.unicodeScalars.count) leading marks")
            #expect(output.status == 0, "\(output.stderr.prefix(300))")
            let entities = try records(output).flatMap { ($0["entities"] as? [[String: Any]]) ?? [] }
            #expect(entities.contains { $0["type"] as? String == "PERCENT" })
        }
    }

    @Test(arguments: [("digits", String(repeating: "7", count: 10_000) + "% ngày " + String(repeating: "1", count: 10_000) + "/6/2016"),
                      ("a digit fraction", "tăng " + String(repeating: "9", count: 5_000) + "," + String(repeating: "5", count: 5_000) + "%"),
                      ("slashes", String(repeating: "/", count: 20_000)),
                      ("-1- runs", String(repeating: "-1-", count: 7_000)),
                      ("spaced percent signs", String(repeating: "% ", count: 10_000))])
    func longRunsEndCleanly(_ name: String, _ text: String) throws {
        for mode in [["--format", "jsonl"], ["--format", "json", "--roles"]] {
            let output = try run(Array(text.utf8), mode)
            PathologicalCLITests.expectClean(output, name)
            #expect(output.status == 0, "\(name): \(output.stderr.prefix(300))")
            if mode.contains("json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(output.stdout.utf8))) is [Any], "\(name): not a JSON array")
            } else {
                #expect(try records(output).count == 1)
            }
        }
    }

    /// `--format json` that stops at bad input still prints a closed array of the records before it.
    @Test(arguments: ["1", "2"])
    func jsonOutputStaysAnArrayWhenInputFails(jobs: String) throws {
        let bytes = Array("Ngày 18/6/2016 đạt 5%\n\nÔng Lê Văn An\n\n".utf8) + [0x61, 0xFF]
        let output = try run(bytes, ["--format", "json", "--paragraphs", "--jobs", jobs])
        #expect(output.status == 65, "\(output.stderr)")
        let array = try #require(try? JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [Any], "not a JSON array: \(output.stdout)")
        #expect(array.count == 2)
        let first = try run([0xFF], ["--format", "json", "--jobs", jobs])
        #expect(first.status == 65)
        #expect((try? JSONSerialization.jsonObject(with: Data(first.stdout.utf8))) as? [Any] != nil, "not a JSON array: \(first.stdout)")
    }

    @Test func emptyAndLargeJSONLTextsOnWorkerThreadsKeepOrder() throws {
        let big = String(repeating: "Ngày 18/6/2016, ông Lê Văn An đạt 83,7%. ", count: 3_000)
        var lines: [String] = []
        for i in 0..<40 {
            let text = i % 3 == 0 ? "" : (i % 7 == 0 ? big : "tăng \(i)%")
            lines.append(#"{"id": "d\#(i)", "text": "\#(text)"}"#)
        }
        let input = Array((lines.joined(separator: "\n") + "\n").utf8)
        let one = try run(input, ["--format", "jsonl", "--roles", "--jobs", "1"], suffix: ".jsonl")
        let three = try run(input, ["--format", "jsonl", "--roles", "--jobs", "3"], suffix: ".jsonl")
        #expect(one.status == 0 && three.status == 0, "\(three.stderr)")
        #expect(one.stdout == three.stdout)
        #expect(try records(three).map { $0["id"] as? String } == (0..<40).map { "d\($0)" })
    }
}

/// `viner tokenize` and `viner normalize` end bad input with the documented statuses of
/// `viner tag` (65 for binary data or invalid UTF-8, 66 for a missing file), not 1.
@Suite struct OtherCommandStatusTests {
    @Test(arguments: [["tokenize"], ["normalize"], ["normalize", "--encoding", "tcvn3"]])
    func badInputAndMissingFilesGiveTheDocumentedStatus(_ command: [String]) throws {
        let missing = try VinerBinary.run(command + ["/nonexistent/viner-missing.txt"])
        #expect(missing.status == 66, "\(command): \(missing.stderr)")
        #expect(missing.stderr.contains("viner-missing.txt"))
        guard command.count == 1 else { return }   // legacy 8-bit text takes any byte
        for (name, bytes) in [("NUL", Array("Ngày 18/6".utf8) + [0x00]), ("invalid UTF-8", [0xFF] + Array("Ngày 18/6".utf8))] {
            let path = try TempFile.write(bytes, suffix: ".txt")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let output = try VinerBinary.run(command + [path])
            #expect(output.status == 65, "\(command) on \(name): \(output.stderr)")
            #expect(output.stderr.hasPrefix("viner: "), "\(command) on \(name): \(output.stderr)")
        }
    }
}

/// Output that cannot be written ends with status 74 (`EX_IOERR`) and a message, not a silent 0.
@Suite struct OutputFailureTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskExits74() throws {
        _ = VinerBinary.ignoreSIGPIPE
        let input = try TempFile.write("Uỷ ban tỉnh Hoà Bình: ngày 18/6/2016, tỷ lệ đạt 83,7%.\n", suffix: ".txt")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let gold = try TempFile.write(#"{"id": "g1", "text": "Ngày 18/6/2016", "entities": [{"start": 0, "end": 14, "type": "DATE", "value": "2016-06-18"}]}"# + "\n",
                                      suffix: ".jsonl")
        defer { try? FileManager.default.removeItem(atPath: gold) }
        let commands = [["tag", "--format", "jsonl", "--no-progress", input], ["tokenize", input], ["normalize", input],
                        ["normalize", "--diff", input], ["normalize", "--detect", input], ["eval", "--gold", gold]]
        for command in commands {
            let process = Process()
            process.executableURL = VinerBinary.url
            process.arguments = command
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            let err = Pipe()
            process.standardError = err
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 74, "\(command): \(message)")
            #expect(message.contains("cannot write"), "\(command): \(message)")
        }
    }
}
