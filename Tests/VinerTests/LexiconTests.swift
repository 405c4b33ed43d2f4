import Testing
@testable import Viner

@Suite struct LexiconTests {
    @Test func builtInLoadsEveryFile() {
        let lexicon = Lexicon.builtIn
        #expect(lexicon.entries.count > 800)
        for kind in LexiconKind.allCases {
            #expect(lexicon.entries.contains { $0.kind == kind }, "no \(kind) entries")
        }
        #expect(lexicon.contains("Lai Châu", as: .province))
        #expect(lexicon.contains("Giàng", as: .surname))
        #expect(lexicon.contains("Đ/c", as: .honorific))
    }

    @Test func allProvincesBeforeAndAfterTheMerger() {
        let before = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Bắc Kạn", "Yên Bái", "Vĩnh Phúc",
                      "Hải Dương", "Hà Nam", "Nam Định", "Thái Bình", "Quảng Bình", "Thừa Thiên Huế", "Quảng Nam",
                      "Bình Định", "Phú Yên", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Đắk Nông", "Bình Phước",
                      "Bình Dương", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh",
                      "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu"]
        let after = ["Huế", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình",
                     "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Thành phố Hồ Chí Minh",
                     "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang", "Lai Châu", "Điện Biên",
                     "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"]
        for name in before + after {
            #expect(Lexicon.builtIn.contains(name, as: .province), "\(name)")
        }
        let provinces = Lexicon.builtIn.entries.filter { $0.kind == .province && $0.value == nil }
        #expect(provinces.count == 64)   // 63 before the merger, plus «Huế»
    }

    @Test func foldingIgnoresCaseFormAndTonePlacement() {
        let nfc = SyllableFolding.pieceHashes(of: "Ủy ban Hòa Bình")
        #expect(SyllableFolding.pieceHashes(of: "UỶ BAN HOÀ BÌNH") == nfc)
        #expect(SyllableFolding.pieceHashes(of: "U\u{309}y ban Hoa\u{300} Bi\u{300}nh") == nfc)
        #expect(SyllableFolding.pieceHashes(of: "\u{D0}ảng") == SyllableFolding.pieceHashes(of: "Đảng"))
        #expect(SyllableFolding.pieceHashes(of: "TT&TT") == SyllableFolding.pieceHashes(of: "TT và TT"))
        #expect(SyllableFolding.pieceHashes(of: "Thanh – Hình") == SyllableFolding.pieceHashes(of: "Thanh - Hình"))
        // different tones and letters stay different
        #expect(SyllableFolding.pieceHashes(of: "Mỷ") != SyllableFolding.pieceHashes(of: "Mỹ"))
        #expect(SyllableFolding.pieceHashes(of: "đa") != SyllableFolding.pieceHashes(of: "da"))
        #expect(SyllableFolding.pieceHashes(of: "ư") != SyllableFolding.pieceHashes(of: "u"))
    }

    @Test func parseErrorsCarryFileAndLine() {
        #expect(throws: LexiconError(fileName: "mine.tsv", line: 3, message: "unknown kind \"agencyy\"")) {
            try Lexicon.parse(tsv: "# comment\n\nSở Ngoại vụ\tagencyy\n", fileName: "mine.tsv")
        }
        #expect(throws: LexiconError.self) { try Lexicon.parse(tsv: "Sở Ngoại vụ\n", fileName: "a.tsv") }
        #expect(throws: LexiconError.self) { try Lexicon.parse(tsv: "A\tagency\tB\tC\n", fileName: "a.tsv") }
        #expect(throws: LexiconError.self) { try Lexicon.parse(tsv: "X\ttitle\nx\ttitle\n", fileName: "a.tsv") }
        let error = LexiconError(fileName: "mine.tsv", line: 3, message: "bad")
        #expect(error.description == "mine.tsv:3: bad")
    }

    @Test func parsesValuesAndSkipsComments() throws {
        let entries = try Lexicon.parse(tsv: "# x\r\nTCT\tagency\tTổng công ty\r\n  \nPhó\ttitle-prefix\n", fileName: "a.tsv")
        #expect(entries == [LexiconEntry(text: "TCT", kind: .agency, value: "Tổng công ty"),
                            LexiconEntry(text: "Phó", kind: .titlePrefix)])
    }

    @Test func userLexiconAddedAtRunTime() throws {
        let text = "Ông Kpă Y Lul đến thăm Khu bảo tồn Kon Chư Răng."
        let before = NamesTestSupport.recognizer.recognize(text)
        #expect(!before.contains { $0.text == "Khu bảo tồn Kon Chư Răng" })
        let lexicon = try Lexicon.builtIn.adding(tsv: "Khu bảo tồn Kon Chư Răng\tagency\nKBT\tagency\tKhu bảo tồn\n",
                                                 fileName: "extra.tsv")
        #expect(lexicon.entries.count == Lexicon.builtIn.entries.count + 2)
        let recognizer = try EntityRecognizer(lexicon: lexicon)
        let after = recognizer.recognize(text)
        #expect(after.contains { $0.type == .agency && $0.text == "Khu bảo tồn Kon Chư Răng" })
        #expect(after.contains { $0.type == .person && $0.text == "Kpă Y Lul" })
        let acronym = recognizer.recognize("KBT đã đón đoàn khách.").first
        #expect(acronym?.type == .agency && acronym?.value == .name("Khu bảo tồn"))
    }
}
