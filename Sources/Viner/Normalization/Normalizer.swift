/// Brings Vietnamese text to one canonical spelling: Unicode form, tone-mark placement,
/// look-alike letters and invisible characters, legacy encodings and optional folding, with an
/// ``OffsetMap`` back to the original.
///
/// ```swift
/// let normalizer = Normalizer()                 // NFC, traditional tone placement, safe repairs
/// let result = normalizer.normalize("Ủy ban nhân dân tỉnh Hoà Bình")
/// print(result.text)                            // "Ủy ban nhân dân tỉnh Hòa Bình"
/// result.offsetMap.originalRange(forNormalized: 27..<37)   // 27..<37: bytes of "Hoà Bình" in the input
/// ```
///
/// Text that is already canonical (checked in one pass over its UTF-8 bytes, without
/// allocating) comes back as it is, with ``NormalizedText/isUnchanged`` true.
public struct Normalizer: Sendable {
    /// How to normalise.
    public var options: NormalizationOptions

    /// Creates a normaliser with `options`.
    ///
    /// ```swift
    /// let folding = Normalizer(options: NormalizationOptions(folding: .all, lowercase: true))
    /// folding.normalize("Hòa Bình").text   // "hoa binh"
    /// ```
    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
    }

    /// Normalises `text`. Text that is already canonical comes back unchanged (and the result's
    /// ``NormalizedText/isUnchanged`` is true). Offsets of the map are UTF-8 byte offsets of
    /// `text`. With a legacy ``NormalizationOptions/encoding``, each code point up to U+00FF is
    /// read as the byte of the same value (how 8-bit text usually arrives inside Unicode).
    ///
    /// ```swift
    /// let result = Normalizer().normalize("Uỷ ban")
    /// result.text          // "Ủy ban"
    /// result.isUnchanged   // false
    /// ```
    public func normalize(_ text: String) -> NormalizedText {
        var change = 0
        if options.encoding == .unicode {
            let found = text.utf8.withContiguousStorageIfAvailable { CanonicalScan.firstChange($0, options: options, from: 0) }
            if found == text.utf8.count { return NormalizedText(text: text, offsetMap: .identity(length: text.utf8.count)) }
            change = found ?? 0
        }
        var copy = text
        return copy.withUTF8 { bytes in
            if options.encoding == .unicode {
                if let result = WindowedPass(options: options).run(bytes, firstChange: change, text: text) { return result }
                return NormalizedText(text: text, offsetMap: .identity(length: bytes.count))
            }
            let source = SourceText(utf8: bytes)
            if let result = fullPass(source, original: bytes, legacyUnits: { SourceText.Units(text: source) }) { return result }
            return NormalizedText(text: text, offsetMap: .identity(length: bytes.count))
        }
    }

    /// Normalises raw bytes: UTF-8 (ill-formed sequences become U+FFFD), or a legacy 8-bit
    /// encoding when ``NormalizationOptions/encoding`` says so (`.auto` detects it). Offsets of
    /// the map are offsets into `bytes`.
    ///
    /// ```swift
    /// let tcvn3 = Normalizer(options: NormalizationOptions(encoding: .tcvn3))
    /// bytes.withUnsafeBufferPointer { tcvn3.normalize(bytes: $0).text }
    /// ```
    public func normalize(bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        // Validate first: the fast scan reads well-formed UTF-8 only (a truncated sequence at the end
        // would make it read past the buffer).
        if options.encoding == .unicode, Self.isValidUTF8(bytes) {
            let change = CanonicalScan.firstChange(bytes, options: options, from: 0)
            if change < bytes.count, let result = WindowedPass(options: options).run(bytes, firstChange: change) { return result }
            return NormalizedText(text: String(decoding: bytes, as: UTF8.self), offsetMap: .identity(length: bytes.count))
        }
        let source = SourceText(utf8: bytes)
        if let result = fullPass(source, original: bytes, legacyUnits: { SourceText.Units(bytes: bytes) }) { return result }
        return NormalizedText(text: String(decoding: bytes, as: UTF8.self), offsetMap: .identity(length: bytes.count))
    }

    /// ``normalize(bytes:)`` over an array.
    ///
    /// ```swift
    /// Normalizer().normalize(bytes: Array("Hoà Bình".utf8)).text   // "Hòa Bình"
    /// ```
    public func normalize(bytes: [UInt8]) -> NormalizedText {
        bytes.withUnsafeBufferPointer { normalize(bytes: $0) }
    }

    /// Runs the full pass; nil when the output equals the input byte for byte.
    private func fullPass(_ unicode: SourceText, original: UnsafeBufferPointer<UInt8>,
                          legacyUnits: () -> SourceText.Units) -> NormalizedText? {
        var source = unicode
        var encoding = options.encoding
        if encoding == .auto {
            let detection = EncodingDetector.detect(legacyUnits(), unicode: unicode)
            encoding = detection.confidence >= EncodingDetector.autoThreshold ? detection.encoding : .unicode
        }
        switch encoding {
        case .unicode, .auto: break
        case .tcvn3: source = LegacyDecoder.tcvn3(legacyUnits())
        case .vni: source = LegacyDecoder.vni(legacyUnits())
        case .viqr: source = LegacyDecoder.viqr(legacyUnits())
        }
        let (bytes, edits) = NormalizationPass(options: options).run(source, original: original)
        if edits.isEmpty && bytes.count == original.count && source.originalIsUTF8 { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return NormalizedText(text: text, offsetMap: OffsetMap(edits: edits, originalLength: original.count, normalizedLength: bytes.count))
    }

    private static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: return false
            case .emptyInput: return true
            }
        }
    }

    /// What encoding `text` seems to be in, and how sure that is (see ``EncodingDetection``).
    /// Text holding Vietnamese Unicode letters is always `.unicode`.
    ///
    /// ```swift
    /// Normalizer.detectEncoding("Vie^.t Nam").encoding   // .viqr
    /// Normalizer.detectEncoding("Việt Nam").encoding     // .unicode
    /// ```
    public static func detectEncoding(_ text: String) -> EncodingDetection {
        var copy = text
        return copy.withUTF8 { bytes in
            let source = SourceText(utf8: bytes)
            return EncodingDetector.detect(SourceText.Units(text: source), unicode: source)
        }
    }

    /// What encoding raw `bytes` seem to be in. Bytes that are not valid UTF-8 are read as 8-bit.
    ///
    /// ```swift
    /// let found = Normalizer.detectEncoding(bytes: fileBytes)
    /// if found.confidence >= Normalizer.autoDetectionThreshold { print(found.encoding) }
    /// ```
    public static func detectEncoding(bytes: [UInt8]) -> EncodingDetection {
        bytes.withUnsafeBufferPointer { buffer in
            let source = SourceText(utf8: buffer)
            if isValidUTF8(buffer) { return EncodingDetector.detect(SourceText.Units(text: source), unicode: source) }
            return EncodingDetector.detect(SourceText.Units(bytes: buffer), unicode: nil)
        }
    }
}

/// The output of ``Normalizer/normalize(_:)``.
///
/// ```swift
/// let result = Normalizer().normalize("Hoà Bình")
/// result.text                                          // "Hòa Bình"
/// result.offsetMap.originalRange(forNormalized: 0..<4)  // bytes of "Hoà" in the input
/// ```
public struct NormalizedText: Sendable, Hashable {
    /// The normalised text.
    public var text: String
    /// Maps ranges of ``text`` back to the input.
    public var offsetMap: OffsetMap

    /// Creates a result.
    ///
    /// ```swift
    /// let unchanged = NormalizedText(text: "abc", offsetMap: .identity(length: 3))
    /// ```
    public init(text: String, offsetMap: OffsetMap) {
        self.text = text
        self.offsetMap = offsetMap
    }

    /// `true` when normalisation changed nothing.
    public var isUnchanged: Bool { offsetMap.isIdentity }
}
