import Testing
@testable import Viner

/// The DATE and PERCENT scans try a rule only where ``DateParser/canStart(at:in:)`` or
/// ``PercentParser/canStart(_:)`` holds. These tests run the parsers on EVERY piece of many
/// phrases and check that nothing is found where the filters say nothing can start, so a new
/// rule that starts with another word fails here until the filter learns it.
@Suite struct NumericStartTests {
    /// Words after which rules read something (numbers, calendar words, directions, signs).
    static let continuations = [
        "", "2", "12", "2020", "5/6", "5/6/2020", "10:30", "8h30", "%", " %", "phần trăm", "giờ", "giờ rưỡi",
        "ngày 5", "ngày mai", "ngày 5 tháng 6", "tháng 5", "tháng 5 năm 2020", "năm 2020", "năm nay", "năm ngoái",
        "tuần sau", "tuần tới", "quý 3", "hai", "mươi", "mười lăm", "nay", "qua", "mai", "tới", "vừa rồi",
        "tiếp theo", "chủ nhật", "thứ 2", "lúc 7 giờ", "sáng", "tối nay", "bây giờ", "nhật", "sinh", "hè này",
        "đầu năm 2020", "tháng đầu năm", "ngày tới", "- 2021", "2 - 3", "trăm", "phẩy năm phần trăm",
        "h", "h30", "g45", "pm", "am", "giây tới", "s tới", "phút tới", "tiếng vừa rồi", "ngày tiếp theo",
        "tuần sắp tới", "năm tới", "người", "-", ":", "/", ".", "mươi tháng 5", "mươi lăm tháng tư",
        "trăm linh năm giờ", "mươi giờ rưỡi chiều", "chục năm tới", "mốt ngày tới", "tư tháng bảy năm 2020",
        "hôm qua", "hôm kia", "bữa nay", "ngày hôm qua", "thứ ba tuần sau", "chủ nhật tới", "tịch", "nhất", "đó",
        "tạo", "họp", "sáng nay", "chiều thứ 6", "mười giờ", "linh năm", "nghìn",
    ]

    /// Every lexeme spelling before every continuation, plus the DATE and PERCENT corpora.
    static let phrases: [String] = {
        var phrases: [String] = []
        for lexeme in Lexeme.allCases {
            for spelling in lexeme.spellings {
                let capitalized = spelling.prefix(1).uppercased() + spelling.dropFirst()
                for next in continuations {
                    phrases.append("x \(spelling) \(next) y")
                    phrases.append("(\(capitalized) \(next))")
                }
            }
        }
        for example in DateCorpusTests.absolute + DateCorpusTests.relative + DateCorpusTests.timesAlone + PercentCorpusTests.corpus {
            phrases.append(example.textAndSpans.0)
        }
        phrases += DateCorpusTests.negative + PercentCorpusTests.negative
        phrases += ["-5% và +3%", "− 7 %", "[10-15%]", "x, 24/7, (21.6) và 3/3/17", "1.000 người - 20%"]
        // Numbers in digits before every lexeme: the words a number leads into.
        for lexeme in Lexeme.allCases {
            for spelling in lexeme.spellings {
                for number in ["3", "12", "2020"] {
                    phrases.append("x \(number) \(spelling) tới y")
                    phrases.append("x \(number)\(spelling)30 y")
                    phrases.append("\(number) \(spelling) vừa rồi")
                }
            }
        }
        return phrases
    }()

    static let reference = CalendarDate(iso: "2023-05-16T09:05")

    /// Calls `body` with the pieces of each line of each phrase.
    static func forEachLine(_ body: (UnsafeBufferPointer<TextPiece>, String) -> Void) {
        for text in phrases {
            let document = ValueCorpus.recognizer.makeDocument(text, referenceDate: nil)
            let pieces = PieceScanner.pieces(of: document)
            pieces.withUnsafeBufferPointer { all in
                PieceScanner.forEachLine(of: pieces, in: document) { range in
                    body(UnsafeBufferPointer(rebasing: all[range]), text)
                }
            }
        }
    }

    @Test func datesStartOnlyWhereTheFilterSays() {
        var tried = 0
        var started = 0
        Self.forEachLine { line, text in
            for reference in [nil, Self.reference] {
                let parser = DateParser(pieces: line, reference: reference, timesWithoutDate: true)
                for i in 0..<line.count {
                    let found = parser.match(at: i)
                    if DateParser.canStart(at: i, in: line) {
                        tried += 1
                        if found != nil { started += 1 }
                    } else {
                        #expect(found == nil, "a date starts at piece \(i) of «\(text)» though the filter says none can")
                    }
                }
            }
        }
        // The phrases do exercise the rules.
        #expect(started > 1000 && tried > started)
    }

    @Test func percentagesStartOnlyWhereTheFilterSays() {
        var started = 0
        Self.forEachLine { line, text in
            let parser = PercentParser(p: line)
            for i in 0..<line.count {
                let found = parser.match(at: i)
                if PercentParser.canStart(line[i]) {
                    if found != nil { started += 1 }
                } else {
                    #expect(found == nil, "a percentage starts at piece \(i) of «\(text)» though the filter says none can")
                }
            }
        }
        #expect(started > 100)
    }

    @Test func filtersRejectOrdinaryWords() {
        for text in ["các", "của", "trong", "và", "đến", "số", "hơn", "người", "%"] {
            let document = ValueCorpus.recognizer.makeDocument(text, referenceDate: nil)
            let pieces = PieceScanner.pieces(of: document)
            #expect(!pieces.withUnsafeBufferPointer { DateParser.canStart(at: 0, in: $0) }, "\(text)")
        }
        for text in ["các", "tháng", "ngày", "năm mươi"] {
            let document = ValueCorpus.recognizer.makeDocument(text, referenceDate: nil)
            let piece = PieceScanner.pieces(of: document)[0]
            #expect(PercentParser.canStart(piece) == (text == "năm mươi"), "\(text)")
        }
    }

    @Test func lexemeLookupIgnoresCaseAndRejectsOtherWords() {
        func lookup(_ text: String) -> Lexeme { Lexeme.lookup(ArraySlice(Array(text.utf8))) }
        #expect(lookup("ngày") == .ngay)
        #expect(lookup("NGÀY") == .ngay)
        #expect(lookup("Ngày") == .ngay)
        #expect(lookup("ngay") == .ngay2)
        #expect(lookup("KHOẢNG") == .khoang)
        #expect(lookup("Đầu") == .dau)
        #expect(lookup("qúy") == .quy)
        #expect(lookup("ngàyx") == .none)
        #expect(lookup("ngà") == .none)
        #expect(lookup("khoảngg") == .none)
        #expect(lookup("") == .none)
        #expect(lookup("ngày ") == .none)
        for lexeme in Lexeme.allCases {
            for spelling in lexeme.spellings {
                #expect(lookup(spelling) == lexeme, "\(spelling)")
                #expect(lookup(spelling.uppercased()) == lexeme, "\(spelling.uppercased())")
            }
        }
    }
}
