/// Reads Vietnamese numbers written in words: `năm mươi` 50, `hai mươi lăm` 25,
/// `hai mươi mốt nghìn không trăm mười một` 21011, `một trăm linh năm` 105, `hai chục` 20,
/// `hai mươi lăm phẩy năm` 25.5, `âm ba` −3; and the digit-by-digit readings of years and days
/// (`hai không hai ba` 2023, `một chín bảy lăm` 1975, `hai tư` 24).
///
/// Every function reads ``TextPiece``s from index `i` and returns the value and the index
/// after the last piece it used, or nil.
enum SpelledNumber {
    /// A whole number or a `phẩy` decimal, with an optional leading `âm` (minus).
    static func parse(_ p: UnsafeBufferPointer<TextPiece>, at i: Int) -> (value: Double, end: Int)? {
        var j = i
        var sign = 1.0
        if j < p.count, p[j].lexeme == .am, j + 1 < p.count, p[j + 1].lexeme.digit != nil || p[j + 1].lexeme == .muoi10 {
            sign = -1
            j += 1
        }
        guard let (whole, afterWhole) = integer(p, at: j) else { return nil }
        var value = Double(whole)
        var end = afterWhole
        if end + 1 < p.count, p[end].lexeme == .phay, let (digits, afterFraction) = digitString(p, at: end + 1, maxDigits: 6), !digits.isEmpty {
            var fraction = 0.0
            var scale = 0.1
            for k in 0..<digits.count {
                fraction += Double(digits[k]) * scale
                scale /= 10
            }
            value += fraction
            end = afterFraction
        }
        return (sign * value, end)
    }

    /// A whole number: `một`, `mười lăm`, `hai mươi tư`, `ba trăm lẻ tám`,
    /// `hai nghìn không trăm hai mươi bốn`, `một tỷ`.
    static func integer(_ p: UnsafeBufferPointer<TextPiece>, at i: Int) -> (value: Int, end: Int)? {
        var total = 0
        var lastScale = Int.max
        var j = i
        guard let (firstGroup, next) = belowThousand(p, at: j, afterScale: false) else {
            // `trăm`, `nghìn` alone: 100, 1000.
            if j < p.count, let scale = scale(of: p[j].lexeme), scale >= 100 { return (scale, j + 1) }
            return nil
        }
        var group = firstGroup
        j = next
        while j < p.count, let s = scale(of: p[j].lexeme), s >= 1000, s < lastScale {
            total += group * s
            lastScale = s
            j += 1
            if let (g, n) = belowThousand(p, at: j, afterScale: true) {
                group = g
                j = n
            } else {
                group = 0
                break
            }
        }
        return (total + group, j)
    }

    private static func scale(of lexeme: Lexeme) -> Int? {
        switch lexeme {
        case .tram: 100
        case .nghin: 1000
        case .trieu: 1_000_000
        case .ty: 1_000_000_000
        default: nil
        }
    }

    /// 0–999: `[d trăm] [linh d | tens]`, or tens, or one digit.
    private static func belowThousand(_ p: UnsafeBufferPointer<TextPiece>, at i: Int, afterScale: Bool) -> (Int, Int)? {
        guard i < p.count else { return nil }
        // d trăm …
        if let d = p[i].lexeme.digit, p[i].lexeme != .lam, p[i].lexeme != .mot1, i + 1 < p.count, p[i + 1].lexeme == .tram {
            var value = d * 100
            var j = i + 2
            if let (rest, n) = belowHundred(p, at: j, allowShort: true) {
                value += rest
                j = n
            }
            return (value, j)
        }
        return belowHundred(p, at: i, allowShort: afterScale)
    }

    /// 0–99: `linh d`, `mười [u]`, `d mươi [u]`, `d chục`, `d` and (when `allowShort`) `d u`
    /// (`ba tám` 38, after `trăm` or `nghìn`).
    static func belowHundred(_ p: UnsafeBufferPointer<TextPiece>, at i: Int, allowShort: Bool) -> (Int, Int)? {
        guard i < p.count else { return nil }
        let w = p[i].lexeme
        if w == .linh, i + 1 < p.count, let u = p[i + 1].lexeme.digit, p[i + 1].lexeme != .lam, p[i + 1].lexeme != .mot1 {
            return (u, i + 2)
        }
        if w == .muoi10 {
            if i + 1 < p.count, let u = unitAfterTens(p[i + 1].lexeme, afterMuoi10: true) { return (10 + u, i + 2) }
            return (10, i + 1)
        }
        guard let d = w.digit, w != .lam, w != .mot1 else { return nil }
        if i + 1 < p.count {
            let next = p[i + 1].lexeme
            if next == .muoi, d >= 2 {
                if i + 2 < p.count, let u = unitAfterTens(p[i + 2].lexeme, afterMuoi10: false) { return (d * 10 + u, i + 3) }
                return (d * 10, i + 2)
            }
            if next == .chuc, d >= 1 { return (d * 10, i + 2) }
            if allowShort, d >= 2, let u = unitAfterTens(next, afterMuoi10: false) { return (d * 10 + u, i + 2) }
        }
        return (d, i + 1)
    }

