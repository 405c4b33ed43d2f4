import Testing
@_spi(CLI) @testable import Viner

@Suite struct SmokeTests {
    @Test func icuIsLinked() {
        #expect(ICU.version.hasPrefix("7") || ICU.version.hasPrefix("6") || ICU.version.hasPrefix("8"))
    }

    @Test func overlapPolicyKeepsLongestThenPriorityThenEarliest() {
        let candidates = [
            Candidate(type: .location, range: 10..<18, priority: 1),
            Candidate(type: .agency, range: 0..<18, priority: 0),
            Candidate(type: .date, range: 20..<25, priority: 0),
            Candidate(type: .percent, range: 20..<25, priority: 2),
            Candidate(type: .title, range: 30..<35),
            Candidate(type: .person, range: 33..<38),
        ]
        let accepted = OverlapPolicy.resolve(candidates)
        #expect(accepted.map(\.type) == [.agency, .percent, .title])
    }

    @Test func offsetConverterCountsScalarsAndUTF16() {
        var converter = OffsetConverter("Sở 😀 x")
        #expect(converter.scalarOffset(forUTF8: 4) == 2)   // "Sở" is 4 bytes
        #expect(converter.utf16Offset(forUTF8: 9) == 5)    // emoji: 4 bytes, 2 UTF-16 units
        #expect(converter.scalarOffset(forUTF8: 9) == 4)
        #expect(converter.scalarOffset(forUTF8: 0) == 0)   // walking backwards restarts
    }
}
