import Testing
@testable import Viner

@Suite struct DateCorpusTests {
    /// Dates written in full, no reference needed.
    static let absolute: [ValueSpanExample] = [
        // Numeric with `/`, `-`, `.`.
        ValueSpanExample("«Ngày 21/3/2019», Sở Tài chính họp.", "2019-03-21"),
        ValueSpanExample("ký «ngày 05/11/2020» tại Hà Nội", "2020-11-05"),
        ValueSpanExample("hiệu lực từ «1-10-2024».", "2024-10-01"),
        ValueSpanExample("ban hành «ngày 7.2.2015»", "2015-02-07"),
        ValueSpanExample("«3/4/99» là ngày sinh", "1999-04-03"),
        ValueSpanExample("Hội nghị diễn ra «ngày 29/2/2024».", "2024-02-29"),
        // Verbal.
        ValueSpanExample("«ngày 9 tháng 12 năm 2022», tại Huế", "2022-12-09"),
        ValueSpanExample("Từ «ngày mồng 2 tháng 9 năm 1945»", "1945-09-02"),
        ValueSpanExample("«mùng 5 tháng 5»", "--05-05"),
        ValueSpanExample("«12 tháng 10 năm 2017»", "2017-10-12"),
        ValueSpanExample("«tháng 7 năm 2011»", "2011-07"),
        ValueSpanExample("đến «tháng 11/2019», đơn vị", "2019-11"),
        ValueSpanExample("đến «tháng 11-2019»", "2019-11"),
        ValueSpanExample("thành lập «năm 1997»", "1997"),
        ValueSpanExample("«Năm 2015», tỉnh đạt", "2015"),
        ValueSpanExample("«tháng mười hai năm hai nghìn linh hai»", "2002-12"),
        ValueSpanExample("«ngày hai mươi tư tháng bảy năm hai không mười ba»", "2013-07-24"),
        ValueSpanExample("«năm một chín tám tư»", "1984"),
        ValueSpanExample("«tháng 4»", "--04"),
        // Quarters and halves.
        ValueSpanExample("kết quả «quý II/2021»", "2021-Q2"),
        ValueSpanExample("trong «quý 1 năm 2020»", "2020-Q1"),
        ValueSpanExample("«quý IV của năm 2019»", "2019-Q4"),
        ValueSpanExample("hết «6 tháng cuối năm 2017»", "2017-H2"),
        ValueSpanExample("«9 tháng đầu năm 2022» tăng", "2022-01/2022-09"),
        ValueSpanExample("«3 tháng đầu năm 2023»", "2023-Q1"),
        ValueSpanExample("«nửa đầu năm 2016»", "2016-H1"),
        ValueSpanExample("kết quả «6 tháng năm 2023»", "2023-H1"),
        ValueSpanExample("sau «9 tháng năm 2021»", "2021-01/2021-09"),
        // Weekday headers and times joined to a date.
        ValueSpanExample("«Thứ hai, 06/03/2023 08:15»", "2023-03-06T08:15"),
        ValueSpanExample("«Chủ nhật - 12/11/2023 19:05»", "2023-11-12T19:05"),
        ValueSpanExample("«Thứ Tư, 5/7/2023»", "2023-07-05"),
        ValueSpanExample("«thứ 6 ngày 14 tháng 7 năm 2023»", "2023-07-14"),
        ValueSpanExample("«9h30 ngày 15/8/2021», đoàn đến", "2021-08-15T09:30"),
        ValueSpanExample("«14 giờ ngày 2/5/2019»", "2019-05-02T14:00"),
        ValueSpanExample("vào «lúc 8:45 sáng ngày 1 tháng 6 năm 2022»", "2022-06-01T08:45"),
        ValueSpanExample("«lúc 5 giờ chiều ngày 2/9/2020»", "2020-09-02T17:00"),
        ValueSpanExample("«ngày 20/11/2020 lúc 15h»", "2020-11-20T15:00"),
        ValueSpanExample("«15/01/2024 09:30 PM»", "2024-01-15T21:30"),
        ValueSpanExample("Cập nhật «lúc 10:30, Thứ Hai, 15/01/2024»", "2024-01-15T10:30"),
        ValueSpanExample("Ngày đăng: «15/01/2024»", "2024-01-15"),
        // A header line does not run into the next paragraph (regression: «…14:20\n\nSáng»).
        ValueSpanExample("«Thứ hai, 03/11/2025 14:20»\n\nSáng kiến của tỉnh được ghi nhận.", "2025-11-03T14:20"),
        ValueSpanExample("«Thứ ba, 04/11/2025 9:05»\nChiều dài tuyến đường là 5 km.", "2025-11-04T09:05"),
        // Ranges as one expression.
        ValueSpanExample("nhiệm kỳ «2015 - 2020»", "2015/2020"),
        ValueSpanExample("giai đoạn «2021–2030»", "2021/2030"),
        ValueSpanExample("kế hoạch («2016-2020»)", "2016/2020"),
        ValueSpanExample("«năm 2010-2012»", "2010/2012"),
        ValueSpanExample("(«2/9/1945 - 2/9/2025»)", "1945-09-02/2025-09-02"),
        ValueSpanExample("(«1/5/2010- 1/5/2015»)", "2010-05-01/2015-05-01"),
        ValueSpanExample("«ngày 15 - 16/3/2024»", "2024-03-15/2024-03-16"),
        ValueSpanExample("từ «3-5/8/2022»", "2022-08-03/2022-08-05"),
        ValueSpanExample("«10/8 - 12/8/2018»", "2018-08-10/2018-08-12"),
        // No year.
        ValueSpanExample("Ngày Thầy thuốc Việt Nam «27/2».", "--02-27"),
        ValueSpanExample("kỷ niệm ngày sinh Bác «19-5».", "--05-19"),
        ValueSpanExample("khai mạc («15.7»)", "--07-15"),
        ValueSpanExample("lấy «ngày 10/10» hằng năm", "--10-10"),
        ValueSpanExample("Sáng «4/11», đoàn", "--11-04"),
        ValueSpanExample("«Ngày 30/4»", "--04-30"),
        // Tokenized text (spaces around separators) after a trigger word.
        ValueSpanExample("khởi hành «ngày 24 - 7 - 1962» ,", "1962-07-24"),
        ValueSpanExample("Trưa «28 - 10» , chúng tôi", "--10-28"),
        // Several in a sentence; trigger words outside.
        ValueSpanExample("từ «năm 2001» đến «năm 2005»", "2001", "2005"),
        ValueSpanExample("trước «ngày 31/12/2025»", "2025-12-31"),
        ValueSpanExample("từ «21/6» đến «25/6».", "--06-21", "--06-25"),
        ValueSpanExample("cuối «năm 2018»", "2018"),
        ValueSpanExample("đầu «tháng 3/2020»", "2020-03"),
        ValueSpanExample("lần thứ VII-«năm 2019»", "2019"),
        ValueSpanExample("Chương trình «năm 2024» và «năm 2025»", "2024", "2025"),
    ]

