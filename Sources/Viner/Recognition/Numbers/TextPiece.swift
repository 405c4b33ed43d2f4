/// The smallest unit the date and percent rules read: a digit run, a letter run (a word) or
/// one mark, with its byte range and whether whitespace precedes it.
///
/// Pieces are cut from the document's tokens, so the rules read `18/6/2016` the same way
/// whether the tokenizer gives one `.numericDate` token or five tokens; the token kind stays
/// available as a hint.
struct TextPiece: Sendable {
    enum Kind: UInt8, Sendable {
        /// ASCII digits.
        case digits
        /// Letters.
        case word
        /// One punctuation or symbol scalar.
        case mark
        /// Something never read inside (a URL, an e-mail address).
        case opaque
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// Whitespace (or the start of the text) separates this piece from the previous one.
    var spaceBefore: Bool
    /// The first letter is upper case.
    var capitalized: Bool
    /// The word, when it is one the rules know.
    var lexeme: Lexeme
    /// For `.digits`: the value (saturating at 10^12); for `.mark`: the scalar.
    var number: Int
    /// For `.digits`: how many digits.
    var digitCount: Int
    /// The kind of the token this piece came from.
    var tokenKind: TokenKind

    var isDigits: Bool { kind == .digits }
    var mark: UInt32 { kind == .mark ? UInt32(number) : 0 }
    var byteRange: Range<Int> { Int(start)..<Int(end) }

    func isMark(_ scalar: Unicode.Scalar) -> Bool { kind == .mark && number == Int(scalar.value) }

    /// A dash or hyphen: `-`, `‐`, `–`, `—`, `−`.
    var isDash: Bool {
        guard kind == .mark else { return false }
        return number == 0x2D || (0x2010...0x2015).contains(number) || number == 0x2212
    }
}

/// Cuts a document into ``TextPiece``s.
enum PieceScanner {
    static func pieces(of document: Document) -> [TextPiece] {
        var pieces: [TextPiece] = []
        pieces.reserveCapacity(document.tokens.count + document.tokens.count / 4)
        document.bytes.withUnsafeBufferPointer { bytes in
            var previousEnd: Int32 = -1
            for token in document.tokens {
                let spaced = previousEnd < 0 || token.start != previousEnd
                previousEnd = token.end
                let range = Int(token.start)..<Int(token.end)
                switch token.kind {
                case .word:
                    pieces.append(word(bytes, range, spaced: spaced, kind: token.kind))
                case .url, .email:
                    pieces.append(TextPiece(start: token.start, end: token.end, kind: .opaque, spaceBefore: spaced,
                                            capitalized: false, lexeme: .none, number: 0, digitCount: 0, tokenKind: token.kind))
                default:
                    split(bytes, range, spaced: spaced, kind: token.kind, into: &pieces)
                }
            }
        }
        return pieces
    }

    /// Index ranges of `pieces` that no line break separates: expressions are read line by line.
    static func lines(of pieces: [TextPiece], in document: Document) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        forEachLine(of: pieces, in: document) { lines.append($0) }
        return lines
    }

    /// Calls `body` with each range ``lines(of:in:)`` returns, in order, without building the list.
    static func forEachLine(of pieces: [TextPiece], in document: Document, _ body: (Range<Int>) -> Void) {
        document.bytes.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            var i = 1
            while i < pieces.count {
                if pieces[i].spaceBefore {
                    var k = Int(pieces[i - 1].end)
                    let gapEnd = Int(pieces[i].start)
                    while k < gapEnd {
                        let b = bytes[k]
                        if b == 0x0A || b == 0x0D {
                            body(lineStart..<i)
                            lineStart = i
                            break
                        }
                        k += 1
                    }
                }
                i += 1
            }
            if lineStart < pieces.count { body(lineStart..<pieces.count) }
        }
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaced: Bool, kind: TokenKind) -> TextPiece {
        var decoder = UTF8Scalars(bytes, range)
        let first = decoder.next() ?? 0
        return TextPiece(start: Int32(range.lowerBound), end: Int32(range.upperBound), kind: .word, spaceBefore: spaced,
                         capitalized: VietnameseCase.isUpper(first), lexeme: Lexeme.lookup(bytes, range),
                         number: 0, digitCount: 0, tokenKind: kind)
    }

    private enum Class { case digit, letter, mark }

    @inline(__always)
    private static func classify(_ s: UInt32) -> Class {
        switch s {
        case 0x30...0x39: .digit
        case 0x41...0x5A, 0x61...0x7A: .letter
        case 0..<0x80: .mark
        case 0x80...0xBF, 0xD7, 0xF7: .mark
        case 0x2000...0x206F, 0x20A0...0x20CF, 0x2190...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F: .mark
        default: .letter
        }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaced: Bool, kind: TokenKind,
                              into pieces: inout [TextPiece]) {
        var decoder = UTF8Scalars(bytes, range)
        var position = Int32(range.lowerBound)
        var runStart: Int32 = position
        var runClass: Class? = nil
        var first = true
        func flush(_ end: Int32) {
            guard let cls = runClass, end > runStart else { return }
            let run = Int(runStart)..<Int(end)
            switch cls {
            case .digit:
                var value = 0
                for k in run where value < 1_000_000_000_000 { value = value * 10 + Int(bytes[k] - 0x30) }
                pieces.append(TextPiece(start: runStart, end: end, kind: .digits, spaceBefore: first && spaced,
                                        capitalized: false, lexeme: .none, number: value, digitCount: run.count, tokenKind: kind))
            case .letter:
                var piece = word(bytes, run, spaced: first && spaced, kind: kind)
                piece.spaceBefore = first && spaced
                pieces.append(piece)
            case .mark:
                break
            }
            first = false
        }
        while let (scalar, length) = decoder.nextWithLength() {
            let cls = classify(scalar)
            if cls == .mark {
                flush(position)
                runClass = nil
                pieces.append(TextPiece(start: position, end: position + Int32(length), kind: .mark, spaceBefore: first && spaced,
                                        capitalized: false, lexeme: .none, number: Int(scalar), digitCount: 0, tokenKind: kind))
                first = false
                position += Int32(length)
                runStart = position
                continue
            }
            if cls != runClass {
                flush(position)
                runClass = cls
                runStart = position
            }
            position += Int32(length)
        }
        flush(position)
    }
}
