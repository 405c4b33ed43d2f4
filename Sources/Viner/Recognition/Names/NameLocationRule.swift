/// LOCATION: a unit word and a place name (`tỉnh Lào Cai`, `huyện Mường Tè`, `thành phố Đà Lạt`)
/// or a known province, city, country or region alone (`Điện Biên`, `Việt Nam`). Places inside
/// an agency's name belong to the agency (the agency rule runs first and is longer).
extension NameScanner {
    func matchLocation(at i: Int) -> Int? {
        let unit = units[i]
        guard unit.isWord else { return nil }
        let known = knownPlace(at: i, KindSet.places)
        if let unitWord = longestIndex(at: i, KindSet(.locationUnit)) {
            if let end = placeName(after: unitWord.end, unitHash: unit.hash), !cutsCompound(at: end), end >= (known ?? 0) { return end }
        }
        guard let place = known else { return nil }
        if cutsCompound(at: place) { return nil }
        return place
    }

    /// More places of the same unit listed after one: «huyện Đồng Văn», «Mèo Vạc» và «Yên Minh».
    /// Each is one to three capitalised words ending before punctuation or a lower-case word.
    /// Returns where the scan continues.
    mutating func placeList(after start: Int) -> Int {
        var end = start
        while end + 1 < units.count, isPunct(end, 0x2C) || isAnd(end), continuesLine(end + 1) {
            let first = end + 1
            guard units[first].isCapitalized, !units[first].isAllCaps,
                  !starts(at: first, KindSet(.agencyHead, .agency, .title, .titlePrefix, .honorific, .locationUnit)) else { break }
            var k = first
            if let place = knownPlace(at: first, KindSet.places) {
                k = place
            } else {
                while k < units.count, k - first < 3, units[k].isWord, units[k].isCapitalized, !units[k].isAllCaps,
                      k == first || (units[k].spaceBefore && continuesLine(k)) {
                    k += 1
                }
            }
            guard k > first, k == units.count || !units[k].isWord || units[k].newlineBefore || !units[k].isCapitalized,
                  !cutsCompound(at: k) else { break }
            emit(.location, first..<k, priority: Priority.location)
            end = k
        }
        return end
    }

    /// A lone parenthesised acronym after a body's name: «(TT&TT)» → AGENCY «TT&TT» with the
    /// expansion as value. Returns the unit after the `)`.
    mutating func parenthesisedAcronym(at i: Int) -> Int? {
        let k = i + 1
        guard k < units.count, units[k].isAllCaps || units[k].isCapitalized else { return nil }
        // only right after a body's full name: «Sở Thông tin và Truyền thông (TT&TT)»
        guard i > 0, let last = candidates.last, last.type == .agency, last.range.upperBound == Int(units[i - 1].end) else { return nil }
        guard let field = longest(at: k, KindSet(.agencyName, .agency)), let value = field.entry.value,
              isPunct(field.end, 0x29) else { return nil }
        emit(.agency, k..<field.end, value: value, priority: Priority.agency)
        return field.end + 1
    }
}
