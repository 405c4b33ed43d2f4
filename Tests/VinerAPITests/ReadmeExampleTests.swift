import Testing
import Viner

/// The four things issue 15 asks a new package to do with only `import Viner`, each in a few
/// lines, exactly as README.md "Use it from Swift" shows them.
@Suite struct ReadmeExampleTests {
    static let file = """
        Ngày 18/6/2016, UBND tỉnh Lai Châu họp.
        Bà Lò Thị Mai, Phó Giám đốc Sở Nội vụ tỉnh Sơn La, cho biết tỷ lệ đạt 83,7%.

        Hôm qua trời mưa.
        """

    /// 1. Tag the lines of a file given as `Substring`s and print each entity's text by
    /// slicing the caller's string with its `String.Index` range.
    @Test func tagLinesAsSubstringsAndSliceTheCallersString() throws {
        let recognizer = try EntityRecognizer()
        let text = Self.file
        var printed: [String] = []
        for line in text.split(separator: "\n") {
            for entity in recognizer.recognize(line) {
                printed.append("\(entity.type) \(text[entity.range(in: line)])")
            }
        }
        #expect(printed == ["DATE Ngày 18/6/2016", "AGENCY UBND tỉnh Lai Châu", "PERSON Lò Thị Mai", "TITLE Phó Giám đốc",
                            "AGENCY Sở Nội vụ tỉnh Sơn La", "PERCENT 83,7%", "DATE Hôm qua"])
    }

    /// 2. List a document's roles without passing the text twice.
    @Test func listADocumentsRoles() throws {
        let recognizer = try EntityRecognizer()
        let document = recognizer.document(Self.file)
        let roles = document.roles.map { "\($0.person?.text ?? "-") | \($0.title.text) | \($0.agency?.text ?? "-")" }
        #expect(roles == ["Lò Thị Mai | Phó Giám đốc | Sở Nội vụ tỉnh Sơn La"])
        #expect(document.roles(ofPersonNamed: "Lò Thị Mai").count == 1)
        #expect(document.roles(ofPersonNamed: "Lò Thị").isEmpty)
    }

    /// README's first example, as written.
    @Test func readmeDocumentExample() throws {
        let recognizer = try EntityRecognizer()
        let text = "Ngày 18/6/2016, bà Lò Thị Mai, Phó Giám đốc Sở Nội vụ tỉnh Sơn La, cho biết tỷ lệ đạt 83,7%."
        let document = recognizer.document(text)
        let lines = document.entities.map { "\($0.type) \(text[$0.range(in: text)]) \($0.value?.description ?? "")" }
        #expect(lines == ["DATE Ngày 18/6/2016 2016-06-18", "PERSON Lò Thị Mai ", "TITLE Phó Giám đốc ",
                          "AGENCY Sở Nội vụ tỉnh Sơn La ", "PERCENT 83,7% 83.7"])
        #expect(document.roles.map { "\($0.person?.text ?? "-") \($0.title.text) \($0.agency?.text ?? "-")" }
                == ["Lò Thị Mai Phó Giám đốc Sở Nội vụ tỉnh Sơn La"])
        #expect(document.roles(ofPersonNamed: "Lò Thị Mai").count == 1)
        let bytes = Array(text.utf8)
        #expect(try recognizer.recognize(utf8: bytes) == document.entities)
        let records = [(id: "a", text: text), (id: "b", text: "UBND tỉnh Lai Châu")]
        let tagged = Array(OrderedParallelMap(records, jobs: 4) { (id: $0.id, document: recognizer.document($0.text)) })
        #expect(tagged.map(\.id) == ["a", "b"])
        #expect(tagged[1].document.entities.first?.expandedName == "Ủy ban nhân dân tỉnh Lai Châu")
    }

    static func article(_ i: Int) -> String {
        "Văn bản số \(i): ngày \(i % 28 + 1)/\(i % 12 + 1)/20\(10 + i % 15), tỷ lệ đạt \(i % 100)%."
    }

    /// 3. Tag 10,000 documents in parallel, in input order, with the batch API.
    @Test func tagTenThousandDocumentsInOrder() throws {
        let recognizer = try EntityRecognizer()
        let texts = (0..<10_000).lazy.map(Self.article)
        var count = 0
        for (index, document) in recognizer.documents(texts, jobs: 4).enumerated() {
            #expect(document.text == Self.article(index))
            #expect(document.entities(of: .percent).first?.percentValue?.doubleValue == Double(index % 100))
            count += 1
        }
        #expect(count == 10_000)
    }

    /// 3b. The same from async code.
    @Test func tagTenThousandDocumentsInOrderAsync() async throws {
        let recognizer = try EntityRecognizer()
        var index = 0
        for await document in recognizer.documents((0..<10_000).lazy.map(Self.article), jobs: 4).async {
            #expect(document.text == Self.article(index))
            index += 1
        }
        #expect(index == 10_000)
    }
}
