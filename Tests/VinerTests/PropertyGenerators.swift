/// Builds texts from pieces that exercise the tokenizer's units, the normaliser's rewrites and
/// the recogniser's rules, mixed with hostile scalars, joined by assorted white space (or none).
enum TextGenerator {
    static let syllables = [
        "ngày", "tháng", "năm", "quý", "Phó", "Chủ", "tịch", "Giám", "đốc", "Sở", "Bộ", "UBND", "tỉnh", "huyện",
        "xã", "Hà", "Nội", "Đà", "Nẵng", "Nguyễn", "Trần", "Thị", "Văn", "Hòa", "Hoà", "hoá", "thuỷ", "thủy",
        "khỏe", "khoẻ", "Ủy", "Uỷ", "ban", "nhân", "dân", "đạt", "tăng", "giảm", "phần", "trăm", "H'Mông", "Việt",
        "CHỦ", "TỊCH", "Thủ", "tướng", "Chính", "phủ", "Cục", "Thuế", "ông", "bà", "đồng", "chí", "Đ/c", "TP.HCM",
        "đến", "từ", "trước", "sau", "đầu", "cuối", "giữa", "hôm", "nay", "mai", "qua", "lúc", "giờ", "tuần",
    ]
    static let units = [
        "18/6/2016", "05/06/2022", "1-10-2024", "18.6", "31/2", "29/2/2023", "0/0", "99/99/9999", "6/2016", "24/7",
        "83,7%", "98,9 %", "-11%", "−2,5%", "100%", "1.764", "1.000.000", "0912.345.678", "21:26", "14h20", "7h",
        "TT&TT", "KH&CN", "LĐ-TB&XH", "575/QĐ-UBND", "13-NQ/TU", "30/2020/NĐ-CP", "https://vi.example.org/a?b=1",
        "www.example.vn", "ten@example.com", "3x4", "1.2.3", "10/63", "I", "II", "III/2023", "IV", "2.000,5",
        "20-25%", "3–5%", "1/1/1", "12345678901234567890", "9999", "0", "00/00/0000", "23:59:60", "25h99",
    ]
    static let punctuation = [".", ",", ";", ":", "!", "?", "…", "\"", "“", "”", "'", "(", ")", "[", "]", "-", "–", "—", "/", "&", "%", "+", "*", "@", "#"]
    static let spaces = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{2028}", "\u{0085}", ""]
    static let hostile: [String] = [
        "\u{0301}", "\u{0323}\u{0309}", "\u{200D}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{0000}", "\u{0007}", "\u{001B}",
        "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "😀", "👍🏽", "👨‍👩‍👧", "🇻🇳", "中文", "ภาษาไทย", "ລາວ", "العربية", "ﬁ", "Ａ",
        "①", "²", "Ⅻ", "ǅ", "İ", "ß", "Σ", "\u{1E9E}", "a\u{0306}\u{0301}", "D\u{0323}", "\u{0110}", "\u{01A0}\u{0300}",
    ]

    /// One random piece.
    static func piece<R: RandomNumberGenerator>(_ rng: inout R) -> String {
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<40: return syllables.randomElement(using: &rng)!
        case 40..<62: return units.randomElement(using: &rng)!
        case 62..<75: return punctuation.randomElement(using: &rng)!
        case 75..<85: return hostile.randomElement(using: &rng)!
        case 85..<92: return String(Int.random(in: 0..<100_000, using: &rng))
        default: return randomScalars(&rng, count: Int.random(in: 1...3, using: &rng))
        }
    }

    /// Scalars from anywhere in Unicode, biased toward Latin, combining marks and punctuation.
    static func randomScalars<R: RandomNumberGenerator>(_ rng: inout R, count: Int) -> String {
        var result = ""
        for _ in 0..<count {
            let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xC0...0x24F, 0x300...0x36F, 0x1EA0...0x1EF9, 0x2000...0x206F, 0...0x10FFFF]
            let range = ranges.randomElement(using: &rng)!
            var value = UInt32.random(in: range, using: &rng)
            if (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
            result.unicodeScalars.append(Unicode.Scalar(value)!)
        }
        return result
    }

    /// A text of up to `maxPieces` pieces; some texts are turned into NFD scalars by hand.
    static func text<R: RandomNumberGenerator>(_ rng: inout R, maxPieces: Int = 40) -> String {
        var result = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) {
            result += piece(&rng)
            result += spaces.randomElement(using: &rng)!
        }
        return result
    }

    /// Random bytes: mostly pieces of well-formed UTF-8, with stray continuation bytes,
    /// truncated sequences, surrogates and overlong forms mixed in.
    static func bytes<R: RandomNumberGenerator>(_ rng: inout R, maxPieces: Int = 40) -> [UInt8] {
        var result: [UInt8] = []
        let bad: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0xAF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xFE], [0xF0, 0x9F, 0x98]]
        for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) {
            if Bool.random(using: &rng) {
                result += piece(&rng).utf8
            } else {
                result += bad.randomElement(using: &rng)!
            }
            if Bool.random(using: &rng) { result += spaces.randomElement(using: &rng)!.utf8 }
        }
        return result
    }
}
