/// What a token is, decided from its shape alone (no context).
///
/// The kinds describe *shape*; whether a shape is really a date, a ratio or a score is the
/// recogniser's call. For example `24/7` is `.numericDate` (it parses as 24 July), and the
/// recogniser's negative rules reject it.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A run of letters: one Vietnamese syllable (`Thông`, `nghiệp`), any other word (`coal`),
    /// or a word with an inner apostrophe (`H'Mông`).
    case word
    /// Digits only: `2016`, `10`, `063`.
    case number
    /// Digits with a decimal comma: `83,7`, `464,6`.
    case decimal
    /// Dot-grouped thousands: `1.764`, `2.184`, `1.000.000` (first group 1–3 digits, then groups of 3).
    case groupedNumber
    /// A number joined to a percent sign: `95%`, `83,7%`, `-11%`. (`98,9 %` with a space is a
    /// `.decimal` followed by a `.symbol` token `%`; the recogniser joins them.)
    case percent
    /// A numeric day-month(-year) that is a valid calendar date: `18/6/2016`, `05/06/2022`,
    /// `1-10-2024`, `18.6`, `21/6`, `6/2016` (month/year).
    case numericDate
    /// Two or more numbers joined by `/` that are not a valid date: `10/63`, `108/129`, `45/13`.
    case fraction
    /// A clock time: `21:26`, `14h20`, `7h`, `07:30:15`.
    case time
    /// Other digit runs with separators: `0912.345.678`, `1.2.3`, `3x4`.
    case numeric
    /// An acronym or abbreviation with `&`, `/`, `-` or `.` inside: `TT&TT`, `KH&CN`, `Đ/c`,
    /// `LĐ-TB&XH`, `TP.HCM`. Plain all-caps words (`UBND`) are `.word` with `.allCaps`.
    case abbreviation
    /// A document number: `575/QĐ-UBND`, `13-NQ/TU`, `30/2020/NĐ-CP`.
    case documentNumber
    /// `http://…`, `https://…`, `www.…`.
    case url
    /// `name@example.com`.
    case email
    /// Sentence and clause punctuation, quotes and brackets: `.` `,` `;` `:` `!` `?` `…` `"` `“` `(` `]`.
    case punctuation
    /// A dash or hyphen standing alone: `-`, `–`, `—`.
    case dash
    /// Any other symbol: `%` alone, `&`, `+`, `/`, `*`, emoji.
    case symbol
    /// Letters of scripts without spaces between words (Han, Thai, …) as ICU segments them.
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
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first letter is upper case (`Giám`, `UBND`, `Đ/c`).
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Every letter is upper case and there are at least two letters (`UBND`, `TT&TT`, `CHỦ`).
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// The token contains a decimal digit.
    public static let hasDigit = TokenFlags(rawValue: 1 << 2)
    /// The token contains a letter outside ASCII (a Vietnamese letter with diacritics, `đ`, …).
    public static let hasNonASCII = TokenFlags(rawValue: 1 << 3)
}
