/// Folding ``NormalizationOptions/Folding/tones``: drops the tone marks of Vietnamese vowels
/// and nothing else.
///
/// A character (a base and the combining marks after it) loses its tone marks when its base is
/// a Vietnamese vowel (`a e i o u y`, `ă â ê ô ơ ư`, precomposed or not, in any word: `café` →
/// `cafe`) and every mark on it is one Vietnamese writes: a tone mark (◌́ ◌̀ ◌̉ ◌̃ ◌̣) or a
/// breve, circumflex or horn that makes another Vietnamese vowel. Tone-like marks anywhere else
/// are not Vietnamese tones and stay on their letter: on a consonant (`ñ`, `ń`, `ṭ`), on a
/// letter that carries another mark (`ǘ` = u + ◌̈ + ◌́, `ṑ`, `Ǻ`, `é` + ◌̈), on a non-Latin
/// letter (`ά`) or on no letter. Letters that decompose into marks read here (``ScalarClasses/markedLatin``:
/// `ñ`, `ṍ`) are read as their decomposition, so the decision is the same for NFC and NFD input
/// and a second pass finds nothing more to fold.
enum ToneFolding {
    /// Appends `scalars` to `output` with the tone marks of Vietnamese vowels dropped (the
    /// base of such a character becomes its toneless letter; other marks stay in their order).
    static func fold<C: Collection>(_ scalars: C, into output: inout [UInt32]) where C.Element == UInt32 {
        var start = -1  // output index of the current character's base
        for scalar in scalars {
            if scalar >= 0xC0 && ScalarClasses.of(scalar) & ScalarClasses.markedLatin != 0 {
                var parts: [UInt32] = []
                ICUNormalization.normalize([scalar][...], form: .nfd, appendingTo: &parts)
                for part in parts { step(part, start: &start, output: &output) }
            } else {
                step(scalar, start: &start, output: &output)
            }
        }
        foldCharacter(&output, from: start)
    }

    @inline(__always)
    private static func step(_ scalar: UInt32, start: inout Int, output: inout [UInt32]) {
        if NormalizationPass.isMark(scalar) {
            output.append(scalar)
        } else {
            foldCharacter(&output, from: start)
            start = output.count
            output.append(scalar)
        }
    }

    /// Drops the tone marks of the character that starts at `output[start]` and runs to the
    /// end of `output`, when it is a Vietnamese vowel with only Vietnamese marks.
    private static func foldCharacter(_ output: inout [UInt32], from start: Int) {
        guard start >= 0 && start < output.count else { return }
        let base = output[start]
        var code: UInt8
        var hasTone = false
        var upper = false
        if base < 0x80 {
            guard (base | 0x20) &- 0x61 < 26 else { return }
            code = VietnameseAlphabet.ascii(Unicode.Scalar(UInt8(base)))
        } else {
            let facts = VietnameseAlphabet.facts(base)
            guard facts != 0 else { return }
            code = VietnameseAlphabet.code(facts)
            hasTone = VietnameseAlphabet.tone(facts) != 0
            upper = VietnameseAlphabet.isUpper(facts)
        }
        guard VietnameseAlphabet.isVowel(code) else { return }
        let baseCode = code
        for mark in output[(start + 1)...] {
            if VietnameseAlphabet.combiningTone(mark) != 0 {
                hasTone = true
            } else if let modifier = VietnameseAlphabet.combiningModifier(mark), let modified = VietnameseAlphabet.apply(modifier, to: code) {
                code = modified
            } else {
                return  // a mark Vietnamese does not write: not a Vietnamese vowel
            }
        }
        guard hasTone else { return }
        if base >= 0x80 { output[start] = VietnameseAlphabet.scalar(code: baseCode, tone: 0, upper: upper) }
        var write = start + 1
        for read in (start + 1)..<output.count where VietnameseAlphabet.combiningTone(output[read]) == 0 {
            output[write] = output[read]
            write += 1
        }
        output.removeSubrange(write...)
    }
}
