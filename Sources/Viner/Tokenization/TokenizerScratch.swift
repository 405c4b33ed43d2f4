/// How the tokenizer feeds text to ICU.
@_spi(Benchmarks)
public enum ICUTextInput: Sendable {
    /// Convert each window to UTF-16 first (faster here: ICU iterates UTF-16 natively).
    case utf16
    /// Hand ICU the UTF-8 bytes through a UText.
    case utf8
}

/// One ICU iterator plus reusable buffers. Used by one thread at a time (the pool in
/// ``Tokenizer`` guarantees it), hence `@unchecked Sendable`.
///
/// Text is processed in windows of about ``windowSize`` bytes, cut just after white space that
/// is followed by an ASCII non-space byte: ICU always breaks there and no unit crosses white
/// space, so windows give exactly the tokens of the whole text while the buffers stay small.
/// Each window either takes the Latin fast path or goes through ICU; 8 KiB windows keep one
/// emoji or Han character from sending much text through ICU, at no measurable cost.
final class TokenizerScratch: @unchecked Sendable {
    static let windowSize = 8 * 1024

    let iterator: ICUBreakIterator
    let input: ICUTextInput
    /// Skip ICU for windows ``LatinFastPath`` covers.
    let fastPath: Bool
    private let table = ScalarClassTable.shared
    private var capacity = 0
    private var units: UnsafeMutablePointer<UInt16>
    private var byteOffsets: UnsafeMutablePointer<Int32>
    private var boundaries: UnsafeMutablePointer<Int32>

    init(input: ICUTextInput = .utf16, fastPath: Bool = true) throws(ICUError) {
        iterator = try ICUBreakIterator(wordsFor: "vi")
        self.input = input
        self.fastPath = fastPath
        units = .allocate(capacity: 1)
        byteOffsets = .allocate(capacity: 1)
        boundaries = .allocate(capacity: 1)
        reserve(Self.windowSize)
    }

    deinit {
        units.deallocate()
        byteOffsets.deallocate()
        boundaries.deallocate()
    }

    private func reserve(_ bytes: Int) {
        guard bytes > capacity else { return }
        units.deallocate()
        byteOffsets.deallocate()
        boundaries.deallocate()
        capacity = bytes
        units = .allocate(capacity: bytes + 1)
        byteOffsets = .allocate(capacity: bytes + 1)
        boundaries = .allocate(capacity: bytes + 1)
    }

    @inline(__always)
    private static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// The end of the window starting at `start`: `count`, or a cut after white space.
    private static func windowEnd(_ p: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
        let target = start + windowSize
        if target >= count { return count }
        var i = target
        while i > start + 1 {
            if isASCIISpace(p[i - 1]), p[i] < 0x80, !isASCIISpace(p[i]) { return i }
            i -= 1
        }
        i = target + 1
        while i < count {
            if isASCIISpace(p[i - 1]), p[i] < 0x80, !isASCIISpace(p[i]) { return i }
            i += 1
        }
        return count
    }

    /// Runs ICU over `bytes[start..<end]` and returns how many boundaries (absolute byte
    /// offsets, the last one `end`) are in `boundaries`.
    private func icuBoundaries(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let length = end - start
        reserve(length)
        let window = UnsafeBufferPointer(start: p + start, count: length)
        let out = UnsafeMutableBufferPointer(start: boundaries, count: length + 1)
        switch input {
        case .utf16:
            let unitCount = ICU.convertToUTF16(window, units: units, byteOffsets: byteOffsets)
            do {
                try iterator.setUTF16(UnsafeBufferPointer(start: units, count: unitCount))
            } catch {
                return 0
            }
            return iterator.fill(out, byteOffsets: byteOffsets, base: Int32(start))
        case .utf8:
            do {
                try iterator.setUTF8(window)
            } catch {
                return 0
            }
            return iterator.fill(out, byteOffsets: nil, base: Int32(start))
        }
    }

