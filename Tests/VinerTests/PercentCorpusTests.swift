import Testing
@testable import Viner

@Suite struct PercentCorpusTests {
    static let corpus: [SpanExample] = [
        SpanExample("tỷ lệ «95%»", "95"),
        SpanExample("đạt «72,5%» kế hoạch", "72.5"),
        SpanExample("phủ sóng «99,1 %» dân số", "99.1"),
        SpanExample("giảm «-8%» so với cùng kỳ", "-8"),
        SpanExample("tăng «15-20%»", "[15, 20]"),
        SpanExample("khoảng «30 - 40%»", "[30, 40]"),
        SpanExample("từ «5% - 7%»", "[5, 7]"),
        SpanExample("chỉ «3 phần trăm»", "3"),
        SpanExample("«bảy mươi phần trăm» số hộ", "70"),
        SpanExample("«hai mươi lăm phẩy năm phần trăm»", "25.5"),
        SpanExample("«không phẩy năm phần trăm»", "0.5"),
        SpanExample("«một trăm phần trăm»", "100"),
        SpanExample("«mười lăm phần trăm»", "15"),
        SpanExample("«ba mươi mốt phần trăm»", "31"),
        SpanExample("«âm hai phần trăm»", "-2"),
        SpanExample("«0,25%»", "0.25"),
        SpanExample("lãi suất «6,8%»/năm", "6.8"),
        SpanExample("(«12%»)", "12"),
        // Qualifiers stay out of the span.
        SpanExample("đạt trên «90%»", "90"),
        SpanExample("hơn «60%» học sinh", "60"),
        SpanExample("gần «100%» xã", "100"),
        SpanExample("tăng «4,3%», «100%» cơ quan", "4.3", "100"),
    ]

    static let negative: [String] = [
        "1.764 tỷ đồng",
        "83,7 triệu",
        "phần trăm",
        "tăng năm lần",
        "0912.345.678",
        "năm 2020 đạt kết quả",
        "A4%",
        "version 1.2.3%",
    ]

    @Test(arguments: corpus) func percentages(_ example: SpanExample) {
        checkCorpus(example, type: .percent, recognizer: sharedRecognizer)
    }

    @Test(arguments: negative) func neverAPercentage(_ text: String) {
        let found = sharedRecognizer.recognize(text).filter { $0.type == .percent }
        #expect(found.isEmpty, "\(text): \(found.map(\.text))")
    }
}
