import VinerLexicons

/// The lexicon entries the recogniser matches: titles, agencies, acronyms, places, surnames,
/// honorifics.
///
/// Entries are matched ignoring letter case, Unicode form (NFC/NFD) and tone-mark placement
/// (`Ủy`/`Uỷ`), through a trie over folded syllables. The built-in lexicon comes from the files in
/// `Lexicons/` (embedded in the library). Add your own entries at run time, from text in the same
/// format (`<phrase> TAB <kind> [TAB <value>]`, see ``LexiconKind`` for the kinds):
///
/// ```swift
/// let mine = try Lexicon.builtIn.adding(tsv: "Sở Ngoại vụ\tagency\nTGĐ\ttitle", fileName: "mine.tsv")
/// let recognizer = try EntityRecognizer(lexicon: mine)
/// ```
public struct Lexicon: Sendable {
    /// The lexicon built into viner (from the files in `Lexicons/`).
    ///
    /// ```swift
    /// let recognizer = try EntityRecognizer(lexicon: .builtIn)   // the default
    /// Lexicon.builtIn.entries.count
    /// ```
    public static let builtIn: Lexicon = {
        var entries: [LexiconEntry] = []
        for file in EmbeddedLexicons.all {
            do {
                entries += try LexiconParser.parse(String(decoding: file.bytes, as: UTF8.self), fileName: file.name)
            } catch {
                preconditionFailure("built-in lexicon is invalid: \(error)")
            }
        }
        return Lexicon(entries: entries)
    }()

    /// Every entry, in the order loaded.
    public private(set) var entries: [LexiconEntry]
    private(set) var trie: LexiconTrie
    /// Per entry: its kind as a ``KindSet`` bit (read on the hot path instead of the entry).
    private(set) var kindBits: [UInt32] = []

    /// An empty lexicon.
    ///
    /// ```swift
    /// let lexicon = Lexicon().adding([LexiconEntry(text: "Sở Y tế", kind: .agency)])
    /// ```
    public init() {
        self.init(entries: [])
    }

    /// A lexicon holding `entries`.
    ///
    /// ```swift
    /// let lexicon = Lexicon(entries: [LexiconEntry(text: "Giám đốc", kind: .title)])
    /// ```
    public init(entries: [LexiconEntry]) {
        self.entries = []
        self.trie = LexiconTrie()
        add(entries)
    }

    /// Parses lexicon text (`<phrase> TAB <kind> [TAB <value>]` per line, `#` comments).
    ///
    /// - Throws: ``LexiconError`` naming `fileName` and the line of the first problem.
    ///
    /// ```swift
    /// let entries = try Lexicon.parse(tsv: "TGĐ\ttitle\tTổng Giám đốc", fileName: "mine.tsv")
    /// entries[0].value   // "Tổng Giám đốc"
    /// ```
    public static func parse(tsv: String, fileName: String) throws(LexiconError) -> [LexiconEntry] {
        try LexiconParser.parse(tsv, fileName: fileName)
    }

    /// This lexicon plus the entries of `tsv` (the lexicon file format).
    ///
    /// ```swift
    /// let lexicon = try Lexicon.builtIn.adding(tsv: "Ban Quản lý Vịnh Hạ Long\tagency", fileName: "extra.tsv")
    /// ```
    /// - Throws: ``LexiconError`` with `fileName:line` when a line is malformed.
    public func adding(tsv: String, fileName: String) throws(LexiconError) -> Lexicon {
        adding(try LexiconParser.parse(tsv, fileName: fileName))
    }

    /// This lexicon plus `entries`.
    ///
    /// ```swift
    /// let lexicon = Lexicon.builtIn.adding([LexiconEntry(text: "Ban Quản lý dự án", kind: .agency)])
    /// ```
    public func adding(_ entries: [LexiconEntry]) -> Lexicon {
        var copy = self
        copy.add(entries)
        return copy
    }

    private mutating func add(_ newEntries: [LexiconEntry]) {
        for entry in newEntries {
            let hashes = SyllableFolding.pieceHashes(of: entry.text)
            guard !hashes.isEmpty else { continue }
            trie.insert(hashes, entry: Int32(entries.count), kindBit: KindSet.bit(entry.kind))
            entries.append(entry)
            kindBits.append(KindSet.bit(entry.kind))
        }
    }

    /// `true` when some entry's phrase equals `phrase` (folded) and has `kind`.
    ///
    /// ```swift
    /// Lexicon.builtIn.contains("Giám đốc", as: .title)   // true
    /// Lexicon.builtIn.contains("giam doc", as: .agency)   // false
    /// ```
    public func contains(_ phrase: String, as kind: LexiconKind) -> Bool {
        var node = LexiconTrie.root
        for hash in SyllableFolding.pieceHashes(of: phrase) {
            guard let next = trie.child(node, hash) else { return false }
            node = next
        }
        return trie.payloads[Int(node)].contains { entries[Int($0)].kind == kind }
    }
}
