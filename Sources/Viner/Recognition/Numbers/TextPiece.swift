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

    /// For `.digits`: the value (saturating at 10^12); for `.mark`: the scalar.
    var number: Int
    var start: Int32
    var end: Int32
    var kind: Kind
    /// Whitespace (or the start of the text) separates this piece from the previous one.
    var spaceBefore: Bool
    /// The first letter is upper case.
    var capitalized: Bool
    /// The word, when it is one the rules know.
    var lexeme: Lexeme
    /// The kind of the token this piece came from.
    var tokenKind: TokenKind
    /// For `.digits`: how many digits, saturating at 65535 (past some 340 digits nothing
    /// reads the count differently: a fraction that long is already 0).
    private var storedDigitCount: UInt16

    /// For `.digits`: how many digits.
    var digitCount: Int { Int(storedDigitCount) }

    /// A piece; fields are laid out so one takes 24 bytes.
    init(start: Int32, end: Int32, kind: Kind, spaceBefore: Bool, capitalized: Bool, lexeme: Lexeme, number: Int,
         digitCount: Int, tokenKind: TokenKind) {
        self.number = number
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.capitalized = capitalized
        self.lexeme = lexeme
        self.storedDigitCount = UInt16(clamping: digitCount)
        self.tokenKind = tokenKind
    }

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

/// A document cut into ``TextPiece``s, with its lines and the pieces where a DATE or a
/// PERCENT can start (``DateParser/canStart(at:in:)``, ``PercentParser/canStart(_:)``), so the
/// rules visit only those.
struct PieceScan {
    var pieces: [TextPiece] = []
    /// The index of the first piece of every line but the first, ascending (the ranges
    /// ``PieceScanner/forEachLine(of:in:_:)`` gives).
    var lineStarts: [Int] = []
    /// Indices of the pieces where a date can start, ascending.
    var dateStarts: [Int] = []
    /// Indices of the pieces where a percentage can start, ascending.
    var percentStarts: [Int] = []
}

/// Cuts a document into ``TextPiece``s.
enum PieceScanner {
    static func pieces(of document: Document) -> [TextPiece] {
        scan(of: document).pieces
    }

