import ArgumentParser

/// The exit codes of `viner` (documented in the README), following sysexits.h.
enum ExitStatus {
    /// Success.
    static let ok: Int32 = 0
    /// Bad command-line usage (swift-argument-parser's own code).
    static let usage: Int32 = 64
    /// Input data is bad: invalid UTF-8, a binary file, a JSONL line that is not a JSON object
    /// with a `text` string.
    static let dataError: Int32 = 65
    /// An input file is missing or unreadable.
    static let noInput: Int32 = 66
    /// Writing the output failed.
    static let ioError: Int32 = 74
}

/// An error the user should see as one clear line, with the exit code it ends with.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    let exitCode: Int32

    var description: String { message }

    /// Prints `viner: message` to stderr and turns the error into an ArgumentParser exit.
    func exit() -> ExitCode {
        StandardError.write("viner: \(message)\n")
        return ExitCode(exitCode)
    }
}

/// Writes to standard error, unbuffered.
enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            _ = fwriteStderr(bytes)
        }
    }
}