    /// Relative expressions, with a reference date (a Tuesday) and without one.
    static let relative: [ValueSpanExample] = [
        ValueSpanExample("«hôm nay»", "2023-05-16", reference: "2023-05-16"),
        ValueSpanExample("«Hôm qua», tổ công tác", "2023-05-15", reference: "2023-05-16"),
        ValueSpanExample("«ngày mai»", "2023-05-17", reference: "2023-05-16"),
        ValueSpanExample("«năm ngoái»", "2022", reference: "2023-05-16"),
        ValueSpanExample("«tháng trước»", "2023-04", reference: "2023-05-16"),
        ValueSpanExample("«quý tới»", "2023-Q3", reference: "2023-05-16"),
        ValueSpanExample("«tuần này»", "2023-W20", reference: "2023-05-16"),
        ValueSpanExample("«thứ 2 tuần sau»", "2023-05-22", reference: "2023-05-16"),
        ValueSpanExample("«thứ sáu tuần trước»", "2023-05-12", reference: "2023-05-16"),
        ValueSpanExample("vào «chủ nhật», đoàn", "2023-05-21", reference: "2023-05-16"),
        ValueSpanExample("«sáng mai»", "2023-05-17T04:00/2023-05-17T12:00", reference: "2023-05-16"),
        ValueSpanExample("«tối nay»", "2023-05-16T18:00/2023-05-17T00:00", reference: "2023-05-16"),
        ValueSpanExample("«8 giờ tối nay»", "2023-05-16T20:00", reference: "2023-05-16"),
        ValueSpanExample("«tháng 6 năm nay»", "2023-06", reference: "2023-05-16"),
        ValueSpanExample("«6 tháng đầu năm»", "2023-H1", reference: "2023-05-16"),
        ValueSpanExample("«quý 3»", "2023-Q3", reference: "2023-05-16"),
        ValueSpanExample("«3 ngày tới»", "2023-05-17/2023-05-19", reference: "2023-05-16"),
        ValueSpanExample("«2 tháng vừa rồi»", "2023-03/2023-04", reference: "2023-05-16"),
        ValueSpanExample("«bây giờ»", "2023-05-16T09:05", reference: "2023-05-16T09:05"),
        // Without a reference: found, no value.
        ValueSpanExample("«hôm qua»", nil),
        ValueSpanExample("«năm ngoái» tỉnh đạt", nil),
        ValueSpanExample("«thứ 2 tuần sau»", nil),
        ValueSpanExample("«sáng mai»", nil),
        ValueSpanExample("«quý 3»", nil),
        ValueSpanExample("«6 tháng đầu năm nay»", nil),
        ValueSpanExample("«6 tháng đầu năm», tỉnh", nil),
    ]

