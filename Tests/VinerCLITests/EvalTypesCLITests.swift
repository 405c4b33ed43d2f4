import Foundation
import Testing

/// `viner eval` reads entity types as ``EntityType`` values: an unknown name is an error, not a
/// silently empty row.
@Suite struct EvalTypesCLITests {
    @Test func unknownGoldTypeIsADataError() throws {
        let gold = #"{"id": "g1", "text": "Ngày 18/6/2016.", "entities": [{"start": 0, "end": 14, "type": "TIME"}]}"#
        let path = try TempFile.write(gold + "\n", suffix: ".jsonl")
        let output = try VinerBinary.run(["eval", "--gold", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("unknown entity type \"TIME\""))
    }

    @Test func unknownTypesOptionIsAUsageError() throws {
        let gold = #"{"id": "g1", "text": "Ngày 18/6/2016.", "entities": []}"#
        let path = try TempFile.write(gold + "\n", suffix: ".jsonl")
        let output = try VinerBinary.run(["eval", "--gold", path, "--types", "DATE,NOPE"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("NOPE"))
    }

    @Test func typesOptionKeepsOnlyThoseRows() throws {
        let gold = #"{"id": "g1", "text": "Ngày 18/6/2016 đạt 83,7%.", "entities": [{"start": 0, "end": 14, "type": "DATE", "value": "2016-06-18"}, {"start": 19, "end": 24, "type": "PERCENT", "value": 83.7}]}"#
        let path = try TempFile.write(gold + "\n", suffix: ".jsonl")
        let output = try VinerBinary.run(["eval", "--gold", path, "--types", "percent", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let types = try #require(report["types"] as? [String: Any])
        #expect(Set(types.keys) == ["PERCENT", "ALL"])
    }
}
