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
                // A comma before another body's head ends this body: «Sở Tài chính», «Công an tỉnh».
                if connector.punct == 0x2C, next < units.count, starts(at: next, KindSet(.agencyHead, .agencyHeadPlace, .agency)) { break }
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
               !isFunctionWord(next.hash), !starts(at: run.upperBound, KindSet(.locationUnit)) {
                return false
            }
        }
        return true
    }

    @inline(__always)
    private func isFunctionWord(_ hash: UInt64) -> Bool {
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
}
