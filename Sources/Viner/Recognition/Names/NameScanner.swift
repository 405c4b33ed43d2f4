/// Walks a document's units left to right and proposes TITLE, AGENCY, PERSON and LOCATION
/// candidates. At each unit it tries, in order: an honorific followed by a name, a
/// parenthesised acronym, a person named before a title, a title (with the body and name that
/// follow it), an agency, a place, a byline, a free-standing full name. The rules live in the
/// `Name*Rule` files; places after bodies in `NamePlaceParts`, agency values in `NameAgencyValue`.
struct NameScanner {
    let lexicon: Lexicon
    let words: NameWords
    let document: Document
    let units: [NameUnit]
    var candidates: [Candidate] = []

    /// Rule priorities for ``OverlapPolicy`` ties.
    enum Priority {
        static let title = 4
        static let agency = 3
        static let location = 2
        static let person = 1
    }

    init(lexicon: Lexicon, words: NameWords, document: Document) {
        self.lexicon = lexicon
        self.words = words
        self.document = document
        self.units = NameUnit.make(document, trie: lexicon.trie)
    }

    /// The kinds a rule may start with at a lower-case unit (places and surnames need capitals;
    /// a complete agency name needs capitals unless it follows a title).
    static let lowercaseStarters = KindSet(.honorific, .title, .titlePrefix, .agencyHead, .agencyHeadPlace, .locationUnit)
    /// The kinds an agency match starts with (a complete name or a head).
    static let agencyStarters = KindSet(.agency, .agencyHead, .agencyHeadPlace)
    /// The kinds a location match starts with (a place unit word or a known place).
    static let locationStarters = KindSet(.locationUnit, .province, .city, .country, .region)

    /// The ``KindSet`` bits of every entry that starts at unit `i` (0 when none does).
    @inline(__always)
    func startKinds(_ i: Int) -> UInt32 {
        let node = units[i].firstNode
        return node >= 0 ? lexicon.trie.subtreeKinds[Int(node)] : 0
    }

    mutating func run() {
        let count = units.count
        var i = 0
        while i < count {
            let unit = units[i]
            if unit.punct == 0x28 {   // "("
                if let end = parenthesisedAcronym(at: i) { i = end; continue }
                i += 1
                continue
            }
            guard unit.isWord, !isCompoundInterior(i) else { i += 1; continue }
            if i > 0 && !unit.newlineBefore {
                // No byline starts here (it needs a line start). Every other rule but a name
                // before a title starts with a lexicon entry, and in lower case only with an
                // honorific, a title, a head or a place unit word: skip the unit when none does.
                if unit.isCapitalized || unit.isAllCaps {
                    if unit.firstNode < 0 {
                        if let end = personBeforeTitle(at: i) { i = end; continue }
                        i += 1
                        continue
                    }
                } else if startKinds(i) & Self.lowercaseStarters.rawValue == 0 {
                    i += 1
                    continue
                }
            }
            // Each rule below starts with an entry of its kinds at `i` (or, for a name before a
            // title, a capital): skip those whose kinds no entry starting here has.
            let kinds = startKinds(i)
            if kinds & KindSet.bit(.honorific) != 0, let end = honorificAndName(at: i) { i = end; continue }
            if unit.isCapitalized, let end = personBeforeTitle(at: i) { i = end; continue }
            if kinds & KindSet.titles.rawValue != 0, let end = titleChain(at: i) { i = end; continue }
            let agency = kinds & Self.agencyStarters.rawValue != 0 ? matchAgency(at: i) : nil
            let location = kinds & Self.locationStarters.rawValue != 0 ? matchLocation(at: i) : nil
            if let agency, agency.end >= (location ?? 0) {
                emitAgency(agency, from: i)
                i = agency.end
                continue
            }
            if let location {
                emit(.location, i..<location, priority: Priority.location)
                let withUnitWord = starts(at: i, KindSet(.locationUnit))
                i = withUnitWord ? placeList(after: location) : location
                continue
            }
            if let end = byline(at: i) { i = end; continue }
            if kinds & KindSet.bit(.surname) != 0, let end = freePerson(at: i) { i = end; continue }
            i += 1
        }
    }

    // MARK: emitting

    mutating func emit(_ type: EntityType, _ range: Range<Int>, value: String? = nil, priority: Int) {
        guard !range.isEmpty else { return }
        let bytes = Int(units[range.lowerBound].start)..<Int(units[range.upperBound - 1].end)
        candidates.append(Candidate(type: type, range: bytes, value: value.map { .name($0) }, priority: priority))
    }

    mutating func emitAgency(_ match: AgencyMatch, from start: Int) {
        emit(.agency, start..<match.end, value: agencyValue(match, from: start), priority: Priority.agency)
    }

    // MARK: lexicon access

