import Foundation
import Testing
@testable import VinerCLI

/// `--paragraphs` input: texts, and errors that name the line and byte of the bad input.
@Suite struct ParagraphInputTests {
    private func texts(_ stdout: String) throws -> [String] {
        try stdout.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["text"] as? String)
        }
    }

    @Test func linesJoinWithNewlinesAndCRLFIsStripped() throws {
        let input = "  \t\nDòng một\r\nDòng hai\r\n \t \r\n\r\nBa \n"
        let output = try VinerBinary.run(["tag", "--paragraphs", "--format", "spacy"], stdin: input)
        #expect(output.status == 0)
        #expect(try texts(output.stdout) == ["Dòng một\nDòng hai", "Ba "])
    }

    @Test func invalidUTF8NamesItsLineAndByteOffset() throws {
        // Line 4 starts at byte 26 ("Đoạn một.\n" is 15 bytes, "\n" 1, "Dòng hai\n" 10).
        let path = try TempFile.write(Array("Đoạn một.\n\nDòng hai\nab".utf8) + [0xC3, 0x28] + Array("\ncuối\n".utf8), suffix: ".txt")
        let output = try VinerBinary.run(["tag", "--paragraphs", "--format", "jsonl", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("\(path):4 (byte offset 28): invalid UTF-8"))
        #expect(output.stdout.contains("#1"))   // the paragraph before the bad one is still tagged
    }

    @Test func theFirstBadLineWinsEvenWhenALaterOneHasANUL() throws {
        let path = try TempFile.write(Array("xin".utf8) + [0xFF] + Array("\nchào".utf8) + [0x00] + Array("\n".utf8), suffix: ".txt")
        let output = try VinerBinary.run(["tag", "--paragraphs", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("\(path):1 (byte offset 3): invalid UTF-8"))
    }

    @Test func aNULLineIsBinaryData() throws {
        let path = try TempFile.write(Array("xin chào\nab".utf8) + [0x00] + Array("\n".utf8), suffix: ".txt")
        let output = try VinerBinary.run(["tag", "--paragraphs", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("\(path):2 (byte offset 12): binary data"))
    }

    @Test func lossyWarnsPerLineAndReplaces() throws {
        let path = try TempFile.write(Array("a".utf8) + [0xFF] + Array("\nb".utf8) + [0xC3] + Array("\n\nc\n".utf8), suffix: ".txt")
        let output = try VinerBinary.run(["tag", "--paragraphs", "--lossy", "--format", "spacy", path])
        #expect(output.status == 0)
        #expect(output.stderr.contains("\(path):1 (byte offset 1): invalid UTF-8 replaced"))
        #expect(output.stderr.contains("\(path):2 (byte offset 4): invalid UTF-8 replaced"))
        #expect(try texts(output.stdout) == ["a\u{FFFD}\nb\u{FFFD}", "c"])
    }
}
