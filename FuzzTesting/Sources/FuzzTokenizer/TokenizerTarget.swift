// libFuzzer target: the tokenizer over arbitrary bytes (ill-formed UTF-8 included).
// Checks TokenInvariants, that the String API agrees with the byte API, and that ICU fed
// UTF-8 (UText) and UTF-16 gives the same tokens on well-formed input.
import FuzzSupport
@_spi(Benchmarks) @_spi(CLI) import Viner

let tokenizer = try! Tokenizer()
let utf8Tokenizer = try! Tokenizer(icuInput: .utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    var tokens: [Token] = []
    tokenizer.forEachToken(utf8: input.bytes) { tokens.append($0) }
    TokenInvariants.check(tokens, in: input.bytes)

    var again: [Token] = []
    utf8Tokenizer.forEachToken(utf8: input.bytes) { again.append($0) }
    TokenInvariants.check(again, in: input.bytes)

    if UTF8Validation.firstInvalidOffset(in: input.bytes) == nil {
        require(again == tokens, "ICU over UTF-8 and over UTF-16 disagree on \(escaped(input.text))")
        let viaString = tokenizer.tokens(in: input.text)
        require(viaString == tokens, "tokens(in:) and forEachToken(utf8:) disagree on \(escaped(input.text))")
    }
    return 0
}
