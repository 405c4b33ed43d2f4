/// The AGENCY value: the span's text with each acronym written out.
extension NameScanner {
    /// The value of an agency span: its text with each acronym replaced by its expansion
    /// (`UBND tỉnh Lai Châu` → `Ủy ban nhân dân tỉnh Lai Châu`), nil when nothing was expanded.
    func agencyValue(_ match: AgencyMatch, from start: Int) -> String? {
        guard match.expanded else { return nil }
        var replacements = match.replacements
        if replacements.count > 1 { replacements.sort { $0.range.lowerBound < $1.range.lowerBound } }
        // A head followed by an expansion that already starts with it: Tập đoàn + VNPT.
        if replacements.count >= 1 {
            let first = replacements[0]
            if first.range.lowerBound > start {
                let headBytes = Int(units[start].start)..<Int(units[first.range.lowerBound - 1].end)
                if startsWithHead(first.text, headBytes) {
                    replacements[0].range = start..<first.range.upperBound
                }
            }
        }
        // Built as bytes and decoded once: the document's bytes and the expansions are valid UTF-8.
        var value: [UInt8] = []
        value.reserveCapacity(Int(units[match.end - 1].end - units[start].start) + 64)
        var k = start
        var r = 0
        while k < match.end {
            if k > start && units[k].spaceBefore { value.append(0x20) }
            if r < replacements.count, replacements[r].range.lowerBound == k {
                value.append(contentsOf: replacements[r].text.utf8)
                k = replacements[r].range.upperBound
                r += 1
                continue
            }
            value.append(contentsOf: document.bytes[Int(units[k].start)..<Int(units[k].end)])
            k += 1
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// `true` when `expansion` starts with the document's text at `headBytes` (ignoring case) and
    /// a space: `Tập đoàn Bưu chính Viễn thông Việt Nam` after `Tập đoàn`.
    private func startsWithHead(_ expansion: String, _ headBytes: Range<Int>) -> Bool {
        var expansion = expansion
        let fast: Bool? = expansion.withUTF8 { text in
            document.bytes.withUnsafeBufferPointer { bytes in
                SyllableFolding.lowercasedHasPrefix(text, UnsafeBufferPointer(rebasing: bytes[headBytes]))
            }
        }
        if let fast { return fast }
        return expansion.lowercased().hasPrefix(text(bytes: headBytes).lowercased() + " ")
    }
}
