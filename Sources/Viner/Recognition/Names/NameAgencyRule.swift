/// An agency span found by the agency rule, with what is needed to write its expanded value.
struct AgencyMatch {
    /// End unit (exclusive).
    var end: Int
    /// Replacements for the value: unit ranges and the text that stands for them (acronym
    /// expansions, the canonical spelling of a lower-case head).
    var replacements: [(range: Range<Int>, text: String)] = []
    /// `true` when an acronym was expanded (only then does the agency carry a value).
    var expanded = false
}

/// AGENCY: complete names from the lexicon (`Chính phủ`, `UBND`), a head plus a name
/// (`Sở` + `Thông tin và Truyền thông` / `TT&TT` / a capitalised name), a head that needs a place
/// (`Đảng bộ tỉnh Điện Biên`), each followed by its superior body, level and place when they
/// follow directly (`Ban Tuyên giáo Tỉnh ủy`, `UBND tỉnh Lai Châu`, `UBND cấp huyện`).
extension NameScanner {
    func matchAgency(at i: Int, afterTitle: Bool = false) -> AgencyMatch? {
        let unit = units[i]
        guard unit.isWord else { return nil }
        var best: AgencyMatch? = nil
        // A complete name.
        if unit.isCapitalized || unit.isAllCaps || afterTitle, let fixed = longest(at: i, KindSet(.agency)) {
            var match = AgencyMatch(end: fixed.end)
            if let value = fixed.entry.value {
                match.replacements.append((i..<fixed.end, value))
                match.expanded = true
            }
            match.end = extendPlace(from: fixed.end, into: &match, superior: false).end
            if !cutsCompound(at: match.end) { best = match }
        }
        // A head and its name.
        // a head that is also the start of a known place is the place: «Đài Loan», «Hội An», «Trường Sa»
        if let head = longest(at: i, KindSet(.agencyHead, .agencyHeadPlace)), afterTitle || !isGeneric(before: i),
           knownPlace(at: i, KindSet.places) == nil {
            let headCapitalized = unit.isCapitalized || afterTitle
            var match = AgencyMatch(end: head.end)
            if !unit.isCapitalized { match.replacements.append((i..<head.end, head.entry.text)) }
            var accepted = false
            if head.entry.kind == .agencyHead {
                if let name = matchName(at: head.end, headCapitalized: headCapitalized, into: &match) {
                    let place = extendPlace(from: name.end, into: &match, superior: true)
                    let caseOK = headCapitalized || (name.acronym && words.lowercaseHeads.contains(head.entry.text.lowercased()))
                    accepted = caseOK && (!name.lowercase || place.named)
                    match.end = place.end
                }
            } else if headCapitalized {
                let place = extendPlace(from: head.end, into: &match, superior: true)
                accepted = place.end > head.end
                match.end = place.end
            }
            if accepted, !cutsCompound(at: match.end), match.end > (best?.end ?? 0) { best = match }
        }
        return best
    }

    /// The lower-cased text of the head that ends right before unit `start` (rare path).
    func headText(before start: Int) -> String? {
        var k = start - 1
        while k > 0, units[k - 1].isWord, units[k].spaceBefore, start - k < 4 {
            if let head = longest(at: k - 1, KindSet(.agencyHead)), head.end == start { return head.entry.text.lowercased() }
            k -= 1
        }
        if let head = longest(at: start - 1, KindSet(.agencyHead)), head.end == start { return head.entry.text.lowercased() }
        return nil
    }

    /// `true` when the word before unit `i` makes a head generic (`các Sở`, `10 Trung tâm`).
    func isGeneric(before i: Int) -> Bool {
        guard i > 0 else { return false }
        let previous = units[i - 1]
        if previous.flags.contains(.number) { return previous.end - previous.start <= 3 }   // «08 Đài», not «năm 2017 Sở»
        return previous.isWord && words.quantifiers.contains(previous.hash)
    }

    /// The name after a head: field names from the lexicon joined by `và`, `&`, `,`, `-`
    /// (`Bưu chính, Viễn thông`; `Phát thanh – Truyền hình`), a field acronym (`TT&TT`), a
    /// complete body (`Văn phòng` + `UBND tỉnh`), or a run of capitalised words (`Viettel`).
    func matchName(at start: Int, headCapitalized: Bool, into match: inout AgencyMatch)
        -> (end: Int, acronym: Bool, lowercase: Bool)? {
        guard start < units.count, continuesLine(start) else { return nil }
        var end = start
        var components = 0
        var lowercase = false
        while end < units.count {
            var next = end
            if components > 0 {
                let connector = units[end]
                if connector.punct == 0x2C || connector.punct == 0x2D || isAnd(end) { next = end + 1 }
            }
            guard next < units.count, continuesLine(next), units[next].isWord || (components == 0 && units[next].flags.contains(.number)) else { break }
            if let field = longest(at: next, KindSet(.agencyName)) {
                let first = units[next]
                if !first.isCapitalized {
                    guard components == 0, headCapitalized else { break }
                    lowercase = true
                }
                if let value = field.entry.value {
                    guard first.isAllCaps || components == 0 else { break }
                    match.replacements.append((next..<field.end, value))
                    match.expanded = true
                    return (field.end, true, false)
                }
                end = field.end
                components += 1
                continue
            }
            guard components == 0 else { break }
            let first = units[next]
            if first.flags.contains(.number), let head = headText(before: next), words.numberedHeads.contains(head) {
                return (next + 1, false, false)   // Quân khu 2, Ban Chỉ đạo 389
            }
            guard first.isCapitalized || first.isAllCaps else { break }
            if let body = longest(at: next, KindSet(.agency)) {
                if let value = body.entry.value {
                    match.replacements.append((next..<body.end, value))
                    match.expanded = true
                }
                return (body.end, body.entry.value != nil, false)
            }
            // a whole body as the name: «Công đoàn» «Sở TT&TT», «Văn phòng» «Sở Nội vụ»
            if starts(at: next, KindSet(.agencyHead)), let body = matchAgency(at: next) {
                match.replacements += body.replacements
                match.expanded = match.expanded || body.expanded
                return (body.end, body.expanded, false)
            }
            let runEnd = capitalizedNameRun(from: next)
            guard runEnd > next, plausibleName(next..<runEnd) else { break }
            return (runEnd, false, false)
        }
        return components > 0 ? (end, false, lowercase) : nil
    }

