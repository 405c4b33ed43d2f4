/// What a lexicon entry is: the second column of a lexicon line.
///
/// The raw values are the words written in the files (`title`, `agency-head`, …).
///
/// ```swift
/// let entry = LexiconEntry(text: "Sở Ngoại vụ", kind: .agency)
/// LexiconKind(rawValue: "agency-head")   // .agencyHead
/// ```
public enum LexiconKind: String, Sendable, Hashable, CaseIterable {
    /// An office: `Giám đốc`, `Chủ tịch`, `Thứ trưởng`, `Người phát ngôn`.
    case title = "title"
    /// A rank modifier written before an office: `Phó`, `Quyền`, `nguyên`, `tân`.
    case titlePrefix = "title-prefix"
    /// A rank modifier written after an office: `Thường trực`.
    case titleSuffix = "title-suffix"
    /// A complete body name: `Chính phủ`, `Tỉnh ủy`, `Văn phòng Chính phủ`; acronyms such as
    /// `UBND` carry their expansion as value.
    case agency = "agency"
    /// A head noun that starts a body's name and needs a name after it: `Sở`, `Bộ`, `Cục`.
    case agencyHead = "agency-head"
    /// A head that names a body only with a level or place after it: `Đảng bộ`, `Công an`.
    case agencyHeadPlace = "agency-head-place"
    /// The field part of a body's name, after a head: `Thông tin và Truyền thông`, `Nội vụ`;
    /// acronyms such as `TT&TT` carry their expansion as value.
    case agencyName = "agency-name"
    /// A province or centrally-run city (before or after the 2025 merger): `Lai Châu`.
    case province = "province"
    /// A city, town or district below province level: `Đà Lạt`, `Bảo Lộc`.
    case city = "city"
    /// A country: `Việt Nam`, `Lào`.
    case country = "country"
    /// A region: `Tây Nguyên`, `Đông Nam Á`.
    case region = "region"
    /// An administrative unit word: `tỉnh`, `thành phố`, `huyện`, `xã`.
    case locationUnit = "location-unit"
    /// A word before a person's name that is not part of it: `ông`, `bà`, `đồng chí`, `Đ/c`.
    case honorific = "honorific"
    /// A family name: `Nguyễn`, `Giàng`, `Lò`.
    case surname = "surname"
}
