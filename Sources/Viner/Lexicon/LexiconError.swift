/// A problem in a lexicon file, with the file name and line it was found on.
///
/// ```swift
/// do { _ = try Lexicon.builtIn.adding(tsv: "Sở X\tbogus", fileName: "mine.tsv") }
/// catch { print(error) }   // mine.tsv:1: unknown kind "bogus"
/// ```
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name given when the text was loaded.
    public var fileName: String
    /// The 1-based line number.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    ///
    /// ```swift
    /// LexiconError(fileName: "mine.tsv", line: 3, message: "unknown kind").description
    /// // "mine.tsv:3: unknown kind"
    /// ```
    public init(fileName: String, line: Int, message: String) {
        self.fileName = fileName
        self.line = line
        self.message = message
    }

    /// `file:line: message`, as compilers write it.
    public var description: String { "\(fileName):\(line): \(message)" }
}
