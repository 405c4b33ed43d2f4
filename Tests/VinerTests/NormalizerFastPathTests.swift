import Testing
@testable import Viner

/// The fast path (``CanonicalScan``) against the full pass (``NormalizationPass``): it may call
/// text canonical only when the full pass returns it byte for byte, and it should call
/// canonical text canonical.
@Suite struct NormalizerFastPathTests {
    static func fullPass(_ text: String, _ options: NormalizationOptions) -> [UInt8] {
        var copy = text
        return copy.withUTF8 { NormalizationPass(options: options).run(SourceText(utf8: $0), original: $0).bytes }
    }

    static func fastPath(_ text: String, _ options: NormalizationOptions) -> Bool {
        var copy = text
        return copy.withUTF8 { CanonicalScan.isCanonical($0, options: options) }
    }

    static let optionSets: [NormalizationOptions] = [
        NormalizationOptions(), NormalizationOptions(toneStyle: .modern), NormalizationOptions(repairs: []),
        NormalizationOptions(toneStyle: .modern, repairs: .all), NormalizationOptions(lowercase: true),
        NormalizationOptions(folding: .tones), NormalizationOptions(folding: .all), NormalizationOptions(form: .nfd),
    ]

    /// A canonical filler long enough that the tuned block loop (64 bytes at a time, the last
    /// 72 bytes left to the plain loop) reads what follows it.
    static let filler = "Ủy ban nhân dân tỉnh Hòa Bình giao Sở Tài chính của địa phương "

    @Test func neverCallsChangedTextCanonical() {
        var generator = VietnameseTextGenerator(seed: 0x5EED_0001)
        for (index, options) in Self.optionSets.enumerated() {
            for _ in 0..<(index < 2 ? 700 : 200) {
                let text = generator.text(bytes: Int(generator.random.next() % 600) + 1)
                let full = Self.fullPass(text, options)
                if Self.fastPath(text, options) {
                    #expect(full == Array(text.utf8), "\(text.debugDescription) \(options)")
                }
                // The normalised text: canonical by idempotence; the fast path must not disagree wrongly.
                let output = String(decoding: full, as: UTF8.self)
                if Self.fastPath(output, options) {
                    #expect(Self.fullPass(output, options) == full, "\(output.debugDescription) \(options)")
                }
            }
        }
    }

    @Test func callsNormalisedVietnameseCanonical() {
        // Without Ð/ð (the fast path leaves every one to the full pass) the normalised text of
        // generated syllables is always recognised as canonical.
        var generator = VietnameseTextGenerator(seed: 0x5EED_0002)
        for options in [NormalizationOptions(), NormalizationOptions(toneStyle: .modern)] {
            for _ in 0..<500 {
                let text = generator.text(bytes: Int(generator.random.next() % 500) + 1, hostile: false)
                    .replacingOccurrences(of: "Ð", with: "D").replacingOccurrences(of: "ð", with: "d")
                let output = String(decoding: Self.fullPass(text, options), as: UTF8.self)
                #expect(Self.fastPath(output, options), "\(output.debugDescription) \(options)")
            }
        }
    }

    @Test func placedTonesPassAnywhereInTheText() {
        let words = ["của", "quả", "giám", "ngày", "hoạch", "người", "tỉnh", "việc", "gìn", "già", "Quý", "khuỷu", "ngoài",
                     "QUẢNG", "GIẢI", "thuở", "tươi", "cưới", "Nguyễn", "huỳnh", "coál", "tínhán", "đại", "Đà", "địa", "đoạn", "ĐÁ"]
        for word in words {
            for text in [word, word + " " + Self.filler + Self.filler, Self.filler + word + " " + Self.filler,
                         Self.filler + Self.filler + word] {
                #expect(Self.fastPath(text, NormalizationOptions()), "\(word) in \(text.utf8.count) bytes")
                #expect(Self.fullPass(text, NormalizationOptions()) == Array(text.utf8), "\(word)")
            }
        }
    }

    @Test func misplacedTonesFailAnywhereInTheText() {
        let cases = ["cuả", "qủa", "gíam", "ngaỳ", "hóach", "ngừơi", "gìa", "qúy", "QÚY", "ngoaì", "khủyu", "thủơ",
                     "hoà", "thuỷ", "Ðà", "tì\u{300}nh", "ca\u{301}", "âú", "úâ", "ủơ", "ốí", "đaị", "ĐOÁ", "a\u{A0}b", "x\u{200B}y"]
        for word in cases {
            for text in [word, word + " " + Self.filler + Self.filler, Self.filler + word + " " + Self.filler,
                         Self.filler + Self.filler + word] {
                #expect(!Self.fastPath(text, NormalizationOptions()), "\(word.debugDescription) in \(text.utf8.count) bytes")
                #expect(Self.fullPass(text, NormalizationOptions()) != Array(text.utf8), "\(word.debugDescription)")
            }
        }
        // The modern style wants the tone of oa/oe/uy on the second vowel.
        for word in ["hòa", "thủy", "khỏe"] {
            #expect(!Self.fastPath(Self.filler + word + Self.filler, NormalizationOptions(toneStyle: .modern)), "\(word)")
        }
    }
}
