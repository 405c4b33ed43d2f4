@_spi(CLI) import Viner

/// Stops the process with `message`. Under libFuzzer this is a crash: the input is saved as an
/// artifact (`crash-…`) that reproduces it.
public func violation(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    fatalError("invariant violated: \(message)", file: file, line: line)
}

/// Traps with `message` unless `condition` holds.
@inline(__always)
public func require(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
    if !condition { violation(message(), file: file, line: line) }
}

/// Facts about UTF-8 bytes that the checks below need.
public enum UTF8Facts {
    /// The scalar starting at `offset` and its length in bytes, or nil when the bytes there
    /// are not well-formed UTF-8 (or the scalar would cross `limit`).
    public static func scalar<C: Collection>(in bytes: C, at offset: Int, limit: Int) -> (Unicode.Scalar, Int)? where C.Element == UInt8, C.Index == Int {
        guard offset < limit else { return nil }
        var iterator = bytes[offset..<limit].makeIterator()
        var decoder = Unicode.UTF8()
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): return (scalar, Unicode.UTF8.width(scalar))
        case .emptyInput, .error: return nil
        }
    }

    /// `true` when `offset` is 0, the end, or the start of a scalar (not a continuation byte).
    public static func isScalarBoundary<C: Collection>(_ bytes: C, _ offset: Int) -> Bool where C.Element == UInt8, C.Index == Int {
        offset == 0 || offset == bytes.count || (offset > 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }

    /// The number of scalars in well-formed UTF-8 `bytes[0..<offset]`.
    public static func scalarCount<C: Collection>(_ bytes: C, upTo offset: Int) -> Int where C.Element == UInt8, C.Index == Int {
        var count = 0
        for i in 0..<offset where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

/// The tokenizer's contract: tokens are non-empty, in bounds, in order, never overlap, hold no
/// white space, and together with white space cover every byte of the input.
public enum TokenInvariants {
    public static func check(_ tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) {
        let wellFormed = UTF8Validation.firstInvalidOffset(in: bytes) == nil
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            let start = Int(token.start), end = Int(token.end)
            require(start < end, "token \(index) is empty or reversed: \(start)..<\(end)")
            require(start >= 0 && end <= bytes.count, "token \(index) \(start)..<\(end) outside 0..<\(bytes.count)")
            require(start >= previousEnd, "token \(index) starts at \(start) before the previous token's end \(previousEnd)")
            checkGap(bytes, from: previousEnd, to: start)
            if wellFormed {
                require(UTF8Facts.isScalarBoundary(bytes, start) && UTF8Facts.isScalarBoundary(bytes, end),
                        "token \(index) \(start)..<\(end) cuts a scalar")
            }
            // No token holds white space (the tokenizer's windows rely on it).
            var i = start
            while i < end {
                guard let (scalar, length) = UTF8Facts.scalar(in: bytes, at: i, limit: end) else { i += 1; continue }
                require(!scalar.properties.isWhitespace, "token \(index) \(start)..<\(end) contains white space U+\(hex(scalar.value)) at \(i)")
                i += length
            }
            previousEnd = end
        }
        checkGap(bytes, from: previousEnd, to: bytes.count)
    }

    /// Bytes outside every token must be well-formed white space.
    static func checkGap(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var i = start
        while i < end {
            guard let (scalar, length) = UTF8Facts.scalar(in: bytes, at: i, limit: end) else {
                violation("byte \(i) (0x\(hex(UInt32(bytes[i])))) is in no token and is not white space")
            }
            require(scalar.properties.isWhitespace, "U+\(hex(scalar.value)) at byte \(i) is in no token and is not white space")
            i += length
        }
    }
}

/// The normaliser's contract: the offset map is consistent with both texts, copies text between
/// its edits verbatim, maps scalar boundaries to scalar boundaries monotonically, and
/// normalising again changes nothing.
public enum NormalizationInvariants {
    /// Checks a `normalize(_: String)` result, then that normalising its text again with
    /// `again` (by default the same normaliser) changes nothing.
    public static func check(input: String, result: NormalizedText, normalizer: Normalizer, again: Normalizer? = nil) {
        checkMap(original: Array(input.utf8), originalIsUTF8: true, result: result)
        if result.isUnchanged { require(result.text == input, "isUnchanged but the text changed") }
        checkIdempotent(result, again ?? normalizer, describing: input)
    }

    /// Normalising `result.text` with `normalizer` must give it back unchanged.
    /// The output is always Unicode, so a legacy or `.auto` normaliser is checked again with
    /// `encoding: .unicode` (decoding converted text a second time is not normalising it).
    public static func checkIdempotent(_ result: NormalizedText, _ normalizer: Normalizer, describing input: @autoclosure () -> String) {
        var unicode = normalizer
        unicode.options.encoding = .unicode
        let again = unicode.normalize(result.text)
        require(again.text == result.text,
                "not idempotent with \(normalizer.options): \(escaped(input())) → \(escaped(result.text)) → \(escaped(again.text))")
    }

    /// The offset map against the original bytes (scalar boundaries checked when the original
    /// is UTF-8; legacy 8-bit input has none to cut).
    public static func checkMap(original: [UInt8], originalIsUTF8: Bool, result: NormalizedText) {
        let output = Array(result.text.utf8)
        let map = result.offsetMap
        require(map.originalLength == original.count, "originalLength \(map.originalLength) ≠ \(original.count)")
        require(map.normalizedLength == output.count, "normalizedLength \(map.normalizedLength) ≠ \(output.count)")
        var n = 0, o = 0
        for (index, edit) in map.edits.enumerated() {
            require(edit.normalized.lowerBound >= n && edit.original.lowerBound >= o,
                    "edit \(index) \(edit) is out of order or overlaps the previous one")
            require(edit.normalized.upperBound <= output.count && edit.original.upperBound <= original.count,
                    "edit \(index) \(edit) is out of bounds (\(output.count), \(original.count))")
            checkVerbatim(original, o..<edit.original.lowerBound, output, n..<edit.normalized.lowerBound, before: index)
            n = edit.normalized.upperBound
            o = edit.original.upperBound
        }
        checkVerbatim(original, o..<original.count, output, n..<output.count, before: map.edits.count)

        // Every scalar boundary of the output maps, both ways of rounding, inside the input, to
        // a scalar boundary, and the mapping never goes backwards.
        var previous = 0
        for offset in 0...output.count where UTF8Facts.isScalarBoundary(output, offset) {
            let down = map.originalOffset(forNormalized: offset, roundingUp: false)
            let up = map.originalOffset(forNormalized: offset, roundingUp: true)
            require(0 <= down && down <= up && up <= original.count,
                    "offset \(offset) maps to \(down)/\(up), outside 0...\(original.count)")
            require(down >= previous, "mapping goes backwards at normalised offset \(offset): \(down) < \(previous)")
            if originalIsUTF8 {
                require(UTF8Facts.isScalarBoundary(original, down) && UTF8Facts.isScalarBoundary(original, up),
                        "normalised offset \(offset) maps inside a scalar (\(down)/\(up))")
            }
            previous = down
        }
    }

    static func checkVerbatim(_ original: [UInt8], _ o: Range<Int>, _ output: [UInt8], _ n: Range<Int>, before index: Int) {
        require(o.count == n.count, "unedited stretch before edit \(index) has lengths \(o.count) ≠ \(n.count)")
        require(original[o].elementsEqual(output[n]), "unedited stretch \(o) before edit \(index) was changed")
    }
}

/// The recogniser's contract: entities are non-empty, in bounds, sorted, never overlap, cut no
/// scalar, their text is the original slice and the scalar range matches the UTF-8 range.
public enum EntityInvariants {
    public static func check(_ entities: [Entity], in text: String) {
        let bytes = Array(text.utf8)
        var previousEnd = 0
        for (index, entity) in entities.enumerated() {
            let range = entity.utf8Range
            require(!range.isEmpty, "entity \(index) \(entity.type) is empty at \(range)")
            require(range.lowerBound >= 0 && range.upperBound <= bytes.count,
                    "entity \(index) \(range) outside 0..<\(bytes.count)")
            require(range.lowerBound >= previousEnd, "entity \(index) \(range) overlaps or precedes the previous one (end \(previousEnd))")
            require(UTF8Facts.isScalarBoundary(bytes, range.lowerBound) && UTF8Facts.isScalarBoundary(bytes, range.upperBound),
                    "entity \(index) \(range) cuts a scalar")
            let slice = String(decoding: bytes[range], as: UTF8.self)
            require(entity.text == slice, "entity \(index) text \(escaped(entity.text)) ≠ original slice \(escaped(slice))")
            let scalars = UTF8Facts.scalarCount(bytes, upTo: range.lowerBound)..<UTF8Facts.scalarCount(bytes, upTo: range.upperBound)
            require(entity.scalarRange == scalars, "entity \(index) scalarRange \(entity.scalarRange) ≠ \(scalars)")
            previousEnd = range.upperBound
        }
    }
}

/// `text` with non-printable and non-ASCII scalars escaped, for messages.
public func escaped(_ text: String, limit: Int = 200) -> String {
    var result = "\""
    for scalar in text.unicodeScalars.prefix(limit) {
        if scalar.value >= 0x20 && scalar.value < 0x7F { result.unicodeScalars.append(scalar) } else { result += "\\u{\(hex(scalar.value))}" }
    }
    return result + (text.unicodeScalars.count > limit ? "…\"" : "\"")
}

func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// The role linker's contract: every link joins entities of the run, each of the right type.
public enum RoleInvariants {
    public static func check(_ roles: [Role], among entities: [Entity]) {
        let known = Set(entities)
        for (index, role) in roles.enumerated() {
            require(role.title.type == .title && known.contains(role.title), "role \(index): title \(role.title) is not a TITLE of the run")
            if let person = role.person {
                require(person.type == .person && known.contains(person), "role \(index): person \(person) is not a PERSON of the run")
            }
            if let agency = role.agency {
                require(agency.type == .agency && known.contains(agency), "role \(index): agency \(agency) is not an AGENCY of the run")
            }
        }
    }
}
