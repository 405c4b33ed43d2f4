import Testing
import Viner

@Suite struct EvaluatorTests {
    private func span(_ s: Int, _ e: Int, _ type: String, _ value: String? = nil, ignore: Bool = false) -> LabeledSpan {
        LabeledSpan(start: s, end: e, type: type, value: value, ignore: ignore)
    }

    @Test func exactMatchesCountStrictAndLenient() {
        var evaluator = Evaluator()
        let mistakes = evaluator.add(gold: [span(0, 5, "DATE", "2016"), span(10, 20, "AGENCY")],
                                     predicted: [span(0, 5, "DATE", "2016"), span(10, 20, "AGENCY")])
        #expect(mistakes.isEmpty)
        #expect(evaluator.overall.strict.f1 == 1)
        #expect(evaluator.overall.lenient.f1 == 1)
        #expect(evaluator.byType["DATE"]?.valueAccuracy == 1)
    }

    @Test func overlapIsLenientOnlyAndEachSideMatchesOnce() {
        var evaluator = Evaluator()
        // Two predictions overlap one gold span: only one may match it.
        let mistakes = evaluator.add(gold: [span(0, 10, "AGENCY")], predicted: [span(0, 4, "AGENCY"), span(5, 10, "AGENCY")])
        let agency = evaluator.byType["AGENCY"]!
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
        evaluator.add(gold: [span(0, 5, "LOCATION")], predicted: [span(0, 5, "AGENCY")])
        #expect(evaluator.overall.strict.truePositives == 0)
        #expect(evaluator.overall.lenient.truePositives == 0)
        #expect(evaluator.byType["LOCATION"]?.strict.falseNegatives == 1)
        #expect(evaluator.byType["AGENCY"]?.strict.falsePositives == 1)
    }

    @Test func ignoredGoldNeitherRewardsNorPunishes() {
        var evaluator = Evaluator()
        evaluator.add(gold: [span(0, 7, "DATE", ignore: true), span(20, 25, "PERCENT", "95")],
                      predicted: [span(0, 3, "DATE"), span(2, 9, "AGENCY"), span(20, 25, "PERCENT", "95")])
        #expect(evaluator.byType["DATE"] == nil)
        #expect(evaluator.byType["AGENCY"] == nil)
        #expect(evaluator.overall.strict.truePositives == 1)
        #expect(evaluator.overall.strict.falsePositives == 0)
        #expect(evaluator.overall.strict.falseNegatives == 0)
    }

    @Test func valueAccuracyCountsOnlyStrictMatchesWithGoldValues() {
        var evaluator = Evaluator()
        let mistakes = evaluator.add(gold: [span(0, 5, "PERCENT", "83.7"), span(10, 14, "PERCENT", "[10, 15]"), span(20, 22, "PERCENT", "5")],
                                     predicted: [span(0, 5, "PERCENT", "83.7"), span(10, 14, "PERCENT", "15"), span(20, 23, "PERCENT", "5")])
        let percent = evaluator.byType["PERCENT"]!
        #expect(percent.valuesCompared == 2)
        #expect(percent.valuesCorrect == 1)
        #expect(mistakes.contains { $0.kind == .wrongValue && $0.predictedValue == "15" })
    }

    @Test func typeFilterDropsOtherTypesFromBothSides() {
        var evaluator = Evaluator(types: ["DATE"])
        evaluator.add(gold: [span(0, 5, "DATE"), span(6, 9, "TITLE")], predicted: [span(0, 5, "DATE"), span(10, 12, "PERSON")])
        #expect(evaluator.byType.keys.sorted() == ["DATE"])
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
