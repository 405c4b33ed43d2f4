import Foundation
import Testing
@_spi(Benchmarks) @testable import Viner

/// Random-input tests of the contracts every caller relies on (see `Invariants`). Seeded, so a
/// failure names the seed and case that reproduce it; bounded to keep `swift test` fast.
@Suite struct PropertyTests {
    static let tokenizer = try! Tokenizer()
    static let recognizer = try! EntityRecognizer()

    // MARK: Tokenizer

    @Test func tokenizerInvariantsHoldOnRandomText() {
        var rng = SplitMix64(seed: 0x7031)
        for index in 0..<400 {
            let text = TextGenerator.text(&rng)
            let tokens = Self.tokenizer.tokens(in: text)
            let problem = Invariants.tokens(tokens, in: Array(text.utf8))
            #expect(problem == nil, "case \(index): \(problem ?? "") in \(Invariants.escaped(text))")
            if problem != nil { return }
        }
    }

    @Test func tokenizerInvariantsHoldOnIllFormedBytes() {
        var rng = SplitMix64(seed: 0xB17E5)
        for index in 0..<400 {
            let bytes = TextGenerator.bytes(&rng)
            var tokens: [Token] = []
            bytes.withUnsafeBufferPointer { buffer in
                Self.tokenizer.forEachToken(utf8: buffer) { tokens.append($0) }
            }
            let problem = Invariants.tokens(tokens, in: bytes)
            #expect(problem == nil, "case \(index): \(problem ?? "") in bytes \(bytes)")
            if problem != nil { return }
        }
    }

    /// ICU fed UTF-8 through a UText and fed UTF-16 must find the same tokens.
    @Test func tokenizerGivesTheSameTokensOverUTF8AndUTF16() throws {
        let utf8Tokenizer = try Tokenizer(icuInput: .utf8)
        var rng = SplitMix64(seed: 0x0816)
        for index in 0..<200 {
            let text = TextGenerator.text(&rng)
            #expect(utf8Tokenizer.tokens(in: text) == Self.tokenizer.tokens(in: text), "case \(index): \(Invariants.escaped(text))")
        }
    }

    /// Cutting a text after white space that precedes an ASCII non-space byte changes no token
    /// (the tokenizer's windows rely on this).
    @Test func tokenizingBothSidesOfASpaceCutGivesTheSameTokens() {
        var rng = SplitMix64(seed: 0xC07)
        var checked = 0
        for index in 0..<300 {
            let text = TextGenerator.text(&rng)
            let bytes = Array(text.utf8)
            let cuts = (1..<max(1, bytes.count)).filter { isSpaceCut(bytes, $0) }
            guard let cut = cuts.randomElement(using: &rng) else { continue }
            let left = String(decoding: bytes[..<cut], as: UTF8.self)
            let right = String(decoding: bytes[cut...], as: UTF8.self)
            let joined = Self.tokenizer.tokens(in: left) + Self.tokenizer.tokens(in: right).map {
                Token(start: $0.start + cut, end: $0.end + cut, kind: $0.kind, flags: $0.flags)
            }
            #expect(Self.tokenizer.tokens(in: text) == joined, "case \(index), cut at byte \(cut): \(Invariants.escaped(text))")
            checked += 1
        }
        #expect(checked > 100)
    }

    /// A text several windows long gets exactly the tokens of its lines tokenized one by one.
    @Test func textLongerThanAWindowGetsTheTokensOfItsLines() {
        var rng = SplitMix64(seed: 0x64_1024)
        var lines: [String] = []
        var size = 0
        while size < 2 * 64 * 1024 + 1000 {   // several windows, whatever their size (8–64 KiB)
            // Each line starts with an ASCII non-space byte, so the newline before it is a cut.
            let line = "#" + TextGenerator.text(&rng, maxPieces: 60).filter { !$0.isNewline }
            lines.append(line)
            size += line.utf8.count + 1
        }
        let text = lines.joined(separator: "\n")
        var expected: [Token] = []
        var offset = 0
        for line in lines {
            expected += Self.tokenizer.tokens(in: line).map { Token(start: $0.start + offset, end: $0.end + offset, kind: $0.kind, flags: $0.flags) }
            offset += line.utf8.count + 1
        }
        let tokens = Self.tokenizer.tokens(in: text)
        #expect(tokens.count == expected.count)
        if let first = (0..<min(tokens.count, expected.count)).first(where: { tokens[$0] != expected[$0] }) {
            Issue.record("first difference at token \(first): \(tokens[first]) vs \(expected[first])")
        }
        #expect(Invariants.tokens(tokens, in: Array(text.utf8)) == nil)
    }

