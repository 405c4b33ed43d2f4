/// A normalised text, its bytes and tokens: what every rule reads.
struct Document {
    /// The normalised text.
    let text: String
    /// Its UTF-8 bytes (token offsets index these).
    let bytes: [UInt8]
    /// Its tokens.
    let tokens: [Token]
    /// The document's own date, for relative dates; nil when unknown.
    let referenceDate: CalendarDate?
    /// The recogniser's options.
    var options = RecognitionOptions()

    /// The bytes of token `index`.
    @inline(__always)
    func bytes(of index: Int) -> ArraySlice<UInt8> {
        let token = tokens[index]
        return bytes[Int(token.start)..<Int(token.end)]
    }

    /// The text of token `index` (allocates; for rules off the hot path).
    func text(of index: Int) -> String {
        String(decoding: bytes(of: index), as: UTF8.self)
    }

    /// `true` when whitespace (or nothing) separates token `index` from the next one.
    func spaceAfter(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        return tokens[index].end != tokens[index + 1].start
    }
}

/// A span a rule proposes, in byte offsets of the normalised text. Overlaps are resolved by
/// ``OverlapPolicy``.
struct Candidate: Sendable, Hashable {
    var type: EntityType
    /// Byte range in the normalised text.
    var range: Range<Int>
    var value: EntityValue?
    /// Breaks ties between equally long overlapping spans: higher wins.
    var priority: Int = 0
}
