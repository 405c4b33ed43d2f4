/// Options of a ``Normalizer``.
///
/// The defaults are what ``EntityRecognizer`` uses: NFC, traditional tone placement, the
/// ``Repairs/safe`` repairs, no folding, no lower-casing, Unicode input.
///
/// ```swift
/// var options = NormalizationOptions(folding: .all, lowercase: true)   // search keys
/// options.encoding = .auto                                             // accept legacy text
/// ```
public struct NormalizationOptions: Sendable, Hashable {
    /// The Unicode normalisation form of the output.
    ///
    /// ```swift
    /// Normalizer(options: NormalizationOptions(form: .nfd)).normalize("Việt").text.unicodeScalars.count   // 6
    /// ```
    public enum Form: String, Sendable, Hashable, CaseIterable {
        /// Composed (the default; what gold files and most text use).
        case nfc
        /// Decomposed.
        case nfd
    }

    /// Where a tone mark goes in syllables such as `hoa`, `thuy`, `khoe`.
    ///
    /// ```swift
    /// Normalizer(options: NormalizationOptions(toneStyle: .modern)).normalize("Hòa").text   // "Hoà"
    /// ```
    public enum ToneStyle: String, Sendable, Hashable, CaseIterable {
        /// `hòa`, `thủy`, `khỏe` (the default).
        case traditional
        /// `hoà`, `thuỷ`, `khoẻ`.
        case modern
    }

    /// Folding for search keys.
    ///
    /// ```swift
    /// Normalizer(options: NormalizationOptions(folding: .tones)).normalize("Việt").text   // "Viêt"
    /// ```
    public enum Folding: String, Sendable, Hashable, CaseIterable {
        /// Keep every mark.
        case none
        /// Drop tone marks only (`Việt` → `Viêt`), and only from Vietnamese vowels (`a e i o u y
        /// ă â ê ô ơ ư` carrying nothing but Vietnamese marks, in any word: `café` → `cafe`).
        /// Tone-like marks elsewhere stay on their letter: on a consonant (`ñ`, `ń`), on a letter
        /// with another mark (`ǘ`, `ṑ`, `Ǻ`), on a non-Latin letter.
        case tones
        /// Drop every diacritic and map `đ` to `d` (`Việt` → `Viet`, `Đà` → `Da`).
        case all
    }

    /// Character-level repairs. Tone-mark repairs (misplaced, doubled, combining marks in the
    /// Windows-1258 order or on the wrong letter) are part of tone placement and always on. A
    /// tone mark on a consonant moves to the vowel only in a word that also has one of
    /// `ă â ê ô ơ ư đ` (`Viêṭ` → `Việt`); elsewhere it is a letter of another language and stays
    /// (`añ`, `koń`, `ñu`), whether the input is NFC or NFD.
    ///
    /// ```swift
    /// let options = NormalizationOptions(repairs: .all)   // also quotes and dashes
    /// let minimal = NormalizationOptions(repairs: [])      // tone placement only
    /// ```
    public struct Repairs: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        /// Creates a set from its raw bits.
        ///
        /// ```swift
        /// let repairs = NormalizationOptions.Repairs(rawValue: 0b11)   // [.lookAlikes, .spaces]
        /// ```
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// `Ð` (U+00D0, Icelandic eth) and `ð` become `Đ`/`đ` inside a word that is Vietnamese
        /// (a valid syllable, or an all-capital acronym such as `ÐHQG`).
        public static let lookAlikes = Repairs(rawValue: 1 << 0)
        /// No-break space U+00A0, U+2000–U+200A, U+202F and U+205F become a plain space.
        public static let spaces = Repairs(rawValue: 1 << 1)
        /// Zero-width space, word joiner, BOM and soft hyphen are removed; ZWNJ/ZWJ too when
        /// they stand between two letters (emoji sequences keep theirs).
        public static let invisibles = Repairs(rawValue: 1 << 2)
        /// Curly single and double quotes and primes become `'` and `"`.
        public static let quotes = Repairs(rawValue: 1 << 3)
        /// Hyphen and dash variants (U+2010–U+2015, minus U+2212) become `-`.
        public static let dashes = Repairs(rawValue: 1 << 4)

        /// The default: look-alikes, spaces and invisibles.
        public static let safe: Repairs = [.lookAlikes, .spaces, .invisibles]
        /// Every repair.
        public static let all: Repairs = [.lookAlikes, .spaces, .invisibles, .quotes, .dashes]
    }

    /// How the input is encoded.
    ///
    /// ```swift
    /// Normalizer(options: NormalizationOptions(encoding: .viqr)).normalize("Vie^.t").text   // "Việt"
    /// ```
    public enum Encoding: String, Sendable, Hashable, CaseIterable {
        /// Unicode (UTF-8 bytes or a `String`). The default.
        case unicode
        /// TCVN3 (ABC, TCVN 5712:1993): 8-bit, `.VnTime` fonts.
        case tcvn3
        /// VNI-Windows: 8-bit, a base letter followed by mark bytes.
        case vni
        /// VIQR (RFC 1456): ASCII marks after the letter, `Vie^.t Nam`.
        case viqr
        /// Detect (see ``Normalizer/detectEncoding(_:)``) and convert only when confident;
        /// ordinary Unicode text is never converted.
        case auto
    }

    /// Unicode form. Default `.nfc`.
    public var form: Form = .nfc
    /// Tone placement. Default `.traditional`.
    public var toneStyle: ToneStyle = .traditional
    /// Folding. Default `.none`.
    public var folding: Folding = .none
    /// Lower-case the output. Default `false`.
    public var lowercase: Bool = false
    /// Character repairs. Default ``Repairs/safe``.
    public var repairs: Repairs = .safe
    /// Input encoding. Default `.unicode`.
    public var encoding: Encoding = .unicode

    /// Creates options; every parameter has the default described on its property.
    ///
    /// ```swift
    /// let keys = NormalizationOptions(folding: .all, lowercase: true)
    /// ```
    public init(form: Form = .nfc, toneStyle: ToneStyle = .traditional, folding: Folding = .none, lowercase: Bool = false,
                repairs: Repairs = .safe, encoding: Encoding = .unicode) {
        self.form = form
        self.toneStyle = toneStyle
        self.folding = folding
        self.lowercase = lowercase
        self.repairs = repairs
        self.encoding = encoding
    }
}
