#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always)
func fwriteStderr(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    return write(2, base, bytes.count)
}

/// `true` when the file descriptor is a terminal.
func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

/// Buffered standard output. Records are rendered straight into its ``ByteWriter``; it writes
/// out in blocks of about 256 KB, and after each record when stdout is a terminal, so piped
/// output streams without a write per record.
final class OutputSink {
    private let buffer: ByteWriter
    private let interactive: Bool
    private let limit = 1 << 18

    init() {
        interactive = isTerminal(1)
        buffer = ByteWriter(capacity: limit + limit / 2)
    }

    func write(_ text: String) {
        buffer.append(utf8: text)
        if buffer.count >= limit { flush() }
    }

    func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer.append($0) }
        if buffer.count >= limit { flush() }
    }

    /// Lets `body` append a record's bytes in place (no intermediate copy).
    func render(_ body: (ByteWriter) -> Void) {
        body(buffer)
    }

    /// Ends a record: flushes on a terminal, or when the buffer is full.
    func endRecord() {
        if interactive || buffer.count >= limit { flush() }
    }

    /// Writes the buffer out. A failed write (a full disk, a closed pipe) ends the program with
    /// ``ExitStatus/ioError`` and a message, instead of tagging on with nowhere to write.
    func flush() {
        guard buffer.count > 0 else { return }
        buffer.withBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    let reason = n < 0 ? String(cString: strerror(errno)) : "nothing written"
                    StandardError.write("viner: cannot write the output: \(reason)\n")
                    exit(ExitStatus.ioError)
                }
                offset += n
            }
        }
        buffer.removeAll()
    }

    deinit { flush() }
}