    private func isSpaceCut(_ bytes: [UInt8], _ i: Int) -> Bool {
        let before = bytes[i - 1], after = bytes[i]
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        return isSpace(before) && after < 0x80 && !isSpace(after)
    }

    // MARK: Normaliser

    @Test(arguments: PropertyTests.allOptions)
    func normaliserInvariantsHoldForEveryOptionSet(_ options: NormalizationOptions) {
        let normalizer = Normalizer(options: options)
        // Seeded from the option set's position, not its hashValue (randomised per process),
        // so every run checks the same cases.
        let position = PropertyTests.allOptions.firstIndex(of: options) ?? 0
        var rng = SplitMix64(seed: 0x4E0F + UInt64(position))
        for index in 0..<20 {
            let text = TextGenerator.text(&rng, maxPieces: 25)
            let problem = Invariants.normalization(input: text, result: normalizer.normalize(text), normalizer: normalizer)
            #expect(problem == nil, "case \(index): \(problem ?? "")")
            if problem != nil { return }
        }
    }

    @Test func normaliserInvariantsHoldOnRepairedBytes() {
        let normalizer = Normalizer()
        var rng = SplitMix64(seed: 0xFFFD)
        for index in 0..<200 {
            let text = String(decoding: TextGenerator.bytes(&rng), as: UTF8.self)
            let problem = Invariants.normalization(input: text, result: normalizer.normalize(text), normalizer: normalizer)
            #expect(problem == nil, "case \(index): \(problem ?? "")")
            if problem != nil { return }
        }
    }

    static let allOptions: [NormalizationOptions] = {
        var result: [NormalizationOptions] = []
        for form in NormalizationOptions.Form.allCases {
            for tone in NormalizationOptions.ToneStyle.allCases {
                for folding in NormalizationOptions.Folding.allCases {
                    for lowercase in [false, true] {
                        result.append(NormalizationOptions(form: form, toneStyle: tone, folding: folding, lowercase: lowercase))
                    }
                }
            }
        }
        return result
    }()

    // MARK: Recogniser

    @Test func recogniserInvariantsHoldOnRandomText() throws {
        var rng = SplitMix64(seed: 0xE17)
        let reference = try CalendarDate(year: 2024, month: 2, day: 29)
        for index in 0..<200 {
            let text = TextGenerator.text(&rng)
            let entities = Self.recognizer.recognize(text, referenceDate: index.isMultiple(of: 2) ? nil : reference)
            let problem = Invariants.entities(entities, in: text)
            #expect(problem == nil, "case \(index): \(problem ?? "") in \(Invariants.escaped(text))")
            if problem != nil { return }
        }
    }

    @Test func recogniserIsDeterministic() {
        var rng = SplitMix64(seed: 0xDE7)
        for index in 0..<50 {
            let text = TextGenerator.text(&rng)
            #expect(Self.recognizer.recognize(text) == Self.recognizer.recognize(text), "case \(index)")
        }
    }

    /// Raw text "in any Unicode form": NFD input yields the same entity types and values, at
    /// the same scalar-insensitive places (compared by their NFC text).
    @Test func recogniserFindsTheSameEntitiesInNFDText() {
        var rng = SplitMix64(seed: 0x4EFD)
        for index in 0..<100 {
            let text = TextGenerator.text(&rng).precomposedStringWithCanonicalMapping
            let decomposed = text.decomposedStringWithCanonicalMapping
            let composedEntities = Self.recognizer.recognize(text).map { Summary($0) }
            let decomposedEntities = Self.recognizer.recognize(decomposed).map { Summary($0) }
            #expect(composedEntities == decomposedEntities, "case \(index): \(Invariants.escaped(text))")
            if composedEntities != decomposedEntities { return }
        }
    }

    struct Summary: Equatable, CustomStringConvertible {
        var type: EntityType
        var text: String
        var value: EntityValue?
        init(_ entity: Entity) {
            type = entity.type
            text = entity.text.precomposedStringWithCanonicalMapping
            value = entity.value
        }
        var description: String { "\(type) «\(text)» \(value.map(String.init(describing:)) ?? "-")" }
    }
}
