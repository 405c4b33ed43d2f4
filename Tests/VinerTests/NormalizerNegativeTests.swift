import Testing
@testable import Viner

/// Text that must come back byte for byte, with an identity map, in every tone style.
@Suite struct NormalizerNegativeTests {
    static let untouched = [
        "coal", "Ruby on Rails", "QUY", "QUY-2024", "coffee toffee", "https://example.com/hoa?x=1&y=thuy",
        "let x = a[i] + 2; // hoa", "3.14159 1,000,000 -42 1e10", "café", "résumé", "naïve", "São Paulo",
        "Pokémon", "Zürich", "José", "Ðorri", "España", "añ", "ñu", "koń", "Toruń", "ǘ", "é\u{308}", "คิด", "日本語のテキスト", "😀 emoji 👍🏽", "Ωmega", "x² ½ °C", "ﬁ ligature",
        "Ủy ban nhân dân tỉnh Hòa Bình", "Nguyễn Thị Minh Khai, quận 1, TP.HCM", "thuế thu nhập 83,7%",
        "“quoted” – dash", "", " ", "\n\t",
    ]

    @Test func negativeCorpusIsUntouched() {
        for options in [NormalizationOptions(), NormalizationOptions(toneStyle: .modern)] {
            let normalizer = Normalizer(options: options)
            for text in Self.untouched where !(options.toneStyle == .modern && (text.contains("Ủy") || text.contains("Hòa"))) {
                let result = normalizer.normalize(text)
                #expect(result.text == text, "\(text.debugDescription) with \(options.toneStyle)")
                #expect(result.isUnchanged, "\(text.debugDescription)")
                #expect(result.offsetMap.isIdentity)
            }
        }
    }

    @Test func fastPathAgreesWithFullPass() {
        // For every text the fast check calls canonical, the full pass must produce the same bytes.
        for text in Self.untouched + NormalizerPropertyTests.samples(count: 300, seed: 7) {
            for options in [NormalizationOptions(), NormalizationOptions(toneStyle: .modern), NormalizationOptions(lowercase: true),
                            NormalizationOptions(folding: .tones), NormalizationOptions(folding: .all), NormalizationOptions(form: .nfd)] {
                var copy = text
                let canonical = copy.withUTF8 { CanonicalScan.isCanonical($0, options: options) }
                guard canonical else { continue }
                let full = copy.withUTF8 { NormalizationPass(options: options).run(SourceText(utf8: $0), original: $0) }
                #expect(full.bytes == Array(text.utf8), "\(text.debugDescription) \(options)")
            }
        }
    }
}
