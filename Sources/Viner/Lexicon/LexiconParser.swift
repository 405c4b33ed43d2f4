/// Reads the lexicon file format (see `Lexicons/README.md`):
///
/// ```
/// # a comment
/// <phrase> TAB <kind> [TAB <value>]
/// ```
///
/// Blank lines and lines starting with `#` are skipped. Errors carry `file:line`.
enum LexiconParser {
    static func parse(_ text: String, fileName: String) throws(LexiconError) -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var seen: Set<String> = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else {
                throw LexiconError(fileName: fileName, line: lineNumber, message: "expected <phrase> TAB <kind> [TAB <value>]")
            }
            guard columns.count <= 3 else {
                throw LexiconError(fileName: fileName, line: lineNumber, message: "too many columns (\(columns.count)); at most 3")
            }
            let phrase = columns[0].trimmingSpaces()
            guard !phrase.isEmpty else {
                throw LexiconError(fileName: fileName, line: lineNumber, message: "empty phrase")
            }
            let kindName = columns[1].trimmingSpaces()
            guard let kind = LexiconKind(rawValue: kindName) else {
                throw LexiconError(fileName: fileName, line: lineNumber, message: "unknown kind \"\(kindName)\"")
            }
            var value: String? = nil
            if columns.count == 3 {
                let text = columns[2].trimmingSpaces()
                if !text.isEmpty { value = text }
            }
            guard !SyllableFolding.pieceHashes(of: phrase).isEmpty else {
                throw LexiconError(fileName: fileName, line: lineNumber, message: "phrase has no letters, digits or signs")
            }
            let key = phrase.lowercased() + "\t" + kind.rawValue
            guard seen.insert(key).inserted else {
                throw LexiconError(fileName: fileName, line: lineNumber, message: "duplicate entry \"\(phrase)\" (\(kind.rawValue))")
            }
            entries.append(LexiconEntry(text: phrase, kind: kind, value: value))
        }
        return entries
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\u{A0}" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\u{A0}" { slice = slice.dropLast() }
        return String(slice)
    }
}
