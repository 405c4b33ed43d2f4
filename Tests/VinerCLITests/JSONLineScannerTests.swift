import Foundation
import Testing
import Viner
@testable import VinerCLI

/// The byte-level JSONL scanner against `JSONSerialization` (the parser it stands in for).
@Suite struct JSONLineScannerTests {
    static let source = SourcePosition(file: "batch.jsonl", line: 3, lineOffset: 120)

    /// The document Foundation makes of `line`.
    static func foundation(_ line: String) throws(CLIError) -> InputDocument {
        try JSONLDocumentParser.parse(Array(line.utf8), source: source, defaultID: "batch.jsonl:3")
    }

    /// The error (or nil) of parsing `line` through the public entry point and through Foundation.
    static func errors(_ line: String) -> (fast: CLIError?, foundation: CLIError?) {
        var fast: CLIError?
        var slow: CLIError?
        do { _ = try JSONLDocumentParser.parse(line, source: source, defaultID: "batch.jsonl:3") } catch { fast = error }
        do { _ = try foundation(line) } catch { slow = error }
        return (fast, slow)
    }

    @Test func readsTheCommonLine() {
        let fields = JSONLineScanner.scan(#"{"id": "tin-1", "text": "Ông Nguyễn Văn Bảy đến Cần Thơ", "reference_date": "2022-08-15"}"#)
        #expect(fields == JSONLineFields(text: "Ông Nguyễn Văn Bảy đến Cần Thơ", id: "tin-1", referenceDate: "2022-08-15"))
    }

    @Test func resolvesEscapesAndSurrogatePairs() {
        let fields = JSONLineScanner.scan(#"{"text": "Qu\u1ea3ng Nam \ud83c\udf3e \"l\u00faa\"\n\t\/\\"}"#)
        #expect(fields.map { Array($0.text.utf8) } == Array("Quảng Nam 🌾 \"lúa\"\n\t/\\".utf8))
    }

    @Test(arguments: [("7", "7"), ("-42", "-42"), ("0", "0"), ("123456789012345678", "123456789012345678")])
    func keepsPlainIntegerIDsAsFoundationWritesThem(_ written: String, _ expected: String) throws {
        let line = #"{"id": \#(written), "text": "x"}"#
        #expect(JSONLineScanner.scan(line)?.id == expected)
        #expect(try Self.foundation(line).id == expected)
    }

    @Test(arguments: ["7.0", "1e3", "-0", "1.5", "true", "null", "[1]", "{}", "1234567890123456789"])
    func leavesOtherIDsToFoundation(_ written: String) throws {
        let line = #"{"id": \#(written), "text": "x"}"#
        #expect(JSONLineScanner.scan(line) == nil)
        let viaEntryPoint = try JSONLDocumentParser.parse(line, source: Self.source, defaultID: "batch.jsonl:3")
        #expect(viaEntryPoint.id == (try Self.foundation(line)).id)
    }

    @Test(arguments: [
        #"{"text": "a", "text": "b"}"#,                        // repeated member
        "{\"text\": \"\u{FEFF}mark\"}",                        // raw U+FEFF (Foundation drops it here)
        "{\"\u{FEFF}text\": \"mark\"}",
        "{\"text\": \"a\", \"id\": \"\\n\u{FEFF}b\"}",
        #"{"text": "x", "entities": []}"#,                     // gold data
        #"{"text": "a",}"#,                                    // trailing comma: Foundation accepts it
        #"{"text": "a", "n": 1e308}"#,                         // near the Double limit
        #"{"text": "a", "n": 2e308}"#,                         // beyond it: Foundation rejects
        "{\"text\": \"a\", \"n\": 1\(String(repeating: "0", count: 400))}",
        #"{"text": "x", "reference_date": 20220815}"#,         // date not a string
        #"{"text": "a\ud800b"}"#,                              // lone high surrogate
        #"{"text": "a\udc00b"}"#,                              // lone low surrogate
        #"{"text": "a", "deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
    ])
    func leavesUnusualLinesToFoundation(_ line: String) {
        #expect(JSONLineScanner.scan(line) == nil)
        let (fast, slow) = Self.errors(line)
        #expect(fast?.message == slow?.message)
    }

    @Test(arguments: [
        #"{"text": "cắt ngang"#,                              // truncated
        #"{"text": "a"} thừa"#,                                // trailing garbage
        #"{"text": "a"}}"#,
        #"{"text": "a" "id": "b"}"#,                           // missing comma
        #"{"text": "a", "n": 01}"#,                            // leading zero
        #"{"text": "a", "n": 1.}"#,
        #"{"text": "a", "n": -}"#,
        #"{"text": "a", "n": tru}"#,
        #"{"text": "a", "n": "\x"}"#,                          // bad escape
        #"{"text": "a", "n": "\u12G4"}"#,
        "{\"text\": \"tab\there\"}",                           // raw control character
        #"["text"]"#,                                          // not an object
        #""text""#,
        #"{"id": "only"}"#,                                    // missing text
        #"{"text": 12}"#,                                      // text not a string
        #"{"text": null}"#,
        "",
    ])
    func rejectsWithFoundationsMessage(_ line: String) {
        #expect(JSONLineScanner.scan(line) == nil)
        let (fast, slow) = Self.errors(line)
        #expect(fast != nil)
        #expect(fast?.message == slow?.message)
        #expect(fast?.exitCode == ExitStatus.dataError)
        #expect(fast?.message.hasPrefix("batch.jsonl:3 (byte offset 120): ") == true)
    }

    @Test func decodesKeysWrittenWithEscapes() throws {
        let line = #"{"t\u0065xt": "escaped key", "\u0069d": 5}"#
        #expect(JSONLineScanner.scan(line) == JSONLineFields(text: "escaped key", id: "5"))
        #expect(try Self.foundation(line).id == "5")
    }

    @Test func anImpossibleReferenceDateIsStillAnError() {
        let line = #"{"text": "x", "reference_date": "2022-02-30"}"#
        let (fast, slow) = Self.errors(line)
        #expect(fast?.message == "batch.jsonl:3 (byte offset 120): reference_date \"2022-02-30\" is not YYYY-MM-DD")
        #expect(fast?.message == slow?.message)
    }

    @Test func invalidJSONKeepsTheNotAnObjectPrefix() {
        for line in [#"{"text": "a"#, #"{"text": "a"} x"#, "{\"text\": \"a\u{1}\"}"] {
            #expect(Self.errors(line).fast?.message.hasPrefix("batch.jsonl:3 (byte offset 120): not a JSON object: ") == true)
        }
    }

    @Test func wordTestAgreesWithTheByteTest() {
        func plainByte(_ byte: UInt8) -> Bool { byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0xEF }
        var random = SplitMix64(state: 7)
        for round in 0..<20_000 {
            var word = random.next()
            if round % 2 == 0 {   // every byte value in every position, among plain neighbours
                word = 0x6161_6161_6161_6161
                let shift = UInt64(round / 2 % 8) * 8
                word = word & ~(0xFF << shift) | UInt64(round / 16 % 256) << shift
            }
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
            #expect(JSONLineScanner.Cursor.isPlain(word) == bytes.allSatisfy(plainByte))
        }
    }

    @Test func agreesWithFoundationOnGeneratedLines() throws {
        var generator = LineGenerator(seed: 0x5EED_1234)
        var scanned = 0
        for _ in 0..<3000 {
            let line = generator.line()
            let expected: InputDocument
            do { expected = try Self.foundation(line) } catch {
                Issue.record("Foundation rejected \(line): \(error)")
                continue
            }
            guard let fields = JSONLineScanner.scan(line) else {
                // Only a raw U+FEFF (which Foundation sometimes drops) may send a line there.
                #expect(line.unicodeScalars.contains("\u{FEFF}"), "scanner gave up on \(line)")
                continue
            }
            scanned += 1
            #expect(Array(fields.text.utf8) == Array(expected.text.utf8), "\(line)")
            #expect(Array((fields.id ?? "batch.jsonl:3").utf8) == Array(expected.id.utf8), "\(line)")
            #expect(fields.referenceDate.flatMap(CalendarDate.init(iso:)) == expected.referenceDate, "\(line)")
        }
        #expect(scanned > 2000)
    }

    @Test func agreesWithFoundationOnTruncatedLines() {
        var generator = LineGenerator(seed: 42)
        var rejected = 0
        for _ in 0..<300 {
            let bytes = Array(generator.line().utf8)
            let cut = Int.random(in: 1..<bytes.count, using: &generator.random)
            // Only cuts after the last byte of a scalar: the rest is still valid UTF-8.
            let prefix = String(decoding: bytes[..<cut], as: UTF8.self)
            guard prefix.utf8.elementsEqual(bytes[..<cut]) else { continue }
            let (fast, slow) = Self.errors(prefix)
            #expect(fast?.message == slow?.message, "\(prefix)")
            if JSONLineScanner.scan(prefix) == nil { rejected += 1 }
        }
        #expect(rejected > 200)
    }
}
