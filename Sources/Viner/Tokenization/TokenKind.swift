/// What a token is, decided from its shape alone (no context).
///
/// The kinds describe *shape*; whether a shape is really a date, a ratio or a score is the
/// recogniser's call. For example `24/7` is `.numericDate` (it parses as 24 July), and the
/// recogniser's negative rules reject it.
///
/// ```swift
/// tokenizer.tokens(in: "Ngày 18/6/2016 đạt 83,7%").map(\.kind)
/// // [.word, .numericDate, .word, .percent]
/// ```
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A run of letters: one Vietnamese syllable (`Thông`, `nghiệp`), any other word (`coal`),
    /// or a word with an inner apostrophe (`H'Mông`, `H’Mông`). Letters, combining marks (NFD)
    /// and digits after a letter stay in the word (`H5N1`, `.hasDigit`); `.` and `:` between
    /// letters split it (`năm.Trong` → word, punctuation, word) unless it is an abbreviation.
    case word
    /// Digits only: `2016`, `10`, `063`. A range is three tokens: `2011-2015` → number, dash,
    /// number; `10-15%` → number, dash, percent. (Any `Nd` digits count, not only ASCII.)
    case number
    /// Digits with a decimal comma: `83,7`, `464,6`, `1.234,5`.
    case decimal
    /// Dot-grouped thousands: `1.764`, `2.184`, `1.000.000` (first group 1–3 digits, then groups of 3).
    case groupedNumber
    /// A number joined to a percent sign: `95%`, `83,7%`, `1.000%`, `-11%`. A leading `-` or `−`
    /// (U+2212) belongs to the percentage only when it stands at the start of the text or right
    /// after white space, `(` or `[` (`giảm -11%`); otherwise it is a `.dash` (`10-15%`).
    /// `98,9 %` with a space is a `.decimal` followed by a `.symbol` token `%`; the recogniser
    /// joins them.
    case percent
    /// A numeric day-month(-year) that is a valid calendar date: `18/6/2016`, `05/06/2022`,
    /// `1-10-2024`, `18.6`, `18.6.2016`, `21/6`, `6/2016` (month/four-digit year).
    /// Day and month have one or two digits, a year two or four; one separator throughout.
    /// With `-` the year is required (`21-6` is number, dash, number); with `.` a second group
    /// of three digits makes a `.groupedNumber` instead (`1.764`).
    case numericDate
    /// Two or more numbers joined by `/` that are not a valid date: `10/63`, `108/129`, `45/13`,
    /// `31/2/2020`, `80/2014`.
    case fraction
    /// A clock time: `21:26`, `14h20`, `7h`, `07:30:15` (hours ≤ 24, minutes and seconds two
    /// digits < 60; `7ha` is `.numeric`).
    case time
    /// Other digit-led shapes: `0912.345.678`, `1.2.3`, `31-2-2020`, `25:70`, `1,2,3`, and digits
    /// glued to letters `3x4`, `4G`, `7ha`.
    case numeric
    /// An acronym or abbreviation: letter groups joined by `&`, `/`, `-` or `.`: `TT&TT`,
    /// `KH&CN`, `Đ/c`, `LĐ-TB&XH`, `NN&PTNT`, `TP.HCM`, `QĐ-UBND`. Joins: `&` between groups that
    /// start upper case; `-` between all-caps groups; `.` before an all-caps group (after an
    /// all-caps or short capitalised one: `Tp.HCM`); `/` once, between a capitalised group of
    /// at most 3 letters and one of at most 3 (`Đ/c`, not `thôn/bản`). Plain all-caps words
    /// (`UBND`) are `.word` with `.allCaps`; `COVID-19` is word, dash, number.
    case abbreviation
    /// A document number: digits, then letter groups starting upper case (the first all caps),
    /// joined by `/`, `-` (or `&`), with at least one `/`: `575/QĐ-UBND`, `13-NQ/TU`,
    /// `30/2020/NĐ-CP`, `258/QĐ-TTg`, `12/2017/QH14`.
    case documentNumber
    /// `http://…`, `https://…`, `www.…` up to white space, without trailing punctuation.
    case url
    /// `name@example.com`.
    case email
    /// Sentence and clause punctuation, quotes and brackets, one character per token:
    /// `.` `,` `;` `:` `!` `?` `…` `"` `'` `“` `(` `]` (so `...` is three tokens).
    case punctuation
    /// A dash or hyphen standing alone: `-`, `–`, `—`.
    case dash
    /// Any other symbol: `%` alone, `&`, `+`, `/`, `*`, `_`, emoji (a whole emoji sequence is
    /// one token), a combining mark with no base, and U+FFFD or invalid UTF-8 bytes.
    case symbol
    /// Letters of scripts without spaces between words (Han, Kana, Thai, Lao, Khmer, …) as ICU
    /// segments them.
    case other

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .decimal: "decimal"
        case .groupedNumber: "groupedNumber"
        case .percent: "percent"
        case .numericDate: "numericDate"
        case .fraction: "fraction"
        case .time: "time"
        case .numeric: "numeric"
        case .abbreviation: "abbreviation"
        case .documentNumber: "documentNumber"
        case .url: "url"
        case .email: "email"
        case .punctuation: "punctuation"
        case .dash: "dash"
        case .symbol: "symbol"
        case .other: "other"
        }
    }
}

/// Letter-case facts about a token.
///
/// ```swift
/// let token = tokenizer.tokens(in: "UBND")[0]
/// token.flags.contains(.allCaps)   // true
/// ```
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    /// ```swift
    /// TokenFlags(rawValue: 0b11) == [.capitalized, .allCaps]   // true
    /// ```
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The token's first letter is upper case (`Giám`, `UBND`, `Đ/c`, `575/QĐ-UBND`).
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Every letter is upper case and there are at least two letters (`UBND`, `TT&TT`, `CHỦ`).
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// The token contains a decimal digit.
    public static let hasDigit = TokenFlags(rawValue: 1 << 2)
    /// The token contains a letter or combining mark outside ASCII (a Vietnamese letter with
    /// diacritics, `đ`, an NFD tone mark, …); non-ASCII punctuation does not count.
    public static let hasNonASCII = TokenFlags(rawValue: 1 << 3)
}
