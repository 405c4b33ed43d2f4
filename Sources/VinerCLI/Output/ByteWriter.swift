/// A growable buffer of UTF-8 output bytes. Renderers append straight into it (no String per
/// record, field or number), and ``OutputSink`` writes it out in large blocks.
///
/// A class over raw memory: appends are a capacity check and a copy, without the uniqueness
/// checks of a mutable `[UInt8]`. One writer belongs to one thread at a time.
///
/// ```swift
/// let out = ByteWriter()
/// out.append("start: ")
/// out.append(decimal: -42)
/// String(decoding: out.bytes, as: UTF8.self)   // "start: -42"
/// ```
final class ByteWriter {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// A copy of the bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Calls `body` with the bytes written so far (valid only during the call).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes, keeping the memory for the next record.
    func removeAll() {
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends one byte where ``reserve(_:)`` already made room.
    @inline(__always)
    func appendReserved(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends the eight bytes of `word` (memory order) where ``reserve(_:)`` made room.
    @inline(__always)
    func storeUnaligned(_ word: UInt64) {
        UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
        count += 8
    }

    /// Appends raw bytes.
    @inline(__always)
    func append(_ raw: UnsafeBufferPointer<UInt8>) {
        guard let source = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        (base + count).update(from: source, count: raw.count)
        count += raw.count
    }

    /// Appends a literal (the renderers' punctuation and keys).
    @inline(__always)
    func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 bytes of `text` as they are.
    func append(utf8 text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    /// Appends `"text"` for text known to need no JSON escaping (entity type names).
    func append(quoted text: String) {
        append(UInt8(ascii: "\""))
        append(utf8: text)
        append(UInt8(ascii: "\""))
    }

    /// Appends `value` in decimal, as `String(value)` writes it (`-` for negatives, no padding).
    func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let digits = Self.digitCount(magnitude)
        reserve(digits)
        var index = count + digits
        let pairs = Self.digitPairs.utf8Start
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            index -= 2
            base[index] = pairs[pair]
            base[index + 1] = pairs[pair + 1]
        }
        if magnitude >= 10 {
            let pair = Int(magnitude) &* 2
            base[index - 2] = pairs[pair]
            base[index - 1] = pairs[pair + 1]
        } else {
            base[index - 1] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude)
        }
        count += digits
    }

    /// "00" to "99", two digits at a time for ``append(decimal:)``.
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    /// Appends `value` like `String(value)` left-padded with `0` to `width` characters (the
    /// sign counts as a character, as in the library's ISO rendering).
    func append(decimal value: Int, zeroPaddedTo width: Int) {
        let length = Self.digitCount(value.magnitude) + (value < 0 ? 1 : 0)
        if length < width {
            reserve(width - length)
            (base + count).initialize(repeating: 0x30, count: width - length)
            count += width - length
        }
        append(decimal: value)
    }

    /// The number of decimal digits of `value` (1 for 0).
    static func digitCount(_ value: UInt) -> Int {
        if value < 10 { return 1 }
        if value < 100 { return 2 }
        if value < 1000 { return 3 }
        if value < 10000 { return 4 }
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }
}
