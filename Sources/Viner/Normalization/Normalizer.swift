/// Brings Vietnamese text to one canonical spelling: Unicode form, tone-mark placement,
/// look-alike letters, legacy encodings and optional folding, with an ``OffsetMap`` back to
/// the original.
///
/// ```swift
/// let normalizer = Normalizer()                 // NFC, traditional tone placement
/// let result = normalizer.normalize("Ủy ban nhân dân tỉnh Hoà Bình")
/// print(result.text)                            // "Ủy ban nhân dân tỉnh Hòa Bình"
/// ```
public struct Normalizer: Sendable {
    /// How to normalise.
    public var options: NormalizationOptions

    /// Creates a normaliser with `options`.
    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
    }

    /// Normalises `text`. Text that is already canonical comes back unchanged (and the result's
    /// ``NormalizedText/isUnchanged`` is true).
    public func normalize(_ text: String) -> NormalizedText {
        // Placeholder until the full normaliser lands: identity.
        NormalizedText(text: text, offsetMap: .identity(length: text.utf8.count))
    }
}

/// The output of ``Normalizer/normalize(_:)``.
public struct NormalizedText: Sendable, Hashable {
    /// The normalised text.
    public var text: String
    /// Maps ranges of ``text`` back to the input.
    public var offsetMap: OffsetMap

    /// Creates a result.
    public init(text: String, offsetMap: OffsetMap) {
        self.text = text
        self.offsetMap = offsetMap
    }

    /// `true` when normalisation changed nothing.
    public var isUnchanged: Bool { offsetMap.isIdentity }
}
