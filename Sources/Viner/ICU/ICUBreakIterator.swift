import CICU

/// Owns one ICU break iterator (and its reusable UText). Not thread-safe: one owner at a time.
final class ICUBreakIterator {
    private let handle: OpaquePointer

    /// ICU's `UBRK_DONE`.
    static let done: Int32 = -1

    /// A word break iterator for `locale`.
    init(wordsFor locale: String = "vi") throws(ICUError) {
        var status: Int32 = 0
        let opened = cicu_word_break_open(locale, &status)
        try ICUError.check(status, "ubrk_open(UBRK_WORD, \(locale))")
        guard let opened else { throw ICUError(code: 1, operation: "ubrk_open returned NULL") }
        handle = opened
    }

    /// A break iterator from `.rbbi` rule source.
    init(rules: String) throws(ICUError) {
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let units = Array(rules.utf16)
        let opened = units.withUnsafeBufferPointer {
            cicu_break_open_rules($0.baseAddress, Int32($0.count), &line, &offset, &status)
        }
        try ICUError.check(status, "ubrk_openRules (rule line \(line), offset \(offset))")
        guard let opened else { throw ICUError(code: 1, operation: "ubrk_openRules returned NULL") }
        handle = opened
    }

    deinit { cicu_break_close(handle) }

    /// Points the iterator at UTF-8 bytes; boundaries are then byte offsets. The bytes must
    /// stay valid until iteration ends.
    @inline(__always)
    func setUTF8(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) {
        try ICUError.check(cicu_break_set_utf8(handle, bytes.baseAddress, Int64(bytes.count)), "utext_openUTF8")
    }

    /// Points the iterator at UTF-16 code units; boundaries are then UTF-16 offsets.
    @inline(__always)
    func setUTF16(_ units: UnsafeBufferPointer<UInt16>) throws(ICUError) {
        try ICUError.check(cicu_break_set_utf16(handle, units.baseAddress, Int32(units.count)), "ubrk_setText")
    }

    @inline(__always) func first() -> Int32 { cicu_break_first(handle) }

    /// The next boundary, or ``done``.
    @inline(__always) func next() -> Int32 { cicu_break_next(handle) }

    /// The rule status of the last boundary (100–199 number, 200–299 letter, …).
    @inline(__always) var ruleStatus: Int32 { cicu_break_rule_status(handle) }

    /// Writes up to `out.count` next boundaries into `out`, each mapped through `byteOffsets`
    /// (UTF-16 index → byte offset; nil when the text was set as UTF-8) plus `base`.
    /// Returns how many were written; fewer than `out.count` means the text is done.
    @inline(__always)
    func fill(_ out: UnsafeMutableBufferPointer<Int32>, byteOffsets: UnsafePointer<Int32>?, base: Int32) -> Int {
        Int(cicu_break_fill(handle, byteOffsets, base, out.baseAddress, Int32(out.count)))
    }

    /// Iterates every remaining boundary and returns how many there were.
    @inline(__always) func countRemaining() -> Int { Int(cicu_break_count(handle)) }
}