    /// Rejects capitalised runs that are not a body's own name: a person's name (`Sở` `Lê Tiến
    /// Ninh` after a title), an office (`Ban` `Giám đốc`), or one capitalised syllable cut off
    /// from its lower-case second half (`Trung tâm` `Hành` chính …).
    func plausibleName(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        if starts(at: first, KindSet(.title, .titlePrefix)) { return false }
        if words.notNames.contains(units[first].hash) { return false }   // «Bộ Luật Lao động»
        let isPlace = knownPlace(at: first, KindSet.places) == run.upperBound
        if !isPlace, run.count >= 2, units[first].isCapitalized, !units[first].isAllCaps, starts(at: first, KindSet(.surname)) {
            return false
        }
        let words = units[run].reduce(0) { $0 + ($1.isWord ? 1 : 0) }
        if words == 1, !units[first].isAllCaps, !isPlace, run.upperBound < units.count {
            let next = units[run.upperBound]
            if next.isWord, !next.isCapitalized, next.spaceBefore, continuesLine(run.upperBound),
               !words_isFunction(next.hash), !starts(at: run.upperBound, KindSet(.locationUnit)) {
                return false
            }
        }
        return true
    }

    @inline(__always)
    private func words_isFunction(_ hash: UInt64) -> Bool {
        words.functionWords.contains(hash) || hash == words.level
    }

    /// Capitalised words that make up a proper name after a head (`Viettel`, `Điện Biên Phủ`),
    /// stopping before a title, a complete body, a place unit word or a second family name.
    func capitalizedNameRun(from start: Int) -> Int {
        var k = start
        while k < units.count, k - start < 8 {
            let unit = units[k]
            guard unit.isWord else { break }
            if !unit.isCapitalized && !unit.isAllCaps {
                // a lower-case syllable between capitalised ones: «Bách khoa Hà Nội», «Lao động Thủ đô»
                guard k > start, unit.spaceBefore, continuesLine(k), !words.functionWords.contains(unit.hash),
                      k + 1 < units.count, units[k + 1].isWord, units[k + 1].isCapitalized, units[k + 1].spaceBefore,
                      continuesLine(k + 1), !starts(at: k + 1, KindSet(.surname)) || starts(at: k + 1, KindSet.places) else { break }
                k += 1
                continue
            }
            if k > start {
                guard unit.spaceBefore, continuesLine(k) else { break }
                if let place = knownPlace(at: k, KindSet.places) { k = place; continue }
                if starts(at: k, KindSet(.title, .agency, .locationUnit, .agencyHead)) || matchTitle(at: k) != nil { break }
                if starts(at: k, KindSet(.surname)), nameRun(from: k) - k >= 2 { break }
            } else if let place = knownPlace(at: k, KindSet.places) {
                k = place
                continue
            }
            k += 1
        }
        return k
    }

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
        if let unitWord = longest(at: end, KindSet(.locationUnit)) {
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
        guard i < units.count, units[i].isCapitalized, let place = longest(at: i, kinds) else { return nil }
        for k in i..<place.end where units[k].isWord && !units[k].isCapitalized {
            // lower-case words are allowed only where the lexicon writes them so (`châu Á`)
            if !lexiconKeepsLowercase(place.entry.text, unitOffset: k - i) { return nil }
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

    /// The value of an agency span: its text with each acronym replaced by its expansion
    /// (`UBND tỉnh Lai Châu` → `Ủy ban nhân dân tỉnh Lai Châu`), nil when nothing was expanded.
    func agencyValue(_ match: AgencyMatch, from start: Int) -> String? {
        guard match.expanded else { return nil }
        var replacements = match.replacements.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // A head followed by an expansion that already starts with it: Tập đoàn + VNPT.
        if replacements.count >= 1 {
            let first = replacements[0]
            if first.range.lowerBound > start {
                let headText = text(bytes: Int(units[start].start)..<Int(units[first.range.lowerBound - 1].end))
                if first.text.lowercased().hasPrefix(headText.lowercased() + " ") {
                    replacements[0].range = start..<first.range.upperBound
                }
            }
        }
        var value = ""
        var k = start
        var r = 0
        while k < match.end {
            if k > start && units[k].spaceBefore { value += " " }
            if r < replacements.count, replacements[r].range.lowerBound == k {
                value += replacements[r].text
                k = replacements[r].range.upperBound
                r += 1
                continue
            }
            value += text(bytes: Int(units[k].start)..<Int(units[k].end))
            k += 1
        }
        return value
    }
}
