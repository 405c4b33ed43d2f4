/// Finds TITLE, AGENCY, PERSON, LOCATION, DATE and PERCENT entities in raw Vietnamese text.
///
/// The pipeline: normalise (with an offset map) → tokenize → run the rules → resolve
/// overlaps (longest span, then rule priority, then earliest) → map every span back to the
/// caller's original text. `EntityRecognizer` is `Sendable`; share one across threads.
///
/// ```swift
/// let recognizer = try EntityRecognizer()
/// let entities = recognizer.recognize("Ngày 18/6/2016, Sở TT&TT Lai Châu đạt 83,7%")
/// // DATE «Ngày 18/6/2016» 2016-06-18, AGENCY «Sở TT&TT Lai Châu», PERCENT «83,7%» 83.7
/// ```
public struct EntityRecognizer: Sendable {
    /// The lexicon the name rules match.
    public let lexicon: Lexicon
    /// The normaliser applied before matching.
    public let normalizer: Normalizer
    /// Recognition choices beyond the contract's defaults.
    public let options: RecognitionOptions
    private let tokenizer: Tokenizer
    private let nameRules: NameRules

    /// Creates a recogniser over `lexicon` (the built-in one by default).
    ///
    /// ```swift
    /// let recognizer = try EntityRecognizer()
    /// let custom = try EntityRecognizer(lexicon: Lexicon.builtIn.adding(tsv: "TGĐ\ttitle", fileName: "mine.tsv"),
    ///                                   options: RecognitionOptions(timesWithoutDate: true))
    /// ```
    public init(lexicon: Lexicon = .builtIn, normalizer: Normalizer = Normalizer(),
                options: RecognitionOptions = RecognitionOptions()) throws(ICUError) {
        self.lexicon = lexicon
        self.normalizer = normalizer
        self.options = options
        self.tokenizer = try Tokenizer()
        self.nameRules = NameRules(lexicon: lexicon)
    }

    /// The entities of `text`, sorted by position, never overlapping.
    ///
    /// - Parameters:
    ///   - text: raw text (a `String`, or a `Substring` such as a line from `split`), in any
    ///     Unicode form or tone placement. Offsets count from its start; ``Entity/range(in:)``
    ///     turns them into its indices.
    ///   - referenceDate: the document's own date, to resolve relative dates and dates without
    ///     a year that need one; without it relative dates carry no value.
    ///
    /// A text longer than 1 MiB is read in blocks of whole lines (no rule reads across
    /// a line break), so memory stays bounded by the longest block, not the text; the entities
    /// are the same as in one piece.
    ///
    /// ```swift
    /// let entities = recognizer.recognize("Hôm qua, UBND tỉnh Lai Châu họp.",
    ///                                     referenceDate: try CalendarDate(year: 2016, month: 6, day: 18))
    /// entities.map(\.text)   // ["Hôm qua", "UBND tỉnh Lai Châu"]
    /// entities[0].dateValue?.iso   // "2016-06-17"
    /// ```
    public func recognize(_ text: some StringProtocol, referenceDate: CalendarDate? = nil) -> [Entity] {
        recognize(String(text), referenceDate: referenceDate, blockBytes: Self.blockBytes)
    }

    /// Texts longer than this many UTF-8 bytes are recognised in blocks of whole lines of about
    /// this size (see ``recognize(_:referenceDate:)``).
    static let blockBytes = 1 << 20

    /// ``recognize(_:referenceDate:)`` with the block size as a parameter (tests use small ones).
    func recognize(_ text: String, referenceDate: CalendarDate?, blockBytes: Int) -> [Entity] {
        if text.utf8.count <= blockBytes { return recognizeWhole(text, referenceDate: referenceDate) }
        var result: [Entity] = []
        var scalarShift = 0
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let end = Self.blockEnd(bytes, from: start, limit: blockBytes)
                let block = UnsafeBufferPointer(rebasing: bytes[start..<end])
                for var entity in recognizeWhole(String(decoding: block, as: UTF8.self), referenceDate: referenceDate) {
                    entity.utf8Range = (entity.utf8Range.lowerBound + start)..<(entity.utf8Range.upperBound + start)
                    entity.scalarRange = (entity.scalarRange.lowerBound + scalarShift)..<(entity.scalarRange.upperBound + scalarShift)
                    result.append(entity)
                }
                for byte in block where byte & 0xC0 != 0x80 { scalarShift += 1 }
                start = end
            }
        }
        return result
    }

    /// Where the block starting at `start` ends: after the last line feed within `limit` bytes,
    /// or, when a line is longer than that, after the line's own line feed (or at the end).
    static func blockEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        if bytes.count - start <= limit { return bytes.count }
        var end = start + limit
        while end > start && bytes[end - 1] != 0x0A { end -= 1 }
        if end > start { return end }
        end = start + limit
        while end < bytes.count && bytes[end - 1] != 0x0A { end += 1 }
        return end
    }

    private func recognizeWhole(_ text: String, referenceDate: CalendarDate?) -> [Entity] {
        let normalized = normalizer.normalize(text)
        let document = makeDocument(normalized.text, referenceDate: referenceDate)
        var candidates: [Candidate] = []
        NumericRules.find(in: document, into: &candidates)
        nameRules.find(in: document, into: &candidates)
        let accepted = OverlapPolicy.resolve(candidates)
        guard !accepted.isEmpty else { return [] }
        let map = normalized.offsetMap
        // Unchanged text: the document's bytes are the original's (no second copy).
        let originalBytes = map.isIdentity ? document.bytes : Array(text.utf8)
        return entities(from: accepted, originalBytes: originalBytes, map: map)
    }

    func makeDocument(_ text: String, referenceDate: CalendarDate?) -> Document {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.forEachToken(utf8: buffer) { tokens.append($0) }
        }
        return Document(text: text, bytes: bytes, tokens: tokens, referenceDate: referenceDate, options: options)
    }

    private func entities(from accepted: [Candidate], originalBytes: [UInt8], map: OffsetMap) -> [Entity] {
        guard !accepted.isEmpty else { return [] }
        var converter = OffsetConverter(utf8: originalBytes)
        var result: [Entity] = []
        result.reserveCapacity(accepted.count)
        for candidate in accepted {
            let range = map.originalRange(forNormalized: candidate.range)
            let lower = converter.scalarOffset(forUTF8: range.lowerBound)
            let upper = converter.scalarOffset(forUTF8: range.upperBound)
            let text = String(decoding: originalBytes[range], as: UTF8.self)
            result.append(Entity(type: candidate.type, utf8Range: range, scalarRange: lower..<upper, text: text, value: candidate.value))
        }
        return result
    }
}
