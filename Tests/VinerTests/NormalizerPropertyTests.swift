import Testing
@testable import Viner

/// Round trips, idempotence and offset-map properties on generated text.
@Suite struct NormalizerPropertyTests {
    static let pieces: [String] = [
        "a", "o", "u", "y", "i", "e", "h", "q", "g", "n", "t", "ng", "qu", "gi", "th", "kh", "H", "Q", "Đ", "Ð", "ð",
        "à", "á", "ả", "ã", "ạ", "ơ", "ư", "ô", "ê", "â", "ă", "ọ", "ự", "ợ", "ỷ", "ỳ", "Ủ", "Ỳ", "É",
        "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}", "\u{302}", "\u{306}", "\u{31B}", "\u{308}",
        " ", " ", " ", "\u{A0}", "\u{200B}", "\u{200D}", "\u{AD}", ".", ",", "-", "1", "%", "😀", "日", "\u{1100}", "\u{1161}",
        "hoà", "thuỷ", "khoẻ", "lựơng", "Đaị", "Việt", "coal", "QUY",
    ]

    static func samples(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 12)
            return (0..<length).map { _ in generator.pick(pieces) }.joined()
        }
    }

    static let optionSets: [NormalizationOptions] = [
        NormalizationOptions(), NormalizationOptions(toneStyle: .modern), NormalizationOptions(folding: .all, lowercase: true),
        NormalizationOptions(form: .nfd), NormalizationOptions(folding: .tones, repairs: .all),
    ]

    @Test func idempotent() {
        for options in Self.optionSets {
            let normalizer = Normalizer(options: options)
            for text in Self.samples(count: 400, seed: 1) {
                let once = normalizer.normalize(text).text
                let twice = normalizer.normalize(once)
                #expect(twice.text == once, "\(text.debugDescription) → \(once.debugDescription) → \(twice.text.debugDescription)")
                #expect(twice.isUnchanged, "\(once.debugDescription)")
            }
        }
    }

    @Test func modernTraditionalModernRoundTrip() {
        let modern = Normalizer(options: NormalizationOptions(toneStyle: .modern))
        let traditional = Normalizer()
        let words = "hoà thuỷ khoẻ hoàn quý Uỷ ban Hoà Bình ngoài khuỷu Nguyễn người thuở toà soạn hoạ sĩ loè loẹt tuỳ"
        for text in [words] + Self.samples(count: 300, seed: 2) {
            let first = modern.normalize(text).text
            let back = modern.normalize(traditional.normalize(first).text).text
            #expect(back == first, "\(text.debugDescription)")
        }
        #expect(traditional.normalize(words).text == "hòa thủy khỏe hoàn quý Ủy ban Hòa Bình ngoài khuỷu Nguyễn người thuở tòa soạn họa sĩ lòe loẹt tùy")
    }

    /// Scalar boundaries of `text` as UTF-8 offsets, both ends included.
    static func boundaries(_ text: String) -> [Int] {
        var offsets = [0]
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += String(scalar).utf8.count
            offsets.append(offset)
        }
        return offsets
    }

    @Test func offsetMapCoversTheInput() {
        var generator = SplitMix64(seed: 99)
        for options in Self.optionSets {
            let normalizer = Normalizer(options: options)
            for text in Self.samples(count: 400, seed: 3) {
                let result = normalizer.normalize(text)
                let map = result.offsetMap
                let originalLength = text.utf8.count
                let cuts = Self.boundaries(result.text)
                #expect(map.originalLength == originalLength)
                #expect(map.normalizedLength == result.text.utf8.count)
                // Every output range maps into the input.
                for _ in 0..<8 where cuts.count > 1 {
                    let a = generator.pick(cuts), b = generator.pick(cuts)
                    let range = map.originalRange(forNormalized: min(a, b)..<max(a, b))
                    #expect(range.lowerBound >= 0 && range.upperBound <= originalLength)
                }
                // Consecutive pieces cover the input with no gap.
                var pieces: [Range<Int>] = []
                var start = 0
                for cut in cuts.dropFirst() where cut == cuts.last || generator.next() % 3 == 0 {
                    pieces.append(map.originalRange(forNormalized: start..<cut))
                    start = cut
                }
                if let first = pieces.first, let last = pieces.last {
                    #expect(first.lowerBound == 0, "\(text.debugDescription)")
                    #expect(last.upperBound == originalLength, "\(text.debugDescription)")
                    for (left, right) in zip(pieces, pieces.dropFirst()) {
                        #expect(left.upperBound >= right.lowerBound, "gap in \(text.debugDescription)")
                    }
                }
                // Outside the edits, the text is copied verbatim; edits never cut a UTF-8 character.
                let input = Array(text.utf8), output = Array(result.text.utf8)
                let inputCuts = Set(Self.boundaries(text)), outputCuts = Set(cuts)
                var normalizedCursor = 0, originalCursor = 0
                for edit in map.edits {
                    let gap = edit.normalized.lowerBound - normalizedCursor
                    #expect(gap == edit.original.lowerBound - originalCursor)
                    #expect(Array(output[normalizedCursor..<edit.normalized.lowerBound]) == Array(input[originalCursor..<edit.original.lowerBound]))
                    #expect(inputCuts.contains(edit.original.lowerBound) && inputCuts.contains(edit.original.upperBound), "\(text.debugDescription)")
                    #expect(outputCuts.contains(edit.normalized.lowerBound) && outputCuts.contains(edit.normalized.upperBound))
                    normalizedCursor = edit.normalized.upperBound
                    originalCursor = edit.original.upperBound
                }
                #expect(Array(output[normalizedCursor...]) == Array(input[originalCursor...]), "\(text.debugDescription)")
            }
        }
    }

    @Test func entityRangesMapBackToTheCallersText() {
        let text = "Ông Nguyễn Văn A ở tỉnh Hoà Bình\u{A0}và Ðà Nẵng"
        let result = Normalizer().normalize(text)
        #expect(result.text == "Ông Nguyễn Văn A ở tỉnh Hòa Bình và Đà Nẵng")
        func original(_ phrase: String) -> String {
            let bytes = Array(result.text.utf8), needle = Array(phrase.utf8)
            let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            let range = result.offsetMap.originalRange(forNormalized: start..<(start + needle.count))
            return String(decoding: Array(text.utf8)[range], as: UTF8.self)
        }
        #expect(original("Hòa Bình") == "Hoà Bình")
        #expect(original("Đà Nẵng") == "Ðà Nẵng")
        #expect(original("Bình và") == "Bình\u{A0}và")
        #expect(original("tỉnh") == "tỉnh")
    }

    @Test func longTextIsNormalisedBlockByBlockLikeAWhole() {
        var generator = SplitMix64(seed: 5)
        var lines: [String] = []
        for index in 0..<400 {
            let sample = Self.samples(count: 1, seed: UInt64(index))[0]
            lines.append(generator.next() % 4 == 0 ? sample : "Ủy ban nhân dân tỉnh Hòa Bình họp ngày \(index).")
        }
        let text = lines.joined(separator: "\n")
        #expect(text.utf8.count > 3 * 4096)
        let result = Normalizer().normalize(text)
        var copy = text
        let whole = copy.withUTF8 { NormalizationPass(options: NormalizationOptions()).run(SourceText(utf8: $0), original: $0) }
        #expect(Array(result.text.utf8) == whole.bytes)
        // Every edit maps back to the bytes it replaced; outside edits the bytes are equal.
        let input = Array(text.utf8), output = Array(result.text.utf8)
        var normalizedCursor = 0, originalCursor = 0
        for edit in result.offsetMap.edits {
            #expect(Array(output[normalizedCursor..<edit.normalized.lowerBound]) == Array(input[originalCursor..<edit.original.lowerBound]))
            normalizedCursor = edit.normalized.upperBound
            originalCursor = edit.original.upperBound
        }
        #expect(Array(output[normalizedCursor...]) == Array(input[originalCursor...]))
    }

    @Test func fastPathKeepsTheSameString() {
        let text = "Ủy ban nhân dân tỉnh Hòa Bình đã họp, 83,7% đồng ý."
        let result = Normalizer().normalize(text)
        #expect(result.isUnchanged)
        #expect(result.offsetMap == .identity(length: text.utf8.count))
    }

    @Test func lexiconKeys() {
        #expect(Normalizer.syllableKey("Hoà") == "hòa")
        #expect(Normalizer.syllableKey("THUỶ") == "thủy")
        #expect(Normalizer.syllableKey("Thủy", folding: .all) == "thuy")
        #expect(Normalizer.syllableKey("Ðà") == "đà")
        #expect(Normalizer.syllableKey("coal") == "coal")
    }
}
