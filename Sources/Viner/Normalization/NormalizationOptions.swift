/// Options of a ``Normalizer``.
public struct NormalizationOptions: Sendable, Hashable {
    /// The Unicode normalisation form of the output.
    public enum Form: String, Sendable, Hashable, CaseIterable {
        /// Composed (the default; what gold files and most text use).
        case nfc
        /// Decomposed.
        case nfd
    }

    /// Where a tone mark goes in syllables such as `hoa`, `thuy`, `khoe`.
    public enum ToneStyle: String, Sendable, Hashable, CaseIterable {
        /// `hòa`, `thủy`, `khỏe` (the default).
        case traditional
        /// `hoà`, `thuỷ`, `khoẻ`.
        case modern
    }

    /// Folding for search keys.
    public enum Folding: String, Sendable, Hashable, CaseIterable {
        /// Keep every mark.
        case none
        /// Drop tone marks only (`Việt` → `Viêt`).
        case tones
        /// Drop every diacritic and map `đ` to `d` (`Việt` → `Viet`).
        case all
    }

    /// Unicode form. Default `.nfc`.
    public var form: Form = .nfc
    /// Tone placement. Default `.traditional`.
    public var toneStyle: ToneStyle = .traditional
    /// Folding. Default `.none`.
    public var folding: Folding = .none
    /// Lower-case the output. Default `false`.
    public var lowercase: Bool = false

    /// Creates options; every parameter has the default described on its property.
    public init(form: Form = .nfc, toneStyle: ToneStyle = .traditional, folding: Folding = .none, lowercase: Bool = false) {
        self.form = form
        self.toneStyle = toneStyle
        self.folding = folding
        self.lowercase = lowercase
    }
}
