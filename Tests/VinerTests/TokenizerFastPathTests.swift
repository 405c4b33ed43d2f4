import Testing
@_spi(Benchmarks) @testable import Viner

/// The Latin fast path (no ICU) gives exactly the tokens of the ICU path.
@Suite struct TokenizerFastPathTests {
    static let viaICU: Tokenizer = {
        do { return try Tokenizer(icuInput: .utf16, fastPath: false) } catch { fatalError("\(error)") }
    }()

    /// Pieces the fast path handles (no ICU): Vietnamese in NFC and NFD, every unit shape,
    /// Latin-1 and general punctuation, odd spaces, soft hyphens, apostrophes, lone marks.
    static let latinPieces: [String] = [
        "Việt", "Nam", "nghiệp", "ĐỒNG", "Thủ", "tướng", "ơ", "ư", "Ă", "đ", "a", "Z", "x", "H'", "H’Mông", "l'", "'",
        "Vie\u{0323}\u{0302}t", "a\u{0301}", "\u{0300}", "\u{0323}", "\u{00AD}", "ǅ", "ß", "ª", "µ", "ŋ",
        "TT", "&", "KH", "/", "c", "Đ", "-", "–", "—", "−", ".", ",", ";", ":", "!", "?", "…", "(", ")", "[", "]",
        "“", "”", "‘", "’", "\"", "«", "»", "%", "‰", "₫", "€", "©", "°", "×", "±", "§", "_", "@", "#", "+", "=",
        "0", "1", "2", "5", "12", "18", "2016", "83", "7", "464", "1.764", "h", "H", "www.", "http://", "https://",
        "vn", "gov", "QĐ", "UBND", "NQ", "TU", "TTg", "HCM", "TP.", "x@y.vn", "4G",
        " ", " ", " ", "  ", "\n", "\t", "\r\n", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{2028}", "\u{0085}",
    ]

    static func latinText(pieces count: Int, _ random: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<count { text += latinPieces[Int(random.next() % UInt64(latinPieces.count))] }
        return text
    }

    @Test func randomLatinTextTakesTheFastPathAndMatchesICU() {
        var random = SplitMix64(seed: 0xFA57)
        for round in 0..<400 {
            let text = Self.latinText(pieces: Int(random.next() % 60) + 1, &random)
            let bytes = Array(text.utf8)
            let coveredByFastPath = bytes.withUnsafeBufferPointer { LatinFastPath.covers($0.baseAddress!, 0, $0.count) }
            #expect(coveredByFastPath, "round \(round)")
            let fast = TokenizerFixture.tokens(bytes: bytes)
            let icu = TokenizerFixture.tokens(bytes: bytes, using: Self.viaICU)
            #expect(fast == icu, "round \(round): \(Array(text.unicodeScalars))")
            if fast != icu { return }
        }
    }

    @Test func newsLikeTextMatchesICU() {
        // Whole sentences of the kinds the recogniser reads, many windows long.
        let sentences = [
            "Ngày 18/6/2016, UBND TP.HCM ban hành Quyết định số 575/QĐ-UBND về việc giao chỉ tiêu.",
            "Tỷ lệ hộ dùng Internet đạt 83,7% (tăng 2,5 % so với 2011-2015); kinh phí 1.764 tỷ đồng.",
            "Đ/c Nguyễn Văn A, Giám đốc Sở TT&TT, làm việc với Bộ KH&CN lúc 14h20 ngày 1-10-2024.",
            "Theo Nghị quyết 13-NQ/TU và Nghị định 30/2020/NĐ-CP, người H'Mông ở xã… được hỗ trợ.",
            "Xem https://example.gov.vn/tin-tuc/a_b.html hoặc gửi thư tới lienhe@so-tttt.example.vn – “khẩn”.",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH giảm -11% và tăng 10-15%; lúc 21:26, 7h sáng 21/6.",
        ]
        var random = SplitMix64(seed: 0x4E45)
        var text = ""
        while text.utf8.count < 3 * TokenizerScratch.windowSize {
            text += sentences[Int(random.next() % UInt64(sentences.count))]
            text += random.next() % 4 == 0 ? "\n\n" : " "
        }
        let bytes = Array(text.utf8)
        #expect(TokenizerFixture.tokens(bytes: bytes) == TokenizerFixture.tokens(bytes: bytes, using: Self.viaICU))
    }

    @Test func otherScriptsAndInvalidBytesGoThroughICU() {
        for text in ["Hà Nội 漢字", "😀 ok", "a\u{200B}b", "ไทย", "Ж"] {
            let bytes = Array(text.utf8)
            #expect(!bytes.withUnsafeBufferPointer { LatinFastPath.covers($0.baseAddress!, 0, $0.count) }, "\(text)")
        }
        let invalid: [UInt8] = [0x61, 0xFF, 0x62]
        #expect(!invalid.withUnsafeBufferPointer { LatinFastPath.covers($0.baseAddress!, 0, $0.count) })
        // And random text of every kind agrees between the two paths.
        var random = SplitMix64(seed: 0xA11)
        for _ in 0..<200 {
            let bytes = random.next() % 2 == 0
                ? Array(RandomText.string(length: 30, using: &random).utf8)
                : RandomText.bytes(length: 30, using: &random)
            #expect(TokenizerFixture.tokens(bytes: bytes) == TokenizerFixture.tokens(bytes: bytes, using: Self.viaICU))
        }
    }
}
