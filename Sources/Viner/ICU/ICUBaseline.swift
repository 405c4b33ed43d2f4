/// Raw ICU word-break iteration with nothing on top: the benchmark baseline the tokenizer is
/// measured against (same text, same run). Not part of the tokenizing API.
///
/// Holds one ICU iterator and a reusable UTF-16 buffer, so once warmed up no call allocates.
/// Not thread-safe: use one instance per thread.
///
/// ```swift
/// @_spi(Benchmarks) import Viner
/// let baseline = try ICUBaseline()
/// let bytes = Array("Sở TT&TT".utf8)
/// bytes.withUnsafeBufferPointer { baseline.countBoundaries(utf8: $0) }   // 4
/// ```
@_spi(Benchmarks)
public final class ICUBaseline {
    private let iterator: ICUBreakIterator
    private var capacity = 0
    private var units: UnsafeMutablePointer<UInt16>
    private var byteOffsets: UnsafeMutablePointer<Int32>

    /// Opens a word break iterator for locale `vi`.
    public init() throws(ICUError) {
        iterator = try ICUBreakIterator(wordsFor: "vi")
        units = .allocate(capacity: 1)
        byteOffsets = .allocate(capacity: 1)
    }

    deinit {
        units.deallocate()
        byteOffsets.deallocate()
    }

    /// ICU's word boundaries over UTF-8 bytes through a UText; returns how many (after 0).
    public func countBoundaries(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        do { try iterator.setUTF8(bytes) } catch { return 0 }
        return iterator.countRemaining()
    }

    /// ICU's word boundaries over UTF-16 code units; returns how many (after 0).
    public func countBoundaries(utf16 units: UnsafeBufferPointer<UInt16>) -> Int {
        do { try iterator.setUTF16(units) } catch { return 0 }
        return iterator.countRemaining()
    }

    /// Converts UTF-8 to UTF-16 (into a reused buffer, the way the tokenizer does), then
    /// counts ICU's word boundaries over it.
    public func countBoundariesConvertingToUTF16(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if bytes.count > capacity {
            units.deallocate()
            byteOffsets.deallocate()
            capacity = bytes.count
            units = .allocate(capacity: capacity + 1)
            byteOffsets = .allocate(capacity: capacity + 1)
        }
        let count = ICU.convertToUTF16(bytes, units: units, byteOffsets: byteOffsets)
        return countBoundaries(utf16: UnsafeBufferPointer(start: units, count: count))
    }
}
