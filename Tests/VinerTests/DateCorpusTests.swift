import Testing
@testable import Viner

/// A Duckling-style corpus: each example is a sentence with the expected DATE spans marked
/// «like this» and the value each must carry (nil: found, but no value).
struct SpanExample: CustomTestStringConvertible, Sendable {
    let marked: String
    let values: [String?]
    let reference: String?

    init(_ marked: String, _ values: String?..., reference: String? = nil) {
        self.marked = marked
        self.values = values
        self.reference = reference
    }

    var testDescription: String { marked }

    /// The text without markers and the marked scalar ranges.
    var textAndSpans: (String, [Range<Int>]) {
        var text = ""
        var spans: [Range<Int>] = []
        var start = 0
        var count = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "«": start = count
            case "»": spans.append(start..<count)
            default:
                text.unicodeScalars.append(scalar)
                count += 1
            }
        }
        return (text, spans)
    }
}

/// Runs a corpus example: the entities of `type` must be exactly the marked spans with the
/// listed values.
func checkCorpus(_ example: SpanExample, type: EntityType, recognizer: EntityRecognizer) {
    let (text, spans) = example.textAndSpans
    let reference = example.reference.flatMap(CalendarDate.init(iso:))
    let found = recognizer.recognize(text, referenceDate: reference).filter { $0.type == type }
    let got = found.map { "\($0.scalarRange.lowerBound)..<\($0.scalarRange.upperBound) \($0.value?.description ?? "nil")" }
    let want = zip(spans, example.values).map { "\($0.0.lowerBound)..<\($0.0.upperBound) \($0.1 ?? "nil")" }
    #expect(got == want, "\(text): got \(found.map { "«\($0.text)» \($0.value?.description ?? "nil")" })")
}

let sharedRecognizer: EntityRecognizer = {
    do { return try EntityRecognizer() } catch { fatalError("ICU: \(error)") }
}()

