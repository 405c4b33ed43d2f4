import Testing
@testable import Viner

@Suite struct PercentCorpusTests {
    static let corpus: [ValueSpanExample] = [
        ValueSpanExample("tỷ lệ «95%»", "95"),
        ValueSpanExample("đạt «72,5%» kế hoạch", "72.5"),
        ValueSpanExample("phủ sóng «99,1 %» dân số", "99.1"),
        ValueSpanExample("giảm «-8%» so với cùng kỳ", "-8"),
        ValueSpanExample("tăng «15-20%»", "[15, 20]"),
        ValueSpanExample("khoảng «30 - 40%»", "[30, 40]"),
        ValueSpanExample("từ «5% - 7%»", "[5, 7]"),
        ValueSpanExample("chỉ «3 phần trăm»", "3"),
        ValueSpanExample("«bảy mươi phần trăm» số hộ", "70"),
        ValueSpanExample("«hai mươi lăm phẩy năm phần trăm»", "25.5"),
        ValueSpanExample("«không phẩy năm phần trăm»", "0.5"),
        ValueSpanExample("«một trăm phần trăm»", "100"),
        ValueSpanExample("«mười lăm phần trăm»", "15"),
        ValueSpanExample("«ba mươi mốt phần trăm»", "31"),
        ValueSpanExample("«âm hai phần trăm»", "-2"),
        ValueSpanExample("«0,25%»", "0.25"),
        ValueSpanExample("lãi suất «6,8%»/năm", "6.8"),
        ValueSpanExample("(«12%»)", "12"),
        // Qualifiers stay out of the span.
        ValueSpanExample("đạt trên «90%»", "90"),
        ValueSpanExample("hơn «60%» học sinh", "60"),
        ValueSpanExample("gần «100%» xã", "100"),
        ValueSpanExample("tăng «4,3%», «100%» cơ quan", "4.3", "100"),
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

    @Test(arguments: corpus) func percentages(_ example: ValueSpanExample) {
        ValueCorpus.check(example, type: .percent, recognizer: ValueCorpus.recognizer)
    }

    @Test(arguments: negative) func neverAPercentage(_ text: String) {
        let found = ValueCorpus.recognizer.recognize(text).filter { $0.type == .percent }
        #expect(found.isEmpty, "\(text): \(found.map(\.text))")
    }
}
