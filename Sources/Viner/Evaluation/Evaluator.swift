/// Scores predicted spans against gold spans exactly as the contract's "Scores" section
/// defines: per type and micro-averaged overall, strict and lenient precision/recall/F1, and
/// value accuracy of strict matches. Gold spans marked `ignore` are neither rewarded nor
/// punished: a prediction overlapping one is skipped.
///
/// ```swift
/// var evaluator = Evaluator()
/// let mistakes = evaluator.add(gold: goldSpans, predicted: entities.map(LabeledSpan.init))
/// print(evaluator.overall.strict.f1, mistakes.count)
/// ```
public struct Evaluator: Sendable {
    /// Scores per entity type (only the types seen on either side).
    public private(set) var byType: [EntityType: TypeScore] = [:]
    /// Only these types are scored when non-nil (others are dropped from both sides).
    public var types: Set<EntityType>?

    /// Creates an evaluator scoring `types` (all when nil).
    ///
    /// ```swift
    /// var evaluator = Evaluator(types: [.date, .percent])
    /// ```
    public init(types: Set<EntityType>? = nil) {
        self.types = types
    }

    /// Micro-averaged scores over every type.
    public var overall: TypeScore {
        var total = TypeScore()
        for score in byType.values { total += score }
        return total
    }

    /// What one document got wrong.
    ///
    /// ```swift
    /// for mistake in evaluator.add(gold: gold, predicted: predicted) where mistake.kind == .missed {
    ///     print(mistake.span.type, mistake.span.start, mistake.span.end)
    /// }
    /// ```
    public struct Mistake: Sendable, Hashable {
        /// What kind of mistake.
        ///
        /// ```swift
        /// mistake.kind.rawValue   // "missed", "spurious" or "wrongValue"
        /// ```
        public enum Kind: String, Sendable {
            /// A gold span no prediction matched exactly.
            case missed
            /// A prediction that matched no gold span exactly.
            case spurious
            /// An exact match whose value differs from the gold value.
            case wrongValue
        }
        /// What kind of mistake.
        public var kind: Kind
        /// The gold span (missed, wrongValue) or the prediction (spurious).
        public var span: LabeledSpan
        /// For wrongValue: the predicted value.
        public var predictedValue: String?
    }

    /// Adds one document's spans and returns its mistakes (strict mode).
    ///
    /// ```swift
    /// var evaluator = Evaluator()
    /// let gold = [LabeledSpan(start: 0, end: 14, type: .date, value: "2016-06-18")]
    /// let predicted = recognizer.recognize("Ngày 18/6/2016 …").map(LabeledSpan.init)
    /// evaluator.add(gold: gold, predicted: predicted).isEmpty   // true: no mistakes
    /// ```
    @discardableResult
    public mutating func add(gold allGold: [LabeledSpan], predicted allPredicted: [LabeledSpan]) -> [Mistake] {
        let inScope: (LabeledSpan) -> Bool = { [types] in types?.contains($0.type) ?? true }
        let ignored = allGold.filter { $0.ignore }
        let gold = allGold.filter { !$0.ignore && inScope($0) }
        let predicted = allPredicted.filter { p in inScope(p) && !ignored.contains { $0.overlaps(p) } }
        var mistakes: [Mistake] = []

        for type in Set(gold.map(\.type)).union(predicted.map(\.type)) {
            let g = gold.filter { $0.type == type }
            let p = predicted.filter { $0.type == type }
            var score = TypeScore()

            // Strict: exact span.
            var goldMatched = [Bool](repeating: false, count: g.count)
            for prediction in p {
                if let i = g.indices.first(where: { !goldMatched[$0] && g[$0].start == prediction.start && g[$0].end == prediction.end }) {
                    goldMatched[i] = true
                    score.strict.truePositives += 1
                    if let goldValue = g[i].value {
                        score.valuesCompared += 1
                        if prediction.value == goldValue {
                            score.valuesCorrect += 1
                        } else {
                            mistakes.append(Mistake(kind: .wrongValue, span: g[i], predictedValue: prediction.value))
                        }
                    }
                } else {
                    score.strict.falsePositives += 1
                    mistakes.append(Mistake(kind: .spurious, span: prediction))
                }
            }
            for (i, matched) in goldMatched.enumerated() where !matched {
                score.strict.falseNegatives += 1
                mistakes.append(Mistake(kind: .missed, span: g[i]))
            }

            // Lenient: overlap, each side matched once (exact matches first, then by position).
            var leniencyGold = [Bool](repeating: false, count: g.count)
            var leniencyPred = [Bool](repeating: false, count: p.count)
            for (j, prediction) in p.enumerated() {
                if let i = g.indices.first(where: { !leniencyGold[$0] && g[$0].start == prediction.start && g[$0].end == prediction.end }) {
                    leniencyGold[i] = true
                    leniencyPred[j] = true
                }
            }
            for (j, prediction) in p.enumerated() where !leniencyPred[j] {
                if let i = g.indices.first(where: { !leniencyGold[$0] && g[$0].overlaps(prediction) }) {
                    leniencyGold[i] = true
                    leniencyPred[j] = true
                }
            }
            score.lenient.truePositives = leniencyPred.filter { $0 }.count
            score.lenient.falsePositives = p.count - score.lenient.truePositives
            score.lenient.falseNegatives = g.count - score.lenient.truePositives

            byType[type, default: TypeScore()] += score
        }
        return mistakes.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }
}
