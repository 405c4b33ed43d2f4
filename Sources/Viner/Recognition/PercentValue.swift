/// The value of a PERCENT entity, in percent units (`83,7%` → 83.7).
///
/// ```swift
/// switch entity.percentValue {
/// case .value(let v)?: print(v)            // 83.7
/// case .range(let a, let b)?: print(a, b)  // 10 15
/// case nil: break
/// }
/// ```
public enum PercentValue: Sendable, Hashable, CustomStringConvertible {
    /// One number.
    case value(Double)
    /// A range such as `10-15%`.
    case range(Double, Double)

    /// The JSON rendering: `83.7` or `[10, 15]`.
    public var description: String {
        switch self {
        case .value(let v): PercentValue.render(v)
        case .range(let a, let b): "[\(PercentValue.render(a)), \(PercentValue.render(b))]"
        }
    }

    /// Shortest JSON number for `v`: integers without `.0`.
    static func render(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }
}
