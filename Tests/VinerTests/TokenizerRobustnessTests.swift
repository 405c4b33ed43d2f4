import Foundation
import Testing
@_spi(Benchmarks) @testable import Viner

/// Invariants that hold for any input: huge, random, invalid, concurrent.
@Suite struct TokenizerRobustnessTests {
    /// Offsets in bounds, non-empty, increasing, no token contains white space, and every byte
    /// outside the tokens belongs to a white-space scalar.
    static func checkInvariants(_ tokens: [Token], _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        var covered = [Bool](repeating: false, count: bytes.count)
        var previousEnd = 0
        for token in tokens {
            #expect(token.start >= previousEnd && token.start < token.end && Int(token.end) <= bytes.count,
                    "token \(token) after \(previousEnd)", sourceLocation: sourceLocation)
            guard token.start >= previousEnd, token.start < token.end, Int(token.end) <= bytes.count else { return }
            for i in token.byteRange { covered[i] = true }
            previousEnd = token.end
        }
        // Decode the gaps (and tokens) with Swift's own decoder, independent of the tokenizer's.
        var i = 0
        while i < bytes.count {
            let (scalar, length) = Self.decode(bytes, at: i)
            let isSpace = scalar?.properties.isWhitespace ?? false
            for j in i..<min(i + length, bytes.count) {
                if isSpace {
                    #expect(!covered[j], "white space at byte \(j) inside a token", sourceLocation: sourceLocation)
                } else {
                    #expect(covered[j], "byte \(j) (\(bytes[j])) not covered", sourceLocation: sourceLocation)
                }
                if isSpace == covered[j] { return }
            }
            i += length
        }
    }

    /// One scalar (nil for an ill-formed sequence) and its length, decoded by the standard
    /// library's parser (maximal ill-formed subsequences, as `String` repair counts them).
    static func decode(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar?, Int) {
        var iterator = bytes[i...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded): return (Unicode.UTF8.decode(encoded), encoded.count)
        case .error(let length): return (nil, length)
        case .emptyInput: return (nil, 1)
        }
    }

    @Test func invariantCheckerCatchesLostAndOverlappingTokens() {
        let text = "Sở TT&TT đạt 83,7%"
        let tokens = TokenizerFixture.tokenizer.tokens(in: text)
        Self.checkInvariants(tokens, Array(text.utf8))
        withKnownIssue { Self.checkInvariants(Array(tokens.dropLast()), Array(text.utf8)) }
        withKnownIssue { Self.checkInvariants(tokens + [tokens[0]], Array(text.utf8)) }
        withKnownIssue { Self.checkInvariants([Token(start: 0, end: 9, kind: .word)], Array(text.utf8)) }
    }

    @Test func randomUnicodeStrings() {
        var random = SplitMix64(seed: 0x5EED_0001)
        for _ in 0..<300 {
            let text = RandomText.string(length: Int(random.next() % 40), using: &random)
            Self.checkInvariants(TokenizerFixture.tokenizer.tokens(in: text), Array(text.utf8))
        }
    }

    @Test func invalidUTF8NeverTrapsOrLosesBytes() {
        var random = SplitMix64(seed: 0xBAD_BEEF)
        for _ in 0..<300 {
            let bytes = RandomText.bytes(length: Int(random.next() % 40) + 1, using: &random)
            let tokens = TokenizerFixture.tokens(bytes: bytes)
            Self.checkInvariants(tokens, bytes)
        }
        #expect(TokenizerFixture.tokens(bytes: [0xFF]).map(\.kind) == [.symbol])
        #expect(TokenizerFixture.tokens(bytes: [0x61, 0xC3, 0x20, 0x62]).map(\.byteRange) == [0..<1, 1..<2, 3..<4])
    }

    @Test func utf8AndUTF16ICUInputsAgree() throws {
        let viaUTF8 = try Tokenizer(icuInput: .utf8)
        var random = SplitMix64(seed: 0xD1FF)
        for _ in 0..<200 {
            let bytes = random.next() % 2 == 0
                ? Array(RandomText.string(length: 30, using: &random).utf8)
                : RandomText.bytes(length: 30, using: &random)
            #expect(TokenizerFixture.tokens(bytes: bytes) == TokenizerFixture.tokens(bytes: bytes, using: viaUTF8))
        }
    }

    /// Text large enough for several ICU windows tokenizes exactly like its white-space-separated
    /// pieces tokenized one by one (no unit crosses white space, so windows must not matter).
    @Test func windowsDoNotChangeTokens() {
        var random = SplitMix64(seed: 0x817D)
        var text = ""
        while text.utf8.count < 3 * TokenizerScratch.windowSize {
            text += RandomText.string(length: 20, using: &random)
            text += " Ngày 18/6/2016, Sở TT&TT đạt 83,7%; 575/QĐ-UBND https://a.vn/x "
        }
        let bytes = Array(text.utf8)
        let whole = TokenizerFixture.tokens(bytes: bytes)
        var pieces: [Token] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x0A {
            if i > start {
                for var token in TokenizerFixture.tokens(bytes: Array(bytes[start..<i])) {
                    token.start += start
                    token.end += start
                    pieces.append(token)
                }
            }
            start = i + 1
        }
        #expect(whole.count == pieces.count)
        #expect(whole == pieces)
    }

    @Test func tenMegabytes() {
        let sentence = "Ngày 18/6/2016, UBND TP.HCM ban hành Quyết định 575/QĐ-UBND; tỷ lệ đạt 83,7% (tăng 1.764 hộ).\n"
        let expected = TokenizerFixture.tokenizer.tokens(in: sentence)
        let repeats = 10 * 1024 * 1024 / sentence.utf8.count + 1
        let text = String(repeating: sentence, count: repeats)
        var count = 0
        var mismatches = 0
        let width = sentence.utf8.count
        TokenizerFixture.tokenizer.forEachToken(in: text) { token in
            let model = expected[count % expected.count]
            let shift = (count / expected.count) * width
            if token.start != model.start + shift || token.end != model.end + shift || token.kind != model.kind {
                mismatches += 1
            }
            count += 1
        }
        #expect(text.utf8.count >= 10 * 1024 * 1024)
        #expect(count == expected.count * repeats)
        #expect(mismatches == 0)
    }

    @Test func eightThreadsAtOnce() async {
        var random = SplitMix64(seed: 0x7777)
        let texts = (0..<16).map { _ in
            RandomText.string(length: 400, using: &random) + " Ngày 18/6/2016 Sở TT&TT đạt 83,7%"
        }
        let expected = texts.map { TokenizerFixture.tokenizer.tokens(in: $0) }
        let tokenizer = TokenizerFixture.tokenizer
        let results = await withTaskGroup(of: Bool.self) { group in
            for thread in 0..<8 {
                group.addTask {
                    var same = true
                    for round in 0..<40 {
                        let index = (thread + round) % texts.count
                        same = same && tokenizer.tokens(in: texts[index]) == expected[index]
                    }
                    return same
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
