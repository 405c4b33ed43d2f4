/// One ICU iterator plus reusable buffers. Used by one thread at a time (the pool in
/// ``Tokenizer`` guarantees it), hence `@unchecked Sendable`.
final class TokenizerScratch: @unchecked Sendable {
    let iterator: ICUBreakIterator

    init() throws(ICUError) {
        iterator = try ICUBreakIterator(wordsFor: "vi")
    }

    /// Walks ICU's word boundaries over `bytes` and reports tokens.
    func segment(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) throws -> Void) rethrows {
        guard !bytes.isEmpty else { return }
        do {
            try iterator.setUTF8(bytes)
        } catch {
            return
        }
        var start = iterator.first()
        while true {
            let end = iterator.next()
            if end == ICUBreakIterator.done { break }
            let status = iterator.ruleStatus
            defer { start = end }
            if bytes[Int(start)] == 0x20 || bytes[Int(start)] == 0x0A || bytes[Int(start)] == 0x09 || bytes[Int(start)] == 0x0D { continue }
            let kind: TokenKind
            switch status {
            case 100..<200: kind = .number
            case 200..<300: kind = .word
            case 300..<500: kind = .other
            default: kind = .punctuation
            }
            try body(Token(start: start, end: end, kind: kind))
        }
    }
}
