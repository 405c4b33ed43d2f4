import Viner

/// The JSON rendering of one entity, written byte-wise.
enum EntityJSON {
    /// Appends `{"start", "end", "type", "text", "value"?}` with the given offsets.
    static func append(_ entity: Entity, range: (start: Int, end: Int), to out: ByteWriter) {
        withUnsafePointer(to: entity) { append(at: $0, range: range, to: out) }
    }

    /// ``append(_:range:to:)`` for an entity read in place (an array element), so the large
    /// `Entity` value is never copied, only its fields read.
    static func append(at entity: UnsafePointer<Entity>, range: (start: Int, end: Int), to out: ByteWriter) {
        out.append("{\"start\": ")
        out.append(decimal: range.start)
        out.append(", \"end\": ")
        out.append(decimal: range.end)
        out.append(", \"type\": ")
        out.append(quoted: entity.pointee.type.rawValue)
        out.append(", \"text\": ")
        out.append(jsonString: entity.pointee.text)
        // Switching on the stored value in place binds only the payload (no EntityValue copy).
        switch entity.pointee.value {
        case .none: break
        case .date(let date)?:
            out.append(", \"value\": \"")
            out.append(iso: date)
            out.append(UInt8(ascii: "\""))
        case .percent(let percent)?:
            out.append(", \"value\": ")
            out.append(percent: percent)
        case .name(let name)?:
            out.append(", \"value\": ")
            out.append(jsonString: name)
        }
        out.append(UInt8(ascii: "}"))
    }
}
