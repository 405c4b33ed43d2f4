// libFuzzer target: the normaliser on Unicode input. The first byte picks one of the 144
// option sets (form × tone style × folding × case × repairs × {unicode, auto}); the rest is the
// text. Checks NormalizationInvariants on the String API (offset map consistent, idempotent)
// and that the bytes API maps consistently onto the raw bytes and, for `.unicode`, gives the
// same text as the String API (ill-formed UTF-8 becomes U+FFFD in both), and that the String
// API (fast scan + windowed full pass) equals the full pass over the whole text, map included.
import FuzzSupport
@_spi(Testing) @_spi(CLI) import Viner

let normalizers = allNormalizationOptions.map { Normalizer(options: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let normalizer = normalizers[Int(input.selector) % normalizers.count]
    let text = input.payloadText
    let result = normalizer.normalize(text)
    NormalizationInvariants.check(input: text, result: result, normalizer: normalizer)
    if normalizer.options.encoding == .unicode {
        let whole = normalizer.normalizeWholeText(text)
        require(whole.text == result.text && whole.offsetMap == result.offsetMap,
                "windowed \(escaped(result.text)) ≠ whole pass \(escaped(whole.text)) (or their offset maps differ) with \(normalizer.options)")
    }

    let raw = Array(input.payload)
    let fromBytes = normalizer.normalize(bytes: input.payload)
    let wellFormed = UTF8Validation.firstInvalidOffset(in: raw) == nil
    NormalizationInvariants.checkMap(original: raw, originalIsUTF8: wellFormed, result: fromBytes)
    if normalizer.options.encoding == .unicode, wellFormed || !KnownIssues.skips("bytes-api-ill-formed") {
        require(fromBytes.text == result.text,
                "normalize(bytes:) \(escaped(fromBytes.text)) ≠ normalize(_:) \(escaped(result.text)) with \(normalizer.options)")
    }
    return 0
}
