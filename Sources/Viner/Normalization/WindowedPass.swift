/// The full pass run only where the text needs it: the fast scan (``CanonicalScan``) finds the
/// first place normalisation may change, the full pass (``NormalizationPass``) rewrites a small
/// window around it, and the scan resumes after the window. Text between windows is copied as
/// it is. The result, text and offset map, is byte for byte the full pass over the whole text.
///
/// Windows start and end at *safe boundaries*: offsets `b` where the byte before is an ASCII
/// non-letter (space, line feed, punctuation, digit) and the byte at `b` is ASCII. No rule of
/// the full pass reads across such a boundary:
/// - character repairs (NBSP → space, zero-width removals, `Ð` look-alikes) decide per code
///   point; ZWNJ/ZWJ between letters look at their neighbours once other invisibles are gone,
///   but the two ASCII bytes at a boundary are never removed, so a neighbour is always on the
///   joiner's own side;
/// - the pass works piece by piece, and both bytes start pieces: a word holds only letters and
///   combining marks, and the piece of a non-letter takes only the non-starters after it, so
///   the ASCII byte at `b` (a starter) begins a new piece and the word, syllable or combining
///   sequence a rule reads (tone placement per syllable, `Ð` in a Vietnamese word, a stray
///   space before combining marks) lies on one side;
/// - the pass changes no ASCII non-letter, so the piece just before `b` maps one to one and no
///   edit of the offset map touches `b` from either side; edits of a window, shifted by where
///   it starts, are the whole pass's edits.
/// The scan's verdict on the text between windows is the whole scan's: no scalar it reads
/// ends at a boundary, and the word of every toned letter lies between two boundaries.
struct WindowedPass {
    let options: NormalizationOptions

    /// Normalises the valid UTF-8 `bytes` (Unicode input), whose first change the scan has
    /// found at `firstChange` (``CanonicalScan/firstChange(_:options:from:)``, from 0, or any
    /// earlier offset); nil when nothing changed. When `bytes` are the UTF-8 of `text`, the
    /// unchanged stretches are copied from `text` as they are (no second UTF-8 validation).
    ///
    /// Changes closer together than ``windowGap`` bytes share one window, so text that changes
    /// everywhere (NFD input) runs through the full pass in few large windows.
    func run(_ bytes: UnsafeBufferPointer<UInt8>, firstChange: Int, text: String? = nil) -> NormalizedText? {
        var change = firstChange
        if change >= bytes.count { return nil }
        var output = Output(text: text, capacity: bytes.count + bytes.count / 16)
        var edits: [OffsetMap.Edit] = []
        let pass = NormalizationPass(options: options)
        var workspace = NormalizationPass.Workspace()
        var copied = 0                      // input before this offset is in `output`
        while change < bytes.count {
            let start = Self.safeBoundary(in: bytes, atOrBefore: change, notBefore: copied)
            var end = Self.safeBoundary(in: bytes, after: change)
            change = end < bytes.count ? CanonicalScan.firstChange(bytes, options: options, from: end) : bytes.count
            while change < bytes.count && change - end < Self.windowGap {
                end = Self.safeBoundary(in: bytes, after: change)
                change = end < bytes.count ? CanonicalScan.firstChange(bytes, options: options, from: end) : bytes.count
            }
            output.appendOriginal(bytes, copied..<start)
            let window = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let (piece, pieceEdits) = pass.run(SourceText(utf8: window), original: window, workspace: &workspace)
            let shift = output.count
            for edit in pieceEdits {
                let shifted = OffsetMap.Edit(normalized: (edit.normalized.lowerBound + shift)..<(edit.normalized.upperBound + shift),
                                             original: (edit.original.lowerBound + start)..<(edit.original.upperBound + start))
                edits.appendMerging(shifted)
            }
            output.append(piece)
            copied = end
        }
        output.appendOriginal(bytes, copied..<bytes.count)
        if edits.isEmpty && output.count == bytes.count { return nil }
        return NormalizedText(text: output.string(), offsetMap: OffsetMap(edits: edits, originalLength: bytes.count, normalizedLength: output.count))
    }

    /// Changes fewer bytes apart than this share a window.
    static let windowGap = 64

    /// The normalised text being built: as a `String` from the original's stretches when there
    /// is an original `String`, else as bytes.
    private struct Output {
        let text: String?
        var built = ""
        var bytes: [UInt8] = []
        private(set) var count = 0

        init(text: String?, capacity: Int) {
            self.text = text
            if text != nil { built.reserveCapacity(capacity) } else { bytes.reserveCapacity(capacity) }
        }

        mutating func appendOriginal(_ original: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            if range.isEmpty { return }
            count += range.count
            if let text {
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                let upper = utf8.index(lower, offsetBy: range.count)
                built.append(contentsOf: Substring(utf8[lower..<upper]))
            } else {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: original[range]))
            }
        }

        mutating func append(_ piece: [UInt8]) {
            count += piece.count
            if text != nil { built.append(String(decoding: piece, as: UTF8.self)) } else { bytes.append(contentsOf: piece) }
        }

        func string() -> String { text != nil ? built : String(decoding: bytes, as: UTF8.self) }
    }

    /// `true` when `offset` is a safe boundary (see ``WindowedPass``); the text's ends are.
    @inline(__always)
    static func isSafeBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        if offset <= 0 || offset >= bytes.count { return true }
        let before = bytes[offset - 1]
        return before < 0x80 && (before | 0x20) &- 0x61 >= 26 && bytes[offset] < 0x80
    }

    /// The last safe boundary at or before `offset`, and not before `floor` (itself one).
    static func safeBoundary(in bytes: UnsafeBufferPointer<UInt8>, atOrBefore offset: Int, notBefore floor: Int) -> Int {
        var position = offset
        while position > floor && !isSafeBoundary(bytes, position) { position -= 1 }
        return position
    }

    /// The first safe boundary after `offset`.
    static func safeBoundary(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int {
        var position = offset + 1
        while position < bytes.count && !isSafeBoundary(bytes, position) { position += 1 }
        return position
    }
}
