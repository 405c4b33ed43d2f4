/// Places and superior bodies that follow a body's name (`UBND` «tỉnh Lai Châu», `Ban Tuyên giáo`
/// «Tỉnh ủy», `UBND` «cấp huyện»), the names after unit words, and the lexicon's known places.
extension NameScanner {
    /// Extends an agency span with what follows it directly: a superior body (`Tỉnh ủy`,
    /// `Chính phủ`, `Trung ương`), then a level (`cấp huyện`) or a place (`tỉnh Lai Châu`,
    /// `tỉnh`, `huyện`, `Lai Châu`).
    func extendPlace(from start: Int, into match: inout AgencyMatch, superior: Bool) -> (end: Int, named: Bool) {
        var end = start
        var named = false
        guard end < units.count, continuesLine(end) else { return (end, false) }
        if superior, let superiorEnd = superiorBody(at: end) {
            end = superiorEnd
            named = true
        }
        guard end < units.count, continuesLine(end), units[end].isWord else { return (end, named) }
        // cấp huyện
        if units[end].hash == words.level, let levelEnd = matchSequence(words.levels, at: end + 1) {
            return (levelEnd, named)
        }
        // Lai Châu, TP.HCM
        let known = knownPlace(at: end, KindSet(.province, .city, .country))
        // tỉnh Lai Châu / tỉnh / huyện Mường Tè
        if let unitWord = longestIndex(at: end, KindSet(.locationUnit)) {
            if let nameEnd = placeName(after: unitWord.end, unitHash: units[end].hash) { return (max(nameEnd, known ?? 0), true) }
            if let known, known > unitWord.end { return (known, true) }
            return (unitWord.end, named)
        }
        if let known { return (known, true) }
        return (end, named)
    }

    /// The end of a known place starting at `i`, written with capitals (`Hòa Bình`, not
    /// `Hòa bình`).
    func knownPlace(at i: Int, _ kinds: KindSet) -> Int? {
        guard i < units.count, units[i].isCapitalized, let place = longestIndex(at: i, kinds) else { return nil }
        for k in i..<place.end where units[k].isWord && !units[k].isCapitalized {
            // lower-case words are allowed only where the lexicon writes them so (`châu Á`)
            if !lexiconKeepsLowercase(lexicon.entries[Int(place.index)].text, unitOffset: k - i) { return nil }
        }
        return place.end
    }

    /// `true` when the lexicon spelling writes its `offset`-th word in lower case.
    func lexiconKeepsLowercase(_ text: String, unitOffset: Int) -> Bool {
        var index = 0
        for word in text.split(separator: " ") {
            if index == unitOffset { return word.first.map { $0.isLowercase } ?? false }
            index += 1
        }
        return false
    }

    /// The end of a superior body starting at `i`, if one does.
    func superiorBody(at i: Int) -> Int? {
        guard units[i].isCapitalized else { return nil }
        guard let end = matchSequence(words.superiors, at: i) else { return nil }
        if cutsCompound(at: end) { return nil }
        return end
    }

    /// The end of the first of `sequences` (piece hashes) that matches at `i`.
    func matchSequence(_ sequences: [[UInt64]], at i: Int) -> Int? {
        outer: for sequence in sequences {
            guard i + sequence.count <= units.count else { continue }
            for (offset, hash) in sequence.enumerated() {
                if units[i + offset].hash != hash { continue outer }
                if offset > 0 && !continuesLine(i + offset) { continue outer }
            }
            return i + sequence.count
        }
        return nil
    }

    /// The name of a place after a unit word: a known province/city/country, or (below province
    /// level) a run of capitalised words.
    func placeName(after start: Int, unitHash: UInt64) -> Int? {
        var k = start
        if isPunct(k, 0x2E), !units[k].spaceBefore, units[k - 1].isCapitalized, units[k - 1].end - units[k - 1].start <= 2 {
            k += 1   // TP. Đà Lạt
        }
        guard k < units.count, continuesLine(k), units[k].isWord, units[k].isCapitalized else { return nil }
        let known = knownPlace(at: k, KindSet.places)
        if words.provinceUnits.contains(unitHash), known != nil || starts(at: k, KindSet(.surname)) { return known }
        var end = k
        while end < units.count, end - k < 4 {
            let unit = units[end]
            guard unit.isWord, unit.isCapitalized, !unit.isAllCaps || unit.end - unit.start <= 2 else { break }
            if end > k {
                guard unit.spaceBefore, continuesLine(end) else { break }
                if starts(at: end, KindSet(.title, .agency, .agencyHead, .locationUnit)) || matchTitle(at: end) != nil { break }
                if starts(at: end, KindSet(.surname)), nameRun(from: end) - end >= 2 { break }   // «thị trấn Lăng Cô» «Lê Duy …»
            }
            end += 1
        }
        if let known, known >= end { return known }
        return end > k ? end : nil
    }
}
