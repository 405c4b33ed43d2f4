import Testing
@testable import Viner

/// Vietnamese units stay whole, with the kinds of ``TokenKind``; look-alikes do not.
@Suite struct TokenizerUnitTests {
    typealias P = TokenizerFixture.Pair

    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var expected: [(String, TokenKind)]
        var testDescription: String { input }
    }

    static let wholeUnits: [Case] = [
        Case(input: "tăng 83,7 và 464,6", expected: [("tăng", .word), ("83,7", .decimal), ("và", .word), ("464,6", .decimal)]),
        Case(input: "1.764 người, 2.184 hộ, 1.000.000 đồng", expected: [
            ("1.764", .groupedNumber), ("người", .word), (",", .punctuation), ("2.184", .groupedNumber), ("hộ", .word),
            (",", .punctuation), ("1.000.000", .groupedNumber), ("đồng", .word)]),
        Case(input: "đạt 95%, còn 98,9 % và 1.234,5", expected: [
            ("đạt", .word), ("95%", .percent), (",", .punctuation), ("còn", .word), ("98,9", .decimal), ("%", .symbol),
            ("và", .word), ("1.234,5", .decimal)]),
        Case(input: "giảm -11% (-2,5%)", expected: [
            ("giảm", .word), ("-11%", .percent), ("(", .punctuation), ("-2,5%", .percent), (")", .punctuation)]),
        Case(input: "ngày 18/6/2016 và 05/06/2022", expected: [
            ("ngày", .word), ("18/6/2016", .numericDate), ("và", .word), ("05/06/2022", .numericDate)]),
        Case(input: "1-10-2024, 18.6, 21/6 và 6/2016", expected: [
            ("1-10-2024", .numericDate), (",", .punctuation), ("18.6", .numericDate), (",", .punctuation),
            ("21/6", .numericDate), ("và", .word), ("6/2016", .numericDate)]),
        Case(input: "29/2/2024 18.6.2016 05/06/22", expected: [
            ("29/2/2024", .numericDate), ("18.6.2016", .numericDate), ("05/06/22", .numericDate)]),
        Case(input: "lúc 21:26, 14h20 và 7h; 07:30:15", expected: [
            ("lúc", .word), ("21:26", .time), (",", .punctuation), ("14h20", .time), ("và", .word), ("7h", .time),
            (";", .punctuation), ("07:30:15", .time)]),
        Case(input: "Sở TT&TT, Bộ KH&CN, Đ/c Hùng", expected: [
            ("Sở", .word), ("TT&TT", .abbreviation), (",", .punctuation), ("Bộ", .word), ("KH&CN", .abbreviation),
            (",", .punctuation), ("Đ/c", .abbreviation), ("Hùng", .word)]),
        Case(input: "LĐ-TB&XH NN&PTNT GD&ĐT TP.HCM Tp.HCM QĐ-UBND", expected: [
            ("LĐ-TB&XH", .abbreviation), ("NN&PTNT", .abbreviation), ("GD&ĐT", .abbreviation), ("TP.HCM", .abbreviation),
            ("Tp.HCM", .abbreviation), ("QĐ-UBND", .abbreviation)]),
        Case(input: "Quyết định 575/QĐ-UBND, Nghị quyết 13-NQ/TU", expected: [
            ("Quyết", .word), ("định", .word), ("575/QĐ-UBND", .documentNumber), (",", .punctuation), ("Nghị", .word),
            ("quyết", .word), ("13-NQ/TU", .documentNumber)]),
        Case(input: "30/2020/NĐ-CP 258/QĐ-TTg 12/2017/QH14.", expected: [
            ("30/2020/NĐ-CP", .documentNumber), ("258/QĐ-TTg", .documentNumber), ("12/2017/QH14", .documentNumber),
            (".", .punctuation)]),
        Case(input: "xem https://example.vn/tin-tuc/a_b.html?x=1, www.chinhphu.vn.", expected: [
            ("xem", .word), ("https://example.vn/tin-tuc/a_b.html?x=1", .url), (",", .punctuation),
            ("www.chinhphu.vn", .url), (".", .punctuation)]),
        Case(input: "(http://a.vn/x_(y)) gửi lan.nguyen-2@so-tttt.gov.vn.", expected: [
            ("(", .punctuation), ("http://a.vn/x_(y)", .url), (")", .punctuation), ("gửi", .word),
            ("lan.nguyen-2@so-tttt.gov.vn", .email), (".", .punctuation)]),
        Case(input: "người H'Mông và H’Mông", expected: [
            ("người", .word), ("H'Mông", .word), ("và", .word), ("H’Mông", .word)]),
        Case(input: "a - b – c — d", expected: [
            ("a", .word), ("-", .dash), ("b", .word), ("–", .dash), ("c", .word), ("—", .dash), ("d", .word)]),
        Case(input: "“Chào” (nhé) [x] 'y' «z»…", expected: [
            ("“", .punctuation), ("Chào", .word), ("”", .punctuation), ("(", .punctuation), ("nhé", .word), (")", .punctuation),
            ("[", .punctuation), ("x", .word), ("]", .punctuation), ("'", .punctuation), ("y", .word), ("'", .punctuation),
            ("«", .punctuation), ("z", .word), ("»", .punctuation), ("…", .punctuation)]),
        Case(input: "漢字 + 😀", expected: [("漢字", .other), ("+", .symbol), ("😀", .symbol)]),
    ]

    @Test(arguments: wholeUnits)
    func unitsStayWhole(_ test: Case) {
        #expect(TokenizerFixture.pairs(test.input) == test.expected.map { P($0.0, $0.1) })
    }

    static let lookAlikes: [Case] = [
        // Not dates: invalid day or month, or a range.
        Case(input: "45/13 10/63 31/2/2020 29/2/2023 80/2014", expected: [
            ("45/13", .fraction), ("10/63", .fraction), ("31/2/2020", .fraction), ("29/2/2023", .fraction), ("80/2014", .fraction)]),
        Case(input: "31-2-2020 31.2 0912.345.678 1.2.3 25:70 1,2,3", expected: [
            ("31-2-2020", .numeric), ("31.2", .numeric), ("0912.345.678", .numeric), ("1.2.3", .numeric), ("25:70", .numeric),
            ("1,2,3", .numeric)]),
        Case(input: "2011-2015 10-15% 21-6", expected: [
            ("2011", .number), ("-", .dash), ("2015", .number), ("10", .number), ("-", .dash), ("15%", .percent),
            ("21", .number), ("-", .dash), ("6", .number)]),
        Case(input: "7ha 4G 3x4 30h", expected: [("7ha", .numeric), ("4G", .numeric), ("3x4", .numeric), ("30h", .numeric)]),
        // A dash glued to the previous token is not a minus sign.
        Case(input: "x-11%", expected: [("x", .word), ("-", .dash), ("11%", .percent)]),
        // Lower-case or long groups are not abbreviations.
        Case(input: "thôn/bản a&b Việt-Nga COVID-19 TP.Hà", expected: [
            ("thôn", .word), ("/", .symbol), ("bản", .word), ("a", .word), ("&", .symbol), ("b", .word),
            ("Việt", .word), ("-", .dash), ("Nga", .word), ("COVID", .word), ("-", .dash), ("19", .number),
            ("TP", .word), (".", .punctuation), ("Hà", .word)]),
        Case(input: "năm.Trong ghi:Không TT& TT", expected: [
            ("năm", .word), (".", .punctuation), ("Trong", .word), ("ghi", .word), (":", .punctuation), ("Không", .word),
            ("TT", .word), ("&", .symbol), ("TT", .word)]),
        // No slash, or a capitalised (not all-caps) group: not a document number.
        Case(input: "05-CT 100/Người", expected: [
            ("05", .number), ("-", .dash), ("CT", .word), ("100", .number), ("/", .symbol), ("Người", .word)]),
        Case(input: "nghiệp./. ... @x a@b", expected: [
            ("nghiệp", .word), (".", .punctuation), ("/", .symbol), (".", .punctuation), (".", .punctuation), (".", .punctuation),
            (".", .punctuation), ("@", .symbol), ("x", .word), ("a", .word), ("@", .symbol), ("b", .word)]),
        Case(input: "http:// www.", expected: [
            ("http", .word), (":", .punctuation), ("/", .symbol), ("/", .symbol), ("www", .word), (".", .punctuation)]),
    ]

    @Test(arguments: lookAlikes)
    func lookAlikesAreNotMerged(_ test: Case) {
        #expect(TokenizerFixture.pairs(test.input) == test.expected.map { P($0.0, $0.1) })
    }

    @Test func byteOffsetsCountUTF8Bytes() {
        let text = "Ở TT&TT đạt 83,7%."
        let tokens = TokenizerFixture.tokenizer.tokens(in: text)
        #expect(tokens.map(\.start) == [0, 4, 10, 17, 22])   // Ở is 3 bytes, đạt 6
        #expect(tokens.map(\.end) == [3, 9, 16, 22, 23])
        #expect(tokens.map(\.kind) == [.word, .abbreviation, .word, .percent, .punctuation])
    }

    @Test func flagsDescribeCaseDigitsAndNonASCII() {
        let text = "Giám UBND đồng Đ/c TT&TT H5N1 x 83,7% “"
        let flags = TokenizerFixture.tokenizer.tokens(in: text).map(\.flags)
        #expect(flags == [
            [.capitalized, .hasNonASCII],
            [.capitalized, .allCaps],
            [.hasNonASCII],
            [.capitalized, .hasNonASCII],
            [.capitalized, .allCaps],
            [.capitalized, .allCaps, .hasDigit],
            [],
            [.hasDigit],
            [],
        ])
    }

    @Test func nfdSyllablesKeepTheirMarks() {
        let nfd = "Vie\u{0323}\u{0302}t Nam, Đo\u{0302}\u{0300}ng Tha\u{0301}p đa\u{0323}t 83,7%"
        let pairs = TokenizerFixture.pairs(nfd)
        #expect(pairs == [
            P("Vie\u{0323}\u{0302}t", .word), P("Nam", .word), P(",", .punctuation), P("Đo\u{0302}\u{0300}ng", .word),
            P("Tha\u{0301}p", .word), P("đa\u{0323}t", .word), P("83,7%", .percent),
        ])
        let nfc = "Việt Nam, Đồng Tháp đạt 83,7%"
        #expect(TokenizerFixture.pairs(nfc).map(\.kind) == pairs.map(\.kind))
        #expect(TokenizerFixture.tokenizer.tokens(in: nfd).map(\.flags) == TokenizerFixture.tokenizer.tokens(in: nfc).map(\.flags))
    }

    @Test func upperCaseSyllablesAndAllCapsHeadlines() {
        let pairs = TokenizerFixture.pairs("CHỦ TỊCH ỦY BAN NHÂN DÂN")
        #expect(pairs.map(\.kind) == Array(repeating: .word, count: 6))
        #expect(TokenizerFixture.tokenizer.tokens(in: "CHỦ TỊCH").allSatisfy { $0.flags.contains(.allCaps) })
    }

    @Test func emptyAndWhitespaceOnlyInputsHaveNoTokens() {
        for text in ["", " ", "\n\n", " \t\r\n ", "\u{00A0}\u{3000}\u{2009}\u{202F}", "\u{2028}\u{2029}"] {
            #expect(TokenizerFixture.tokenizer.tokens(in: text).isEmpty, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func convenienceAPIsAgree() {
        let text = "Ngày 18/6/2016, tỷ lệ đạt 83,7%"
        #expect(TokenizerFixture.tokenizer.strings(in: text) == ["Ngày", "18/6/2016", ",", "tỷ", "lệ", "đạt", "83,7%"])
        var reused: [Token] = []
        TokenizerFixture.tokenizer.tokenize(text, into: &reused)
        #expect(reused == TokenizerFixture.tokenizer.tokens(in: text))
    }
}
