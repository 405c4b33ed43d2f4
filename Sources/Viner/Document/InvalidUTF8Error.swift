/// Bytes given as UTF-8 are not well-formed UTF-8.
///
/// ```swift
/// do {
///     _ = try recognizer.recognize(utf8: [0x61, 0xFF])
/// } catch {
///     print(error.byteOffset)   // 1
/// }
/// ```
public struct InvalidUTF8Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// The offset of the first byte of the first ill-formed sequence.
    public var byteOffset: Int

    /// Creates the error for an ill-formed sequence at `byteOffset`.
    ///
    /// ```swift
    /// InvalidUTF8Error(byteOffset: 1).description   // "invalid UTF-8 at byte 1"
    /// ```
    public init(byteOffset: Int) {
        self.byteOffset = byteOffset
    }

    /// `invalid UTF-8 at byte 1`.
    public var description: String { "invalid UTF-8 at byte \(byteOffset)" }

    /// `bytes` as a `String`, or the error locating the first bad byte.
    static func decode(_ bytes: [UInt8]) throws(InvalidUTF8Error) -> String {
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) { throw InvalidUTF8Error(byteOffset: bad) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
