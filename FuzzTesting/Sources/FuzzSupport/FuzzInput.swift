import Viner

/// The bytes libFuzzer hands a target, with helpers to spend a few of them on choices.
public struct FuzzInput {
    public let bytes: UnsafeBufferPointer<UInt8>

    public init(_ start: UnsafePointer<UInt8>?, _ count: Int) {
        if let start, count > 0 {
            bytes = UnsafeBufferPointer(start: start, count: count)
        } else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
        }
    }

    /// The first byte (0 when empty), used to pick options.
    public var selector: UInt8 { bytes.first ?? 0 }

    /// Everything after the first byte.
    public var payload: UnsafeBufferPointer<UInt8> {
        bytes.isEmpty ? bytes : UnsafeBufferPointer(rebasing: bytes[1...])
    }

    /// The payload as a `String` (ill-formed UTF-8 is repaired to U+FFFD, as `String` does).
    public var payloadText: String { String(decoding: payload, as: UTF8.self) }

    /// The whole input as a `String`.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Every combination of form, tone style, folding, case, repairs (none, safe, all) and the
/// Unicode encodings (`.unicode`, `.auto`): 144 option sets, in a fixed order.
public let allNormalizationOptions: [NormalizationOptions] = {
    var result: [NormalizationOptions] = []
    for encoding in [NormalizationOptions.Encoding.unicode, .auto] {
        for repairs in [NormalizationOptions.Repairs.safe, .all, []] {
            for form in NormalizationOptions.Form.allCases {
                for tone in NormalizationOptions.ToneStyle.allCases {
                    for folding in NormalizationOptions.Folding.allCases {
                        for lowercase in [false, true] {
                            result.append(NormalizationOptions(form: form, toneStyle: tone, folding: folding, lowercase: lowercase,
                                                               repairs: repairs, encoding: encoding))
                        }
                    }
                }
            }
        }
    }
    return result
}()

/// `options` with the encoding set to `.unicode`: what re-normalising an output must use.
public func unicodeOptions(_ options: NormalizationOptions) -> NormalizationOptions {
    var copy = options
    copy.encoding = .unicode
    return copy
}

/// `bytes` read as Latin-1 code points (how 8-bit legacy text usually arrives inside Unicode).
public func latin1String<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    var text = ""
    text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return text
}
