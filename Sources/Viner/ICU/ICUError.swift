import CICU

/// An error reported by the system ICU library.
///
/// ```swift
/// do {
///     let tokenizer = try Tokenizer()
/// } catch {
///     print(error.name, error.operation)   // only when ICU itself fails
/// }
/// ```
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ICU's numeric `UErrorCode`.
    public let code: Int32
    /// What viner was doing when ICU failed.
    public let operation: String

    /// Creates an error from an ICU status code.
    ///
    /// ```swift
    /// ICUError(code: 1, operation: "ubrk_open").name   // "U_ILLEGAL_ARGUMENT_ERROR"
    /// ```
    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's name for the code, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public var name: String { String(cString: cicu_error_name(code)) }

    public var description: String { "ICU error \(name) (\(code)) in \(operation)" }

    /// Throws when `status` is an ICU failure; warnings (negative codes) count as success.
    @inline(__always)
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(code: status, operation: operation()) }
    }
}

/// Facts about the ICU library viner is linked against.
///
/// ```swift
/// print(ICU.version)   // "72.1"
/// ```
public enum ICU {
    /// The ICU version string, e.g. `"72.1"`.
    public static var version: String { String(cString: cicu_version()) }
}
