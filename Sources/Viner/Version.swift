/// The version of the viner library, `"0.2.0"`: the release tag it is built from.
///
/// Read it module-qualified:
///
/// ```swift
/// import Viner
/// print(Viner.version)   // 0.2.0
/// ```
public let version = "0.2.0"
