import CICU

/// ICU's own normaliser, called directly, as a yardstick for ``Normalizer``'s speed. Benchmarks
/// run these on the same text as the normaliser; nothing in viner's pipeline uses them.
///
/// ```swift
/// @_spi(Benchmarks) import Viner
/// let utf16 = Array(text.utf16)
/// var output = [UInt16](repeating: 0, count: utf16.count * 3)
/// let isNFC = NormalizationBaseline.quickCheckNFC(utf16: utf16)
/// let length = NormalizationBaseline.normalizeNFC(utf16: utf16, into: &output)
/// ```
@_spi(Benchmarks)
public enum NormalizationBaseline {
    /// ICU's NFC quick check (`unorm2_quickCheck`) of UTF-16 text: `true` for "yes".
    public static func quickCheckNFC(utf16: UnsafeBufferPointer<UInt16>) -> Bool {
        var status: Int32 = 0
        return cicu_norm_quick_check_utf16(Int32(CICU_FORM_NFC), utf16.baseAddress, Int32(utf16.count), &status) == 1
    }

    /// ``quickCheckNFC(utf16:)`` over an array.
    public static func quickCheckNFC(utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { quickCheckNFC(utf16: $0) }
    }

    /// ICU's NFC quick check of UTF-8 text, converted to UTF-16 in `scratch` first (which must
    /// hold at least `utf8.count` units; nothing is allocated).
    public static func quickCheckNFC(utf8: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt16>) -> Bool {
        var status: Int32 = 0
        let units = cicu_norm_utf8_to_utf16(utf8.baseAddress, Int32(utf8.count), scratch.baseAddress, Int32(scratch.count), &status)
        if status > 0 { return false }
        return cicu_norm_quick_check_utf16(Int32(CICU_FORM_NFC), scratch.baseAddress, units, &status) == 1
    }

    /// ICU's NFC normalisation (`unorm2_normalize`) of UTF-16 text into `output` (big enough:
    /// three times the input is always enough). Returns the output length, -1 on failure.
    public static func normalizeNFC(utf16: UnsafeBufferPointer<UInt16>, into output: UnsafeMutableBufferPointer<UInt16>) -> Int {
        var status: Int32 = 0
        let length = cicu_norm_normalize_utf16(Int32(CICU_FORM_NFC), utf16.baseAddress, Int32(utf16.count),
                                               output.baseAddress, Int32(output.count), &status)
        return status > 0 ? -1 : Int(length)
    }

    /// ``normalizeNFC(utf16:into:)`` over arrays.
    public static func normalizeNFC(utf16: [UInt16], into output: inout [UInt16]) -> Int {
        utf16.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { normalizeNFC(utf16: source, into: $0) }
        }
    }
}
