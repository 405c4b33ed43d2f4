import Foundation
import Testing
import Viner
@testable import VinerCLI

@Suite struct TagRendererTests {
    // "Ngày 😀 3/8, Sở A" — the emoji is 4 UTF-8 bytes, 1 scalar, 2 UTF-16 units.
    static let text = "Ngày 😀 3/8, Sở A"
    static let date = Entity(type: .date, utf8Range: 11..<14, scalarRange: 7..<10, text: "3/8",
                             value: .date(DateValue(DatePoint(month: 8, day: 3))))
    static let agency = Entity(type: .agency, utf8Range: 16..<22, scalarRange: 12..<16, text: "Sở A", value: .name("Sở \"A\""))
    static let document = InputDocument(id: "d\t1", text: text, referenceDate: nil, gold: [], sourceFile: "t")

    private func render(_ format: TagOutputFormat, offsets: OffsetUnit = .scalar, roles: [Role]? = nil) throws -> String {
        let renderer = TagRenderer(format: format, offsets: offsets, color: false, tokenizer: try Tokenizer())
        return renderer.render(Self.document, [Self.date, Self.agency], roles: roles)
    }

    @Test func jsonlHasFixedFieldOrderAndEscapes() throws {
        #expect(try render(.jsonl) == #"{"id": "d\t1", "entities": [{"start": 7, "end": 10, "type": "DATE", "text": "3/8", "value": "--08-03"}, {"start": 12, "end": 16, "type": "AGENCY", "text": "Sở A", "value": "Sở \"A\""}]}"# + "\n")
    }

    @Test func offsetsFollowTheRequestedUnit() throws {
        #expect(try render(.jsonl, offsets: .utf16).contains(#"{"start": 8, "end": 11, "type": "DATE""#))
        #expect(try render(.jsonl, offsets: .utf8).contains(#"{"start": 11, "end": 14, "type": "DATE""#))
    }

    @Test func rolesListPersonTitleAgencyWithNulls() throws {
        let title = Entity(type: .title, utf8Range: 0..<1, scalarRange: 0..<1, text: "N")
        let line = try render(.json, roles: [Role(person: nil, title: title, agency: Self.agency)])
        #expect(line.hasPrefix("  {"))
        #expect(line.hasSuffix(#", "roles": [{"person": null, "title": {"start": 0, "end": 1, "type": "TITLE", "text": "N"}, "agency": {"start": 12, "end": 16, "type": "AGENCY", "text": "Sở A", "value": "Sở \"A\""}}]}"# + "\n"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect((object?["roles"] as? [Any])?.count == 1)
    }

    @Test func tsvCleansFieldsAndWritesValues() throws {
        #expect(try render(.tsv) == "d 1\t7\t10\tDATE\t3/8\t--08-03\nd 1\t12\t16\tAGENCY\tSở A\tSở \"A\"\n")
    }

    @Test func spacyKeepsTheTextAndLabels() throws {
        #expect(try render(.spacy) == #"{"text": "Ngày 😀 3/8, Sở A", "ents": [{"start": 7, "end": 10, "label": "DATE"}, {"start": 12, "end": 16, "label": "AGENCY"}], "meta": {"id": "d\t1"}}"# + "\n")
    }

    @Test func textMarksEntitiesWithTypeAndValue() throws {
        #expect(try render(.text) == "Ngày 😀 [3/8](DATE --08-03), [Sở A](AGENCY Sở \"A\")\n")
    }

    @Test func conllTagsTokensBIO() throws {
        let rows = try render(.conll).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first == "# id = d 1")
        #expect(rows.contains("Sở\tB-AGENCY"))
        #expect(rows.contains("A\tI-AGENCY"))
        #expect(rows.contains("Ngày\tO"))
        #expect(rows.suffix(2) == ["", ""])   // a blank line ends the document
    }

    @Test func emptyEntityListsStayValid() throws {
        let renderer = TagRenderer(format: .jsonl, offsets: .scalar, color: false, tokenizer: try Tokenizer())
        #expect(renderer.render(Self.document, []) == #"{"id": "d\t1", "entities": []}"# + "\n")
        let tsv = TagRenderer(format: .tsv, offsets: .scalar, color: false, tokenizer: try Tokenizer())
        #expect(tsv.render(Self.document, []).isEmpty)
    }
}
