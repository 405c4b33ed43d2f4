/// One piece of a document as the name rules see it: a letter/digit run or one punctuation
/// character, with its folded hash (see ``SyllableFolding``) and case facts. Built once per
/// document; rules then work on indices, without allocating per token.
struct NameUnit {
    var start: Int32
    var end: Int32
    var hash: UInt64
    var flags: Flags
    /// The folded punctuation character (`-` for every dash), 0 for words and numbers.
    var punct: UInt8
    /// The lexicon trie node reached from the root by this word's hash, or -1 (one probe per
    /// unit; every lexicon lookup starting here begins at this node).
    var firstNode: Int32

    struct Flags: OptionSet {
        let rawValue: UInt16
        static let word = Flags(rawValue: 1 << 0)
        static let number = Flags(rawValue: 1 << 1)
        static let capitalized = Flags(rawValue: 1 << 2)
        static let allCaps = Flags(rawValue: 1 << 3)
        static let spaceBefore = Flags(rawValue: 1 << 4)
        static let newlineBefore = Flags(rawValue: 1 << 5)
        static let hasDigit = Flags(rawValue: 1 << 8)
    }

    @inline(__always) var isWord: Bool { flags.contains(.word) }
    @inline(__always) var isCapitalized: Bool { flags.contains(.capitalized) }
    @inline(__always) var isAllCaps: Bool { flags.contains(.allCaps) }
    @inline(__always) var spaceBefore: Bool { flags.contains(.spaceBefore) }
    @inline(__always) var newlineBefore: Bool { flags.contains(.newlineBefore) }
    @inline(__always) var isPunct: Bool { punct != 0 }

    /// Splits a document into units, looking each word up in `trie` from the root.
    static func make(_ document: Document, trie: LexiconTrie) -> [NameUnit] {
        var units: [NameUnit] = []
        units.reserveCapacity(document.tokens.count + document.tokens.count / 4)
        document.bytes.withUnsafeBufferPointer { bytes in
            SyllableFolding.withPieces(bytes, in: 0..<bytes.count) { pieces in
                while let piece = pieces.next() {
                    var flags: Flags = []
                    var firstNode: Int32 = -1
                    if piece.letters > 0 {
                        flags.insert(.word)
                        firstNode = trie.rootChild(piece.hash) ?? -1
                    }
                    if piece.digits > 0 { flags.insert(.hasDigit); if piece.letters == 0 { flags.insert(.number) } }
                    if piece.firstUpper { flags.insert(.capitalized) }
                    if piece.upper >= 2 && piece.lower == 0 { flags.insert(.allCaps) }
                    if piece.spaceBefore { flags.insert(.spaceBefore) }
                    if piece.newlineBefore { flags.insert(.newlineBefore) }
                    units.append(NameUnit(start: Int32(piece.start), end: Int32(piece.end),
                                          hash: piece.hash, flags: flags, punct: piece.punct, firstNode: firstNode))
                }
            }
        }
        return units
    }
}
