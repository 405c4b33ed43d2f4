import Viner

/// The JSON renderings of entities and their values.
enum EntityJSON {
    /// The value as a JSON value: a string for dates and names, a number or `[a, b]` for percents.
    static func value(_ value: EntityValue) -> String {
        switch value {
        case .date(let date): JSONText.string(date.iso)
        case .percent: LabeledSpan.canonicalValue(value)
        case .name(let name): JSONText.string(name)
        }
    }

    /// `{"start", "end", "type", "text", "value"?}`.
    static func entity(_ entity: Entity, start: Int, end: Int) -> String {
        var fields: [(String, String)] = [
            ("start", String(start)), ("end", String(end)),
            ("type", JSONText.string(entity.type.rawValue)), ("text", JSONText.string(entity.text)),
        ]
        if let value = entity.value { fields.append(("value", EntityJSON.value(value))) }
        return JSONText.object(fields)
    }
}
