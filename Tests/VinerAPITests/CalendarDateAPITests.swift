import Testing
import Viner

/// A `CalendarDate` is always a real day: a bad one throws instead of becoming a silent
/// "no reference date".
@Suite struct CalendarDateAPITests {
    @Test(arguments: [(2017, 2, 31), (2023, 2, 29), (2024, 13, 1), (2024, 0, 10), (2024, 4, 31), (2024, 1, 0)])
    func impossibleDaysThrow(year: Int, month: Int, day: Int) {
        #expect(throws: CalendarDateError(year: year, month: month, day: day)) {
            try CalendarDate(year: year, month: month, day: day)
        }
    }

    @Test func realDaysAreCreated() throws {
        let leap = try CalendarDate(year: 2024, month: 2, day: 29)
        #expect(leap.description == "2024-02-29")
        #expect(CalendarDate.exists(year: 2000, month: 2, day: 29))
        #expect(!CalendarDate.exists(year: 1900, month: 2, day: 29))
    }

    @Test func errorNamesTheDay() {
        #expect(CalendarDateError(year: 2017, month: 2, day: 31).description == "no such day: 2017-02-31")
    }

    /// The reported bug: `referenceDate: CalendarDate(year: 2017, month: 2, day: 31)` compiled,
    /// gave nil and the relative date then had no value. Now the call must `try`, and a real
    /// reference date resolves it.
    @Test func referenceDateIsUsed() throws {
        let recognizer = try EntityRecognizer()
        let reference = try CalendarDate(year: 2017, month: 3, day: 1)
        let dates = recognizer.recognize("Hôm qua, Sở Tư pháp họp.", referenceDate: reference).filter { $0.type == .date }
        #expect(dates.map(\.text) == ["Hôm qua"])
        #expect(dates.first?.dateValue?.iso == "2017-02-28")
        let unresolved = recognizer.recognize("Hôm qua, Sở Tư pháp họp.").filter { $0.type == .date }
        #expect(unresolved.first?.dateValue == nil)
    }

    @Test func isoParsingRejectsImpossibleDays() {
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29")?.day == 29)
    }
}

@Suite struct VersionAPITests {
    @Test func versionIsTheReleaseTag() {
        #expect(Viner.version == "0.2.0")
    }
}
