/// Input code points, each with the byte offset in the original input where it starts. A code
/// point may stand for several original bytes (a VNI letter and its mark byte, a VIQR letter
/// and its ASCII marks, an invalid UTF-8 sequence read as U+FFFD).
struct SourceText {
    /// The code points.
    var scalars: [UInt32] = []
    /// `starts[i]` is the original offset of `scalars[i]`.
    var starts: [Int] = []
    /// Length of the original input in bytes.
    var length: Int
    /// `true` when the original bytes are UTF-8 (so unchanged stretches can be compared byte
    /// for byte); `false` after legacy decoding.
    var originalIsUTF8: Bool

    init(length: Int, originalIsUTF8: Bool) {
        self.length = length
        self.originalIsUTF8 = originalIsUTF8
    }

    mutating func append(_ scalar: UInt32, start: Int) {
        scalars.append(scalar)
        starts.append(start)
    }

    /// Decodes UTF-8; every ill-formed sequence becomes one U+FFFD.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(length: bytes.count, originalIsUTF8: true)
        scalars.reserveCapacity(bytes.count)
        starts.reserveCapacity(bytes.count)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                append(Unicode.UTF8.decode(encoded).value, start: offset)
                offset += encoded.count
            case .error(let length):
                append(0xFFFD, start: offset)
                offset += length
            case .emptyInput:
                return
            }
        }
    }

    /// The code units a legacy decoder reads: raw bytes, or the code points of a `String` in
    /// which each byte was read as Latin-1 (code points above U+00FF pass through).
    struct Units {
        var values: [UInt32] = []
        var starts: [Int] = []
        var length: Int

        init(bytes: UnsafeBufferPointer<UInt8>) {
            length = bytes.count
            values = bytes.map { UInt32($0) }
            starts = Array(0..<bytes.count)
        }

        init(text: SourceText) {
            length = text.length
            values = text.scalars
            starts = text.starts
        }
    }
}
