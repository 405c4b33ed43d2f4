/// The normaliser's full path: repairs, Vietnamese tone placement, ICU normalisation of
/// everything else, folding, case, and the offset map, piece by piece (a piece is a word or a
/// character with its combining marks).
struct NormalizationPass {
    let options: NormalizationOptions

    /// Buffers a caller running many small passes (``WindowedPass``) lends from run to run, so
    /// a run allocates only its results.
    struct Workspace {
        var kept: [UInt32] = []
        var keptStarts: [Int] = []
        var pieceScalars: [UInt32] = []
        var prefolded: [UInt32] = []
        var scratch = Scratch()
        var finished: [UInt32] = []
        var pieceBytes: [UInt8] = []
    }

    /// Normalises `source`; `original` are the input bytes the offsets refer to.
    func run(_ source: SourceText, original: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], edits: [OffsetMap.Edit]) {
        var workspace = Workspace()
        return run(source, original: original, workspace: &workspace)
    }

    /// ``run(_:original:)`` with the buffers of `workspace`.
    func run(_ source: SourceText, original: UnsafeBufferPointer<UInt8>,
             workspace: inout Workspace) -> (bytes: [UInt8], edits: [OffsetMap.Edit]) {
        // Take the buffers for the run; give them back (emptied, capacity kept) however it ends.
        var kept = workspace.kept
        var keptStarts = workspace.keptStarts
        var pieceScalars = workspace.pieceScalars
        var prefolded = workspace.prefolded
        var scratch = workspace.scratch
        var finished = workspace.finished
        var pieceBytes = workspace.pieceBytes
        workspace = Workspace()
        defer {
            kept.removeAll(keepingCapacity: true)
            keptStarts.removeAll(keepingCapacity: true)
            workspace = Workspace(kept: kept, keptStarts: keptStarts, pieceScalars: pieceScalars, prefolded: prefolded,
                                  scratch: scratch, finished: finished, pieceBytes: pieceBytes)
        }
        // 1. Character repairs: keep, replace or drop each code point.
        kept.removeAll(keepingCapacity: true)
        keptStarts.removeAll(keepingCapacity: true)
        kept.reserveCapacity(source.scalars.count)
        keptStarts.reserveCapacity(source.scalars.count)
        let count = source.scalars.count
        var joiners = false
        for index in 0..<count {
            let scalar = source.scalars[index]
            var action = RepairTable.Action.keep
            if scalar >= 0x80 && ScalarClasses.of(scalar) & ScalarClasses.repairable != 0 {
                action = RepairTable.action(for: scalar, repairs: options.repairs)
            }
            switch action {
            case .keep, .lookAlikeD:
                kept.append(scalar)
            case .replace(let replacement):
                kept.append(replacement)
            case .delete:
                continue
            case .deleteBetweenLetters:
                kept.append(scalar)
                joiners = true
            }
            keptStarts.append(source.starts[index])
        }
        if joiners {
            // ZWNJ/ZWJ go when they stand between letters once the other repairs are done.
            var index = 1
            while index + 1 < kept.count {
                let scalar = kept[index]
                if (scalar == 0x200C || scalar == 0x200D) && RepairTable.action(for: scalar, repairs: options.repairs) != .keep
                    && (Self.isWordScalar(kept[index - 1]) || Self.isMark(kept[index - 1]))
                    && (Self.isWordScalar(kept[index + 1]) || Self.isMark(kept[index + 1])) {
                    kept.remove(at: index)
                    keptStarts.remove(at: index)
                } else {
                    index += 1
                }
            }
        }

        var output: [UInt8] = []
        output.reserveCapacity(source.length + source.length / 8)
        var edits: [OffsetMap.Edit] = []
        if kept.isEmpty {
            if source.length > 0 { edits.append(.init(normalized: 0..<0, original: 0..<source.length)) }
            return (output, edits)
        }

        // 2. Pieces.
        var start = 0
        while start < kept.count {
            var end = start + 1
            let isWord = Self.isWordScalar(kept[start])
            while end < kept.count {
                let next = kept[end]
                if isWord ? (Self.isWordScalar(next) || Self.isMark(next)) : !Self.isStarter(next) { end += 1 } else { break }
            }
            pieceScalars.removeAll(keepingCapacity: true)
            if isWord && options.folding != .none {
                // Marks that folding drops anyway must not decide whether the word is Vietnamese.
                prefolded.removeAll(keepingCapacity: true)
                if options.folding == .tones {
                    ToneFolding.fold(kept[start..<end], into: &prefolded)
                } else {
                    for scalar in kept[start..<end] { prefold(scalar, into: &prefolded) }
                }
                processWord(prefolded[...], into: &pieceScalars)
            } else if isWord {
                processWord(kept[start..<end], into: &pieceScalars)
            } else if kept[start..<end].allSatisfy({ $0 < 0x80 || ScalarClasses.of($0) & ScalarClasses.nfcStable != 0 }) {
                pieceScalars.append(contentsOf: kept[start..<end])
            } else {
                ICUNormalization.normalize(kept[start..<end], form: .nfc, appendingTo: &pieceScalars)
            }
            finished.removeAll(keepingCapacity: true)
            finish(pieceScalars, into: &finished, scratch: &scratch)
            pieceBytes.removeAll(keepingCapacity: true)
            for scalar in finished { Self.appendUTF8(scalar, to: &pieceBytes) }

            let originalStart = start == 0 ? 0 : keptStarts[start]
            let originalEnd = end == kept.count ? source.length : keptStarts[end]
            append(pieceBytes, originalRange: originalStart..<originalEnd, original: original, utf8: source.originalIsUTF8,
                   to: &output, edits: &edits)
            start = end
        }
        return (output, edits)
    }

    // MARK: - Words

    /// Re-spells one word: Vietnamese syllables get their tone on the right letter (doubled
    /// marks merged, combining marks composed in any order, `Ð` → `Đ`); other words go
    /// through ICU's NFC unchanged otherwise.
    ///
    /// A tone mark on a consonant (`Viêt\u{323}`) is read as the syllable's misplaced tone only
    /// in a word that also has one of `ă â ê ô ơ ư đ`; elsewhere it is a letter of another
    /// language (`ñ`, `ń`, `ṭ`: `añ`, `koń`) and the word is left alone. Precomposed letters of
    /// that kind (``ScalarClasses/markedLatin``) are read as their decomposition, so NFC and NFD
    /// input give the same result.
    func processWord(_ word: ArraySlice<UInt32>, into output: inout [UInt32]) {
        var codes: UInt64 = 0
        var quality = false         // a letter of ă â ê ô ơ ư đ (not the look-alike ð)
        var consonantTone = false   // a combining tone mark on a consonant
        var decompose = false       // a ScalarClasses.markedLatin letter: read its decomposition
        var tones: UInt64 = 0
        var uppers: UInt32 = 0
        var letters = 0
        var valid = true
        var eth = false
        let lookAlikes = options.repairs.contains(.lookAlikes)
        for scalar in word {
            var code: UInt8 = 0
            var tone: UInt8 = 0
            var upper = false
            if scalar < 0x80 {
                code = VietnameseAlphabet.ascii(Unicode.Scalar(UInt8(scalar)))
                upper = scalar < 0x60
            } else if case let facts = VietnameseAlphabet.facts(scalar), facts != 0 {
                code = VietnameseAlphabet.code(facts)
                tone = VietnameseAlphabet.tone(facts)
                upper = VietnameseAlphabet.isUpper(facts)
                if code >= VietnameseAlphabet.aBreve { quality = true }
            } else if lookAlikes && (scalar == 0xD0 || scalar == 0xF0) {
                code = VietnameseAlphabet.dStroke
                upper = scalar == 0xD0
                eth = true
            } else if case let markTone = VietnameseAlphabet.combiningTone(scalar), markTone != 0 {
                guard letters > 0, letters <= 8 else { valid = false; break }
                let shift = UInt64((letters - 1) * 8)
                let existing = UInt8(truncatingIfNeeded: tones >> shift)
                if existing != 0 && existing != markTone { valid = false; break }
                if !VietnameseAlphabet.isVowel(UInt8(truncatingIfNeeded: codes >> shift)) { consonantTone = true }
                tones |= UInt64(markTone) << shift
                continue
            } else if let modifier = VietnameseAlphabet.combiningModifier(scalar) {
                guard letters > 0, letters <= 8 else { valid = false; break }
                let shift = UInt64((letters - 1) * 8)
                guard let modified = VietnameseAlphabet.apply(modifier, to: UInt8(truncatingIfNeeded: codes >> shift)) else {
                    valid = false; break
                }
                codes = (codes & ~(0xFF << shift)) | UInt64(modified) << shift
                quality = true
                continue
            } else {
                if scalar >= 0xC0 && ScalarClasses.of(scalar) & ScalarClasses.markedLatin != 0 { decompose = true }
                valid = false
                break
            }
            if letters == 8 { valid = false; break }
            let shift = UInt64(letters * 8)
            codes |= UInt64(code) << shift
            tones |= UInt64(tone) << shift
            if upper { uppers |= 1 << UInt32(letters) }
            letters += 1
        }
        if decompose {
            var parts: [UInt32] = []
            parts.reserveCapacity(word.count + 4)
            for scalar in word {
                if scalar >= 0xC0 && ScalarClasses.of(scalar) & ScalarClasses.markedLatin != 0 {
                    ICUNormalization.normalize([scalar][...], form: .nfd, appendingTo: &parts)
                } else {
                    parts.append(scalar)
                }
            }
            processWord(parts[...], into: &output)  // no markedLatin letter is left: no deeper recursion
            return
        }
        if valid && consonantTone && !quality { valid = false }  // ñ, ń, ṭ: not a misplaced tone
        if valid && tones == 0 && !eth && !word.contains(where: { $0 >= 0x300 && VietnameseAlphabet.facts($0) == 0 }) {
            output.append(contentsOf: word)  // no tone to place, nothing to repair
            return
        }
        var tone: UInt8 = 0
        if valid {
            for index in 0..<letters {
                let letterTone = UInt8(truncatingIfNeeded: tones >> UInt64(index * 8))
                if letterTone == 0 { continue }
                if tone != 0 && tone != letterTone { valid = false; break }
                tone = letterTone
            }
        }
        var position = -1
        if valid {
            position = SyllableRules.toneIndex(codes, count: letters, modern: options.toneStyle == .modern)
            if position < 0 {
                // Not a syllable: only an all-capital acronym with Ð (ÐHQG) is still repaired.
                let acronym = eth && tone == 0 && letters >= 2 && uppers == (1 << UInt32(letters)) - 1
                    && word.allSatisfy { $0 < 0x80 || $0 == 0xD0 }
                if !acronym { valid = false }
            }
        }
        guard valid else {
            ICUNormalization.normalize(word, form: .nfc, appendingTo: &output)
            return
        }
        for index in 0..<letters {
            let code = UInt8(truncatingIfNeeded: codes >> UInt64(index * 8))
            let upper = uppers & (1 << UInt32(index)) != 0
            output.append(VietnameseAlphabet.scalar(code: code, tone: index == position ? tone : 0, upper: upper))
        }
    }

    // MARK: - Folding, case, form

    /// Drops what folding `.all` will drop before the word is analysed: tone marks and every
    /// non-spacing mark. (Folding `.tones` uses ``ToneFolding``.)
    func prefold(_ scalar: UInt32, into output: inout [UInt32]) {
        if scalar < 0x80 { output.append(scalar); return }
        let facts = VietnameseAlphabet.facts(scalar)
        if facts != 0 {
            output.append(VietnameseAlphabet.scalar(code: VietnameseAlphabet.code(facts), tone: 0, upper: VietnameseAlphabet.isUpper(facts)))
            return
        }
        if VietnameseAlphabet.combiningTone(scalar) != 0 { return }
        if options.folding == .all && ScalarClasses.of(scalar) & ScalarClasses.nonspacing != 0 { return }
        output.append(scalar)
    }

    /// Applies folding, lower-casing and the output form to a normalised (NFC) piece.
    func finish(_ piece: [UInt32], into output: inout [UInt32], scratch: inout Scratch) {
        let lowercase = options.lowercase
        let folding = options.folding
        if !lowercase && folding == .none {
            if options.form == .nfd { ICUNormalization.normalize(piece[...], form: .nfd, appendingTo: &output) } else { output.append(contentsOf: piece) }
            return
        }
        scratch.folded.removeAll(keepingCapacity: true)
        if folding == .tones {
            scratch.toneFolded.removeAll(keepingCapacity: true)
            ToneFolding.fold(piece, into: &scratch.toneFolded)
        }
        let source = folding == .tones ? scratch.toneFolded : piece
        for scalar in source {
            if scalar < 0x80 {
                scratch.folded.append(lowercase && scalar &- 0x41 < 26 ? scalar | 0x20 : scalar)
                continue
            }
            let facts = VietnameseAlphabet.facts(scalar)
            if facts != 0 {
                let code = VietnameseAlphabet.code(facts)
                let upper = VietnameseAlphabet.isUpper(facts) && !lowercase
                if folding == .all {
                    let letter = UInt32(VietnameseAlphabet.baseLetter(code))
                    scratch.folded.append(upper ? letter - 0x20 : letter)
                } else {
                    // With .tones, ToneFolding has already dropped the tones that fold (not `é` + ◌̈).
                    scratch.folded.append(VietnameseAlphabet.scalar(code: code, tone: VietnameseAlphabet.tone(facts), upper: upper))
                }
                continue
            }
            let bits = ScalarClasses.of(scalar)
            if folding == .all && VietnameseAlphabet.combiningTone(scalar) != 0 { continue }
            if folding == .all && (scalar == 0xD0 || scalar == 0xF0) {  // Ð, ð: look-alikes of Đ, đ
                scratch.folded.append(scalar == 0xD0 && !lowercase ? 0x44 : 0x64)
                continue
            }
            if folding == .all {
                if bits & ScalarClasses.nonspacing != 0 { continue }
                if bits & ScalarClasses.nfdStable == 0 {
                    scratch.decomposed.removeAll(keepingCapacity: true)
                    scratch.single.removeAll(keepingCapacity: true)
                    scratch.single.append(scalar)
                    ICUNormalization.normalize(scratch.single[...], form: .nfd, appendingTo: &scratch.decomposed)
                    for part in scratch.decomposed where ScalarClasses.of(part) & ScalarClasses.nonspacing == 0 {
                        scratch.folded.append(lowercase ? ICUNormalization.lowercase(part) : part)
                    }
                    continue
                }
            }
            scratch.folded.append(lowercase ? ICUNormalization.lowercase(scalar) : scalar)
        }
        if options.form == .nfd {
            ICUNormalization.normalize(scratch.folded[...], form: .nfd, appendingTo: &output)
        } else {
            // Dropping marks or lower-casing can leave a sequence that composes differently.
            if scratch.folded.allSatisfy({ $0 < 0x80 || ScalarClasses.of($0) & ScalarClasses.nfcStable != 0 }) {
                output.append(contentsOf: scratch.folded)
            } else {
                ICUNormalization.normalize(scratch.folded[...], form: .nfc, appendingTo: &output)
            }
        }
    }

    /// Buffers reused from piece to piece.
    struct Scratch {
        var folded: [UInt32] = []
        var toneFolded: [UInt32] = []
        var decomposed: [UInt32] = []
        var single: [UInt32] = []
    }

    // MARK: - Output and offsets

    /// Appends a piece's bytes and, when they differ from the original, the smallest edit that
    /// covers the difference without cutting a character or a combining sequence in two.
    func append(_ piece: [UInt8], originalRange: Range<Int>, original: UnsafeBufferPointer<UInt8>, utf8: Bool,
                to output: inout [UInt8], edits: inout [OffsetMap.Edit]) {
        let outputStart = output.count
        output.append(contentsOf: piece)
        let originalCount = originalRange.count
        if utf8 && piece.count == originalCount
            && piece.withUnsafeBufferPointer({ memcmpEqual($0, original, originalRange.lowerBound) }) {
            return
        }
        let limit = min(piece.count, originalCount)
        var prefix = 0
        while prefix < limit && piece[prefix] == original[originalRange.lowerBound + prefix] && (utf8 || piece[prefix] < 0x80) {
            prefix += 1
        }
        while prefix > 0 && (Self.isInsideCharacter(piece[...], prefix)
                             || (utf8 && Self.isInsideCharacter(original[originalRange], originalRange.lowerBound + prefix))) {
            prefix -= 1
        }
        var suffix = 0
        while suffix < limit - prefix && piece[piece.count - 1 - suffix] == original[originalRange.upperBound - 1 - suffix]
                && (utf8 || piece[piece.count - 1 - suffix] < 0x80) {
            suffix += 1
        }
        while suffix > 0 && (Self.isInsideCharacter(piece[...], piece.count - suffix)
                             || (utf8 && Self.isInsideCharacter(original[originalRange], originalRange.upperBound - suffix))) {
            suffix -= 1
        }
        let edit = OffsetMap.Edit(normalized: (outputStart + prefix)..<(outputStart + piece.count - suffix),
                                  original: (originalRange.lowerBound + prefix)..<(originalRange.upperBound - suffix))
        edits.appendMerging(edit)
    }

    private func memcmpEqual(_ piece: UnsafeBufferPointer<UInt8>, _ original: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        for index in 0..<piece.count where piece[index] != original[offset + index] { return false }
        return true
    }

    /// `true` when `index` of the UTF-8 `bytes` (indices as in the collection) is not a place
    /// to cut: a continuation byte, or the start of a combining mark.
    static func isInsideCharacter<C: Collection>(_ bytes: C, _ index: C.Index) -> Bool where C.Element == UInt8, C.Index == Int {
        guard index > bytes.startIndex && index < bytes.endIndex else { return false }
        let byte = bytes[index]
        if byte & 0xC0 == 0x80 { return true }
        if byte < 0xC0 { return false }
        var scalar = UInt32(byte & (byte < 0xE0 ? 0x1F : byte < 0xF0 ? 0x0F : 0x07))
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        var position = index + 1
        while position < index + length && position < bytes.endIndex {
            scalar = scalar << 6 | UInt32(bytes[position] & 0x3F)
            position += 1
        }
        return isMark(scalar)
    }

    // MARK: - Character facts

    /// Letters and the code points that continue a word.
    @inline(__always) static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (scalar | 0x20) &- 0x61 < 26 }
        if VietnameseAlphabet.facts(scalar) != 0 { return true }
        return ScalarClasses.of(scalar) & ScalarClasses.letter != 0
    }

    /// Combining marks (non-spacing or with a non-zero combining class).
    @inline(__always) static func isMark(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return false }
        let bits = ScalarClasses.of(scalar)
        return bits & ScalarClasses.nonspacing != 0 || (bits & ScalarClasses.nfcStable == 0 && bits & ScalarClasses.letter == 0)
    }

    /// Code points that start a new piece outside words: NFC-stable ones.
    @inline(__always) static func isStarter(_ scalar: UInt32) -> Bool {
        scalar < 0x80 || (ScalarClasses.of(scalar) & ScalarClasses.nfcStable != 0)
    }

    @inline(__always) static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(scalar))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
