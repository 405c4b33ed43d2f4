import Viner

/// Renders one tagged document in the chosen format. Pure: safe to call from worker threads.
struct TagRenderer: Sendable {
    let format: TagOutputFormat
    let offsets: OffsetUnit
    let color: Bool
    let tokenizer: Tokenizer

    /// The output record(s) of one document, newline-terminated ("" for nothing).
    func render(_ document: InputDocument, _ entities: [Entity], roles: [Role]? = nil) -> String {
        switch format {
        case .jsonl, .json: return jsonObject(document, entities, roles: roles) + "\n"
        case .tsv: return tsv(document, entities)
        case .spacy: return spacy(document, entities) + "\n"
        case .conll: return conll(document, entities)
        case .text: return marked(document, entities) + "\n"
        }
    }

    /// The text before the first record (`json` opens an array, `tsv` has a header).
    var header: String {
        switch format {
        case .json: "[\n"
        case .tsv: "id\tstart\tend\ttype\ttext\tvalue\n"
        default: ""
        }
    }

    /// Text between two records.
    var separator: String { format == .json ? ",\n" : "" }

    /// The text after the last record.
    var footer: String { format == .json ? "]\n" : "" }

    private func jsonObject(_ document: InputDocument, _ entities: [Entity], roles: [Role]?) -> String {
        var offsets = EntityOffsets(text: document.text, unit: self.offsets)
        let items = entities.map { entity in
            let range = offsets.range(of: entity)
            return EntityJSON.entity(entity, start: range.start, end: range.end)
        }
        var fields = [("id", JSONText.string(document.id)), ("entities", JSONText.array(items))]
        if let roles {
            var roleOffsets = EntityOffsets(text: document.text, unit: self.offsets)
            func json(_ entity: Entity?) -> String {
                guard let entity else { return "null" }
                let range = roleOffsets.range(of: entity)
                return EntityJSON.entity(entity, start: range.start, end: range.end)
            }
            let items = roles.map { role in
                JSONText.object([("person", json(role.person)), ("title", json(role.title)), ("agency", json(role.agency))])
            }
            fields.append(("roles", JSONText.array(items)))
        }
        var line = JSONText.object(fields)
        if format == .json { line = "  " + line }
        return line.hasSuffix("\n") ? String(line.dropLast()) : line
    }

    private func tsv(_ document: InputDocument, _ entities: [Entity]) -> String {
        var offsets = EntityOffsets(text: document.text, unit: self.offsets)
        var out = ""
        for entity in entities {
            let range = offsets.range(of: entity)
            let value = entity.value.map { LabeledSpan.canonicalValue($0) } ?? ""
            out += "\(clean(document.id))\t\(range.start)\t\(range.end)\t\(entity.type)\t\(clean(entity.text))\t\(clean(value))\n"
        }
        return out
    }

    private func clean(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    private func spacy(_ document: InputDocument, _ entities: [Entity]) -> String {
        var offsets = EntityOffsets(text: document.text, unit: self.offsets)
        let ents = entities.map { entity in
            let range = offsets.range(of: entity)
            return JSONText.object([("start", String(range.start)), ("end", String(range.end)), ("label", JSONText.string(entity.type.rawValue))])
        }
        return JSONText.object([("text", JSONText.string(document.text)), ("ents", JSONText.array(ents)),
                                ("meta", JSONText.object([("id", JSONText.string(document.id))]))])
    }

    private func conll(_ document: InputDocument, _ entities: [Entity]) -> String {
        var out = "# id = \(clean(document.id))\n"
        var index = 0
        var current: Int? = nil
        tokenizer.forEachToken(in: document.text) { token in
            while index < entities.count, entities[index].utf8Range.upperBound <= Int(token.start) { index += 1 }
            var tag = "O"
            if index < entities.count, entities[index].utf8Range.lowerBound < Int(token.end) {
                let type = entities[index].type.rawValue
                tag = (current == index ? "I-" : "B-") + type
                current = index
            } else {
                current = nil
            }
            out += "\(token.text(in: document.text))\t\(tag)\n"
        }
        return out + "\n"
    }

    private static let colors: [EntityType: String] = [
        .title: "\u{1B}[1;35m", .agency: "\u{1B}[1;34m", .person: "\u{1B}[1;32m",
        .location: "\u{1B}[1;36m", .date: "\u{1B}[1;33m", .percent: "\u{1B}[1;31m",
    ]

    /// The ANSI legend printed once before coloured text output.
    static var legend: String {
        EntityType.allCases.map { "\(colors[$0]!)\($0.rawValue)\u{1B}[0m" }.joined(separator: " ") + "\n\n"
    }

    private func marked(_ document: InputDocument, _ entities: [Entity]) -> String {
        let bytes = Array(document.text.utf8)
        var out = ""
        var position = 0
        for entity in entities {
            out += String(decoding: bytes[position..<entity.utf8Range.lowerBound], as: UTF8.self)
            let value = entity.value.map { " " + LabeledSpan.canonicalValue($0) } ?? ""
            if color {
                out += "\(Self.colors[entity.type]!)\(entity.text)\u{1B}[0m\u{1B}[2m[\(entity.type)\(value)]\u{1B}[0m"
            } else {
                out += "[\(entity.text)](\(entity.type)\(value))"
            }
            position = entity.utf8Range.upperBound
        }
        out += String(decoding: bytes[position...], as: UTF8.self)
        return out
    }
}
