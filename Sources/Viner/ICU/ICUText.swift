import CICU

extension ICU {
    /// Converts UTF-8 to UTF-16 for ICU, remembering where each code unit came from.
    ///
    /// `units` needs room for `bytes.count` code units and `byteOffsets` for `bytes.count + 1`
    /// entries. Each maximal ill-formed UTF-8 subsequence becomes one U+FFFD whose offset is
    /// that of its first byte. Returns the number of code units written.
    @inline(__always)
    static func convertToUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>,
        units: UnsafeMutablePointer<UInt16>,
        byteOffsets: UnsafeMutablePointer<Int32>
    ) -> Int {
        Int(cicu_utf8_to_utf16(bytes.baseAddress, Int32(bytes.count), units, byteOffsets))
    }

    /// Facts about one scalar: general category (low 5 bits), white space, no-space script.
    static func scalarFacts(_ scalar: UInt32) -> UInt32 { cicu_scalar_facts(scalar) }
}
