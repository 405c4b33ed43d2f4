// libFuzzer target: the normaliser on Unicode input. The first byte picks one of the 144
// option sets (form × tone style × folding × case × repairs × {unicode, auto}); the rest is the
// text. Checks NormalizationInvariants on the String API (offset map consistent, idempotent)
// and that the bytes API maps consistently onto the raw bytes and, for `.unicode`, gives the
// same text as the String API (ill-formed UTF-8 becomes U+FFFD in both).
import FuzzSupport
import Viner

let normalizers = allNormalizationOptions.map { Normalizer(options: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let normalizer = normalizers[Int(input.selector) % normalizers.count]
    let text = input.payloadText
    let result = normalizer.normalize(text)
    NormalizationInvariants.check(input: text, result: result, normalizer: normalizer)

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
