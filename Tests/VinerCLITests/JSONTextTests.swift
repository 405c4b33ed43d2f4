import Foundation
import Testing
@testable import VinerCLI

@Suite struct JSONTextTests {
    @Test(arguments: ["", "Sở TT&TT", "a\"b", "back\\slash", "line\nbreak\ttab\r", "\u{01}\u{1F}", "😀 emoji", "\u{0}"])
    func roundTripsThroughJSONSerialization(_ text: String) throws {
        let encoded = JSONText.string(text)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(encoded)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test func objectsKeepFieldOrder() {
        #expect(JSONText.object([("b", "1"), ("a", JSONText.string("x"))]) == #"{"b": 1, "a": "x"}"#)
    }
}
