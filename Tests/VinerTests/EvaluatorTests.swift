import Testing
@_spi(CLI) import Viner

@Suite struct EvaluatorTests {
    private func span(_ s: Int, _ e: Int, _ type: EntityType, _ value: String? = nil, ignore: Bool = false) -> LabeledSpan {
        LabeledSpan(start: s, end: e, type: type, value: value, ignore: ignore)
    }

    @Test func exactMatchesCountStrictAndLenient() {
        var evaluator = Evaluator()
        let mistakes = evaluator.add(gold: [span(0, 5, .date, "2016"), span(10, 20, .agency)],
                                     predicted: [span(0, 5, .date, "2016"), span(10, 20, .agency)])
        #expect(mistakes.isEmpty)
        #expect(evaluator.overall.strict.f1 == 1)
        #expect(evaluator.overall.lenient.f1 == 1)
        #expect(evaluator.byType[.date]?.valueAccuracy == 1)
    }

    @Test func overlapIsLenientOnlyAndEachSideMatchesOnce() {
        var evaluator = Evaluator()
        // Two predictions overlap one gold span: only one may match it.
        let mistakes = evaluator.add(gold: [span(0, 10, .agency)], predicted: [span(0, 4, .agency), span(5, 10, .agency)])
        let agency = evaluator.byType[.agency]!
        #expect(agency.strict.truePositives == 0)
        #expect(agency.strict.falsePositives == 2)
        #expect(agency.strict.falseNegatives == 1)
        #expect(agency.lenient.truePositives == 1)
        #expect(agency.lenient.falsePositives == 1)
        #expect(agency.lenient.falseNegatives == 0)
        #expect(mistakes.map(\.kind) == [.spurious, .missed, .spurious])   // sorted by position
    }

    @Test func typeMustMatch() {
        var evaluator = Evaluator()
        evaluator.add(gold: [span(0, 5, .location)], predicted: [span(0, 5, .agency)])
        #expect(evaluator.overall.strict.truePositives == 0)
        #expect(evaluator.overall.lenient.truePositives == 0)
        #expect(evaluator.byType[.location]?.strict.falseNegatives == 1)
        #expect(evaluator.byType[.agency]?.strict.falsePositives == 1)
    }

    @Test func ignoredGoldNeitherRewardsNorPunishes() {
        var evaluator = Evaluator()
        evaluator.add(gold: [span(0, 7, .date, ignore: true), span(20, 25, .percent, "95")],
                      predicted: [span(0, 3, .date), span(2, 9, .agency), span(20, 25, .percent, "95")])
        #expect(evaluator.byType[.date] == nil)
        #expect(evaluator.byType[.agency] == nil)
        #expect(evaluator.overall.strict.truePositives == 1)
        #expect(evaluator.overall.strict.falsePositives == 0)
        #expect(evaluator.overall.strict.falseNegatives == 0)
    }

    @Test func valueAccuracyCountsOnlyStrictMatchesWithGoldValues() {
        var evaluator = Evaluator()
        let mistakes = evaluator.add(gold: [span(0, 5, .percent, "83.7"), span(10, 14, .percent, "[10, 15]"), span(20, 22, .percent, "5")],
                                     predicted: [span(0, 5, .percent, "83.7"), span(10, 14, .percent, "15"), span(20, 23, .percent, "5")])
        let percent = evaluator.byType[.percent]!
        #expect(percent.valuesCompared == 2)
        #expect(percent.valuesCorrect == 1)
        #expect(mistakes.contains { $0.kind == .wrongValue && $0.predictedValue == "15" })
    }

    @Test func typeFilterDropsOtherTypesFromBothSides() {
        var evaluator = Evaluator(types: [.date])
        evaluator.add(gold: [span(0, 5, .date), span(6, 9, .title)], predicted: [span(0, 5, .date), span(10, 12, .person)])
        #expect(Array(evaluator.byType.keys) == [.date])
        #expect(evaluator.overall.strict.precision == 1)
    }

    @Test func canonicalNumbersMatchGoldJSON() {
        #expect(LabeledSpan.canonicalNumber(95) == "95")
        #expect(LabeledSpan.canonicalNumber(83.7) == "83.7")
        #expect(LabeledSpan.canonicalValue(.percent(.range(10, 15))) == "[10, 15]")
        #expect(LabeledSpan.canonicalValue(.percent(.value(-11))) == "-11")
    }

    @Test func emptyScoresAreZeroNotNaN() {
        let evaluator = Evaluator()
        #expect(evaluator.overall.strict.f1 == 0)
        #expect(evaluator.overall.valueAccuracy == nil)
    }
}
