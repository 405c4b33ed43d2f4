import Foundation
@_spi(CLI) import Viner

/// Parses one JSONL line into an ``InputDocument``.
enum JSONLDocumentParser {
    /// Parses a line already decoded as UTF-8. The common line (`text`, `id`, `reference_date`)
    /// goes through ``JSONLineScanner``; anything it leaves (gold `entities`, unusual ids,
    /// invalid JSON) goes through `JSONSerialization`, so values and messages stay as before.
    static func parse(_ line: String, source: SourcePosition, defaultID: @autoclosure () -> String) throws(CLIError) -> InputDocument {
        if let fields = JSONLineScanner.scan(line) {
            var referenceDate: CalendarDate?
            if let iso = fields.referenceDate { referenceDate = CalendarDate(iso: iso) }
            if fields.referenceDate == nil || referenceDate != nil {
                return InputDocument(id: fields.id ?? defaultID(), text: fields.text, referenceDate: referenceDate, gold: [],
                                     sourceFile: source.displayFile, sourceLine: source.line)
            }
        }
        return try parse(Array(line.utf8), source: source, defaultID: defaultID())
    }

    /// Parses a line with `JSONSerialization`.
    static func parse(_ line: [UInt8], source: SourcePosition, defaultID: String) throws(CLIError) -> InputDocument {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            throw CLIError(message: "\(source.describe(byteOffset: 0)): not a JSON object: \(shortReason(error))", exitCode: ExitStatus.dataError)
        }
        guard let dictionary = object as? [String: Any] else {
            throw CLIError(message: "\(source.describe(byteOffset: 0)): expected a JSON object with a \"text\" string", exitCode: ExitStatus.dataError)
        }
        guard let text = dictionary["text"] as? String else {
            throw CLIError(message: "\(source.describe(byteOffset: 0)): missing \"text\" string", exitCode: ExitStatus.dataError)
        }
        var id = defaultID
        if let value = dictionary["id"] as? String { id = value } else if let value = dictionary["id"] as? NSNumber { id = value.stringValue }
        var referenceDate: CalendarDate?
        if let value = dictionary["reference_date"] as? String {
            guard let date = CalendarDate(iso: value) else {
                throw CLIError(message: "\(source.describe(byteOffset: 0)): reference_date \"\(value)\" is not YYYY-MM-DD", exitCode: ExitStatus.dataError)
            }
            referenceDate = date
        }
        var gold: [LabeledSpan] = []
        if let entities = dictionary["entities"] as? [[String: Any]] {
            for entity in entities {
                guard let start = (entity["start"] as? NSNumber)?.intValue, let end = (entity["end"] as? NSNumber)?.intValue,
                      let typeName = entity["type"] as? String else {
                    throw CLIError(message: "\(source.describe(byteOffset: 0)): an entity lacks start, end or type", exitCode: ExitStatus.dataError)
                }
                guard let type = EntityType(rawValue: typeName) else {
                    throw CLIError(message: "\(source.describe(byteOffset: 0)): unknown entity type \"\(typeName)\"", exitCode: ExitStatus.dataError)
                }
                gold.append(LabeledSpan(start: start, end: end, type: type, value: canonical(entity["value"]),
                                        ignore: (entity["ignore"] as? Bool) ?? false))
            }
        }
        return InputDocument(id: id, text: text, referenceDate: referenceDate, gold: gold, sourceFile: source.displayFile, sourceLine: source.line)
    }

    /// A gold value in the canonical string form of ``LabeledSpan/canonicalValue(_:)``.
    static func canonical(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let array as [Any]: return "[" + array.compactMap(canonical).joined(separator: ", ") + "]"
        case let number as NSNumber: return LabeledSpan.canonicalNumber(number.doubleValue)
        default: return nil
        }
    }

    private static func shortReason(_ error: Error) -> String {
        let text = "\(error)"
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }
}
