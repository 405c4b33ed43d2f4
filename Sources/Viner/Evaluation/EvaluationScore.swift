/// Precision, recall and F1 from true-positive, false-positive and false-negative counts.
///
/// ```swift
/// var evaluator = Evaluator()
/// evaluator.add(gold: gold, predicted: predicted)
/// let strict: PRF = evaluator.overall.strict
/// print(strict.precision, strict.recall, strict.f1)
/// ```
public struct PRF: Sendable, Hashable {
    /// Predictions that matched a gold span.
    public var truePositives = 0
    /// Predictions that matched nothing.
    public var falsePositives = 0
    /// Gold spans no prediction matched.
    public var falseNegatives = 0

    /// Creates empty counts.
    ///
    /// ```swift
    /// var counts = PRF()
    /// counts.truePositives = 8
    /// counts.falsePositives = 2
    /// counts.precision   // 0.8
    /// ```
    public init() {}

    /// TP / (TP + FP); 0 when nothing was predicted.
    public var precision: Double {
        let d = truePositives + falsePositives
        return d == 0 ? 0 : Double(truePositives) / Double(d)
    }

    /// TP / (TP + FN); 0 when there is no gold span.
    public var recall: Double {
        let d = truePositives + falseNegatives
        return d == 0 ? 0 : Double(truePositives) / Double(d)
    }

    /// The harmonic mean of precision and recall.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func += (a: inout PRF, b: PRF) {
        a.truePositives += b.truePositives
        a.falsePositives += b.falsePositives
        a.falseNegatives += b.falseNegatives
    }
}

/// The scores of one entity type (or of all types together).
///
/// ```swift
/// let dates: TypeScore? = evaluator.byType[.date]
/// dates?.valueAccuracy   // 1.0 when every DATE value matched
/// ```
public struct TypeScore: Sendable, Hashable {
    /// Same type and exactly the same span.
    public var strict = PRF()
    /// Same type and overlapping spans, each gold and predicted span matched once.
    public var lenient = PRF()
    /// Strict matches whose gold span carries a value.
    public var valuesCompared = 0
    /// Of those, how many predictions carry exactly the gold value.
    public var valuesCorrect = 0

    /// Creates empty scores.
    ///
    /// ```swift
    /// var score = TypeScore()
    /// score.valuesCompared = 4
    /// score.valuesCorrect = 3
    /// score.valueAccuracy   // 0.75
    /// ```
    public init() {}

    /// valuesCorrect / valuesCompared, or nil when no value was compared.
    public var valueAccuracy: Double? {
        valuesCompared == 0 ? nil : Double(valuesCorrect) / Double(valuesCompared)
    }

    static func += (a: inout TypeScore, b: TypeScore) {
        a.strict += b.strict
        a.lenient += b.lenient
        a.valuesCompared += b.valuesCompared
        a.valuesCorrect += b.valuesCorrect
    }
}
