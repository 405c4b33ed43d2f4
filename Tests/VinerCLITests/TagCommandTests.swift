import Foundation
import Testing

/// Temporary files for CLI tests.
enum TempFile {
    static func write(_ bytes: [UInt8], suffix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("viner-test-\(UUID().uuidString)\(suffix)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func write(_ text: String, suffix: String) throws -> String {
        try write(Array(text.utf8), suffix: suffix)
    }
}

@Suite struct TagCommandTests {
    static let paragraph = "Sáng ngày 3/11/2025, ông Trần Văn Minh, Thứ trưởng Bộ KH&CN, cho biết tỷ lệ đạt 83,7%."

    static func jsonlInput(_ count: Int) -> String {
        (0..<count).map { i in
            #"{"id": "doc-\#(i)", "text": "Ngày \#(i % 28 + 1)/6/2016, tỷ lệ đạt \#(i),5%. Ông Lê Văn An, Giám đốc Sở TT&TT tỉnh Lai Châu."}"#
        }.joined(separator: "\n") + "\n"
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    private func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func jsonlInKeepsIdsAndOrder() throws {
        let output = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl"], stdin: Self.jsonlInput(50))
        #expect(output.status == 0)
        let ids = try lines(output.stdout).map { try object($0)["id"] as? String }
        #expect(ids == (0..<50).map { "doc-\($0)" })
    }

    @Test func jsonlFileIsDetectedByExtension() throws {
        let path = try TempFile.write(Self.jsonlInput(3), suffix: ".jsonl")
        let output = try VinerBinary.run(["tag", path, "--format", "jsonl"])
        #expect(output.status == 0)
        #expect(lines(output.stdout).count == 3)
    }

    @Test func twoJobsGiveTheSameOutputAsOne() throws {
        let input = Self.jsonlInput(300)
        let one = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl", "--jobs", "1"], stdin: input)
        let two = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl", "--jobs", "2"], stdin: input)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(lines(two.stdout).count == 300)
    }

    @Test(arguments: ["text", "jsonl", "json", "tsv", "conll", "spacy"])
    func everyFormatRuns(format: String) throws {
        let output = try VinerBinary.run(["tag", "--format", format, "--no-color"], stdin: Self.paragraph)
        #expect(output.status == 0, "\(output.stderr)")
        switch format {
        case "json":
            let parsed = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
            #expect((parsed as? [Any])?.count == 1)
        case "jsonl":
            #expect(try object(lines(output.stdout)[0])["entities"] is [Any])
        case "spacy":
            let record = try object(lines(output.stdout)[0])
            #expect(record["text"] as? String == Self.paragraph)
            #expect(record["ents"] is [Any])
        case "tsv":
            #expect(lines(output.stdout).first == "id\tstart\tend\ttype\ttext\tvalue")
        case "conll":
            let rows = lines(output.stdout).filter { !$0.hasPrefix("#") }
            #expect(rows.first == "Sáng\tO" || rows.first?.hasPrefix("Sáng\t") == true)
            #expect(rows.allSatisfy { $0.split(separator: "\t").count == 2 })
        default:
            #expect(output.stdout.contains("Trần Văn Minh"))
            #expect(!output.stdout.contains("\u{1B}["))   // piped: no colour
        }
    }

    @Test func emptyFileGivesNoRecordsAndNoError() throws {
        let path = try TempFile.write("", suffix: ".txt")
        let output = try VinerBinary.run(["tag", path, "--format", "jsonl"])
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty)
    }

    @Test func missingFileNamesItAndExits66() throws {
        let output = try VinerBinary.run(["tag", "/nonexistent/viner-missing.txt"])
        #expect(output.status == 66)
        #expect(output.stderr.contains("/nonexistent/viner-missing.txt"))
    }

