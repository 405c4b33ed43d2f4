// libFuzzer target: the legacy decoders (TCVN3, VNI, VIQR, and `.auto` detection) on arbitrary
// bytes. The first byte picks the encoding and one of the 24 form/tone/folding/case sets.
// Checks that nothing traps, that the offset map is consistent with the raw bytes and with
// their Latin-1 reading as a String, that the output is already normal (re-normalising it as
// Unicode changes nothing), that both APIs decode to the same text, and that detection gives
// a confidence in 0...1.
import FuzzSupport
import Viner

let encodings: [NormalizationOptions.Encoding] = [.tcvn3, .vni, .viqr, .auto]
let baseOptions = allNormalizationOptions.filter { $0.encoding == .unicode && $0.repairs == .safe }
let normalizers = encodings.flatMap { encoding in
    baseOptions.map { options in
        var copy = options
        copy.encoding = encoding
        return Normalizer(options: copy)
    }
}
let renormalizers = normalizers.map { Normalizer(options: unicodeOptions($0.options)) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLegacyDecoding(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let index = Int(input.selector) % normalizers.count
    let normalizer = normalizers[index]
    let raw = Array(input.payload)

    let fromBytes = normalizer.normalize(bytes: raw)
    NormalizationInvariants.checkMap(original: raw, originalIsUTF8: false, result: fromBytes)
    NormalizationInvariants.checkIdempotent(fromBytes, renormalizers[index], describing: latin1String(raw))

    let latin1 = latin1String(raw)
    let fromText = normalizer.normalize(latin1)
    NormalizationInvariants.check(input: latin1, result: fromText, normalizer: normalizer, again: renormalizers[index])
    if normalizer.options.encoding != .auto {
        require(fromBytes.text == fromText.text,
                "normalize(bytes:) \(escaped(fromBytes.text)) ≠ normalize(latin1) \(escaped(fromText.text)) with \(normalizer.options)")
    }

    for detection in [Normalizer.detectEncoding(bytes: raw), Normalizer.detectEncoding(latin1)] {
        require(detection.confidence >= 0 && detection.confidence <= 1, "confidence \(detection.confidence) outside 0...1")
        require(detection.supportingWords >= 0, "negative supportingWords \(detection.supportingWords)")
    }
    return 0
}
