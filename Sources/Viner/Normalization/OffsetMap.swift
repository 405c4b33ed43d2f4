/// Maps byte ranges of a normalised text back to the original text it was made from.
///
/// Offsets are UTF-8 byte offsets on both sides. Text that normalisation left as it was maps
/// one to one; a replaced piece (a re-ordered tone mark, a converted legacy character) maps to
/// the whole original piece it came from, so a mapped range never cuts a character in two.
///
/// ```swift
/// let result = Normalizer().normalize("Ủy ban nhân dân tỉnh Hoà Bình")
/// let original = result.offsetMap.originalRange(forNormalized: 0..<4)
/// ```
public struct OffsetMap: Sendable, Hashable {
    /// A changed piece: `normalized` bytes in the output came from `original` bytes of the input.
    ///
    /// ```swift
    /// // NFD "Hoa\u{300}" (5 bytes) became NFC "Hòa" (4 bytes):
    /// let edit = OffsetMap.Edit(normalized: 1..<4, original: 1..<5)
    /// ```
    public struct Edit: Sendable, Hashable {
        /// The byte range in the normalised text.
        public var normalized: Range<Int>
        /// The byte range in the original text.
        public var original: Range<Int>

        /// Creates an edit.
        ///
        /// ```swift
        /// OffsetMap.Edit(normalized: 0..<2, original: 0..<3)
        /// ```
        public init(normalized: Range<Int>, original: Range<Int>) {
            self.normalized = normalized
            self.original = original
        }
    }

    /// The changed pieces, in order, not overlapping. Between them text is copied verbatim.
    public private(set) var edits: [Edit]
    /// Length of the original text in bytes.
    public private(set) var originalLength: Int
    /// Length of the normalised text in bytes.
    public private(set) var normalizedLength: Int

    /// The map of a text that normalisation did not change.
    ///
    /// ```swift
    /// OffsetMap.identity(length: 10).originalRange(forNormalized: 2..<5)   // 2..<5
    /// ```
    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(edits: [], originalLength: length, normalizedLength: length)
    }

    /// Creates a map from its edits (sorted, non-overlapping, consistent with both lengths).
    ///
    /// ```swift
    /// let map = OffsetMap(edits: [.init(normalized: 0..<2, original: 0..<3)], originalLength: 10, normalizedLength: 9)
    /// map.originalOffset(forNormalized: 5)   // 6
    /// ```
    public init(edits: [Edit], originalLength: Int, normalizedLength: Int) {
        self.edits = edits
        self.originalLength = originalLength
        self.normalizedLength = normalizedLength
    }

    /// `true` when the normalised text is byte-identical to the original.
    public var isIdentity: Bool { edits.isEmpty && originalLength == normalizedLength }

    /// The original byte offset of a boundary in the normalised text. A boundary inside a
    /// changed piece maps to the piece's start when `roundingUp` is false, its end otherwise; a
    /// boundary where something was deleted maps to before the deleted bytes, except the end of
    /// the normalised text, which always maps to the end of the original.
    ///
    /// ```swift
    /// map.originalOffset(forNormalized: 1)                    // 0: inside a changed piece, its start
    /// map.originalOffset(forNormalized: 1, roundingUp: true)  // 3: its end
    /// ```
    public func originalOffset(forNormalized offset: Int, roundingUp: Bool = false) -> Int {
        if edits.isEmpty { return offset }
        if roundingUp && offset >= normalizedLength { return originalLength }
        // Binary search: last edit whose normalized start <= offset.
        var low = 0
        var high = edits.count
        while low < high {
            let mid = (low + high) / 2
            if edits[mid].normalized.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        if low == 0 { return offset }
        let edit = edits[low - 1]
        if offset == edit.normalized.lowerBound { return edit.original.lowerBound }
        if offset < edit.normalized.upperBound {
            return roundingUp ? edit.original.upperBound : edit.original.lowerBound
        }
        return edit.original.upperBound + (offset - edit.normalized.upperBound)
    }

    /// The range of the original text that `range` of the normalised text came from.
    ///
    /// ```swift
    /// let result = Normalizer().normalize(text)
    /// let original = result.offsetMap.originalRange(forNormalized: 0..<4)
    /// String(decoding: Array(text.utf8)[original], as: UTF8.self)
    /// ```
    public func originalRange(forNormalized range: Range<Int>) -> Range<Int> {
        let lower = originalOffset(forNormalized: range.lowerBound, roundingUp: false)
        let upper = originalOffset(forNormalized: range.upperBound, roundingUp: true)
        return lower..<max(lower, upper)
    }
}

extension Array where Element == OffsetMap.Edit {
    /// Appends `edit`, merged into the last edit when the two touch on both sides (the map
    /// keeps one edit per changed stretch).
    mutating func appendMerging(_ edit: OffsetMap.Edit) {
        if let last = self.last, last.normalized.upperBound == edit.normalized.lowerBound,
           last.original.upperBound == edit.original.lowerBound {
            self[count - 1] = OffsetMap.Edit(normalized: last.normalized.lowerBound..<edit.normalized.upperBound,
                                             original: last.original.lowerBound..<edit.original.upperBound)
        } else {
            append(edit)
        }
    }
}
