/// The AGENCY value: the span's text with each acronym written out.
extension NameScanner {
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
