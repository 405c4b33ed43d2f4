/// TITLE: an office from the lexicon with its rank modifiers (`Phó`, `Quyền`, `nguyên`, `tân`
/// before; `Thường trực` after), in any case (`PHÓ CHỦ TỊCH`, `phó bí thư`). The body that
/// follows is a separate AGENCY, and a name after title and body is a PERSON:
/// «Phó Chủ tịch» «UBND tỉnh» «Nguyễn Duy Hưng».
extension NameScanner {
    /// A title starting at `i`: its end, whether it had a rank modifier before it, and whether it
    /// was cut before a head that starts the body (`Trưởng` | `phòng Văn hóa và Thông tin`).
    func matchTitle(at i: Int) -> (end: Int, modified: Bool, split: Bool)? {
        guard units[i].isWord else { return nil }
        var j = i
        var prefixes = 0
        var best: (end: Int, modified: Bool)? = nil
        while true {
            if let title = longestIndex(at: j, KindSet(.title)) {
                best = (title.end, prefixes > 0)
            }
            guard prefixes < 3, let prefix = longestIndex(at: j, KindSet(.titlePrefix)) else { break }
            j = prefix.end
            prefixes += 1
            guard j < units.count, continuesLine(j) else { break }
        }
        guard let (titleEnd, modified) = best else { return nil }
        var end = titleEnd
        if let suffix = longestIndex(at: end, KindSet(.titleSuffix)), units[end].isCapitalized || !units[i].isCapitalized || units[i].isAllCaps {
            end = suffix.end
        }
        // «Trưởng» «Ban Tuyên giáo Tỉnh ủy», «Phó Trưởng» «phòng Văn hóa và Thông tin huyện»: a head
        // closing the title starts the body when a body's name follows it.
        var split = false
        if end - i >= 2 {
            let last = end - 1
            if !units[i].isAllCaps, units[last - 1].hash == words.chief, starts(at: last, KindSet(.agencyHead, .agency)),
               let agency = matchAgency(at: last, afterTitle: true), agency.end > end {
                end = last
                split = true
            }
        }
        if cutsCompound(at: end) { return nil }
        return (end, modified, split)
    }

    /// A title, then the body it belongs to, then the name of its holder; returns where the
    /// scan continues, or nil when no title starts at `i`.
    mutating func titleChain(at i: Int) -> Int? {
        guard let title = matchTitle(at: i) else { return nil }
        var k = title.end
        var agency: AgencyMatch? = nil
        if k < units.count, continuesLine(k), units[k].isWord {
            agency = matchAgency(at: k, afterTitle: title.split)
        }
        if agency == nil, k < units.count, units[k].isWord, words.quantifiers.contains(units[k].hash) {
            return nil   // «Giám đốc các doanh nghiệp»: an office of many is a common noun
        }
        let lowercase = !units[i].isCapitalized
        if lowercase && !title.modified && agency == nil {
            // a lower-case office alone is a common noun (`các giám đốc doanh nghiệp`)
            return nil
        }
        emit(.title, i..<title.end, priority: Priority.title)
        var nameStart = k
        if var agency {
            emitAgency(agency, from: k)
            k = agency.end
            // the parent body written right after: «phòng Kế hoạch - Tài chính» «Sở TT&TT»
            while k < units.count, continuesLine(k), units[k].isCapitalized || units[k].isAllCaps,
                  let parent = matchAgency(at: k) {
                agency = parent
                emitAgency(parent, from: k)
                k = parent.end
            }
            nameStart = k
        } else if k < units.count, continuesLine(k), units[k].isCapitalized, let head = longestIndex(at: k, KindSet(.agencyHead)),
                  holderName(at: head.end) != nil {
            nameStart = head.end   // «Phó Giám đốc» Sở «Lê Tiến Ninh»: a bare head back-refers to a body
        }
        if let personEnd = holderName(at: nameStart) {
            k = nameStart
            emit(.person, k..<personEnd, priority: Priority.person)
            k = personEnd
        }
        return k
    }

    /// The name of the holder right after a title (and body): `Chủ tịch Hồ Chí Minh`,
    /// `Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng`.
    func holderName(at k: Int) -> Int? {
        guard k < units.count, continuesLine(k), units[k].isWord, units[k].isCapitalized, !units[k].isAllCaps else { return nil }
        guard starts(at: k, KindSet(.surname)) else { return nil }
        let end = nameRun(from: k)
        return end - k >= 2 ? end : nil
    }
}
