import Viner

/// The JSON rendering of one entity, written byte-wise.
enum EntityJSON {
    /// Appends `{"start", "end", "type", "text", "value"?}` with the given offsets.
    @inline(__always)   // inlined into the renderers' loops, the entity is read in place, not copied
    static func append(_ entity: borrowing Entity, range: (start: Int, end: Int), to out: ByteWriter) {
        out.append("{\"start\": ")
        out.append(decimal: range.start)
        out.append(", \"end\": ")
        out.append(decimal: range.end)
        out.append(", \"type\": ")
        out.append(quoted: entity.type.rawValue)
        out.append(", \"text\": ")
        out.append(jsonString: entity.text)
        if let value = entity.value {
            out.append(", \"value\": ")
            out.append(jsonValue: value)
        }
        out.append(UInt8(ascii: "}"))
    }
}
