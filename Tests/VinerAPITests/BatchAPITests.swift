import Synchronization
import Testing
import Viner

@Suite struct BatchAPITests {
    static let recognizer = try! EntityRecognizer()

    @Test(arguments: [1, 2, 3, 8])
    func outputsKeepInputOrder(jobs: Int) {
        let inputs = Array(0..<1_000)
        let outputs = Array(OrderedParallelMap(inputs, jobs: jobs, batchSize: 7) { $0 * 2 })
        #expect(outputs == inputs.map { $0 * 2 })
    }

    @Test func emptyInputGivesNothing() async {
        #expect(Array(OrderedParallelMap([Int](), jobs: 4) { $0 }).isEmpty)
        var count = 0
        for await _ in OrderedParallelMap([Int](), jobs: 4, { $0 }).async { count += 1 }
        #expect(count == 0)
    }

    /// The input is read lazily: before the first output only two batches have been pulled.
    @Test func inputIsReadABatchAheadOnly() {
        let pulled = Atomic<Int>(0)
        let inputs = (0..<10_000).lazy.map { i -> Int in pulled.add(1, ordering: .relaxed); return i }
        var iterator = OrderedParallelMap(inputs, jobs: 2, batchSize: 10) { $0 }.makeIterator()
        #expect(iterator.next() == 0)
        #expect(pulled.load(ordering: .relaxed) <= 20)
        for expected in 1..<25 { #expect(iterator.next() == expected) }
        #expect(pulled.load(ordering: .relaxed) <= 40)
    }

    /// Work really runs on several threads at once when jobs > 1: each call waits (up to a
    /// second, the machine may be busy) for a second call to be running beside it.
    @Test func transformRunsConcurrently() {
        let running = Atomic<Int>(0)
        let overlapped = Atomic<Bool>(false)
        let outputs = Array(OrderedParallelMap(Array(0..<8), jobs: 4, batchSize: 8) { i -> Int in
            let now = running.add(1, ordering: .relaxed).newValue
            if now >= 2 { overlapped.store(true, ordering: .relaxed) }
            let deadline = ContinuousClock.now + .seconds(1)
            while !overlapped.load(ordering: .relaxed), ContinuousClock.now < deadline {}
            running.subtract(1, ordering: .relaxed)
            return i
        })
        let didOverlap = overlapped.load(ordering: .relaxed)
        #expect(outputs == Array(0..<8))
        #expect(didOverlap)
    }

    /// With one job everything runs on the calling thread, one input at a time.
    @Test func oneJobRunsInline() {
        let running = Atomic<Int>(0)
        let overlapped = Atomic<Bool>(false)
        let outputs = Array(OrderedParallelMap(Array(0..<20), jobs: 1) { i -> Int in
            if running.add(1, ordering: .relaxed).newValue > 1 { overlapped.store(true, ordering: .relaxed) }
            running.subtract(1, ordering: .relaxed)
            return i
        })
        let didOverlap = overlapped.load(ordering: .relaxed)
        #expect(outputs == Array(0..<20))
        #expect(!didOverlap)
    }

    /// Ids and per-document reference dates: a custom transform.
    @Test func customTransformCarriesIdsAndDates() throws {
        struct Item: Sendable { var id: String; var text: String; var date: CalendarDate? }
        let items = [Item(id: "a", text: "Hôm qua họp.", date: try CalendarDate(year: 2024, month: 3, day: 1)),
                     Item(id: "b", text: "Hôm qua họp.", date: nil)]
        let recognizer = Self.recognizer
        let tagged = Array(OrderedParallelMap(items, jobs: 2) { item in
            (item.id, recognizer.document(item.text, referenceDate: item.date))
        })
        #expect(tagged.map(\.0) == ["a", "b"])
        #expect(tagged[0].1.entities.first?.dateValue?.iso == "2024-02-29")
        #expect(tagged[1].1.entities.first?.dateValue == nil)
    }

    @Test func documentsEqualOneByOneRecognition() {
        let texts = ["Ngày 18/6/2016 họp.", "UBND tỉnh Lai Châu", "", "Đạt 83,7%."]
        let batch = Array(Self.recognizer.documents(texts, jobs: 3))
        #expect(batch == texts.map { Self.recognizer.document($0) })
        let substrings = "a 5%\nb 6%".split(separator: "\n")
        #expect(Array(Self.recognizer.documents(substrings, jobs: 2)).map { $0.entities.map(\.text) } == [["5%"], ["6%"]])
    }

    @MainActor @Test func asyncFromTheMainActor() async {
        var texts: [String] = []
        for await document in Self.recognizer.documents(["Đạt 5%.", "Đạt 6%."], jobs: 2).async {
            texts.append(document.text)
        }
        #expect(texts == ["Đạt 5%.", "Đạt 6%."])
    }

    @Test func stoppingEarlyIsFine() {
        var seen = 0
        for value in OrderedParallelMap(0..<100_000, jobs: 4, batchSize: 100, { $0 }) {
            seen += 1
            if value == 150 { break }
        }
        #expect(seen == 151)
    }
}
