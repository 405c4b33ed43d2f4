import Foundation
import Testing
import Viner

@Suite struct ValueAccessorTests {
    static let recognizer = try! EntityRecognizer()

    private func first(_ type: EntityType, in text: String, reference: CalendarDate? = nil) throws -> Entity {
        try #require(Self.recognizer.recognize(text, referenceDate: reference).first { $0.type == type })
    }

    @Test func agencyExpandedName() throws {
        #expect(try first(.agency, in: "UBND tỉnh Lai Châu họp").expandedName == "Ủy ban nhân dân tỉnh Lai Châu")
        #expect(try first(.date, in: "Ngày 18/6/2016").expandedName == nil)
        #expect(try first(.title, in: "Giám đốc Sở Tư pháp").expandedName == nil)
    }

    @Test func dateValueAndISO() throws {
        let date = try first(.date, in: "Ngày 18/6/2016")
        #expect(date.dateValue?.iso == "2016-06-18")
        #expect(date.percentValue == nil)
        #expect(try first(.percent, in: "đạt 83,7%").dateValue == nil)
    }

    @Test func percentAsDoubleAndRange() throws {
        let single = try #require(try first(.percent, in: "đạt 83,7%").percentValue)
        #expect(single.doubleValue == 83.7)
        #expect(single.closedRange == 83.7...83.7)
        #expect(PercentValue.value(50).fraction == 0.5)
        let range = PercentValue.range(15, 10)
        #expect(range.doubleValue == nil)
        #expect(range.closedRange == 10...15)
        #expect(range.fraction == nil)
    }

    @Test func dateComponents() throws {
        let day = try #require(DateValue(iso: "2016-06-18T21:26")).start.dateComponents
        #expect([day.year, day.month, day.day, day.hour, day.minute] == [2016, 6, 18, 21, 26])
        #expect(day.second == nil)
        #expect(DatePoint(year: 2018, quarter: 3).dateComponents.quarter == 3)
        let week = DatePoint(year: 2017, week: 5).dateComponents
        #expect(week.yearForWeekOfYear == 2017 && week.weekOfYear == 5 && week.year == nil)
        let noYear = try #require(DateValue(iso: "--06-21")).dateComponents
        #expect(noYear.start.year == nil && noYear.start.month == 6 && noYear.end == nil)
        #expect(try #require(DateValue(iso: "2011/2015")).dateComponents.end?.year == 2015)
    }

    private func interval(_ iso: String) throws -> DateInterval? {
        try #require(DateValue(iso: iso)).dateInterval(timeZone: TimeZone(secondsFromGMT: 0)!)
    }

    private func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: mi))!
    }

    @Test func dateIntervalsOfResolvedValues() throws {
        #expect(try interval("2016-06-18") == DateInterval(start: utc(2016, 6, 18), end: utc(2016, 6, 19)))
        #expect(try interval("2016-02") == DateInterval(start: utc(2016, 2, 1), end: utc(2016, 3, 1)))
        #expect(try interval("2018-Q3") == DateInterval(start: utc(2018, 7, 1), end: utc(2018, 10, 1)))
        #expect(try interval("2018-H2") == DateInterval(start: utc(2018, 7, 1), end: utc(2019, 1, 1)))
        #expect(try interval("2011/2015") == DateInterval(start: utc(2011, 1, 1), end: utc(2016, 1, 1)))
        #expect(try interval("2005-08-19/2010-08-19") == DateInterval(start: utc(2005, 8, 19), end: utc(2010, 8, 20)))
        // ISO week 1 of 2021 starts on Monday 4 January 2021.
        #expect(try interval("2021-W01") == DateInterval(start: utc(2021, 1, 4), end: utc(2021, 1, 11)))
        // Clock ends are instants.
        #expect(try interval("2017-02-02T18:00/2017-02-03T00:00") == DateInterval(start: utc(2017, 2, 2, 18), end: utc(2017, 2, 3)))
        #expect(try interval("2016-06-18T21:26") == DateInterval(start: utc(2016, 6, 18, 21, 26), duration: 0))
    }

    @Test func unresolvedOrBackwardValuesHaveNoInterval() throws {
        #expect(try interval("--06-21") == nil)
        #expect(try interval("2015/2011") == nil)
    }

    @Test func defaultZoneIsVietnam() throws {
        let value = try #require(DateValue(iso: "2016-06-18"))
        let local = try #require(value.dateInterval())
        #expect(local.start == utc(2016, 6, 17, 17))
        #expect(DateValue.vietnamTimeZone.secondsFromGMT() == 7 * 3600)
    }
}
