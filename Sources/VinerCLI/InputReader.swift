import Foundation

/// Reads input files (or standard input) as UTF-8 text.
enum InputReader {
    struct InputError: Error, CustomStringConvertible {
        let description: String
    }

    /// The whole of `path` (stdin when nil or "-"), decoded as UTF-8. Invalid UTF-8 is an error.
    static func readAll(_ path: String?) throws -> String {
        let data: Data
        if let path, path != "-" {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw InputError(description: "\(path): cannot read file")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw InputError(description: "\(path ?? "<stdin>"): not valid UTF-8")
        }
        return text
    }
}
