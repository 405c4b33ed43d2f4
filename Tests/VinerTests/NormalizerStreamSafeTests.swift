import Testing
import Viner

/// Regression: "o" followed by 100 000 alternating U+0302 U+0323 took ICU's NFC re-sorting
/// 10 s (×18 for ×4 the size). ICU is no longer handed runs of more than 30 combining marks
/// (Unicode's stream-safe limit); such text still comes out canonical, idempotent and whole.
@Suite struct NormalizerStreamSafeTests {
    @Test func shortMarkRunsAreStillNormalised() {
        #expect(Normalizer().normalize("o\u{0323}\u{0302}").text == "ộ")
        #expect(Normalizer().normalize("Vie\u{0323}\u{0302}t").text == "Việt")
    }

    @Test(arguments: [31, 1_000, 100_000])
    func overlongMarkRunsStayWholeAndStable(marks: Int) {
        let text = "x o" + String(repeating: "\u{0302}\u{0323}", count: marks / 2 + 1) + " Hoà"
        let result = Normalizer().normalize(text)
        let expectedTail = " Hòa"
        #expect(result.text.hasPrefix("x "))
        #expect(result.text.hasSuffix(expectedTail))   // the rest of the text is still normalised
        #expect(result.text.unicodeScalars.count == text.unicodeScalars.count)
        #expect(Normalizer().normalize(result.text).text == result.text)
    }
}