    @Test func invalidUTF8NamesTheByteOffsetAndExits65() throws {
        let path = try TempFile.write(Array("Sở TT&TT\n".utf8) + [0x61, 0xC3, 0x28], suffix: ".txt")
        let output = try VinerBinary.run(["tag", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("byte offset 12"))
        #expect(output.stderr.contains("invalid UTF-8"))
    }

    @Test func lossyReplacesAndWarns() throws {
        let path = try TempFile.write(Array("Ngày 18/6/2016 ".utf8) + [0xFF], suffix: ".txt")
        let output = try VinerBinary.run(["tag", path, "--lossy", "--format", "jsonl"])
        #expect(output.status == 0)
        #expect(output.stderr.contains("warning"))
        #expect(lines(output.stdout).count == 1)
    }

    @Test func binaryFileIsRefused() throws {
        let path = try TempFile.write([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00], suffix: ".bin")
        let output = try VinerBinary.run(["tag", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("binary"))
    }

    @Test func badJSONLLineIsAnErrorNamingTheLine() throws {
        let input = #"{"id": "a", "text": "Ngày 1/1/2020"}"# + "\nnot json\n" + #"{"id": "c"}"# + "\n"
        let output = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl"], stdin: input)
        #expect(output.status == 65)
        #expect(output.stderr.contains(":2"))
    }

    @Test(arguments: ["1", "2"])
    func recordsBeforeABadLineAreStillWritten(jobs: String) throws {
        let input = Self.jsonlInput(70) + "not json\n" + Self.jsonlInput(5)
        let output = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl", "--jobs", jobs], stdin: input)
        #expect(output.status == 65)
        #expect(output.stderr.contains(":71"))
        #expect(try lines(output.stdout).map { try object($0)["id"] as? String } == (0..<70).map { "doc-\($0)" })
    }

    @Test func skipBadReportsAndCountsSkippedLines() throws {
        let input = #"{"id": "a", "text": "Ngày 1/1/2020"}"# + "\nnot json\n" + #"{"id": "c"}"# + "\n" + #"{"id": "d", "text": "x"}"# + "\n"
        let output = try VinerBinary.run(["tag", "--input", "jsonl", "--format", "jsonl", "--skip-bad"], stdin: input)
        #expect(output.status == 0)
        #expect(try lines(output.stdout).map { try object($0)["id"] as? String } == ["a", "d"])
        #expect(output.stderr.contains("skipped 2 bad input lines"))
    }

    @Test func paragraphsAreSeparateDocuments() throws {
        let output = try VinerBinary.run(["tag", "--paragraphs", "--format", "jsonl"], stdin: "Đoạn một.\n\n\nĐoạn hai.\nvẫn đoạn hai.\n\nĐoạn ba.")
        #expect(try lines(output.stdout).map { try object($0)["id"] as? String } == ["<stdin>#1", "<stdin>#2", "<stdin>#3"])
    }

    @Test func unknownTypeIsAUsageError() throws {
        let output = try VinerBinary.run(["tag", "--types", "DATE,NOPE"], stdin: "x")
        #expect(output.status == 64)
        #expect(output.stderr.contains("NOPE"))
    }
}

@Suite struct EvalCommandTests {
    @Test func scoresAGoldFileAndListsMistakes() throws {
        let gold = #"{"id": "g1", "text": "Ngày 18/6/2016 ông An đến.", "entities": [{"start": 0, "end": 14, "type": "DATE", "value": "2016-06-18"}, {"start": 19, "end": 21, "type": "PERSON", "ignore": true}]}"#
        let path = try TempFile.write(gold + "\n", suffix: ".jsonl")
        let output = try VinerBinary.run(["eval", "--gold", path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(report["documents"] as? Int == 1)
        let types = try #require(report["types"] as? [String: Any])
        #expect(types["ALL"] != nil)
        #expect(types["PERSON"] == nil)   // ignored gold is not scored
    }

    /// The bundled sample and its gold file (written for this project) stay in agreement.
    @Test func bundledSampleScoresWell() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let gold = root.appendingPathComponent("Samples/sample-gold.jsonl").path
        let output = try VinerBinary.run(["eval", "--gold", gold, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let all = try #require((report["types"] as? [String: Any])?["ALL"] as? [String: Any])
        let f1 = try #require((all["strict"] as? [String: Any])?["f1"] as? Double)
        #expect(f1 >= 0.9)
    }

    @Test func missingGoldFileExits66() throws {
        let output = try VinerBinary.run(["eval", "--gold", "/nonexistent/gold.jsonl"])
        #expect(output.status == 66)
    }
}