    /// The unit after `mươi`/`mười`: `một` 1, `mốt` 1 (not after `mười`),
    /// `tư` 4, `lăm`/`năm` 5, other digits.
    private static func unitAfterTens(_ w: Lexeme, afterMuoi10: Bool) -> Int? {
        switch w {
        case .khong: nil
        case .mot1: afterMuoi10 ? nil : 1
        default: w.digit
        }
    }

    /// Digits read one by one or in spoken pairs: `hai không mười ba` → [2,0,1,3],
    /// `không năm` → [0,5], `hai lăm` → [2,5]. At most `maxDigits` digits.
    static func digitString(_ p: UnsafeBufferPointer<TextPiece>, at i: Int, maxDigits: Int) -> (DigitRun, Int)? {
        precondition(maxDigits <= DigitRun.capacity)
        var digits = DigitRun()
        var j = i
        while j < p.count, digits.count < maxDigits, !p[j].isDigits {
            let w = p[j].lexeme
            if w == .muoi10 || (w.digit != nil && j + 1 < p.count && p[j + 1].lexeme == .muoi) || w == .linh {
                guard let (pair, n) = belowHundred(p, at: j, allowShort: false), digits.count + 2 <= maxDigits else { break }
                digits.append(pair / 10)
                digits.append(pair % 10)
                j = n
            } else if let d = w.digit, w != .mot1 || !digits.isEmpty {
                digits.append(d)
                j += 1
            } else {
                break
            }
        }
        return digits.isEmpty ? nil : (digits, j)
    }

    /// A number written for a position that holds at most `maxDigits` digits (a day: 2, a
    /// year: 4): the standard reading or the digit-by-digit one, whichever reads more words;
    /// the value must lie in `range`.
    static func positional(_ p: UnsafeBufferPointer<TextPiece>, at i: Int, maxDigits: Int, range: ClosedRange<Int>) -> (value: Int, end: Int)? {
        var best: (Int, Int)?
        if let (v, n) = integer(p, at: i), range.contains(v) { best = (v, n) }
        if let (digits, n) = digitString(p, at: i, maxDigits: maxDigits), digits.count >= 2, n > (best?.1 ?? i) {
            let v = digits.value
            if range.contains(v), digits.count == maxDigits || maxDigits <= 2 { best = (v, n) }
        }
        return best
    }
}

/// Up to 16 decimal digits read one by one, kept in one word (no array to allocate).
struct DigitRun {
    static let capacity = 16
    private var packed: UInt64 = 0
    private(set) var count = 0

    /// No digit read yet.
    var isEmpty: Bool { count == 0 }

    /// Appends digit `d` (0–9).
    mutating func append(_ d: Int) {
        precondition(count < Self.capacity && (0...9).contains(d))
        packed |= UInt64(d) << (4 * UInt64(count))
        count += 1
    }

    /// The `k`-th digit, from the first read.
    subscript(k: Int) -> Int { Int(packed >> (4 * UInt64(k)) & 0xF) }

    /// The digits read as one number (`[2, 0, 2, 3]` → 2023).
    var value: Int {
        var v = 0
        for k in 0..<count { v = v * 10 + self[k] }
        return v
    }
}

extension SpelledNumber {
    /// ``parse(_:at:)`` over an array of pieces.
    static func parse(_ p: [TextPiece], at i: Int) -> (value: Double, end: Int)? {
        p.withUnsafeBufferPointer { parse($0, at: i) }
    }

    /// ``positional(_:at:maxDigits:range:)`` over an array of pieces.
    static func positional(_ p: [TextPiece], at i: Int, maxDigits: Int, range: ClosedRange<Int>) -> (value: Int, end: Int)? {
        p.withUnsafeBufferPointer { positional($0, at: i, maxDigits: maxDigits, range: range) }
    }
}
