/// PERSON: a run of capitalised syllables after an honorific (`ông`, `bà`, `đồng chí`, `Đ/c`,
/// ranks), before a comma or dash and a title (`Giàng Páo Mỷ, Ủy viên …`), after a title and
/// body (see the title rule), or alone on its line (a byline: `Thảo Anh`, `Ng. Chanh`). The
/// honorific stays out of the span.
extension NameScanner {
    /// Capitalised syllables of a name from `start` (at most 5), stopping at a title.
    func nameRun(from start: Int, limit: Int = 5) -> Int {
        var k = start
        while k < units.count, k - start < limit {
            let unit = units[k]
            guard unit.isWord, unit.isCapitalized, !unit.isAllCaps else { break }
            if k > start {
                guard unit.spaceBefore, continuesLine(k) else { break }
                if starts(at: k, KindSet(.title, .locationUnit)) || matchTitle(at: k) != nil { break }
            }
            if isPunct(k + 1, 0x2D), k + 2 < units.count, !units[k + 1].spaceBefore, !units[k + 2].spaceBefore { break }
            k += 1
        }
        return k
    }

    /// `ông Nguyễn Quốc Luân`, `các đồng chí: Giàng Páo Mỷ`.
    mutating func honorificAndName(at i: Int) -> Int? {
        guard let honorific = longestIndex(at: i, KindSet(.honorific)) else { return nil }
        if i > 0, units[i - 1].isWord, words.honorificCompounds.contains(units[i - 1].hash), continuesLine(i) {
            return nil   // «đàn ông», «đàn bà»: not a form of address
        }
        var k = honorific.end
        if isPunct(k, 0x3A) || isPunct(k, 0x2E) { k += 1 }   // «đồng chí:», «TS.»
        guard k < units.count, continuesLine(k), units[k].isCapitalized, !units[k].isAllCaps else { return nil }
        if starts(at: k, KindSet(.title, .titlePrefix, .honorific)) { return nil }
        var end = nameRun(from: k)
        guard end > k, end - k == 1 || knownPlace(at: k, KindSet.places) != end else { return nil }   // «ông Đài Loan»
        emit(.person, k..<end, priority: Priority.person)
        // «các đồng chí Lò Văn Mừng, Hà Thị Nga và Vàng A Giống»: more names in the list
        while end + 1 < units.count, isPunct(end, 0x2C) || isAnd(end), continuesLine(end + 1) {
            let next = end + 1
            guard units[next].isCapitalized, !units[next].isAllCaps, starts(at: next, KindSet(.surname)),
                  !starts(at: next, KindSet.places) else { break }
            let nextEnd = nameRun(from: next)
            guard nextEnd - next >= 2 else { break }
            emit(.person, next..<nextEnd, priority: Priority.person)
            end = nextEnd
        }
        return end
    }

    /// `Đỗ Ngọc An, Phó Bí thư …`, `Hồ Khánh Quang - Giám đốc …`.
    mutating func personBeforeTitle(at i: Int) -> Int? {
        let unit = units[i]
        guard unit.isCapitalized, !unit.isAllCaps else { return nil }
        let end = nameRun(from: i)
        guard end - i >= 2, end < units.count, continuesLine(end) else { return nil }
        if knownPlace(at: i, KindSet.places) == end { return nil }   // «Tại Hà Nội, Phó Thủ tướng …»
        if !starts(at: i, KindSet(.surname)) {
            // a name without a known family name (`Kpă Thuyên`, `Rơ Mah Tuấn`): only when nothing
            // else in it is known and it does not continue a capitalised phrase
            guard !words.functionWords.contains(unit.hash) else { return nil }
            if i > 0, continuesLine(i), units[i - 1].isWord, units[i - 1].isCapitalized { return nil }
            for k in i..<end where starts(at: k, KindSet(.province, .city, .country, .region, .agency, .agencyHead, .locationUnit, .honorific)) {
                return nil
            }
        }
        let separator = units[end]
        guard separator.punct == 0x2C || separator.punct == 0x2D || separator.punct == 0x28 else { return nil }
        guard end + 1 < units.count, continuesLine(end + 1), matchTitle(at: end + 1) != nil else { return nil }
        emit(.person, i..<end, priority: Priority.person)
        return end
    }

    /// A full name standing alone in a sentence: a family name and two or three more capitalised
    /// syllables (`… theo Nguyễn Văn An, …`), not part of a longer capitalised name and not the name
    /// of a street, school or prize (`đường Nguyễn Trãi`).
    mutating func freePerson(at i: Int) -> Int? {
        let unit = units[i]
        guard unit.isCapitalized, !unit.isAllCaps, starts(at: i, KindSet(.surname)) else { return nil }
        if i > 0, continuesLine(i), units[i - 1].isWord {
            let previous = units[i - 1]
            if words.namedAfter.contains(previous.hash) { return nil }
            if previous.isCapitalized && !words.functionWords.contains(previous.hash) { return nil }
        }
        let end = nameRun(from: i, limit: 4)
        guard end - i >= 3 else { return nil }
        if end < units.count, units[end].isWord, units[end].isCapitalized, continuesLine(end) { return nil }
        if knownPlace(at: i, KindSet.places) != nil || starts(at: i, KindSet(.agency, .agencyHead)) { return nil }
        emit(.person, i..<end, priority: Priority.person)
        return end
    }

    /// The last line of a text holding only a name: `Thảo Anh`, `Ng. Chanh`; or a name after a byline word and a
    /// colon: `Ảnh: Quang Huy`, `Tác giả: Bài: Minh Thu`.
    mutating func byline(at i: Int) -> Int? {
        guard i == 0 || units[i].newlineBefore else { return nil }
        var start = i
        while let triggerEnd = matchSequence(words.bylineTriggers, at: start), isPunct(triggerEnd, 0x3A) {
            start = triggerEnd + 1
        }
        if start > i {
            guard start < units.count, continuesLine(start) else { return nil }
            let end = nameRun(from: start, limit: 4)
            guard end - start >= 2 else { return nil }
            emit(.person, start..<end, priority: Priority.person)
            return end
        }
        var k = i
        // an abbreviated family name: «Ng.»
        if units[i].isCapitalized, units[i].end - units[i].start <= 3, isPunct(i + 1, 0x2E), !units[i + 1].spaceBefore {
            k = i + 2
        }
        let end = nameRun(from: k, limit: 4)
        let words = (end - k) + (k > i ? 1 : 0)
        // the whole text, or its last line: menu items and headings inside a page are not bylines
        guard words >= 2, end > k, end == units.count else { return nil }
        if let place = longestIndex(at: i, KindSet.places), place.end == end { return nil }
        emit(.person, i..<end, priority: Priority.person)
        return end
    }
}
