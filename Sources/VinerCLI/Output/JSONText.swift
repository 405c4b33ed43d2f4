/// Minimal JSON text building with a fixed key order (Foundation's encoders do not promise one),
/// for small outputs (eval reports, tokens). `viner tag` writes through ``ByteWriter`` instead.
enum JSONText {
    /// `text` as a JSON string literal, quotes included (``ByteWriter/append(jsonString:)``).
    static func string(_ text: String) -> String {
        let out = ByteWriter(capacity: text.utf8.count + 2)
        out.append(jsonString: text)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A JSON object from already-encoded values, in the given order.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON array from already-encoded values.
    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }
}