    /// The end (exclusive) and entry index of the longest lexicon entry of one of `kinds` that
    /// matches the units starting at `i` (the last such entry loaded when several end there).
    /// Matches never cross a line break.
    @inline(__always)
    func longestIndex(at i: Int, _ kinds: KindSet) -> (end: Int, index: Int32)? {
        guard i < units.count else { return nil }
        var node = units[i].firstNode
        guard node >= 0 else { return nil }
        var bestNode: Int32 = -1
        var bestEnd = 0
        var j = i + 1
        while true {
            guard lexicon.trie.subtreeKinds[Int(node)] & kinds.rawValue != 0 else { break }
            if lexicon.trie.endKinds[Int(node)] & kinds.rawValue != 0 { bestNode = node; bestEnd = j }
            guard j < units.count, !units[j].newlineBefore, let next = lexicon.trie.child(node, units[j].hash) else { break }
            node = next
            j += 1
        }
        guard bestNode >= 0 else { return nil }
        let kindBits = lexicon.kindBits
        let payload = lexicon.trie.payloads[Int(bestNode)]
        var k = payload.count - 1
        while kindBits[Int(payload[k])] & kinds.rawValue == 0 { k -= 1 }
        return (bestEnd, payload[k])
    }

    /// The longest entry of one of `kinds` starting at `i`.
    @inline(__always)
    func longest(at i: Int, _ kinds: KindSet) -> (end: Int, entry: LexiconEntry)? {
        guard let best = longestIndex(at: i, kinds) else { return nil }
        return (best.end, lexicon.entries[Int(best.index)])
    }

    /// `true` when some entry of one of `kinds` starts at `i`.
    func starts(at i: Int, _ kinds: KindSet) -> Bool {
        guard i < units.count else { return false }
        var node = units[i].firstNode
        guard node >= 0 else { return false }
        var j = i + 1
        while true {
            guard lexicon.trie.subtreeKinds[Int(node)] & kinds.rawValue != 0 else { return false }
            if lexicon.trie.endKinds[Int(node)] & kinds.rawValue != 0 { return true }
            guard j < units.count, !units[j].newlineBefore, let next = lexicon.trie.child(node, units[j].hash) else { return false }
            node = next
            j += 1
        }
    }

    // MARK: unit helpers

    /// `true` when unit `i` continues a compound written without spaces, such as `UBND` in
    /// `575/QĐ-UBND`: it must not start an entity.
    func isCompoundInterior(_ i: Int) -> Bool {
        guard i >= 2, !units[i].spaceBefore else { return false }
        let separator = units[i - 1]
        guard separator.punct == 0x2F || separator.punct == 0x2D, !separator.spaceBefore else { return false }
        return units[i - 2].isWord || units[i - 2].flags.contains(.hasDigit)
    }

    /// `true` when a span ending before unit `end` would cut a compound such as `UBND-VP`.
    func cutsCompound(at end: Int) -> Bool {
        guard end + 1 < units.count else { return false }
        let separator = units[end]
        guard separator.punct == 0x2F || separator.punct == 0x2D, !separator.spaceBefore else { return false }
        return !units[end + 1].spaceBefore && (units[end + 1].isWord || units[end + 1].flags.contains(.hasDigit))
    }

    /// The text of a byte range of the (normalised) document.
    func text(bytes range: Range<Int>) -> String {
        String(decoding: document.bytes[range], as: UTF8.self)
    }

    @inline(__always)
    func isPunct(_ i: Int, _ character: UInt8) -> Bool {
        i < units.count && units[i].punct == character
    }

    /// `true` when unit `i` is on the same line as the unit before it.
    @inline(__always)
    func continuesLine(_ i: Int) -> Bool {
        i < units.count && !units[i].newlineBefore
    }

    /// `true` when unit `i` is the word `và` or the sign `&`.
    @inline(__always)
    func isAnd(_ i: Int) -> Bool {
        i < units.count && units[i].hash == SyllableFolding.andHash
    }
}

/// A set of ``LexiconKind`` values as a bit mask.
struct KindSet: OptionSet {
    let rawValue: UInt32
    init(rawValue: UInt32) { self.rawValue = rawValue }
    init(_ kinds: LexiconKind...) {
        var raw: UInt32 = 0
        for kind in kinds { raw |= KindSet.bit(kind) }
        self.rawValue = raw
    }
    @inline(__always)
    static func bit(_ kind: LexiconKind) -> UInt32 {
        switch kind {
        case .title: 1 << 0
        case .titlePrefix: 1 << 1
        case .titleSuffix: 1 << 2
        case .agency: 1 << 3
        case .agencyHead: 1 << 4
        case .agencyHeadPlace: 1 << 5
        case .agencyName: 1 << 6
        case .province: 1 << 7
        case .city: 1 << 8
        case .country: 1 << 9
        case .region: 1 << 10
        case .locationUnit: 1 << 11
        case .honorific: 1 << 12
        case .surname: 1 << 13
        }
    }
    @inline(__always)
    func contains(_ kind: LexiconKind) -> Bool { rawValue & KindSet.bit(kind) != 0 }

    static let places = KindSet(.province, .city, .country, .region)
    static let titles = KindSet(.title, .titlePrefix)
}