    /// Tokenizes `bytes`, calling `body` for each token in order.
    ///
    /// Inlined (with ``scanWindow(_:from:to:boundaryCount:_:)``) into each caller, so the
    /// caller's `body` is inlined into the token loop rather than called through a pointer
    /// for every token.
    @inline(__always)
    func segment(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) throws -> Void) rethrows {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        let scanner = UnitScanner(base: p, count: count, table: table)
        var position = 0
        while position < count {
            let windowEnd = Self.windowEnd(p, count, from: position)
            var boundaryCount = 0
            if fastPath, LatinFastPath.covers(p, position, windowEnd) {
                boundaries[0] = Int32(windowEnd)   // one segment: the scanner's own rules decide
                boundaryCount = 1
            } else {
                boundaryCount = icuBoundaries(p, position, windowEnd)
            }
            if boundaryCount == 0 || boundaries[boundaryCount - 1] != Int32(windowEnd) {
                // ICU failed or stopped early: fall back to one segment for the rest.
                boundaries[boundaryCount] = Int32(windowEnd)
                boundaryCount += 1
            }
            position = try scanWindow(scanner, from: position, to: windowEnd, boundaryCount: boundaryCount, body)
        }
    }

    /// The classification and merge pass over one window. Returns where the next window starts.
    @inline(__always)
    private func scanWindow(
        _ scanner: UnitScanner, from start: Int, to windowEnd: Int, boundaryCount: Int,
        _ body: (Token) throws -> Void
    ) rethrows -> Int {
        let p = scanner.base
        var position = start
        var k = 0
        var segmentEnd = start
        while position < windowEnd {
            let b = p[position]
            if b == 0x20 || b == 0x0A { position += 1; continue }
            if position >= segmentEnd {
                while k < boundaryCount, Int(boundaries[k]) <= position { k += 1 }
                segmentEnd = k < boundaryCount ? Int(boundaries[k]) : windowEnd
            }
            let scalar = scanner.scalar(at: position)
            if scalar.cls == ScalarClass.space {
                position += scalar.length
                continue
            }
            let found = unit(scanner, at: position, class: scalar.cls, length: scalar.length, segmentEnd: segmentEnd)
            let flags = found.flags ?? self.flags(scanner, position, found.end)
            try body(Token(start: position, end: found.end, kind: found.kind, flags: flags))
            position = found.end
        }
        return position
    }

    @inline(__always)
    private static func mayContinueEmail(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "@") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    /// The unit starting at `i`, whose first scalar has class `cls`, and its flags when they
    /// came for free (nil: compute them from the bytes).
    @inline(__always)
    private func unit(
        _ s: UnitScanner, at i: Int, class cls: UInt8, length: Int, segmentEnd: Int
    ) -> (end: Int, kind: TokenKind, flags: TokenFlags?) {
        let b = s.base[i]
        let kind = cls & ScalarClass.kindMask
        switch kind {
        case ScalarClass.upper, ScalarClass.lower, ScalarClass.caseless:
            if b | 0x20 == UInt8(ascii: "h") || b | 0x20 == UInt8(ascii: "w"), let end = s.urlEnd(i) { return (end, .url, nil) }
            let word = s.scanWord(i, limit: segmentEnd)
            if cls & ScalarClass.noSpaceScript != 0 { return (word.end, .other, word.flags) }
            if word.end < s.count {
                let next = s.base[word.end]
                if word.pureLetters,
                   next == UInt8(ascii: "&") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".") || next == UInt8(ascii: "/"),
                   let abbreviationEnd = s.abbreviationEnd(i, first: word.group) {
                    return (abbreviationEnd, .abbreviation, nil)
                }
                if !word.nonASCII, b < 0x80, Self.mayContinueEmail(next), let end = s.emailEnd(i) { return (end, .email, nil) }
            }
            return (word.end, .word, word.flags)
        case ScalarClass.digit:
            guard b < 0x80 else { return (s.wordEnd(i, limit: segmentEnd), .number, nil) }
            var run = i + 1
            let runLimit = min(s.count, i + 65)
            while run < runLimit, s.base[run] &- 0x30 < 10 || (s.base[run] | 0x20) &- 0x61 < 26 { run += 1 }
            if run < s.count, Self.mayContinueEmail(s.base[run]), let end = s.emailEnd(i) { return (end, .email, nil) }
            let numeric = s.numeric(i, limit: segmentEnd)
            switch numeric.kind {
            case .number, .decimal, .groupedNumber, .percent, .numericDate, .fraction:
                return (numeric.end, numeric.kind, .hasDigit)
            default:
                return (numeric.end, numeric.kind, nil)
            }
        case ScalarClass.dash:
            // A minus sign directly before a percentage, at the start or after space or `(`:
            // `-11%`, `−2,5%`.
            if b == UInt8(ascii: "-"), s.isDigit(i + 1), i == 0 || Self.opensNumber(s.base[i - 1]) {
                let numeric = s.numeric(i + 1, limit: segmentEnd)
                if numeric.kind == .percent { return (numeric.end, .percent, .hasDigit) }
            }
            let end = s.extendsEnd(i + length, limit: segmentEnd)
            return (end, .dash, end == i + 1 ? [] : nil)
        case ScalarClass.punctuation:
            let end = s.extendsEnd(i + length, limit: segmentEnd)
            return (end, .punctuation, end == i + 1 ? [] : nil)
        default:
            if length == 3, b == 0xE2, s.base[i + 1] == 0x88, s.base[i + 2] == 0x92,
               s.isDigit(i + 3), i == 0 || Self.opensNumber(s.base[i - 1]) {
                // U+2212 MINUS SIGN is a math symbol; it only differs from `-` before a percentage.
                let numeric = s.numeric(i + 3, limit: segmentEnd)
                if numeric.kind == .percent { return (numeric.end, .percent, .hasDigit) }
            }
            // Symbols, marks without a base, U+FFFD: one at a time with the marks after them,
            // except outside the Latin fast path's repertoire, where ICU's grouping is kept
            // (emoji sequences stay whole).
            if b < 0x80 || LatinFastPath.isSafe(UTF8Decoding.decode(s.base, i, s.count).scalar) {
                let end = s.extendsEnd(i + length, limit: segmentEnd)
                return (end, .symbol, end == i + 1 ? [] : nil)
            }
            return (max(segmentEnd, i + length), .symbol, nil)
        }
    }

    @inline(__always)
    private static func opensNumber(_ b: UInt8) -> Bool {
        isASCIISpace(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: "[")
    }

    /// Case and content flags of `bytes[start..<end]`.
    @inline(__always)
    private func flags(_ s: UnitScanner, _ start: Int, _ end: Int) -> TokenFlags {
        var letters = 0
        var uppers = 0
        var firstLetterUpper = false
        var digit = false
        var nonASCII = false
        var j = start
        while j < end {
            let c: UInt8
            let b = s.base[j]
            if b < 0x80 {
                c = s.classes[Int(b)]
                j += 1
            } else {
                let decoded = UTF8Decoding.decode(s.base, j, s.count)
                c = s.classOf(decoded.scalar)
                j += decoded.length
                let k = c & ScalarClass.kindMask
                if k >= ScalarClass.upper && k <= ScalarClass.extend { nonASCII = true }
            }
            let k = c & ScalarClass.kindMask
            if k == ScalarClass.upper {
                if letters == 0 { firstLetterUpper = true }
                letters += 1
                uppers += 1
            } else if k == ScalarClass.lower || k == ScalarClass.caseless {
                letters += 1
            } else if k == ScalarClass.digit {
                digit = true
            }
        }
        var result: TokenFlags = []
        if firstLetterUpper { result.insert(.capitalized) }
        if letters >= 2, uppers == letters { result.insert(.allCaps) }
        if digit { result.insert(.hasDigit) }
        if nonASCII { result.insert(.hasNonASCII) }
        return result
    }
}
