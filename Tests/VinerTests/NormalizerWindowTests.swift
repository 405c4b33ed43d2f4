import Testing
@_spi(Testing) @testable import Viner

/// ``WindowedPass`` (the full pass only around the places the scan flags) against the full
/// pass over the whole text: the same text and the same offset map, on random text.
@Suite struct NormalizerWindowTests {
    /// The full pass over the whole text, as ``Normalizer`` reported it before windows.
    static func wholePass(_ text: String, _ options: NormalizationOptions) -> NormalizedText {
        Normalizer(options: options).normalizeWholeText(text)
    }

    static let optionSets: [NormalizationOptions] = [
        NormalizationOptions(), NormalizationOptions(toneStyle: .modern), NormalizationOptions(repairs: .all),
        NormalizationOptions(repairs: []), NormalizationOptions(lowercase: true), NormalizationOptions(folding: .tones),
        NormalizationOptions(folding: .all, lowercase: true), NormalizationOptions(form: .nfd),
    ]

    @Test func windowsGiveTheWholePassTextAndMap() {
        var generator = VietnameseTextGenerator(seed: 0x5EED_0003)
        for (index, options) in Self.optionSets.enumerated() {
            let normalizer = Normalizer(options: options)
            for _ in 0..<(index < 2 ? 400 : 120) {
                let text = generator.text(bytes: Int(generator.random.next() % 1500) + 1)
                let expected = Self.wholePass(text, options)
                let result = normalizer.normalize(text)
                #expect(result.text == expected.text, "\(text.debugDescription) \(options)")
                #expect(result.offsetMap == expected.offsetMap, "\(text.debugDescription) \(options)")
                let fromBytes = normalizer.normalize(bytes: Array(text.utf8))
                #expect(fromBytes == result, "\(text.debugDescription) \(options)")
            }
        }
    }

    @Test func sparseRepairsInCanonicalText() {
        // Canonical text with an NBSP every so often and a modern tone now and then: what real
        // articles look like.
        let sentence = "Ủy ban nhân dân tỉnh Hòa Bình giao Sở Tài chính của địa phương, ngày 15/3/2024. "
        var generator = SplitMix64(seed: 0x5EED_0004)
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) {
                text += sentence
                switch generator.next() % 6 {
                case 0: text += "thu\u{A0}ngân sách "
                case 1: text += "Hoà Bình, thuỷ lợi "
                case 2: text += "\u{A0}"
                case 3: text += "ĐẠI\u{200B}HỘI\n"
                default: break
                }
            }
            for options in [NormalizationOptions(), NormalizationOptions(toneStyle: .modern)] {
                let expected = Self.wholePass(text, options)
                let result = Normalizer(options: options).normalize(text)
                #expect(result == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test func safeBoundaries() {
        let text = Array("ab cd\u{A0}e, 12.x\u{301}y".utf8)
        text.withUnsafeBufferPointer { bytes in
            let safe = (0...bytes.count).filter { WindowedPass.isSafeBoundary(bytes, $0) }
            // After " " (3), "," (9), " " (10), "1" (11), "2" (12), "." (13), and the ends; not after
            // a letter, nor after the NBSP (not ASCII), nor before the combining mark.
            #expect(safe == [0, 3, 9, 10, 11, 12, 13, bytes.count])
        }
    }
}
