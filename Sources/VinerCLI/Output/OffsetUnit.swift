import ArgumentParser
@_spi(CLI) import Viner

/// The unit of the offsets `viner` prints.
enum OffsetUnit: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Unicode scalars (code points): Python's `text[start:end]`, the gold files.
    case scalar
    /// UTF-16 code units: JavaScript, Java, Apple platforms.
    case utf16
    /// UTF-8 bytes: Rust, Go, C.
    case utf8
}

/// Converts an entity's byte range of one document into the requested unit.
struct EntityOffsets {
    private var converter: OffsetConverter
    private let unit: OffsetUnit

    init(text: String, unit: OffsetUnit) {
        self.unit = unit
        converter = OffsetConverter(utf8: unit == .utf16 ? Array(text.utf8) : [])
    }

    mutating func range(of entity: Entity) -> (start: Int, end: Int) {
        range(utf8: entity.utf8Range, scalars: entity.scalarRange)
    }

    /// The range of an entity given by its two ranges (no copy of the entity needed).
    mutating func range(utf8: Range<Int>, scalars: Range<Int>) -> (start: Int, end: Int) {
        switch unit {
        case .scalar: return (scalars.lowerBound, scalars.upperBound)
        case .utf8: return (utf8.lowerBound, utf8.upperBound)
        case .utf16:
            let start = converter.utf16Offset(forUTF8: utf8.lowerBound)
            return (start, converter.utf16Offset(forUTF8: utf8.upperBound))
        }
    }
}
