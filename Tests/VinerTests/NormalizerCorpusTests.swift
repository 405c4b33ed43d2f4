import Testing
@testable import Viner

/// One corpus per rule: input → expected output (phrases written for these tests).
@Suite struct NormalizerCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let expected: String
        var testDescription: String { "\(input.debugDescription) → \(expected.debugDescription)" }
        init(_ input: String, _ expected: String) { self.input = input; self.expected = expected }
    }

    static func check(_ cases: [Case], _ options: NormalizationOptions = NormalizationOptions()) {
        let normalizer = Normalizer(options: options)
        for item in cases {
            let result = normalizer.normalize(item.input)
            #expect(result.text == item.expected, "\(item.testDescription)")
            #expect(Array(result.text.utf8) == Array(item.expected.utf8), "bytes of \(item.testDescription)")
            #expect(result.isUnchanged == (item.input.utf8.elementsEqual(item.expected.utf8)), "\(item.testDescription)")
        }
    }

    @Test func traditionalTonePlacement() {
        Self.check([
            Case("hoà", "hòa"), Case("Hoà Bình", "Hòa Bình"), Case("thuỷ điện", "thủy điện"), Case("khoẻ mạnh", "khỏe mạnh"),
            Case("HOÀ", "HÒA"), Case("Thuỷ", "Thủy"), Case("tuỳ ý", "tùy ý"), Case("Uỷ ban", "Ủy ban"),
            Case("qúy", "quý"), Case("QÚY", "QUÝ"), Case("Qủa", "Quả"), Case("gìa", "già"), Case("gịêng", "giệng"),
            Case("hòan", "hoàn"), Case("ngòai", "ngoài"), Case("khủyu", "khuỷu"), Case("húynh", "huýnh"),
            Case("thủơ", "thuở"), Case("Nguỹên", "Nguyễn"), Case("múa", "múa"), Case("mái", "mái"),
        ])
    }

    @Test func modernTonePlacement() {
        Self.check([
            Case("hòa", "hoà"), Case("Hòa Bình", "Hoà Bình"), Case("thủy", "thuỷ"), Case("khỏe", "khoẻ"), Case("HÒA", "HOÀ"),
            Case("Ủy ban", "Uỷ ban"), Case("hoàn", "hoàn"), Case("quý", "quý"), Case("mái", "mái"), Case("ngoài", "ngoài"),
        ], NormalizationOptions(toneStyle: .modern))
    }

    @Test func misplacedAndDoubledMarks() {
        Self.check([
            Case("lựơng", "lượng"), Case("Đaị", "Đại"), Case("ngừơi", "người"), Case("rựơu", "rượu"), Case("tuổi", "tuổi"),
            Case("á\u{301}", "á"), Case("Việ\u{323}t", "Việt"), Case("lựợng", "lượng"),
        ])
    }

    @Test func combiningMarksInAnyOrder() {
        Self.check([
            Case("Vie\u{323}\u{302}t", "Việt"), Case("Vie\u{302}\u{323}t", "Việt"), Case("Vi\u{EA}\u{323}t", "Việt"),
            Case("Vie\u{301}\u{302}t", "Viết"), Case("Viêt\u{323}", "Việt"), Case("ho\u{61}\u{300}", "hòa"),
            Case("Nam Đi\u{323}nh", "Nam Định"), Case("thu\u{31B}o\u{31B}\u{300}ng", "thường"), Case("e\u{301}", "é"),
        ])
    }

    @Test func toneOnAConsonantMovesOnlyInAVietnameseWord() {
        // With ă â ê ô ơ ư đ in the word, a tone on a consonant is the syllable's misplaced tone,
        // precomposed (ṭ, ñ) or not.
        Self.check([
            Case("Vi\u{EA}\u{1E6D}", "Việt"), Case("v\u{E2}\u{F1}", "vẫn"), Case("v\u{E2}n\u{303}", "vẫn"),
            Case("\u{111}a\u{1E47}", "đạn"),
        ])
        // Elsewhere it is a letter of another language and stays where it is, in NFC and NFD input alike.
        Self.check([
            Case("añ", "añ"), Case("an\u{303}", "añ"), Case("ñu", "ñu"), Case("n\u{303}u", "ñu"), Case("koń", "koń"),
            Case("kon\u{301}", "koń"), Case("Vie\u{1E6D}", "Vie\u{1E6D}"), Case("Viet\u{323}", "Vie\u{1E6D}"),
        ])
        Self.check([Case("añ", "an\u{303}"), Case("an\u{303}", "an\u{303}"), Case("koń", "kon\u{301}")],
                   NormalizationOptions(form: .nfd))
    }

    @Test func toneFoldingTouchesOnlyVietnameseVowels() {
        let options = NormalizationOptions(folding: .tones)
        Self.check([
            Case("café", "cafe"), Case("Thu\u{309}y", "Thuy"), Case("ự", "ư"), Case("\u{1E4D}", "o"), Case("a\u{301}\u{302}", "â"),
        ], options)
        Self.check([
            Case("ǘ", "ǘ"), Case("ñ", "ñ"), Case("n\u{303}", "ñ"), Case("koń", "koń"), Case("\u{1E51}", "\u{1E51}"),
            Case("é\u{308}", "é\u{308}"), Case("ά", "ά"), Case("1\u{301}", "1\u{301}"), Case("\u{301}", "\u{301}"),
        ], options)
        Self.check([Case("ǘ", "u\u{308}\u{301}"), Case("ñ", "n\u{303}"), Case("Việt", "Vie\u{302}t")],
                   NormalizationOptions(form: .nfd, folding: .tones))
    }

    @Test func lookAlikeLetters() {
        Self.check([
            Case("Ðà Nẵng", "Đà Nẵng"), Case("ÐẠI HỌC", "ĐẠI HỌC"), Case("ðiều", "điều"), Case("ÐHQG", "ĐHQG"),
            Case("Ðorri", "Ðorri"), Case("Ð", "Ð"),
        ])
    }

    @Test func spacesAndInvisibles() {
        Self.check([
            Case("83,7\u{A0}%", "83,7 %"), Case("ngày\u{202F}18", "ngày 18"), Case("Vi\u{200B}ệt", "Việt"),
            Case("\u{FEFF}Hà Nội", "Hà Nội"), Case("Hà\u{AD}Nội", "HàNội"), Case("Việt\u{200D}Nam", "ViệtNam"),
            Case("👨\u{200D}👩", "👨\u{200D}👩"), Case("\u{200B}", ""),
        ])
    }

    @Test func quotesAndDashesOnlyWhenAsked() {
        Self.check([Case("“Hà Nội” – 2016", "“Hà Nội” – 2016")])
        Self.check([Case("“Hà Nội” – ‘x’", "\"Hà Nội\" - 'x'")], NormalizationOptions(repairs: .all))
    }

    @Test func folding() {
        Self.check([Case("Việt Nam", "Viêt Nam"), Case("Đà Nẵng", "Đa Năng")], NormalizationOptions(folding: .tones))
        Self.check([Case("Đà Nẵng", "Da Nang"), Case("Crème brûlée", "Creme brulee"), Case("Thủy", "Thuy"),
                    Case("añ", "an"), Case("\u{E04}\u{E34}\u{E14}", "\u{E04}\u{E14}")],
                   NormalizationOptions(folding: .all))
        Self.check([Case("HÒA BÌNH", "hòa bình"), Case("ĐƯỜNG Ωmega", "đường ωmega")], NormalizationOptions(lowercase: true))
        Self.check([Case("Đường Trường Sơn", "duong truong son"), Case("Hoà", "hoa")],
                   NormalizationOptions(folding: .all, lowercase: true))
    }

    @Test func decomposedForm() {
        Self.check([Case("Việt", "Vie\u{323}\u{302}t"), Case("hoà", "ho\u{300}a"), Case("abc", "abc")],
                   NormalizationOptions(form: .nfd))
    }

    @Test func otherScriptsGoThroughICU() {
        Self.check([Case("\u{1100}\u{1161}", "\u{AC00}"), Case("n\u{303}", "ñ"), Case("A\u{30A}ngström", "Ångström")])
    }
}
