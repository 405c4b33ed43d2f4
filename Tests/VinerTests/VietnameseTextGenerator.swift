import Foundation

/// Random Vietnamese-looking text for the normaliser's differential tests: syllables built from
/// onsets, nuclei and finals with a tone on any vowel (right, wrong or modern), in any case,
/// mixed with ASCII words, NBSP, zero-width characters, combining marks, `Ð`, other scripts,
/// punctuation and line feeds.
struct VietnameseTextGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let onsets = ["", "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
                         "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x", "Đ", "Ð", "ð"]
    static let nuclei = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
                         "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "oai", "oay", "uây", "uôi", "ươi",
                         "ươu", "iêu", "yêu", "uyu", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "ươ", "ưo", "uy", "uyê", "iê",
                         "yê", "uya", "aa", "oai", "eu", "ieu"]
    static let finals = ["", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "l", "x"]
    /// Combining tone marks: sắc, huyền, hỏi, ngã, nặng.
    static let tones: [Character] = ["\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"]
    static let words = ["của", "quả", "giám", "ngày", "hoạch", "người", "tỉnh", "việc", "hòa", "hoà", "thủy", "thuỷ", "khỏe",
                        "khoẻ", "quý", "qúy", "gìn", "già", "gìa", "Ủy", "Uỷ", "ĐẠI", "Đaị", "lựơng", "lượng", "coal", "Ruby",
                        "QUY", "café", "José", "naïve", "año", "koń", "ÐHQG", "Ðà", "ðó", "UBND", "TP.HCM", "2024", "15%"]
    static let others = ["\u{A0}", "\u{A0}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{2060}", "\u{2009}",
                         "\u{301}", "\u{323}", "\u{302}", "\u{306}", "\u{31B}", "\u{308}", "\u{941}", "“", "”", "–", "—", "…",
                         "😀", "中文", "ß", "ñ", "ṭ", "Σ", "ﬁ", "Ａ", "\u{1E9E}"]
    static let separators = [" ", " ", " ", " ", " ", "\n", ", ", ". ", "\n\n", "-", "", "\u{A0}", " (", ") ", "/"]

    /// One syllable: onset + nucleus + final, a tone on a random vowel (or none; now and then
    /// two when `hostile`), precomposed or not, in lower, title or upper case.
    mutating func syllable(hostile: Bool = true) -> String {
        let onset = random.pick(Self.onsets)
        let nucleus = Array(random.pick(Self.nuclei))
        let final = random.pick(Self.finals)
        var letters = nucleus.map(String.init)
        if random.next() % 5 != 0 {
            let position = Int(random.next() % UInt64(letters.count))
            letters[position] += String(random.pick(Self.tones))
            if hostile && random.next() % 20 == 0 {   // a second tone
                letters[Int(random.next() % UInt64(letters.count))] += String(random.pick(Self.tones))
            }
        }
        var word = onset + letters.joined() + final
        if random.next() % 8 != 0 { word = word.precomposedStringWithCanonicalMapping }
        switch random.next() % 10 {
        case 0: word = word.uppercased()
        case 1, 2: word = word.prefix(1).uppercased() + word.dropFirst()
        default: break
        }
        return word
    }

    /// A text of about `bytes` UTF-8 bytes (at least one piece). `hostile` mixes in the
    /// characters of ``others``, words with two tones and the ``words`` with letters of other
    /// languages that carry Vietnamese marks (`año`, `koń`).
    mutating func text(bytes: Int, hostile: Bool = true) -> String {
        var result = ""
        repeat {
            switch random.next() % 20 {
            case 0..<12: result += syllable(hostile: hostile)
            case 12..<16:
                let word = random.pick(Self.words)
                result += hostile || !["año", "koń"].contains(word) ? word : "ano"
            case 16, 17: result += hostile ? random.pick(Self.others) : syllable(hostile: false)
            default: result += String(random.next() % 1000)
            }
            result += random.pick(Self.separators)
        } while result.utf8.count < bytes
        return result
    }
}
