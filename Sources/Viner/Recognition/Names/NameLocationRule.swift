/// LOCATION: a unit word and a place name (`tỉnh Lào Cai`, `huyện Mường Tè`, `thành phố Đà Lạt`)
/// or a known province, city, country or region alone (`Điện Biên`, `Việt Nam`). Places inside
/// an agency's name belong to the agency (the agency rule runs first and is longer).
extension NameScanner {
    func matchLocation(at i: Int) -> Int? {
        let unit = units[i]
        guard unit.isWord else { return nil }
        if let unitWord = longest(at: i, KindSet(.locationUnit)) {
            if let end = placeName(after: unitWord.end, unitHash: unit.hash), !cutsCompound(at: end) { return end }
        }
        guard let place = knownPlace(at: i, KindSet.places) else { return nil }
        if cutsCompound(at: place) { return nil }
        return place
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