@Suite struct DateCorpusTests {
    /// Dates written in full, no reference needed.
    static let absolute: [SpanExample] = [
        // Numeric with `/`, `-`, `.`.
        SpanExample("«Ngày 21/3/2019», Sở Tài chính họp.", "2019-03-21"),
        SpanExample("ký «ngày 05/11/2020» tại Hà Nội", "2020-11-05"),
        SpanExample("hiệu lực từ «1-10-2024».", "2024-10-01"),
        SpanExample("ban hành «ngày 7.2.2015»", "2015-02-07"),
        SpanExample("«3/4/99» là ngày sinh", "1999-04-03"),
        SpanExample("Hội nghị diễn ra «ngày 29/2/2024».", "2024-02-29"),
        // Verbal.
        SpanExample("«ngày 9 tháng 12 năm 2022», tại Huế", "2022-12-09"),
        SpanExample("Từ «ngày mồng 2 tháng 9 năm 1945»", "1945-09-02"),
        SpanExample("«mùng 5 tháng 5»", "--05-05"),
        SpanExample("«12 tháng 10 năm 2017»", "2017-10-12"),
        SpanExample("«tháng 7 năm 2011»", "2011-07"),
        SpanExample("đến «tháng 11/2019», đơn vị", "2019-11"),
        SpanExample("đến «tháng 11-2019»", "2019-11"),
        SpanExample("thành lập «năm 1997»", "1997"),
        SpanExample("«Năm 2015», tỉnh đạt", "2015"),
        SpanExample("«tháng mười hai năm hai nghìn linh hai»", "2002-12"),
        SpanExample("«ngày hai mươi tư tháng bảy năm hai không mười ba»", "2013-07-24"),
        SpanExample("«năm một chín tám tư»", "1984"),
        SpanExample("«tháng 4»", "--04"),
        // Quarters and halves.
        SpanExample("kết quả «quý II/2021»", "2021-Q2"),
        SpanExample("trong «quý 1 năm 2020»", "2020-Q1"),
        SpanExample("«quý IV của năm 2019»", "2019-Q4"),
        SpanExample("hết «6 tháng cuối năm 2017»", "2017-H2"),
        SpanExample("«9 tháng đầu năm 2022» tăng", "2022-01/2022-09"),
        SpanExample("«3 tháng đầu năm 2023»", "2023-Q1"),
        SpanExample("«nửa đầu năm 2016»", "2016-H1"),
        SpanExample("kết quả «6 tháng năm 2023»", "2023-H1"),
        SpanExample("sau «9 tháng năm 2021»", "2021-01/2021-09"),
        // Weekday headers and times joined to a date.
        SpanExample("«Thứ hai, 06/03/2023 08:15»", "2023-03-06T08:15"),
        SpanExample("«Chủ nhật - 12/11/2023 19:05»", "2023-11-12T19:05"),
        SpanExample("«Thứ Tư, 5/7/2023»", "2023-07-05"),
        SpanExample("«thứ 6 ngày 14 tháng 7 năm 2023»", "2023-07-14"),
        SpanExample("«9h30 ngày 15/8/2021», đoàn đến", "2021-08-15T09:30"),
        SpanExample("«14 giờ ngày 2/5/2019»", "2019-05-02T14:00"),
        SpanExample("vào «lúc 8:45 sáng ngày 1 tháng 6 năm 2022»", "2022-06-01T08:45"),
        SpanExample("«lúc 5 giờ chiều ngày 2/9/2020»", "2020-09-02T17:00"),
        SpanExample("«ngày 20/11/2020 lúc 15h»", "2020-11-20T15:00"),
        // Ranges as one expression.
        SpanExample("nhiệm kỳ «2015 - 2020»", "2015/2020"),
        SpanExample("giai đoạn «2021–2030»", "2021/2030"),
        SpanExample("kế hoạch («2016-2020»)", "2016/2020"),
        SpanExample("«năm 2010-2012»", "2010/2012"),
        SpanExample("(«2/9/1945 - 2/9/2025»)", "1945-09-02/2025-09-02"),
        SpanExample("(«1/5/2010- 1/5/2015»)", "2010-05-01/2015-05-01"),
        SpanExample("«ngày 15 - 16/3/2024»", "2024-03-15/2024-03-16"),
        SpanExample("từ «3-5/8/2022»", "2022-08-03/2022-08-05"),
        SpanExample("«10/8 - 12/8/2018»", "2018-08-10/2018-08-12"),
        // No year.
        SpanExample("Ngày Thầy thuốc Việt Nam «27/2».", "--02-27"),
        SpanExample("kỷ niệm ngày sinh Bác «19-5».", "--05-19"),
        SpanExample("khai mạc («15.7»)", "--07-15"),
        SpanExample("lấy «ngày 10/10» hằng năm", "--10-10"),
        SpanExample("Sáng «4/11», đoàn", "--11-04"),
        SpanExample("«Ngày 30/4»", "--04-30"),
        // Tokenized text (spaces around separators) after a trigger word.
        SpanExample("khởi hành «ngày 24 - 7 - 1962» ,", "1962-07-24"),
        SpanExample("Trưa «28 - 10» , chúng tôi", "--10-28"),
        // Several in a sentence; trigger words outside.
        SpanExample("từ «năm 2001» đến «năm 2005»", "2001", "2005"),
        SpanExample("trước «ngày 31/12/2025»", "2025-12-31"),
        SpanExample("từ «21/6» đến «25/6».", "--06-21", "--06-25"),
        SpanExample("cuối «năm 2018»", "2018"),
        SpanExample("đầu «tháng 3/2020»", "2020-03"),
        SpanExample("lần thứ VII-«năm 2019»", "2019"),
        SpanExample("Chương trình «năm 2024» và «năm 2025»", "2024", "2025"),
    ]

