extension Normalizer {
    /// The full pass over all of `text` (read as Unicode), without the fast scan and without
    /// the windows of ``WindowedPass``: what ``normalize(_:)`` must return for `.unicode` input,
    /// text and offset map alike. It is many times slower; it exists so that differential tests
    /// and the fuzz target can hold the fast paths to it.
    ///
    /// ```swift
    /// @_spi(Testing) import Viner
    /// let normalizer = Normalizer()
    /// assert(normalizer.normalize(text) == normalizer.normalizeWholeText(text))
    /// ```
    @_spi(Testing)
    public func normalizeWholeText(_ text: String) -> NormalizedText {
        var copy = text
        return copy.withUTF8 { bytes in
            let (output, edits) = NormalizationPass(options: options).run(SourceText(utf8: bytes), original: bytes)
            if edits.isEmpty && output.elementsEqual(bytes) {
                return NormalizedText(text: text, offsetMap: .identity(length: bytes.count))
            }
            return NormalizedText(text: String(decoding: output, as: UTF8.self),
                                  offsetMap: OffsetMap(edits: edits, originalLength: bytes.count, normalizedLength: output.count))
        }
    }
}
