import Foundation
import Testing

/// `viner tokenize`, run as a process.
@Suite struct TokenizeCommandTests {
    @Test func textFormatFromStandardInput() throws {
        let output = try VinerBinary.run(["tokenize"], stdin: "Ở TT&TT đạt 83,7%.\n")
        #expect(output.status == 0)
        #expect(output.stdout == """
            0\t3\tword\tỞ
            4\t9\tabbreviation\tTT&TT
            10\t16\tword\tđạt
            17\t22\tpercent\t83,7%
            22\t23\tpunctuation\t.

            """)
    }

    @Test func jsonlHasScalarAndByteOffsets() throws {
        let input = "Ngày 18/6/2016 “Sở” 😀 a\"b\n"
        let output = try VinerBinary.run(["tokenize", "--format", "jsonl"], stdin: input)
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        let scalars = Array(input.unicodeScalars)
        let bytes = Array(input.utf8)
        var kinds: [String] = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            let utf8Start = try #require(object["utf8Start"] as? Int), utf8End = try #require(object["utf8End"] as? Int)
            // Python's text[start:end] and the byte range both give the token's text.
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == text)
            #expect(String(decoding: bytes[utf8Start..<utf8End], as: UTF8.self) == text)
            kinds.append(try #require(object["kind"] as? String))
        }
        #expect(kinds == ["word", "numericDate", "punctuation", "word", "punctuation", "symbol", "word", "punctuation", "word"])
    }

    @Test func readsAFileAndRejectsAMissingOne() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("viner-tokenize-\(UInt32.random(in: 0...UInt32.max)).txt")
        try Data("575/QĐ-UBND ngày 1-10-2024".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try VinerBinary.run(["tokenize", url.path])
        #expect(output.status == 0)
        #expect(output.stdout.split(separator: "\n").map { $0.split(separator: "\t")[2] } == ["documentNumber", "word", "numericDate"])
        let missing = try VinerBinary.run(["tokenize", url.path + ".missing"])
        #expect(missing.status != 0)
        #expect(!missing.stderr.isEmpty)
    }
}
