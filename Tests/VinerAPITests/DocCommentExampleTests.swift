import Testing
import Viner

/// A sample of the examples in the public doc comments, run as written.
@Suite struct DocCommentExampleTests {
    static let recognizer = try! EntityRecognizer()
    static let tokenizer = try! Tokenizer()

    @Test func recognizer() throws {
        let entities = Self.recognizer.recognize("Hôm qua, UBND tỉnh Lai Châu họp.",
                                                 referenceDate: try CalendarDate(year: 2016, month: 6, day: 18))
        #expect(entities.map(\.text) == ["Hôm qua", "UBND tỉnh Lai Châu"])
        #expect(entities[0].dateValue?.iso == "2016-06-17")
    }

    @Test func tokenizer() {
        #expect(Self.tokenizer.strings(in: "Đạt 83,7%.") == ["Đạt", "83,7%", "."])
        #expect(Self.tokenizer.tokens(in: "Ngày 18/6/2016 đạt 83,7%").map(\.kind) == [.word, .numericDate, .word, .percent])
        #expect(Self.tokenizer.tokens(in: "Sở TT&TT").count == 2)
        #expect(Self.tokenizer.tokens(in: "UBND")[0].flags.contains(.allCaps))
        let text = "Sở TT&TT"
        #expect(Self.tokenizer.tokens(in: text).map { $0.text(in: text) } == ["Sở", "TT&TT"])
        let token = Token(start: 0, end: 3, kind: .word, flags: .capitalized)
        #expect(token.start == 0 && token.end == 3 && token.byteCount == 3 && token.byteRange == 0..<3)
    }

    @Test func normalizer() {
        #expect(Normalizer(options: NormalizationOptions(folding: .all, lowercase: true)).normalize("Hòa Bình").text == "hoa binh")
        #expect(Normalizer(options: NormalizationOptions(form: .nfd)).normalize("Việt").text.unicodeScalars.count == 6)
        #expect(Normalizer(options: NormalizationOptions(toneStyle: .modern)).normalize("Hòa").text == "Hoà")
        #expect(Normalizer(options: NormalizationOptions(folding: .tones)).normalize("Việt").text == "Viêt")
        #expect(Normalizer.detectEncoding("Việt Nam").encoding == .unicode)
        let map = OffsetMap(edits: [.init(normalized: 0..<2, original: 0..<3)], originalLength: 10, normalizedLength: 9)
        #expect(map.originalOffset(forNormalized: 5) == 6)
        #expect(map.originalOffset(forNormalized: 1) == 0)
        #expect(map.originalOffset(forNormalized: 1, roundingUp: true) == 3)
    }

    @Test func lexicon() throws {
        #expect(Lexicon.builtIn.contains("Giám đốc", as: .title))
        #expect(!Lexicon.builtIn.contains("giam doc", as: .agency))
        #expect(try Lexicon.parse(tsv: "TGĐ\ttitle\tTổng Giám đốc", fileName: "mine.tsv")[0].value == "Tổng Giám đốc")
        #expect(LexiconError(fileName: "mine.tsv", line: 3, message: "unknown kind").description == "mine.tsv:3: unknown kind")
    }

    @Test func values() throws {
        #expect(DateValue(DatePoint(year: 2018, half: 1)).iso == "2018-H1")
        #expect(DateValue(from: DatePoint(year: 2011), to: DatePoint(year: 2015)).iso == "2011/2015")
        #expect(DatePoint(iso: "2018-13") == nil)
        #expect(TimeOfDay(hour: 7, minute: 30, second: 15)?.description == "07:30:15")
        #expect(TimeOfDay(hour: 24, minute: 1) == nil)
        let quarter = try #require(DateValue(iso: "2018-Q3")?.dateInterval())
        #expect(quarter.duration / 86_400 == 92)
        #expect(ICUError(code: 1, operation: "ubrk_open").name == "U_ILLEGAL_ARGUMENT_ERROR")
        #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
    }
}
