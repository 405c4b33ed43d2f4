import Foundation
import Testing
@_spi(CLI) import Viner
@testable import VinerCLI

@Suite struct ByteWriterTests {
    private func written(_ body: (ByteWriter) -> Void) -> String {
        let out = ByteWriter(capacity: 1)   // grows on the way
        body(out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static let awkwardStrings: [String] = [
        "", "Sở TT&TT", "say \"hi\"", #"C:\path\to"#, "tab\there\nnew\rline",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }) + "\u{7F}",
        "mixed \u{1B}[1m ắ \\\" 😀 \u{0C}\u{08}", "\u{0}",
    ]

    @Test(arguments: awkwardStrings)
    func jsonStringsDecodeBackToTheSameText(_ text: String) throws {
        let encoded = written { $0.append(jsonString: text) }
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(encoded)]".utf8)) as? [String]
        #expect(decoded == [text])
        // Nothing below U+0020 is left raw, and non-ASCII text is copied, not \u-escaped.
        #expect(!encoded.unicodeScalars.contains { $0.value < 0x20 })
        #expect(encoded.unicodeScalars.filter { $0.value >= 0x80 }.count == text.unicodeScalars.filter { $0.value >= 0x80 }.count)
    }

    @Test func jsonEscapesUseTheShortFormsAndLowercaseHex() {
        #expect(written { $0.append(jsonString: "a\"b\\c\n\r\t\u{08}\u{0C}") } == #""a\"b\\c\n\r\t\b\f""#)
        #expect(written { $0.append(jsonString: "\u{0}\u{1B}\u{1F}") } == #""\u0000\u001b\u001f""#)
        #expect(written { $0.append(jsonString: "Đà Nẵng") } == "\"Đà Nẵng\"")
    }

    @Test(arguments: [0, 7, 9, 10, 99, 100, 12_345, -1, -10, -987_654, Int.max, Int.min])
    func decimalsMatchStringInit(_ value: Int) {
        #expect(written { $0.append(decimal: value) } == String(value))
    }

    @Test func zeroPaddingCountsTheSign() {
        #expect(written { $0.append(decimal: 7, zeroPaddedTo: 2) } == "07")
        #expect(written { $0.append(decimal: 2016, zeroPaddedTo: 4) } == "2016")
        #expect(written { $0.append(decimal: 12_345, zeroPaddedTo: 4) } == "12345")
        #expect(written { $0.append(decimal: -5, zeroPaddedTo: 4) } == "00-5")
    }

    static let datePoints: [DatePoint] = [
        DatePoint(year: 2016, month: 6, day: 18), DatePoint(year: 2008, month: 4), DatePoint(year: 2011),
        DatePoint(year: 2018, quarter: 3), DatePoint(year: 2018, half: 1), DatePoint(year: 2017, week: 5),
        DatePoint(month: 6, day: 21), DatePoint(month: 6), DatePoint(), DatePoint(year: 987, month: 12, day: 1),
        DatePoint(year: 2016, month: 6, day: 18, time: TimeOfDay(hour: 21, minute: 26)),
        DatePoint(year: 2016, month: 6, day: 18, time: TimeOfDay(hour: 7, minute: 3, second: 9)),
        DatePoint(month: 1, day: 2, time: TimeOfDay(hour: 24)),
    ]

    @Test func isoDatesMatchTheLibrary() {
        for start in Self.datePoints {
            let single = DateValue(start)
            #expect(written { $0.append(iso: single) } == single.iso)
            for end in Self.datePoints.prefix(4) {
                let range = DateValue(from: start, to: end)
                #expect(written { $0.append(iso: range) } == range.iso)
            }
        }
    }

    @Test(arguments: [95.0, 83.7, -11, 0, -0.0, 0.5, 1e-7, 1e15, 1e20, 123_456.789])
    func percentNumbersMatchTheLibrary(_ value: Double) {
        #expect(written { $0.append(number: value) } == LabeledSpan.canonicalNumber(value))
        let range = EntityValue.percent(.range(value, value + 1))
        #expect(written { $0.append(jsonValue: range) } == LabeledSpan.canonicalValue(range))
        #expect(written { $0.append(canonicalValue: .percent(.value(value))) } == LabeledSpan.canonicalValue(.percent(.value(value))))
    }

    @Test func shortDecimalsMatchSwiftDescription() {
        for hundredths in -200_000...200_000 where hundredths % 100 != 0 {
            let value = Double(hundredths) / 100
            #expect(written { $0.append(number: value) } == String(value))
        }
        // Spread-out hundredths up to ±10⁹ (a fixed multiplicative sequence, same every run).
        for step in 0..<20_000 {
            let hundredths = (step &* 2_654_435_761) % 199_999_999_999 - 99_999_999_999
            let value = Double(hundredths) / 100
            #expect(written { $0.append(number: value) } == LabeledSpan.canonicalNumber(value))
        }
    }

    @Test func otherNumbersFallBackToTheLibrary() {
        for value in [1.0 / 3, 0.001, 1e-7, 2.5e9, 123.456, -0.125, .infinity, -.infinity] {
            #expect(written { $0.append(number: value) } == LabeledSpan.canonicalNumber(value))
        }
        #expect(written { $0.append(shortDecimal: 1.0 / 3) } == "")
        #expect(!ByteWriter().append(shortDecimal: 0.001))
        #expect(ByteWriter().append(shortDecimal: -0.25))
    }

    @Test func jsonValuesQuoteDatesAndNames() {
        #expect(written { $0.append(jsonValue: .date(DateValue(DatePoint(year: 2016, month: 6, day: 18)))) } == "\"2016-06-18\"")
        #expect(written { $0.append(jsonValue: .name("Sở \"A\"")) } == #""Sở \"A\"""#)
        #expect(written { $0.append(canonicalValue: .name("Sở \"A\"")) } == "Sở \"A\"")
    }

    /// The String-based cleaning the TSV and CoNLL renderers used before (Character-wise).
    private func characterClean(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    @Test(arguments: ["plain", "a\tb", "a\nb", "a\rb", "a\r\nb", "\r", "\n\r", "\r\r\n\t", "Sở\tTT\n"])
    func tsvFieldsMatchCharacterWiseCleaning(_ text: String) {
        #expect(written { $0.append(tsvField: text) } == characterClean(text))
    }
}
