/// Converts UTF-8 byte offsets of one text into Unicode scalar or UTF-16 offsets, walking
/// forward. Queries must come in non-decreasing order (as sorted entities do); an earlier
/// offset restarts the walk from the beginning.
///
/// Not API: the `viner` command and the tests use it (`@_spi(CLI) import Viner`); users get
/// offsets from ``RecognizedDocument``.
///
/// ```swift
/// var converter = OffsetConverter(utf8: Array("Sở TT&TT".utf8))
/// converter.scalarOffset(forUTF8: 4)   // 3
/// ```
@_spi(CLI)
public struct OffsetConverter: Sendable {
    private let bytes: [UInt8]
    private var byte = 0
    private var scalars = 0
    private var utf16 = 0

    /// Creates a converter over the UTF-8 bytes of a text.
    public init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Creates a converter over `text`.
    public init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    private mutating func advance(to offset: Int) {
        if offset < byte { byte = 0; scalars = 0; utf16 = 0 }
        let target = min(offset, bytes.count)
        guard byte < target else { return }
        // Count scalar starts (every byte that is not a continuation byte) and the four-byte
        // leads (two UTF-16 units each) in one pass over the bytes.
        var starts = 0
        var fourByte = 0
        bytes.withUnsafeBufferPointer { bytes in
            for k in byte..<target {
                // Arithmetic, not branches (lead and continuation bytes alternate unpredictably):
                // a byte starts a scalar unless its top bits are 10; `b >> 4 == 0xF` marks a
                // four-byte lead.
                let b = bytes[k]
                starts &+= Int(((~b) >> 7 | (b >> 6)) & 1)
                fourByte &+= Int(((b >> 4) &+ 1) >> 4)
            }
        }
        byte = target
        scalars += starts
        utf16 += starts + fourByte
    }

    /// The Unicode scalar offset of UTF-8 offset `offset`.
    public mutating func scalarOffset(forUTF8 offset: Int) -> Int {
        advance(to: offset)
        return scalars
    }

    /// The UTF-16 offset of UTF-8 offset `offset`.
    public mutating func utf16Offset(forUTF8 offset: Int) -> Int {
        advance(to: offset)
        return utf16
    }
}
