import Testing
import Viner

/// The examples of the DocC articles (Sources/Viner/Viner.docc), run as written.
@Suite struct ArticleExampleTests {
    static let recognizer = try! EntityRecognizer()

    @Test func gettingStarted() {
        let text = "Ngày 18/6/2016, ông Nguyễn Văn An, Giám đốc Sở TT&TT tỉnh Lai Châu, cho biết tỷ lệ đạt 83,7%."
        let lines = Self.recognizer.recognize(text).map { entity in
            "\(entity.type) \(text[entity.range(in: text)]) \(entity.value?.description ?? "")"
        }
        #expect(lines == ["DATE Ngày 18/6/2016 2016-06-18", "PERSON Nguyễn Văn An ", "TITLE Giám đốc ",
                          "AGENCY Sở TT&TT tỉnh Lai Châu Sở Thông tin và Truyền thông tỉnh Lai Châu", "PERCENT 83,7% 83.7"])
        #expect(Normalizer().normalize("Ủy ban nhân dân tỉnh Hoà Bình").text == "Ủy ban nhân dân tỉnh Hòa Bình")
    }

    @Test func recognisingEntities() throws {
        let document = Self.recognizer.document("Ngày 18/6/2016, UBND tỉnh Lai Châu đạt 83,7% kế hoạch.")
        #expect(document.entities.map { String(document.text(of: $0)) } == ["Ngày 18/6/2016", "UBND tỉnh Lai Châu", "83,7%"])
        #expect(document.entities(of: .date).first?.dateValue?.iso == "2016-06-18")
        #expect(document.entities(of: .agency).first?.expandedName == "Ủy ban nhân dân tỉnh Lai Châu")
        #expect(document.entities(of: .percent).first?.percentValue?.doubleValue == 83.7)
        let reference = try CalendarDate(year: 2016, month: 6, day: 18)
        #expect(Self.recognizer.recognize("Hôm qua trời mưa.", referenceDate: reference).first?.dateValue?.iso == "2016-06-17")
    }

    @Test func roles() {
        let document = Self.recognizer.document("Ông Nguyễn Văn An, Giám đốc Sở Tư pháp, và bà Lò Thị Mai, Phó Giám đốc Sở Nội vụ, dự họp.")
        let lines = document.roles.map { "\($0.person?.text ?? "-") | \($0.title.text) | \($0.agency?.text ?? "-")" }
        #expect(lines == ["Nguyễn Văn An | Giám đốc | Sở Tư pháp", "Lò Thị Mai | Phó Giám đốc | Sở Nội vụ"])
        #expect(document.roles(ofPersonNamed: "Lò Thị Mai").map(\.agency?.text) == ["Sở Nội vụ"])
    }

    static let viqr = "Nga`y 18/6/2016, So+? Tu+ pha'p ti?nh Lai Cha^u ho.p."

    @Test func normalisingLegacyText() throws {
        #expect(Normalizer().normalize("Uỷ ban nhân dân tỉnh Hoà Bình").text == "Ủy ban nhân dân tỉnh Hòa Bình")
        #expect(Normalizer(options: NormalizationOptions(encoding: .viqr)).normalize("Vie^.t Nam").text == "Việt Nam")
        let found = Normalizer.detectEncoding(Self.viqr)
        #expect(found.encoding == .viqr)
        #expect(found.confidence >= Normalizer.autoDetectionThreshold)
        let legacy = try EntityRecognizer(normalizer: Normalizer(options: NormalizationOptions(encoding: .auto)))
        let lines = legacy.recognize(Self.viqr).map { "\($0.type) \($0.text) \($0.value?.description ?? "")" }
        #expect(lines == ["DATE Nga`y 18/6/2016 2016-06-18", "AGENCY So+? Tu+ pha'p ti?nh Lai Cha^u "])
        // Unicode text is never converted by `.auto`.
        #expect(legacy.recognize("Ngày 18/6/2016").map(\.text) == ["Ngày 18/6/2016"])
    }

    @Test func customLexicons() throws {
        let tsv = """
            # mine.tsv
            Trung tâm Phục vụ hành chính công\tagency
            TTPVHCC\tagency\tTrung tâm Phục vụ hành chính công
            """
        let text = "TTPVHCC đã tiếp nhận hồ sơ."
        #expect(Self.recognizer.recognize(text).first { $0.type == .agency } == nil)
        let recognizer = try EntityRecognizer(lexicon: try Lexicon.builtIn.adding(tsv: tsv, fileName: "mine.tsv"))
        #expect(recognizer.recognize(text).first?.expandedName == "Trung tâm Phục vụ hành chính công")
        #expect(throws: LexiconError.self) { try Lexicon.builtIn.adding(tsv: "Sở Y tế\tagencyy", fileName: "mine.tsv") }
        do {
            _ = try Lexicon.builtIn.adding(tsv: "Sở Y tế\tagencyy", fileName: "mine.tsv")
        } catch {
            #expect(error.description.hasPrefix("mine.tsv:1: "))
        }
    }
}
