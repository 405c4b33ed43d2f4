import Testing
@_spi(Benchmarks) @testable import Viner

/// The 64-byte block scan of ``LatinFastPath/covers(_:_:_:)`` against an independent oracle
/// (the standard library's UTF-8 validation plus ``LatinFastPath/isSafe(_:)``), and the whole
/// tokenizer's fast path against the ICU path where blocks and windows meet.
@Suite struct LatinFastPathBlockTests {
    static let viaICU: Tokenizer = {
        do { return try Tokenizer(icuInput: .utf16, fastPath: false) } catch { fatalError("\(error)") }
    }()

    /// Valid and invalid pieces: safe letters of two and three bytes, unsafe scalars of two,
    /// three and four bytes, and ill-formed sequences (stray and missing continuation bytes,
    /// overlong forms, surrogates, bytes that never occur).
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("Zx".utf8), Array("abcdefgh".utf8), Array(" ".utf8), Array("\n".utf8),
        Array("ư".utf8), Array("Đ".utf8), Array("ộ".utf8), Array("ạ".utf8), Array("ỹ".utf8), Array("\u{0301}".utf8),
        Array("ɏ".utf8), Array("\u{036F}".utf8), Array("’".utf8), Array("…".utf8), Array("₫".utf8), Array("\u{20C0}".utf8),
        Array("−".utf8), Array("\u{205F}".utf8), Array("\u{2000}".utf8),
        Array("ɐ".utf8), Array("ʰ".utf8), Array("\u{0370}".utf8), Array("Ж".utf8), Array("\u{1DFF}".utf8), Array("\u{1F00}".utf8),
        Array("\u{200B}".utf8), Array("\u{2060}".utf8), Array("\u{20C1}".utf8), Array("\u{2213}".utf8), Array("漢".utf8),
        Array("😀".utf8), Array("\u{FEFF}".utf8),
        [0x80], [0xBF], [0xC3], [0xE1, 0xBB], [0xE1], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x89, 0x80], [0xE0, 0xA0, 0x80],
        [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xC3, 0xC3], [0xE1, 0xBB, 0xBB, 0x80],
    ]

    static func oracle(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let text = String(validating: bytes, as: UTF8.self) else { return false }
        return text.unicodeScalars.allSatisfy { LatinFastPath.isSafe($0.value) }
    }

    static func covers(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        bytes.withUnsafeBufferPointer { LatinFastPath.covers($0.baseAddress!, start, end) }
    }

    /// ASCII padding, then `piece` placed so it starts `shift` bytes from a 64-byte block edge.
    static func placed(_ piece: [UInt8], at offset: Int, total: Int, filler: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < offset { bytes += filler }
        bytes = Array(bytes.prefix(offset)) + piece
        while bytes.count < total { bytes += filler }
        return bytes
    }

    @Test func everyPieceAtEveryPlaceNearABlockEdgeMatchesTheOracle() {
        let fillers: [[UInt8]] = [Array("a".utf8), Array("ư".utf8), Array("ộ a".utf8)]
        for piece in Self.pieces {
            for filler in fillers {
                for offset in 56..<72 {
                    let bytes = Self.placed(piece, at: offset, total: 200, filler: filler)
                    for end in [offset + piece.count, 130, 131, 132, 200] where end <= bytes.count {
                        #expect(Self.covers(bytes, 0, end) == Self.oracle(bytes[0..<end]),
                                "piece \(piece) at \(offset), filler \(filler), end \(end)")
                    }
                }
            }
        }
    }

    @Test func safeLettersAcrossBlockEdgesAreCovered() {
        // Positive control: a two- or three-byte letter straddling each block edge.
        for letter in ["ư", "ộ", "Đ", "ạ", "’"] {
            for offset in 60..<68 {
                let bytes = Self.placed(Array(letter.utf8), at: offset, total: 300, filler: Array("n".utf8))
                #expect(Self.covers(bytes, 0, bytes.count), "\(letter) at \(offset)")
                #expect(Self.oracle(bytes[...]))
            }
        }
    }

    @Test func randomBytesMatchTheOracleFromAnyStartAndEnd() {
        var random = SplitMix64(seed: 0xB10C)
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            let target = Int(random.next() % 400)
            let unsafeRate = random.next() % 40 + 1
            while bytes.count < target {
                if random.next() % unsafeRate == 0 {
                    bytes += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
                } else {
                    bytes += Self.pieces[Int(random.next() % 20)]   // safe pieces only
                }
            }
            let start = bytes.isEmpty ? 0 : Int(random.next() % UInt64(min(bytes.count, 8)))
            let end = max(start, bytes.count - Int(random.next() % 4))
            let expected = Self.oracle(bytes[start..<end])
            #expect(Self.covers(bytes, start, end) == expected, "round \(round): \(bytes) \(start)..<\(end)")
            if Self.covers(bytes, start, end) != expected { return }
        }
    }

    /// Pieces for token-level checks: words, numbers and punctuation, plus unsafe scalars and
    /// invalid bytes to drop right after ASCII runs.
    static let wordPieces: [String] = ["Việt", "nam", "ĐỒNG", "H'Mông", "18/6/2016", "83,7%", "TT&TT", "x@y.vn", "a.b", "-", "…", "’"]
    static let intruders: [[UInt8]] = [
        Array("漢".utf8), Array("😀".utf8), Array("\u{200B}".utf8), Array("\u{2060}".utf8), Array("Ж".utf8), Array("\u{0370}".utf8),
        [0xFF], [0x80], [0xE1, 0xBB], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0x80],
    ]

    @Test func intrudersNearBlockAndWindowEdgesGiveICUsTokens() {
        var random = SplitMix64(seed: 0xED6E)
        let window = TokenizerScratch.windowSize
        for round in 0..<60 {
            var bytes: [UInt8] = []
            while bytes.count < window + 300 {
                bytes += Array(Self.wordPieces[Int(random.next() % UInt64(Self.wordPieces.count))].utf8)
                bytes += random.next() % 8 == 0 ? Array("\n".utf8) : Array(" ".utf8)
            }
            // One or two intruders near a block edge of the first window, near the window cut,
            // or right at the start of the second window, often glued to an ASCII run.
            for _ in 0..<(1 + Int(random.next() % 2)) {
                let anchors = [64 * Int(random.next() % 100), window - 70 + Int(random.next() % 140)]
                let at = min(bytes.count - 1, anchors[Int(random.next() % 2)] + Int(random.next() % 4))
                let intruder = Self.intruders[Int(random.next() % UInt64(Self.intruders.count))]
                bytes.insert(contentsOf: intruder, at: at)
            }
            let fast = TokenizerFixture.tokens(bytes: bytes)
            let icu = TokenizerFixture.tokens(bytes: bytes, using: Self.viaICU)
            #expect(fast == icu, "round \(round)")
            if fast != icu { return }
        }
    }

    @Test func cleanTextAcrossManyWindowsStillTakesTheFastPath() {
        // Negative control for the test above: without intruders every window is covered.
        var text = ""
        var random = SplitMix64(seed: 0x5AFE)
        while text.utf8.count < 3 * TokenizerScratch.windowSize {
            text += Self.wordPieces[Int(random.next() % UInt64(Self.wordPieces.count))] + " "
        }
        let bytes = Array(text.utf8)
        #expect(Self.covers(bytes, 0, bytes.count))
        #expect(TokenizerFixture.tokens(bytes: bytes) == TokenizerFixture.tokens(bytes: bytes, using: Self.viaICU))
    }
}
