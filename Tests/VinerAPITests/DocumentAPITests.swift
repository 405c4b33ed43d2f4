import Testing
import Viner

@Suite struct DocumentAPITests {
    static let recognizer = try! EntityRecognizer()

    @Test func rangesSliceTheDocumentText() {
        let document = Self.recognizer.document("Ngày 18/6/2016, Sở TT&TT Lai Châu đạt 83,7% 😀 kế hoạch.")
        #expect(!document.entities.isEmpty)
        for entity in document.entities {
            #expect(String(document.text[document.range(of: entity)]) == entity.text)
            #expect(String(document.text(of: entity)) == entity.text)
        }
    }

    /// Normalisation (NFD input, old tone placement) changes lengths; ranges still point into
    /// the caller's text.
    @Test func rangesPointIntoTheOriginalTextAfterNormalisation() throws {
        let nfd = "Ủy ban nhân dân tỉnh Hòa Bình".decomposedForTest + " họp ngày 18/6/2016."
        let document = Self.recognizer.document(nfd)
        let date = try #require(document.entities(of: .date).first)
        #expect(String(document.text[document.range(of: date)]) == "ngày 18/6/2016")
        let agency = try #require(document.entities(of: .agency).first)
        #expect(String(document.text[document.range(of: agency)]) == agency.text)
        #expect(agency.text.unicodeScalars.count > "Ủy ban nhân dân tỉnh Hòa Bình".unicodeScalars.count)
    }

    @Test func substringOffsetsCountFromItsStartAndIndicesAreTheBaseStrings() throws {
        let text = "Mở đầu.\nĐạt 83,7% kế hoạch."
        let line = text.split(separator: "\n")[1]
        let entity = try #require(Self.recognizer.recognize(line).first)
        #expect(entity.scalarRange == 4..<9)
        #expect(text[entity.range(in: line)] == "83,7%")
        #expect(line[entity.range(in: line)] == "83,7%")
        #expect(Self.recognizer.recognize(line) == Self.recognizer.recognize(String(line)))
    }

    @Test func utf16RangesCountSurrogatePairs() throws {
        let document = Self.recognizer.document("😀😀 đạt 83,7%")
        let percent = try #require(document.entities(of: .percent).first)
        #expect(percent.scalarRange == 7..<12)
        #expect(document.utf16Range(of: percent) == 9..<14)
        let utf16 = Array(document.text.utf16)[9..<14]
        #expect(String(decoding: utf16, as: UTF16.self) == "83,7%")
    }

    @Test func entityAtAnIndexOrOffset() {
        let document = Self.recognizer.document("Tỷ lệ đạt 83,7%.")
        let percentIndex = document.text.firstIndex(of: "%")!
        #expect(document.entity(at: percentIndex)?.type == .percent)
        #expect(document.entity(at: document.text.startIndex) == nil)
        #expect(document.entity(atUTF8Offset: 10_000) == nil)
    }

    @Test func utf8BytesGiveByteOffsetsIntoThem() throws {
        let bytes = Array("Sở đạt 83,7%.".utf8)
        let entities = try Self.recognizer.recognize(utf8: bytes)
        let percent = try #require(entities.first { $0.type == .percent })
        #expect(String(decoding: bytes[percent.utf8Range], as: UTF8.self) == "83,7%")
        #expect(try Self.recognizer.document(utf8: bytes).entities == entities)
    }

    @Test func invalidUTF8IsReportedWithItsOffset() {
        var bytes = Array("Đạt 83,7%".utf8)   // Đ 2 bytes, ạ 3 bytes
        bytes.insert(0xFF, at: 5)
        #expect(throws: InvalidUTF8Error(byteOffset: 5)) { try Self.recognizer.recognize(utf8: bytes) }
        bytes.remove(at: 5)
        bytes.remove(at: 3)                    // ạ cut short
        #expect(throws: InvalidUTF8Error(byteOffset: 2)) { try Self.recognizer.recognize(utf8: bytes) }
        #expect(throws: InvalidUTF8Error(byteOffset: 1)) { try Self.recognizer.document(utf8: [0x61, 0xC3]) }
        #expect(InvalidUTF8Error(byteOffset: 4).description == "invalid UTF-8 at byte 4")
    }

    @Test func rolesOfAPerson() throws {
        let document = Self.recognizer.document("Ông Nguyễn Văn An, Giám đốc Sở Tư pháp, và bà Lò Thị Mai, Phó Giám đốc Sở Nội vụ, dự họp.")
        let persons = document.entities(of: .person)
        #expect(persons.map(\.text) == ["Nguyễn Văn An", "Lò Thị Mai"])
        #expect(document.roles(of: persons[0]).map(\.title.text) == ["Giám đốc"])
        #expect(document.roles(of: persons[1]).map(\.title.text) == ["Phó Giám đốc"])
        #expect(document.roles(ofPersonNamed: "Nguyễn Văn An").map(\.agency?.text) == ["Sở Tư pháp"])
        #expect(document.roles(ofPersonNamed: "Nguyễn Văn").isEmpty)
        // Roles are the library's role linking over the same entities.
        #expect(document.roles == Self.recognizer.roles(linking: document.entities, in: document.text))
    }

    @Test func documentKeepsItsReferenceDate() throws {
        let reference = try CalendarDate(year: 2020, month: 1, day: 1)
        let document = Self.recognizer.document("Năm ngoái tăng 5%.", referenceDate: reference)
        #expect(document.referenceDate == reference)
        #expect(document.entities(of: .date).first?.dateValue?.iso == "2019")
        #expect(Self.recognizer.document("Năm ngoái tăng 5%.").entities(of: .date).first?.dateValue == nil)
    }

    @Test func emptyTextGivesAnEmptyDocument() {
        let document = Self.recognizer.document("")
        #expect(document.entities.isEmpty && document.roles.isEmpty && document.text.isEmpty)
    }
}

extension String {
    /// NFD by hand for the few letters the tests use (no Foundation).
    var decomposedForTest: String {
        let table: [Character: String] = ["Ủ": "U\u{309}", "ò": "o\u{300}", "ì": "i\u{300}", "ỉ": "i\u{309}"]
        return String(flatMap { table[$0].map(Array.init) ?? [$0] })
    }
}
