/// Reads PERCENT expressions from ``TextPiece``s: `95%`, `83,7%`, `98,9 %`, `-11%`,
/// `10-15%`, `10% - 15%`, `5 phần trăm`, `năm mươi phần trăm`,
/// `hai mươi lăm phẩy năm phần trăm`, `âm ba phần trăm`. A qualifier before the number
/// (`trên`, `hơn`, `gần`, `đạt`, `tăng`) is never part of the span.
struct PercentParser {
    /// The pieces of one line (a view into the caller's buffer, valid while the parser is used).
    let p: UnsafeBufferPointer<TextPiece>

    /// One expression found: the index after it and its value.
    struct Found {
        var end: Int
        var value: PercentValue
    }

    /// Whether a percentage can start at `piece`: digits, a sign (`-`, `+`), or a word that
    /// starts a spelled number (a digit word, `mười`, `âm`, `trăm`). ``PercentRules`` calls
    /// ``match(at:)`` only where this holds; ``match(at:)`` finds nothing anywhere else.
    @inline(__always)
    static func canStart(_ piece: TextPiece) -> Bool {
        switch piece.kind {
        case .digits: true
        case .mark: piece.isDash || piece.number == 0x2B
        case .word: piece.lexeme.digit != nil || piece.lexeme == .muoi10 || piece.lexeme == .am || piece.lexeme == .tram
        case .opaque: false
        }
    }

    /// The percentage starting at `i`, if any.
    func match(at i: Int) -> Found? {
        guard i < p.count else { return nil }
        if let (a, afterA) = number(at: i) {
            let (hasSignA, afterSignA) = percentSign(at: afterA)
            // A range: `10-15%`, `10 - 15 %`, `10%-15%`.
            if isDash(afterSignA), let (b, afterB) = number(at: afterSignA + 1, afterDash: true),
               case let (true, end) = percentSign(at: afterB), b > a {
                return Found(end: end, value: .range(a, b))
            }
            if hasSignA { return Found(end: afterSignA, value: .value(a)) }
            return nil
        }
        if p[i].kind == .word, p[i].lexeme.digit != nil || p[i].lexeme == .muoi10 || p[i].lexeme == .am || p[i].lexeme == .tram {
            guard let (v, after) = SpelledNumber.parse(p, at: i), case let (true, end) = percentSign(at: after) else { return nil }
            return Found(end: end, value: .value(v))
        }
        return nil
    }

    /// `%` (glued or after one space) or `phần trăm` at `j`: whether found, and the index after.
    private func percentSign(at j: Int) -> (Bool, Int) {
        guard j < p.count else { return (false, j) }
        if p[j].isMark("%") { return (true, j + 1) }
        if p[j].lexeme == .phan, j + 1 < p.count, p[j + 1].lexeme == .tram { return (true, j + 2) }
        return (false, j)
    }

    private func isDash(_ j: Int) -> Bool { j < p.count && p[j].isDash }

    /// A number in digits at `i`: `95`, `83,7`, `-11`, `1.000`, `83.7`.
    private func number(at i: Int, afterDash: Bool = false) -> (Double, Int)? {
        var j = i
        var sign = 1.0
        guard j < p.count else { return nil }
        if !afterDash, p[j].lexeme == .am, j + 1 < p.count, p[j + 1].isDigits {
            sign = -1
            j += 1
        } else if p[j].kind == .mark, p[j].isDash || p[j].isMark("+") {
            guard !afterDash, j + 1 < p.count, p[j + 1].isDigits, !p[j + 1].spaceBefore, startIsClean(j) else { return nil }
            if p[j].isDash { sign = -1 }
            j += 1
        } else {
            guard p[j].isDigits, afterDash || startIsClean(j) else { return nil }
        }
        var value = Double(p[j].number)
        var end = j + 1
        // Decimal comma: 83,7.
        if end + 1 < p.count, p[end].isMark(","), !p[end].spaceBefore, p[end + 1].isDigits, !p[end + 1].spaceBefore {
            value += fraction(p[end + 1])
            end += 2
        } else if end + 1 < p.count, p[end].isMark("."), !p[end].spaceBefore, p[end + 1].isDigits, !p[end + 1].spaceBefore {
            // 1.000 (thousands) or 83.7 (a decimal point).
            var k = end
            var grouped = value
            let firstGroupOK = p[j].digitCount <= 3 && (p[j].digitCount == 1 || p[j].number >= 100 || (p[j].digitCount == 2 && p[j].number >= 10))
            while k + 1 < p.count, p[k].isMark("."), !p[k].spaceBefore, p[k + 1].isDigits, !p[k + 1].spaceBefore, p[k + 1].digitCount == 3 {
                grouped = grouped * 1000 + Double(p[k + 1].number)
                k += 2
            }
            if k > end, firstGroupOK, !(k + 1 < p.count && p[k].isMark(".") && !p[k].spaceBefore && p[k + 1].isDigits) {
                value = grouped
                end = k
            } else if p[end + 1].digitCount != 3 {
                value += fraction(p[end + 1])
                end += 2
            } else {
                return nil
            }
        }
        // Not glued to more digits or letters (`1.2.3`, `A4`).
        if end < p.count, !p[end].spaceBefore, p[end].isDigits || p[end].kind == .word { return nil }
        // `5 nghìn`, `2,5 triệu`.
        if end < p.count, p[end].spaceBefore {
            switch p[end].lexeme {
            case .nghin: value *= 1000; end += 1
            case .trieu: value *= 1_000_000; end += 1
            case .ty: value *= 1_000_000_000; end += 1
            default: break
            }
        }
        return (sign * value, end)
    }

    private func fraction(_ piece: TextPiece) -> Double {
        var v = Double(piece.number)
        for _ in 0..<piece.digitCount { v /= 10 }
        return v
    }

    private func startIsClean(_ i: Int) -> Bool {
        guard i > 0, !p[i].spaceBefore else { return true }
        let prev = p[i - 1]
        guard prev.kind == .mark else { return false }
        switch prev.mark {
        case 0x28, 0x5B, 0x22, 0x27, 0x201C, 0x2018, 0x00AB, 0x3A, 0x3B: return true   // ( [ " ' “ ‘ « : ;
        default: return false
        }
    }
}
