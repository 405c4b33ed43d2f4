#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in fixed-size chunks and yields lines (without the `\n` and a
/// trailing `\r`), so memory stays bounded by the longest line, not the file.
final class ByteLineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var chunk: [UInt8]
    private var chunkStart = 0
    private var chunkEnd = 0
    private var atEOF = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// Byte offset in the stream where the line last returned starts.
    private(set) var lineOffset = 0
    private var nextOffset = 0
    /// Bytes read so far.
    private(set) var bytesRead = 0

    /// Opens `path` ("-" or nil for stdin). Throws a CLIError naming the file.
    init(path: String?) throws(CLIError) {
        if let path, path != "-" {
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                let reason = String(cString: strerror(errno))
                throw CLIError(message: "\(path): cannot open: \(reason)", exitCode: ExitStatus.noInput)
            }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw CLIError(message: "\(path): is a directory", exitCode: ExitStatus.noInput)
            }
            fd = opened
            ownsDescriptor = true
        } else {
            fd = 0
            ownsDescriptor = false
        }
        chunk = [UInt8](repeating: 0, count: 1 << 20)
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// The file's size when it is a regular file, for progress reports.
    var fileSize: Int? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    private func fill() throws(CLIError) {
        if chunkStart > 0 {
            let remaining = chunkEnd - chunkStart
            if remaining > 0 {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    _ = memmove(buffer.baseAddress!, buffer.baseAddress! + chunkStart, remaining)
                }
            }
            chunkEnd = remaining
            chunkStart = 0
        }
        if chunkEnd == chunk.count { chunk.append(contentsOf: [UInt8](repeating: 0, count: chunk.count)) }
        let n = chunk.withUnsafeMutableBufferPointer { buffer in
            read(fd, buffer.baseAddress! + chunkEnd, buffer.count - chunkEnd)
        }
        if n < 0 {
            throw CLIError(message: "read failed: \(String(cString: strerror(errno)))", exitCode: ExitStatus.noInput)
        }
        if n == 0 { atEOF = true }
        chunkEnd += n
        bytesRead += n
    }

    /// The next line, or nil at the end of input.
    func nextLine() throws(CLIError) -> [UInt8]? {
        var line: [UInt8] = []
        return try appendNextLine(to: &line) ? line : nil
    }

    /// Appends the next line to `line` (one copy, straight from the read buffer); false at the
    /// end of input.
    func appendNextLine(to line: inout [UInt8]) throws(CLIError) -> Bool {
        var searchFrom = chunkStart
        while true {
            if let newline = firstNewline(from: searchFrom) {
                appendLine(chunkStart..<newline, consumed: newline + 1 - chunkStart, to: &line)
                return true
            }
            if atEOF {
                guard chunkStart < chunkEnd else { return false }
                appendLine(chunkStart..<chunkEnd, consumed: chunkEnd - chunkStart, to: &line)
                return true
            }
            searchFrom = chunkEnd - chunkStart
            try fill()
            searchFrom = chunkStart + searchFrom
        }
    }

    /// The index of the first `\n` in `chunk[from..<chunkEnd]`.
    private func firstNewline(from: Int) -> Int? {
        guard from < chunkEnd else { return nil }
        return chunk.withUnsafeBufferPointer { buffer in
            guard let found = memchr(buffer.baseAddress! + from, 0x0A, chunkEnd - from) else { return nil }
            return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Appends `range` of the chunk without a trailing `\r`, and moves past `consumed` bytes.
    private func appendLine(_ range: Range<Int>, consumed: Int, to line: inout [UInt8]) {
        var end = range.upperBound
        if end > range.lowerBound, chunk[end - 1] == 0x0D { end -= 1 }
        chunk.withUnsafeBufferPointer { buffer in
            line.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range.lowerBound..<end]))
        }
        lineNumber += 1
        lineOffset = nextOffset
        nextOffset += consumed
        chunkStart += consumed
    }

    /// The rest of the input in one array.
    func readAll() throws(CLIError) -> [UInt8] {
        var all: [UInt8] = []
        if let size = fileSize { all.reserveCapacity(size) }
        while true {
            if chunkStart < chunkEnd {
                all.append(contentsOf: chunk[chunkStart..<chunkEnd])
                chunkStart = chunkEnd
            }
            if atEOF { return all }
            try fill()
        }
    }
}
