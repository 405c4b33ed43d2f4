extension JSONLineScanner {
    /// Walks the bytes of one line, checking the JSON grammar (RFC 8259) as it goes. Every
    /// method answers nil (or false) on anything it does not accept; see ``JSONLineScanner``.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The whole line as one object with nothing but whitespace around it.
        mutating func objectSpans() -> ObjectSpans? {
            skipWhitespace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var spans = ObjectSpans()
            skipWhitespace()
            if !take(UInt8(ascii: "}")) {
                repeat {
                    skipWhitespace()
                    guard let keySpan = string(), !keySpan.hasByteOrderMark else { return nil }
                    skipWhitespace()
                    guard take(UInt8(ascii: ":")) else { return nil }
                    skipWhitespace()
                    switch key(keySpan) {
                    case .text?:
                        guard spans.text == nil, let value = string(), !value.hasByteOrderMark else { return nil }
                        spans.text = value
                    case .referenceDate?:
                        guard spans.referenceDate == nil, let value = string(), !value.hasByteOrderMark else { return nil }
                        spans.referenceDate = value
                    case .id?:
                        guard spans.id == nil else { return nil }
                        if let value = string() {
                            guard !value.hasByteOrderMark else { return nil }
                            spans.id = .string(value)
                        } else {
                            guard let digits = plainInteger() else { return nil }
                            spans.id = .integer(digits)
                        }
                    case .entities?: return nil
                    case nil: guard skipValue(depth: 1) else { return nil }
                    }
                    skipWhitespace()
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "}")) else { return nil }
            }
            skipWhitespace()
            return index == bytes.count ? spans : nil
        }

        /// Which member `span` (a key) names; a key written with escapes is decoded first.
        private func key(_ span: StringSpan) -> Key? {
            guard span.hasEscapes else { return Key(bytes: UnsafeBufferPointer(rebasing: bytes[span.range])) }
            guard var decoded = JSONLineScanner.unescape(UnsafeBufferPointer(rebasing: bytes[span.range])) else { return nil }
            return decoded.withUTF8 { Key(bytes: $0) }
        }

        /// The members the scanner looks at (any other key is skipped).
        enum Key {
            case text, id, referenceDate, entities

            init?(bytes: UnsafeBufferPointer<UInt8>) {
                switch bytes.count {
                case 4 where bytes.elementsEqual("text".utf8): self = .text
                case 2 where bytes.elementsEqual("id".utf8): self = .id
                case 14 where bytes.elementsEqual("reference_date".utf8): self = .referenceDate
                case 8 where bytes.elementsEqual("entities".utf8): self = .entities
                default: return nil
                }
            }
        }

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard current == byte else { return false }
            index += 1
            return true
        }

        private mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        /// A string starting here (at its opening quote): its body, checked for control
        /// characters, bad escapes and lone surrogates. Nil (cursor unmoved) when no string starts here.
        mutating func string() -> StringSpan? {
            guard current == UInt8(ascii: "\"") else { return nil }
            var position = index + 1
            let start = position
            var hasEscapes = false
            var hasByteOrderMark = false
            /// Set after a high-surrogate escape: the next thing must be its low half.
            var awaitingLowSurrogate = false
            while position < bytes.count {
                if !awaitingLowSurrogate {
                    // Eight plain bytes at a time; the first chunk with anything to look at goes byte by byte.
                    while position + 8 <= bytes.count,
                          Self.isPlain(UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)) {
                        position += 8
                    }
                    guard position < bytes.count else { break }
                }
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    guard !awaitingLowSurrogate else { return nil }
                    index = position + 1
                    return StringSpan(range: start..<position, hasEscapes: hasEscapes, hasByteOrderMark: hasByteOrderMark)
                }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else {
                    if awaitingLowSurrogate { return nil }
                    if byte == 0xEF, position + 2 < bytes.count, bytes[position + 1] == 0xBB, bytes[position + 2] == 0xBF {
                        hasByteOrderMark = true
                    }
                    position += 1
                    continue
                }
                hasEscapes = true
                guard position + 1 < bytes.count else { return nil }
                let kind = bytes[position + 1]
                if kind == UInt8(ascii: "u") {
                    guard position + 6 <= bytes.count else { return nil }
                    var unit: UInt32 = 0
                    for digit in bytes[position + 2..<position + 6] {
                        guard let value = JSONLineScanner.hexDigit(digit) else { return nil }
                        unit = unit << 4 | UInt32(value)
                    }
                    let isHigh = (0xD800..<0xDC00).contains(unit), isLow = (0xDC00..<0xE000).contains(unit)
                    if awaitingLowSurrogate != isLow { return nil }
                    awaitingLowSurrogate = isHigh
                    position += 6
                    continue
                }
                if awaitingLowSurrogate { return nil }
                switch kind {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    position += 2
                default: return nil
                }
            }
            return nil
        }

        /// `true` when none of the eight bytes in `word` needs a look inside a string: no quote,
        /// backslash, control character (< 0x20) or 0xEF (first byte of U+FEFF). Word-wide tests
        /// ("has a zero byte", "has a byte below n") from Bit Twiddling Hacks; byte order does not matter.
        @inline(__always)
        static func isPlain(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
            func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
            let hasControl = (word &- ones &* 0x20) & ~word & highBits != 0
            return !hasControl && !hasZeroByte(word ^ (ones &* 0x22)) && !hasZeroByte(word ^ (ones &* 0x5C))
                && !hasZeroByte(word ^ (ones &* 0xEF))
        }

        /// An integer as `NSNumber.stringValue` writes it back unchanged: optional minus, no
        /// leading zero, no fraction or exponent, at most 18 digits, not `-0`.
        mutating func plainInteger() -> Range<Int>? {
            let start = index
            var position = index
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            let digits = position - digitsStart
            guard digits >= 1, digits <= 18 else { return nil }
            if bytes[digitsStart] == UInt8(ascii: "0"), digits > 1 || digitsStart > start { return nil }
            if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) { return nil }
            index = position
            return start..<position
        }

        /// Skips one value of any kind (objects and arrays to `depth` ``maximumDepth``).
        mutating func skipValue(depth: Int) -> Bool {
            guard let byte = current else { return false }
            switch byte {
            case UInt8(ascii: "\""): return string() != nil
            case UInt8(ascii: "{"):
                guard depth < JSONLineScanner.maximumDepth else { return false }
                index += 1
                skipWhitespace()
                if take(UInt8(ascii: "}")) { return true }
                repeat {
                    skipWhitespace()
                    guard string() != nil else { return false }
                    skipWhitespace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipWhitespace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipWhitespace()
                } while take(UInt8(ascii: ","))
                return take(UInt8(ascii: "}"))
            case UInt8(ascii: "["):
                guard depth < JSONLineScanner.maximumDepth else { return false }
                index += 1
                skipWhitespace()
                if take(UInt8(ascii: "]")) { return true }
                repeat {
                    skipWhitespace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipWhitespace()
                } while take(UInt8(ascii: ","))
                return take(UInt8(ascii: "]"))
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let matches = word.withUTF8Buffer { bytes[index..<index + count].elementsEqual($0) }
            if matches { index += count }
            return matches
        }

        /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. Foundation rejects
        /// a number too large for a Double (`2e308`), so any number that might be (more than
        /// ``maximumMagnitude`` integer digits, counting a positive exponent) is refused here.
        private mutating func number() -> Bool {
            var position = index
            func digits() -> Int {
                let start = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
                return position - start
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
            let integerStart = position
            let integerDigits = digits()
            guard integerDigits >= 1 else { return false }
            if bytes[integerStart] == UInt8(ascii: "0"), integerDigits > 1 { return false }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                guard digits() >= 1 else { return false }
            }
            var magnitude = integerDigits
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                position += 1
                var negative = false
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                    negative = bytes[position] == UInt8(ascii: "-")
                    position += 1
                }
                let exponentStart = position
                let exponentDigits = digits()
                guard exponentDigits >= 1 else { return false }
                if !negative {
                    var exponent = 0
                    for digit in bytes[exponentStart..<position] where exponent <= JSONLineScanner.maximumMagnitude {
                        exponent = exponent * 10 + Int(digit - UInt8(ascii: "0"))
                    }
                    magnitude += exponent
                }
            }
            guard magnitude <= JSONLineScanner.maximumMagnitude else { return false }
            index = position
            return true
        }
    }
}
