/// What ``Normalizer/detectEncoding(_:)`` found.
///
/// ```swift
/// let found = Normalizer.detectEncoding("Vie^.t Nam la` mo^.t quo^'c gia")
/// // found.encoding == .viqr, found.confidence close to 1
/// ```
public struct EncodingDetection: Sendable, Hashable {
    /// The encoding the text seems to be in (`.unicode`, `.tcvn3`, `.vni` or `.viqr`).
    public var encoding: NormalizationOptions.Encoding
    /// How sure, from 0 to 1. `.auto` converts only at ``Normalizer/autoDetectionThreshold`` or above.
    public var confidence: Double
    /// Words that, decoded this way, became Vietnamese syllables with marks (the evidence).
    public var supportingWords: Int

    /// Creates a detection result.
    ///
    /// ```swift
    /// let found = EncodingDetection(encoding: .viqr, confidence: 0.9, supportingWords: 12)
    /// ```
    public init(encoding: NormalizationOptions.Encoding, confidence: Double, supportingWords: Int) {
        self.encoding = encoding
        self.confidence = confidence
        self.supportingWords = supportingWords
    }
}

extension Normalizer {
    /// The confidence `.auto` needs before it converts legacy text.
    ///
    /// ```swift
    /// let found = Normalizer.detectEncoding(text)
    /// let convert = found.confidence >= Normalizer.autoDetectionThreshold
    /// ```
    public static let autoDetectionThreshold = EncodingDetector.autoThreshold
}

/// Scores each legacy decoding of a text by how many of its words become well-formed
/// Vietnamese syllables with marks, against the text read as Unicode.
enum EncodingDetector {
    static let autoThreshold = 0.8

    struct Score {
        var words = 0          // words in the text
        var marked = 0         // words holding a Vietnamese letter with a mark
        var markedValid = 0    // … that are well-formed syllables
    }

    static func score(_ text: SourceText) -> Score {
        var score = Score()
        let scalars = text.scalars
        var index = 0
        var word: [UInt32] = []
        while index < scalars.count {
            guard NormalizationPass.isWordScalar(scalars[index]) else { index += 1; continue }
            word.removeAll(keepingCapacity: true)
            while index < scalars.count && (NormalizationPass.isWordScalar(scalars[index]) || NormalizationPass.isMark(scalars[index])) {
                word.append(scalars[index]); index += 1
            }
            score.words += 1
            var codes: UInt64 = 0
            var marked = false
            var valid = word.count <= 8
            for (position, scalar) in word.enumerated() where valid {
                var code: UInt8
                if scalar < 0x80 {
                    code = VietnameseAlphabet.ascii(Unicode.Scalar(UInt8(scalar)))
                } else if case let facts = VietnameseAlphabet.facts(scalar), facts != 0 {
                    code = VietnameseAlphabet.code(facts)
                    marked = true
                } else {
                    valid = false
                    code = VietnameseAlphabet.otherLetter
                }
                codes |= UInt64(code) << UInt64(position * 8)
            }
            if marked {
                score.marked += 1
                if valid && SyllableRules.toneIndex(codes, count: word.count, modern: false) >= 0 { score.markedValid += 1 }
            }
        }
        return score
    }

    /// Detects the encoding of `units` (the `unicode` reading, when there is one, counts too).
    static func detect(_ units: SourceText.Units, unicode: SourceText?) -> EncodingDetection {
        if let unicode {
            // Vietnamese letters outside Latin-1 only exist in Unicode text: never reinterpret it.
            let vietnamese = unicode.scalars.filter { $0 >= 0x100 && VietnameseAlphabet.facts($0) != 0 }.count
            if vietnamese > 0 { return EncodingDetection(encoding: .unicode, confidence: 1, supportingWords: vietnamese) }
            // 8-bit text read as Latin-1 or Windows-1252 never holds other scalars above U+00FF
            // (a combining mark, a CJK letter, …): such text is Unicode, whatever its letters say.
            // (U+FFFD is neutral: it is also what ill-formed legacy bytes decode to.)
            if unicode.scalars.contains(where: { $0 > 0xFF && $0 != 0xFFFD && !windows1252Extras.contains($0) }) {
                return EncodingDetection(encoding: .unicode, confidence: 1, supportingWords: 0)
            }
        }
        var unicodeConfidence = 0.0
        var unicodeSupport = 0
        if let unicode {
            let base = score(unicode)
            if base.marked > 0 {
                unicodeConfidence = Double(base.markedValid) / Double(base.marked) * coverage(base.markedValid, base.words)
                unicodeSupport = base.markedValid
            }
        }
        var best = EncodingDetection(encoding: .unicode, confidence: 0, supportingWords: 0)
        let viqr = LegacyDecoder.viqrCounting(units)
        let candidates: [(NormalizationOptions.Encoding, SourceText, Int?)] = [
            (.tcvn3, LegacyDecoder.tcvn3(units), nil), (.vni, LegacyDecoder.vni(units), nil), (.viqr, viqr.text, viqr.strongMarks),
        ]
        for (encoding, decoded, strong) in candidates {
            let result = score(decoded)
            guard result.marked > 0 else { continue }
            let evidence = min(result.markedValid, strong ?? result.markedValid)
            let confidence = Double(result.markedValid) / Double(result.marked) * coverage(evidence, result.words)
            if confidence > best.confidence { best = EncodingDetection(encoding: encoding, confidence: confidence, supportingWords: evidence) }
        }
        if best.confidence > unicodeConfidence + 0.1 && best.supportingWords > 0 { return best }
        return EncodingDetection(encoding: .unicode, confidence: max(unicodeConfidence, 1 - best.confidence), supportingWords: unicodeSupport)
    }

    /// The scalars Windows-1252 gives bytes 0x80–0x9F (how 8-bit text often arrives in a String).
    static let windows1252Extras: Set<UInt32> = [
        0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192, 0x2C6, 0x2DC, 0x2013, 0x2014, 0x2018, 0x2019,
        0x201A, 0x201C, 0x201D, 0x201E, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122,
    ]

    /// Vietnamese prose has marks on most words; demand them on a quarter before being sure.
    private static func coverage(_ supporting: Int, _ words: Int) -> Double {
        guard words > 0 else { return 0 }
        return min(1, Double(supporting) / (0.25 * Double(words)))
    }
}