    /// The pieces of `document`, its lines and the places where dates and percentages can start.
    static func scan(of document: Document) -> PieceScan {
        var scan = PieceScan()
        // A word, URL or e-mail token is one piece; any other token at most one per byte.
        var bound = 0
        for token in document.tokens {
            switch token.kind {
            case .word, .url, .email: bound += 1
            default: bound += Int(token.end - token.start)
            }
        }
        guard bound > 0 else { return scan }
        let lexemes = Lexeme.table
        var writer: PieceWriter?
        let pieces = document.bytes.withUnsafeBufferPointer { bytes in
            [TextPiece](unsafeUninitializedCapacity: bound) { buffer, written in
                var pieces = PieceWriter(base: buffer.baseAddress!, capacity: bound, bytes: bytes, expectedTokens: document.tokens.count)
                var previousEnd: Int32 = -1
                for token in document.tokens {
                    let spaced = previousEnd < 0 || token.rawStart != previousEnd
                    previousEnd = token.rawEnd
                    let range = Int(token.start)..<Int(token.end)
                    switch token.kind {
                    case .word:
                        pieces.append(word(bytes, range, spaced: spaced, kind: token.kind, lexemes: lexemes))
                    case .url, .email:
                        pieces.append(TextPiece(start: token.rawStart, end: token.rawEnd, kind: .opaque, spaceBefore: spaced,
                                                capitalized: false, lexeme: .none, number: 0, digitCount: 0, tokenKind: token.kind))
                    default:
                        split(bytes, range, spaced: spaced, kind: token.kind, lexemes: lexemes, into: &pieces)
                    }
                }
                written = pieces.count
                writer = pieces
            }
        }
        guard let writer else { return scan }
        scan.lineStarts = writer.lineStarts
        scan.percentStarts = writer.percentStarts
        // Date starts look ahead (a number's next word), so they are settled once all pieces exist.
        scan.dateStarts.reserveCapacity(writer.dateCandidates.count)
        pieces.withUnsafeBufferPointer { pieces in
            for index in writer.dateCandidates where DateParser.canStart(at: index, in: pieces) {
                scan.dateStarts.append(index)
            }
        }
        scan.pieces = pieces
        return scan
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

    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaced: Bool, kind: TokenKind,
                             lexemes: LexemeTable) -> TextPiece {
        let capitalized: Bool
        if range.isEmpty {
            capitalized = false
        } else if bytes[range.lowerBound] < 0x80 {
            capitalized = bytes[range.lowerBound] &- 0x41 < 26
        } else {
            var decoder = UTF8Scalars(bytes, range)
            capitalized = VietnameseCase.isUpper(decoder.next() ?? 0)
        }
        return TextPiece(start: Int32(range.lowerBound), end: Int32(range.upperBound), kind: .word, spaceBefore: spaced,
                         capitalized: capitalized, lexeme: lexemes.lookup(bytes, range),
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
                              lexemes: LexemeTable, into pieces: inout PieceWriter) {
        // Fast paths for the commonest tokens split here, one ASCII mark (`,` `.`) and a run of
        // ASCII digits (`2020`): the pieces the general loop below would write.
        if range.count == 1, bytes[range.lowerBound] < 0x80, classify(UInt32(bytes[range.lowerBound])) == .mark {
            let scalar = bytes[range.lowerBound]
            pieces.append(TextPiece(start: Int32(range.lowerBound), end: Int32(range.upperBound), kind: .mark, spaceBefore: spaced,
                                    capitalized: false, lexeme: .none, number: Int(scalar), digitCount: 0, tokenKind: kind))
            return
        }
        if !range.isEmpty, range.allSatisfy({ bytes[$0] &- 0x30 < 10 }) {
            var value = 0
            for k in range where value < 1_000_000_000_000 { value = value * 10 + Int(bytes[k] - 0x30) }
            pieces.append(TextPiece(start: Int32(range.lowerBound), end: Int32(range.upperBound), kind: .digits, spaceBefore: spaced,
                                    capitalized: false, lexeme: .none, number: value, digitCount: range.count, tokenKind: kind))
            return
        }
        var decoder = UTF8Scalars(bytes, range)
        var position = Int32(range.lowerBound)
        var run = Run(start: position, spaced: spaced)
        while let (scalar, length) = decoder.nextWithLength() {
            let cls = classify(scalar)
            if cls == .mark {
                flush(&run, at: position, bytes, kind: kind, lexemes: lexemes, into: &pieces)
                run.cls = nil
                pieces.append(TextPiece(start: position, end: position + Int32(length), kind: .mark, spaceBefore: run.first && spaced,
                                        capitalized: false, lexeme: .none, number: Int(scalar), digitCount: 0, tokenKind: kind))
                run.first = false
                position += Int32(length)
                run.start = position
                continue
            }
            if cls != run.cls {
                flush(&run, at: position, bytes, kind: kind, lexemes: lexemes, into: &pieces)
                run.cls = cls
                run.start = position
            }
            position += Int32(length)
        }
        flush(&run, at: position, bytes, kind: kind, lexemes: lexemes, into: &pieces)
    }

    /// The run of digits or letters ``split(_:_:spaced:kind:lexemes:into:)`` is reading.
    private struct Run {
        var start: Int32
        var cls: Class?
        /// No piece of the token was written yet.
        var first = true
        /// Whitespace precedes the token.
        let spaced: Bool

        init(start: Int32, spaced: Bool) {
            self.start = start
            self.spaced = spaced
        }
    }

    /// Writes the piece of `run` ending at `end`, if any.
    @inline(__always)
    private static func flush(_ run: inout Run, at end: Int32, _ bytes: UnsafeBufferPointer<UInt8>, kind: TokenKind,
                              lexemes: LexemeTable, into pieces: inout PieceWriter) {
        guard let cls = run.cls, end > run.start else { return }
        let range = Int(run.start)..<Int(end)
        let spaceBefore = run.first && run.spaced
        switch cls {
        case .digit:
            var value = 0
            for k in range where value < 1_000_000_000_000 { value = value * 10 + Int(bytes[k] - 0x30) }
            pieces.append(TextPiece(start: run.start, end: end, kind: .digits, spaceBefore: spaceBefore,
                                    capitalized: false, lexeme: .none, number: value, digitCount: range.count, tokenKind: kind))
        case .letter:
            pieces.append(word(bytes, range, spaced: spaceBefore, kind: kind, lexemes: lexemes))
        case .mark:
            break
        }
        run.first = false
    }
}

/// Writes pieces into storage sized for them in advance (no capacity or uniqueness check per
/// piece, as `Array.append` makes) and notes, as it goes, the line breaks, the pieces where a
/// percentage can start and those where a date may (digits or a word that ``Lexeme/startsDate``).
private struct PieceWriter {
    let base: UnsafeMutablePointer<TextPiece>
    let capacity: Int
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var count = 0
    /// See ``PieceScan/lineStarts``.
    private(set) var lineStarts: [Int] = []
    /// See ``PieceScan/percentStarts``.
    private(set) var percentStarts: [Int] = []
    /// A superset of ``PieceScan/dateStarts``.
    private(set) var dateCandidates: [Int] = []

    init(base: UnsafeMutablePointer<TextPiece>, capacity: Int, bytes: UnsafeBufferPointer<UInt8>, expectedTokens: Int) {
        self.base = base
        self.capacity = capacity
        self.bytes = bytes
        dateCandidates.reserveCapacity(expectedTokens / 4)
        percentStarts.reserveCapacity(expectedTokens / 8)
    }

    @inline(__always)
    mutating func append(_ piece: TextPiece) {
        precondition(count < capacity, "more pieces than the bound")
        // A line break in the whitespace before the piece starts a line.
        if count > 0, piece.spaceBefore {
            var k = Int(base[count - 1].end)
            let gapEnd = Int(piece.start)
            while k < gapEnd {
                let b = bytes[k]
                if b == 0x0A || b == 0x0D {
                    lineStarts.append(count)
                    break
                }
                k += 1
            }
        }
        if piece.isDigits || (piece.kind == .word && piece.lexeme.startsDate) { dateCandidates.append(count) }
        if PercentParser.canStart(piece) { percentStarts.append(count) }
        (base + count).initialize(to: piece)
        count += 1
    }
}
