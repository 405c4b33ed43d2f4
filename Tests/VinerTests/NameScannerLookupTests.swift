import Testing
@testable import Viner

/// The name scanner's fast paths: unit building (ASCII fast paths of ``SyllableFolding``), the
/// trie walk behind `longest`/`starts`, and the skip of units where no rule can start.
@Suite struct NameScannerLookupTests {
    static let phrases = [
        "Phó Chủ tịch UBND tỉnh Lai Châu Giàng Páo Mỷ dự họp tại huyện Mường Tè.",
        "ông Nguyễn Văn An, Giám đốc Sở TT&TT tỉnh Hà Giang\nBộ Khoa học và Công nghệ",
        "Chủ tịch\nnước Việt Nam; Ban Tuyên giáo Tỉnh ủy, phòng VHTT huyện 12a (TT&TT)",
        "các Sở, ngành và UBND cấp huyện; Tập đoàn VNPT; thành phố Đà Lạt – tỉnh Lâm Đồng",
    ]

    static func scanner(_ text: String) -> NameScanner {
        let document = NamesTestSupport.recognizer.makeDocument(text, referenceDate: nil)
        return NameScanner(lexicon: Lexicon.builtIn, words: NameWords(), document: document)
    }

    /// Every entry of `kinds` matching at unit `i`, by brute force over the lexicon: the longest,
    /// and among those ending at the same unit the one loaded last.
    static func bruteLongest(_ scanner: NameScanner, at i: Int, _ kinds: KindSet) -> (end: Int, index: Int32)? {
        var best: (end: Int, index: Int32)? = nil
        for (index, entry) in scanner.lexicon.entries.enumerated() where kinds.contains(entry.kind) {
            let hashes = SyllableFolding.pieceHashes(of: entry.text)
            guard i + hashes.count <= scanner.units.count else { continue }
            var matches = true
            for (offset, hash) in hashes.enumerated() {
                let unit = scanner.units[i + offset]
                if unit.hash != hash || (offset > 0 && unit.newlineBefore) { matches = false; break }
            }
            guard matches else { continue }
            let end = i + hashes.count
            if best == nil || end >= best!.end { best = (end, Int32(index)) }
        }
        return best
    }

    @Test(arguments: phrases)
    func longestAgreesWithBruteForce(_ text: String) {
        let scanner = Self.scanner(text)
        let kindSets: [KindSet] = [KindSet(.title), KindSet(.agency, .agencyHead), KindSet.places, KindSet(.surname),
                                   KindSet(.honorific), KindSet(.locationUnit), KindSet(.agencyName, .agency)]
        var hits = 0
        for i in 0..<scanner.units.count {
            for kinds in kindSets {
                let fast = scanner.longestIndex(at: i, kinds)
                let slow = Self.bruteLongest(scanner, at: i, kinds)
                #expect(fast?.end == slow?.end && fast?.index == slow?.index, "unit \(i) in «\(text)»")
                #expect(scanner.starts(at: i, kinds) == (slow != nil))
                if slow != nil { hits += 1 }
            }
        }
        #expect(hits > 5)   // the phrases do hold lexicon entries
        // the root filter never hides a child
        let trie = scanner.lexicon.trie
        for unit in scanner.units {
            #expect(trie.rootChild(unit.hash) == trie.child(LexiconTrie.root, unit.hash))
        }
    }

    @Test func unitsSplitWordsNumbersAndPunctuation() {
        let scanner = Self.scanner("Số 12a,H'Mông-x\tĐÀ\nlạt")
        let pieces = scanner.units.map { String(decoding: scanner.document.bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        #expect(pieces == ["Số", "12a", ",", "H'Mông", "-", "x", "ĐÀ", "lạt"])
        #expect(scanner.units[1].flags.contains(.hasDigit) && scanner.units[1].isWord)
        #expect(scanner.units[2].punct == 0x2C && !scanner.units[2].spaceBefore)
        #expect(scanner.units[6].isAllCaps && scanner.units[6].spaceBefore && !scanner.units[6].newlineBefore)
        #expect(scanner.units[7].newlineBefore && !scanner.units[7].isCapitalized)
        #expect(scanner.units[1].hash == SyllableFolding.pieceHashes(of: "12A").first)
        #expect(scanner.units[1].hash != SyllableFolding.pieceHashes(of: "12").first)
        #expect(scanner.units[3].hash == SyllableFolding.pieceHashes(of: "h’mông").first)
        // a word's first trie node is looked up once, when the unit is built
        #expect(scanner.units[0].firstNode == -1 || scanner.units[0].isWord)
        #expect(Self.scanner("Sở").units[0].firstNode >= 0)
        #expect(Self.scanner("xyzq").units[0].firstNode == -1)
    }

    /// Units no lexicon entry starts at are skipped, except for what can still start there: a
    /// name before a title, and a byline at a line start.
    @Test(arguments: [
        MarkedPhrase("Chúc mừng [Kpă Thuyên|PER], [Giám đốc|TIT] [Sở Tư pháp|AGE]."),
        MarkedPhrase("Tin vui cho mọi người trong xóm.\nảnh: [Minh Thu|PER]"),
        MarkedPhrase("Tin vui cho mọi người trong xóm.\n[Thảo Anh|PER]"),
        MarkedPhrase("xyzq Vũ Thuyên xyzq, giám đốc công ty."),
    ])
    func skippedUnitsKeepTheRulesThatCanStartThere(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }
}