    /// Relative expressions, with a reference date (a Tuesday) and without one.
    static let relative: [SpanExample] = [
        SpanExample("«hôm nay»", "2023-05-16", reference: "2023-05-16"),
        SpanExample("«Hôm qua», tổ công tác", "2023-05-15", reference: "2023-05-16"),
        SpanExample("«ngày mai»", "2023-05-17", reference: "2023-05-16"),
        SpanExample("«năm ngoái»", "2022", reference: "2023-05-16"),
        SpanExample("«tháng trước»", "2023-04", reference: "2023-05-16"),
        SpanExample("«quý tới»", "2023-Q3", reference: "2023-05-16"),
        SpanExample("«tuần này»", "2023-W20", reference: "2023-05-16"),
        SpanExample("«thứ 2 tuần sau»", "2023-05-22", reference: "2023-05-16"),
        SpanExample("«thứ sáu tuần trước»", "2023-05-12", reference: "2023-05-16"),
        SpanExample("«sáng mai»", "2023-05-17T04:00/2023-05-17T12:00", reference: "2023-05-16"),
        SpanExample("«tối nay»", "2023-05-16T18:00/2023-05-17T00:00", reference: "2023-05-16"),
        SpanExample("«8 giờ tối nay»", "2023-05-16T20:00", reference: "2023-05-16"),
        SpanExample("«tháng 6 năm nay»", "2023-06", reference: "2023-05-16"),
        SpanExample("«6 tháng đầu năm»", "2023-H1", reference: "2023-05-16"),
        SpanExample("«quý 3»", "2023-Q3", reference: "2023-05-16"),
        SpanExample("«lúc 10:30»", "2023-05-16T10:30", reference: "2023-05-16"),
        SpanExample("«3 ngày tới»", "2023-05-17/2023-05-19", reference: "2023-05-16"),
        SpanExample("«2 tháng vừa rồi»", "2023-03/2023-04", reference: "2023-05-16"),
        SpanExample("«bây giờ»", "2023-05-16T09:05", reference: "2023-05-16T09:05"),
        SpanExample("«hai giờ rưỡi»", "2023-05-16T14:30", reference: "2023-05-16T09:05"),
        SpanExample("«11 giờ kém 15»", "2023-05-16T10:45", reference: "2023-05-16T09:05"),
        // Without a reference: found, no value.
        SpanExample("«hôm qua»", nil),
        SpanExample("«năm ngoái» tỉnh đạt", nil),
        SpanExample("«thứ 2 tuần sau»", nil),
        SpanExample("«sáng mai»", nil),
        SpanExample("«quý 3»", nil),
        SpanExample("«6 tháng đầu năm nay»", nil),
        SpanExample("«6 tháng đầu năm», tỉnh", nil),
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
        let dates = sharedRecognizer.recognize("Báo cáo quý III/2018 và 6 tháng đầu năm 2019").filter { $0.type == .date }
        guard dates.count == 2, case .date(let quarter)? = dates[0].value, case .date(let half)? = dates[1].value else {
            Issue.record("expected two dated entities, got \(dates.map(\.text))")
            return
        }
        #expect(quarter.start.year == 2018 && quarter.start.quarter == 3 && quarter.end == nil)
        #expect(half.start.half == 1 && half.iso == "2019-H1")
    }

    @Test(arguments: absolute) func absoluteDates(_ example: SpanExample) {
        checkCorpus(example, type: .date, recognizer: sharedRecognizer)
    }

    @Test(arguments: relative) func relativeDates(_ example: SpanExample) {
        checkCorpus(example, type: .date, recognizer: sharedRecognizer)
    }

    @Test(arguments: negative) func neverADate(_ text: String) {
        let dates = sharedRecognizer.recognize(text, referenceDate: CalendarDate(iso: "2023-05-16")).filter { $0.type == .date }
        #expect(dates.isEmpty, "\(text): \(dates.map(\.text))")
    }
}
