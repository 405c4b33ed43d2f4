import Testing
@testable import Viner

@Suite struct NumberAndValueTests {
    /// Spelled-out numbers: phrase → value.
    static let spelled: [(String, Double)] = [
        ("không", 0), ("một", 1), ("bốn", 4), ("mười", 10), ("mười một", 11), ("mười lăm", 15),
        ("hai mươi", 20), ("hai mươi mốt", 21), ("ba mươi tư", 34), ("bốn mươi lăm", 45),
        ("năm mươi", 50), ("chín mươi chín", 99), ("hai chục", 20), ("trăm", 100),
        ("một trăm", 100), ("một trăm linh năm", 105), ("ba trăm lẻ tám", 308), ("bảy trăm mười", 710),
        ("chín trăm ba tám", 938), ("năm nghìn", 5000), ("hai trăm ngàn", 200_000),
        ("hai nghìn không trăm hai mươi bốn", 2024), ("hai nghìn mười ba", 2013),
        ("hai mươi mốt nghìn không trăm mười một", 21011), ("một tỷ", 1_000_000_000), ("một tỉ", 1_000_000_000),
        ("hai triệu ba trăm nghìn", 2_300_000), ("hai phẩy năm", 2.5), ("hai mươi lăm phẩy năm", 25.5),
        ("không phẩy không năm", 0.05), ("âm ba", -3),
    ]

    static func pieces(_ text: String) -> [TextPiece] {
        let document = ValueCorpus.recognizer.makeDocument(text, referenceDate: nil)
        return PieceScanner.pieces(of: document)
    }

    @Test func spelledNumbers() {
        for (text, expected) in Self.spelled {
            let p = Self.pieces(text)
            let parsed = SpelledNumber.parse(p, at: 0)
            #expect(parsed?.value == expected, "\(text)")
            #expect(parsed?.end == p.count, "\(text) must be read whole")
        }
    }

    @Test func notNumbers() {
        for text in ["mốt", "lăm", "tháng", "mươi", "phẩy"] {
            #expect(SpelledNumber.parse(Self.pieces(text), at: 0) == nil, "\(text)")
        }
    }

    @Test func digitByDigitYears() {
        for (text, year) in [("hai không hai ba", 2023), ("một chín bảy lăm", 1975), ("hai không mười tám", 2018),
                             ("hai không linh chín", 2009), ("một tám năm hai", 1852), ("hai nghìn linh chín", 2009)] {
            #expect(SpelledNumber.positional(Self.pieces(text), at: 0, maxDigits: 4, range: 100...2199)?.value == year, "\(text)")
        }
    }

    @Test func isoRenderingRoundTrips() {
        for iso in ["2016-06-18", "2008-04", "2006", "2018-Q3", "2018-H1", "2017-W05", "--06-21", "--06",
                    "2016-06-18T21:26", "2017-02-02T03:55:00", "2005-08-19/2010-08-19", "2011/2015",
                    "2017-02-02T18:00/2017-02-03T00:00"] {
            #expect(DateValue(iso: iso)?.iso == iso, "\(iso)")
        }
        for bad in ["2016-13-01", "2023-02-29", "--02-30", "2018-Q5", "18/6/2016", "", "2016-06-18T25:00"] {
            #expect(DateValue(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func typedFields() {
        let value = DateValue(iso: "2005-08-19/2010-08-19")
        #expect(value?.start.year == 2005)
        #expect(value?.end?.day == 19)
        #expect(value?.isRange == true)
        #expect(DateValue(DatePoint(year: 2018, quarter: 3)).iso == "2018-Q3")
        #expect(DatePoint(month: 6, day: 21).iso == "--06-21")
    }

    @Test func calendarDateReadsReferenceTimes() {
        let withTime = CalendarDate(iso: "2017-02-02T03:55:00-02:00")
        #expect(withTime?.time == TimeOfDay(hour: 3, minute: 55, second: 0))
        #expect(withTime?.description == "2017-02-02T03:55:00")
        #expect(CalendarDate(iso: "2016-06-18")?.time == nil)
        #expect(CalendarDate(iso: "2016-06-18T9:00") == nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
    }

    @Test func calendarMath() throws {
        let day = try CalendarDate(year: 2017, month: 2, day: 2)
        #expect(CalendarMath.weekday(day) == 4)   // Thursday
        #expect(CalendarMath.isoWeek(day) == (2017, 5))
        #expect(CalendarMath.adding(days: -3, to: day) == CalendarDate(iso: "2017-01-30"))
        #expect(CalendarMath.isoWeek(try CalendarDate(year: 2021, month: 1, day: 3)) == (2020, 53))
        #expect(CalendarMath.adding(months: -2, toYear: 2017, month: 1) == (2016, 11))
    }

    @Test func percentValueRendering() {
        #expect(PercentValue.value(83.7).description == "83.7")
        #expect(PercentValue.range(10, 15).description == "[10, 15]")
    }
}
