import Viner

/// Renders one tagged document in the chosen format, appending UTF-8 bytes to a ``ByteWriter``.
/// Pure: safe to call from worker threads.
struct TagRenderer: Sendable {
    let format: TagOutputFormat
    let offsets: OffsetUnit
    let color: Bool
    let tokenizer: Tokenizer

    /// Appends the output record(s) of one document, newline-terminated (nothing for a `tsv`
    /// document without entities).
    func render(_ document: InputDocument, _ entities: [Entity], roles: [Role]? = nil, into out: ByteWriter) {
        switch format {
        case .jsonl, .json: jsonObject(document, entities, roles: roles, into: out)
        case .tsv: tsv(document, entities, into: out)
        case .spacy: spacy(document, entities, into: out)
        case .conll: conll(document, entities, into: out)
        case .text: marked(document, entities, into: out)
        }
    }

    /// The output record(s) of one document as a String (tests and one-off callers).
    func render(_ document: InputDocument, _ entities: [Entity], roles: [Role]? = nil) -> String {
        let out = ByteWriter()
        render(document, entities, roles: roles, into: out)
        return String(decoding: out.bytes, as: UTF8.self)
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

    /// `{"id": …, "entities": [...], "roles": [...]?}` and a newline (indented for `json`).
    private func jsonObject(_ document: InputDocument, _ entities: [Entity], roles: [Role]?, into out: ByteWriter) {
        if format == .json { out.append("  ") }
        out.append("{\"id\": ")
        out.append(jsonString: document.id)
        out.append(", \"entities\": [")
        var offsets = EntityOffsets(text: document.text, unit: self.offsets)
        entities.withUnsafeBufferPointer { entities in   // reads each entity in place, no copies
            guard let first = entities.baseAddress else { return }
            for index in 0..<entities.count {
                if index > 0 { out.append(", ") }
                let entity = first + index
                let range = offsets.range(utf8: entity.pointee.utf8Range, scalars: entity.pointee.scalarRange)
                EntityJSON.append(at: entity, range: range, to: out)
            }
        }
        out.append(UInt8(ascii: "]"))
        if let roles {
            out.append(", \"roles\": [")
            var roleOffsets = EntityOffsets(text: document.text, unit: self.offsets)
            func member(_ entity: Entity?) {
                guard let entity else { out.append("null"); return }
                EntityJSON.append(entity, range: roleOffsets.range(of: entity), to: out)
            }
            for (index, role) in roles.enumerated() {
                out.append(index > 0 ? ", {\"person\": " : "{\"person\": ")
                member(role.person)
                out.append(", \"title\": ")
                member(role.title)
                out.append(", \"agency\": ")
                member(role.agency)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append("}\n")
    }

    /// One line per entity: id, start, end, type, text, value.
    private func tsv(_ document: InputDocument, _ entities: [Entity], into out: ByteWriter) {
        var offsets = EntityOffsets(text: document.text, unit: self.offsets)
        for entity in entities {
            let range = offsets.range(of: entity)
            out.append(tsvField: document.id)
            out.append(UInt8(ascii: "\t"))
            out.append(decimal: range.start)
            out.append(UInt8(ascii: "\t"))
            out.append(decimal: range.end)
            out.append(UInt8(ascii: "\t"))
            out.append(utf8: entity.type.rawValue)
            out.append(UInt8(ascii: "\t"))
            out.append(tsvField: entity.text)
            out.append(UInt8(ascii: "\t"))
            switch entity.value {
            case .name(let name)?: out.append(tsvField: name)
            case let value?: out.append(canonicalValue: value)   // ISO dates and numbers: no tabs or breaks
            case nil: break
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// `{"text": …, "ents": [{"start", "end", "label"}], "meta": {"id": …}}` and a newline.
    private func spacy(_ document: InputDocument, _ entities: [Entity], into out: ByteWriter) {
        var offsets = EntityOffsets(text: document.text, unit: self.offsets)
        out.append("{\"text\": ")
        out.append(jsonString: document.text)
        out.append(", \"ents\": [")
        for index in entities.indices {
            let range = offsets.range(of: entities[index])
            out.append(index > 0 ? ", {\"start\": " : "{\"start\": ")
            out.append(decimal: range.start)
            out.append(", \"end\": ")
            out.append(decimal: range.end)
            out.append(", \"label\": ")
            out.append(jsonString: entities[index].type.rawValue)
            out.append(UInt8(ascii: "}"))
        }
        out.append("], \"meta\": {\"id\": ")
        out.append(jsonString: document.id)
        out.append("}}\n")
    }

    /// `# id = …`, then one `token<TAB>IOB2 tag` line per token, then a blank line.
    private func conll(_ document: InputDocument, _ entities: [Entity], into out: ByteWriter) {
        out.append("# id = ")
        out.append(tsvField: document.id)
        out.append(UInt8(ascii: "\n"))
        var index = 0
        var current: Int? = nil
        var text = document.text
        text.withUTF8 { bytes in
            tokenizer.forEachToken(utf8: bytes) { token in
                while index < entities.count, entities[index].utf8Range.upperBound <= Int(token.start) { index += 1 }
                out.append(UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]))
                if index < entities.count, entities[index].utf8Range.lowerBound < Int(token.end) {
                    out.append(current == index ? "\tI-" : "\tB-")
                    out.append(utf8: entities[index].type.rawValue)
                    out.append(UInt8(ascii: "\n"))
                    current = index
                } else {
                    out.append("\tO\n")
                    current = nil
                }
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// The ANSI colour that starts an entity of `type` in coloured text output.
    private static func color(_ type: EntityType) -> StaticString {
        switch type {
        case .title: "\u{1B}[1;35m"
        case .agency: "\u{1B}[1;34m"
        case .person: "\u{1B}[1;32m"
        case .location: "\u{1B}[1;36m"
        case .date: "\u{1B}[1;33m"
        case .percent: "\u{1B}[1;31m"
        }
    }

    /// The ANSI legend printed once before coloured text output.
    static var legend: String {
        EntityType.allCases.map { "\(color($0))\($0.rawValue)\u{1B}[0m" }.joined(separator: " ") + "\n\n"
    }

    /// The text with each entity marked `[text](TYPE value)` (or coloured), and a newline.
    private func marked(_ document: InputDocument, _ entities: [Entity], into out: ByteWriter) {
        var text = document.text
        text.withUTF8 { bytes in
            var position = 0
            for entity in entities {
                out.append(UnsafeBufferPointer(rebasing: bytes[position..<entity.utf8Range.lowerBound]))
                if color {
                    out.append(Self.color(entity.type))
                    out.append(utf8: entity.text)
                    out.append("\u{1B}[0m\u{1B}[2m[")
                } else {
                    out.append(UInt8(ascii: "["))
                    out.append(utf8: entity.text)
                    out.append("](")
                }
                out.append(utf8: entity.type.rawValue)
                if let value = entity.value {
                    out.append(UInt8(ascii: " "))
                    out.append(canonicalValue: value)
                }
                out.append(color ? "]\u{1B}[0m" : ")")
                position = entity.utf8Range.upperBound
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[position...]))
        }
        out.append(UInt8(ascii: "\n"))
    }
}