    /// A clock time with no day: a DATE only with `RecognitionOptions.timesWithoutDate`.
    static let timesAlone: [ValueSpanExample] = [
        ValueSpanExample("họp «lúc 10:30»", "2023-05-16T10:30", reference: "2023-05-16"),
        ValueSpanExample("«hai giờ rưỡi»", "2023-05-16T14:30", reference: "2023-05-16T09:05"),
        ValueSpanExample("«11 giờ kém 15»", "2023-05-16T10:45", reference: "2023-05-16T09:05"),
        ValueSpanExample("khai mạc «lúc 8h30 sáng»", nil),
    ]

    /// Never a date.
    static let negative: [String] = [
        "đạt 10/63 tỉnh thành",
        "108/129 xã đạt chuẩn",
        "129/129",
        "Quyết định số 575/QĐ-UBND",
        "Nghị quyết 13-NQ/TU của Tỉnh ủy",
        "Nghị định 30/2020/NĐ-CP",
        "Thông tư 12/2020/TT-BTTTT",
        "Quyết định 258/QĐ-TTg",
        "số 05/2021 của Bộ",
        "gọi 0912.345.678",
        "điện thoại 0236.3822.123",
        "lần thứ VII",
        "Khóa XII",
        "lần thứ hai tổ chức",
        "xếp thứ 3 toàn quốc",
        "ngày 31/2/2024",
        "45/13",
        "phục vụ 24/7",
        "thắng 3-1",
        "tỷ số 2-0",
        "đạt 10/12 chỉ tiêu",
        "1.764 tỷ đồng",
        "83,7%",
        "tăng 10-12%",
        "trong 10 năm qua",
        "Trải qua 15 năm",
        "kế hoạch 5 năm",
        "cách 2 tháng một lần",
        "trong 3 năm tới",
        "mỗi tháng 2 lần",
        "những năm trước",
        "5 năm trước",
        "mấy hôm nay",
        "quý khách hàng",
        "Thứ hai, cần tăng cường",
        "phiên bản 2.0",
        "tỷ lệ 1:2",
        "hằng tuần, vào chiều thứ 2",
        "các ngày thứ 2 đến thứ 6 hằng tuần",
        "Rằm tháng Giêng",
        "phong trào Chủ nhật xanh",
        "làm việc 8 giờ mỗi ngày",
        "làm việc 8h mỗi ngày",
        "hoàn thành trong 2h30",
        "Báo điện tử 24h",
        "có ngày chính xác",
        "cao 5 - 6 m",
        "từ 10-12 người",
        "từ 10 - 12 người",
        "trước 3/4 số hộ",
        "chừng 15 - 20 phút",
        "giảm 1/2 năm",
        "3/4 dân số",
        "2/3 diện tích",
        "xếp hạng 3/10.",
        "đứng thứ 5/12",
        "đạt 9/10",
        "Kỳ họp thứ 2 của HĐND",
        "ngày thứ 2 của hội nghị",
        "địa chỉ 192.168.1.1",
    ]

    @Test func typedValueOfARecognizedDate() {
        let dates = ValueCorpus.recognizer.recognize("Báo cáo quý III/2018 và 6 tháng đầu năm 2019").filter { $0.type == .date }
        guard dates.count == 2, case .date(let quarter)? = dates[0].value, case .date(let half)? = dates[1].value else {
            Issue.record("expected two dated entities, got \(dates.map(\.text))")
            return
        }
        #expect(quarter.start.year == 2018 && quarter.start.quarter == 3 && quarter.end == nil)
        #expect(half.start.half == 1 && half.iso == "2019-H1")
    }

    @Test(arguments: absolute) func absoluteDates(_ example: ValueSpanExample) {
        ValueCorpus.check(example, type: .date, recognizer: ValueCorpus.recognizer)
    }

    @Test(arguments: relative) func relativeDates(_ example: ValueSpanExample) {
        ValueCorpus.check(example, type: .date, recognizer: ValueCorpus.recognizer)
    }

    static let withTimes: EntityRecognizer = {
        do { return try EntityRecognizer(options: RecognitionOptions(timesWithoutDate: true)) } catch { fatalError("ICU: \(error)") }
    }()

    @Test(arguments: timesAlone) func timesWithoutDateWhenAsked(_ example: ValueSpanExample) {
        ValueCorpus.check(example, type: .date, recognizer: Self.withTimes)
    }

    @Test(arguments: timesAlone) func timesWithoutDateAreNotDatesByDefault(_ example: ValueSpanExample) {
        let text = example.textAndSpans.0
        let dates = ValueCorpus.recognizer.recognize(text, referenceDate: CalendarDate(iso: "2023-05-16")).filter { $0.type == .date }
        #expect(dates.isEmpty, "\(text): \(dates.map(\.text))")
    }

    @Test(arguments: negative) func neverADate(_ text: String) {
        let dates = ValueCorpus.recognizer.recognize(text, referenceDate: CalendarDate(iso: "2023-05-16")).filter { $0.type == .date }
        #expect(dates.isEmpty, "\(text): \(dates.map(\.text))")
    }
}
