@_spi(CLI) @testable import Viner

/// The invariants the property, concurrency and pathological-input tests check. Each returns
/// the first violation as a message, or nil. (FuzzTesting/Sources/FuzzSupport checks the
/// same contract in the fuzz targets.)
enum Invariants {
    // MARK: Tokens

    /// Tokens are non-empty, in bounds, ordered, non-overlapping, contain no white space, never
    /// cut a scalar of well-formed input, and every byte outside them is well-formed white space.
    static func tokens(_ tokens: [Token], in bytes: [UInt8]) -> String? {
        let wellFormed = UTF8Validation.firstInvalidOffset(in: bytes) == nil
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            let start = Int(token.start), end = Int(token.end)
            guard start < end else { return "token \(index) is empty or reversed: \(start)..<\(end)" }
            guard start >= 0, end <= bytes.count else { return "token \(index) \(start)..<\(end) outside 0..<\(bytes.count)" }
            guard start >= previousEnd else { return "token \(index) starts at \(start) before the previous end \(previousEnd)" }
            if let problem = whiteSpaceGap(bytes, previousEnd, start) { return problem }
            if wellFormed, !isScalarBoundary(bytes, start) || !isScalarBoundary(bytes, end) {
                return "token \(index) \(start)..<\(end) cuts a scalar"
            }
            var i = start
            while i < end {
                guard let (scalar, length) = scalar(in: bytes, at: i, limit: end) else { i += 1; continue }
                if scalar.properties.isWhitespace { return "token \(index) \(start)..<\(end) contains white space U+\(hex(scalar.value)) at \(i)" }
                i += length
            }
            previousEnd = end
        }
        return whiteSpaceGap(bytes, previousEnd, bytes.count)
    }

    private static func whiteSpaceGap(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String? {
        var i = start
        while i < end {
            guard let (scalar, length) = scalar(in: bytes, at: i, limit: end) else {
                return "byte \(i) (0x\(hex(UInt32(bytes[i])))) is in no token and is not white space"
            }
            if !scalar.properties.isWhitespace { return "U+\(hex(scalar.value)) at byte \(i) is in no token" }
            i += length
        }
        return nil
    }

    // MARK: Normalisation

    /// The offset map agrees with both texts and copies the stretches between its edits
    /// verbatim; scalar boundaries map to scalar boundaries, monotonically; normalising the
    /// output again changes nothing.
    static func normalization(input: String, result: NormalizedText, normalizer: Normalizer) -> String? {
        if let problem = offsetMap(input: input, result: result) { return problem }
        let again = normalizer.normalize(result.text).text
        if again != result.text {
            return "not idempotent with \(normalizer.options): \(escaped(input)) → \(escaped(result.text)) → \(escaped(again))"
        }
        return nil
    }

    static func offsetMap(input: String, result: NormalizedText) -> String? {
        let original = Array(input.utf8)
        let output = Array(result.text.utf8)
        let map = result.offsetMap
        guard map.originalLength == original.count else { return "originalLength \(map.originalLength) ≠ \(original.count)" }
        guard map.normalizedLength == output.count else { return "normalizedLength \(map.normalizedLength) ≠ \(output.count)" }
        var n = 0, o = 0
        for (index, edit) in map.edits.enumerated() {
            guard edit.normalized.lowerBound >= n, edit.original.lowerBound >= o else { return "edit \(index) out of order or overlapping" }
            guard edit.normalized.upperBound <= output.count, edit.original.upperBound <= original.count else { return "edit \(index) out of bounds" }
            let kept = original[o..<edit.original.lowerBound]
            guard kept.elementsEqual(output[n..<edit.normalized.lowerBound]) else { return "stretch before edit \(index) was not copied verbatim" }
            n = edit.normalized.upperBound
            o = edit.original.upperBound
        }
        guard original[o...].elementsEqual(output[n...]) else { return "stretch after the last edit was not copied verbatim" }
        if result.isUnchanged, result.text != input { return "isUnchanged, but the text changed" }
        var previous = 0
        for offset in 0...output.count where isScalarBoundary(output, offset) {
            let down = map.originalOffset(forNormalized: offset, roundingUp: false)
            let up = map.originalOffset(forNormalized: offset, roundingUp: true)
            guard 0 <= down, down <= up, up <= original.count else { return "offset \(offset) maps to \(down)/\(up), outside the input" }
            guard down >= previous else { return "the map goes backwards at normalised offset \(offset)" }
            guard isScalarBoundary(original, down), isScalarBoundary(original, up) else { return "offset \(offset) maps inside a scalar" }
            previous = down
        }
        return nil
    }

    // MARK: Entities

    /// Entities are non-empty, in bounds, sorted, non-overlapping, cut no scalar; `text` is the
    /// original slice and `scalarRange` matches `utf8Range`.
    static func entities(_ entities: [Entity], in text: String) -> String? {
        let bytes = Array(text.utf8)
        var previousEnd = 0
        for (index, entity) in entities.enumerated() {
            let range = entity.utf8Range
            guard !range.isEmpty else { return "entity \(index) \(entity.type) is empty" }
            guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return "entity \(index) \(range) outside 0..<\(bytes.count)" }
            guard range.lowerBound >= previousEnd else { return "entity \(index) \(range) overlaps or precedes the previous one" }
            guard isScalarBoundary(bytes, range.lowerBound), isScalarBoundary(bytes, range.upperBound) else { return "entity \(index) \(range) cuts a scalar" }
            let slice = String(decoding: bytes[range], as: UTF8.self)
            guard entity.text == slice else { return "entity \(index) text \(escaped(entity.text)) ≠ slice \(escaped(slice))" }
            let scalars = scalarCount(bytes, upTo: range.lowerBound)..<scalarCount(bytes, upTo: range.upperBound)
            guard entity.scalarRange == scalars else { return "entity \(index) scalarRange \(entity.scalarRange) ≠ \(scalars)" }
            previousEnd = range.upperBound
        }
        return nil
    }

    // MARK: UTF-8 helpers

    static func scalar(in bytes: [UInt8], at offset: Int, limit: Int) -> (Unicode.Scalar, Int)? {
        guard offset < limit else { return nil }
        var iterator = bytes[offset..<limit].makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, Unicode.UTF8.width(scalar)) }
        return nil
    }

    static func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset == 0 || offset == bytes.count || (offset > 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }

    static func scalarCount(_ bytes: [UInt8], upTo offset: Int) -> Int {
        var count = 0
        for i in 0..<offset where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    static func escaped(_ text: String, limit: Int = 160) -> String {
        var result = "\""
        for scalar in text.unicodeScalars.prefix(limit) {
            if scalar.value >= 0x20 && scalar.value < 0x7F { result.unicodeScalars.append(scalar) } else { result += "\\u{\(hex(scalar.value))}" }
        }
        return result + (text.unicodeScalars.count > limit ? "…\"" : "\"")
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
