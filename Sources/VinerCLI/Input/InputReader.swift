#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@_spi(CLI) import Viner

/// Reads whole inputs (a file, or stdin for nil / "-") as checked UTF-8 text.
enum InputReader {
    /// The whole of `path` as text. Invalid UTF-8 or a binary file is a ``CLIError`` naming
    /// the file, line and byte offset.
    static func readAll(_ path: String?) throws -> String {
        let reader = try ByteLineReader(path: path)
        let bytes = try reader.readAll()
        return try TextDecoding.decode(bytes, source: SourcePosition(file: path ?? "-", line: nil, lineOffset: 0), lossy: false)
    }

    /// The whole of `path` as raw bytes (for legacy 8-bit encodings).
    static func readBytes(_ path: String?) throws -> [UInt8] {
        try ByteLineReader(path: path).readAll()
    }
}

/// Where a piece of input came from, for error messages.
struct SourcePosition {
    var file: String
    /// 1-based line number, when the input is read line by line.
    var line: Int?
    /// Byte offset in the file where the piece starts.
    var lineOffset: Int

    var displayFile: String { file == "-" ? "<stdin>" : file }

    func describe(byteOffset: Int? = nil) -> String {
        var text = displayFile
        if let line { text += ":\(line)" }
        if let byteOffset { text += " (byte offset \(lineOffset + byteOffset))" }
        return text
    }
}

/// Bytes → String with the checks every input goes through.
enum TextDecoding {
    /// Decodes UTF-8. A NUL byte means a binary file; ill-formed UTF-8 is an error unless
    /// `lossy`, which replaces it with U+FFFD and warns on stderr.
    static func decode(_ bytes: [UInt8], source: SourcePosition, lossy: Bool) throws(CLIError) -> String {
        if let nul = firstNUL(in: bytes) {
            throw CLIError(message: "\(source.describe(byteOffset: nul)): binary data (NUL byte); viner reads text", exitCode: ExitStatus.dataError)
        }
        // One validating pass in the common case; the offset of a bad byte only on failure.
        if let text = validString(bytes) { return text }
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            if lossy {
                StandardError.write("viner: warning: \(source.describe(byteOffset: bad)): invalid UTF-8 replaced with U+FFFD\n")
                return String(decoding: bytes, as: UTF8.self)
            }
            throw CLIError(message: "\(source.describe(byteOffset: bad)): invalid UTF-8 (use --lossy to replace it, or --encoding tcvn3|vni|viqr|auto for legacy text)", exitCode: ExitStatus.dataError)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `bytes` as a String when they are well-formed UTF-8 (one validating copy), else nil.
    static func validString(_ bytes: [UInt8]) -> String? {
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
            return String(validating: bytes, as: UTF8.self)
        }
        return UTF8Validation.firstInvalidOffset(in: bytes) == nil ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// `bytes` as a String when they hold no NUL byte and are well-formed UTF-8, else nil.
    /// One pass to find the end (strlen) and one validating copy, through the non-generic
    /// C-string initializer; `bytes` gets a NUL appended and removed again.
    static func validStringWithoutNUL(_ bytes: inout [UInt8]) -> String? {
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
            let length = bytes.count
            bytes.append(0)
            defer { bytes.removeLast() }
            let text = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { String(validatingCString: $0) }
            }
            guard let text, text.utf8.count == length else { return nil }   // shorter: a NUL inside
            return text
        }
        return firstNUL(in: bytes) == nil ? validString(bytes) : nil
    }

    /// The offset of the first NUL byte (the mark of binary data), or nil.
    static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty,
                  let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
