/// A sequence's elements transformed on several threads, delivered in input order, with
/// bounded memory: the batch engine of `viner tag --jobs`.
///
/// The input is read lazily, a batch at a time (`batchSize` elements, by default 32 per job):
/// while one batch is transformed on up to `jobs` threads, the next is read, and at most
/// three batches are held at once, however long the input. Iterating blocks the calling
/// thread while it waits; from async code use ``async`` instead.
///
/// ```swift
/// let recognizer = try EntityRecognizer()
/// let lines = text.split(separator: "\n")                      // or any lazy sequence
/// for tagged in OrderedParallelMap(lines, jobs: 4, { line in
///     (line, recognizer.recognize(line))
/// }) {
///     print(tagged.0, tagged.1.count)                          // in the order of `lines`
/// }
/// ```
///
/// ``EntityRecognizer/documents(_:referenceDate:jobs:)`` is this with
/// ``EntityRecognizer/document(_:referenceDate:)`` as the transform.
public struct OrderedParallelMap<Base: Sequence, Output: Sendable>: Sequence where Base.Element: Sendable {
    let base: Base
    let jobs: Int
    let batchSize: Int
    let transform: @Sendable (Base.Element) -> Output

    /// Transforms `base` on up to `jobs` threads.
    ///
    /// - Parameters:
    ///   - base: the inputs; read once, lazily, on the iterating thread.
    ///   - jobs: how many threads transform at once (1: everything on the iterating thread).
    ///   - batchSize: inputs per batch (default `32 × jobs`); memory holds at most three.
    ///   - transform: the work per input; called concurrently, so it must be `Sendable`.
    ///
    /// ```swift
    /// let counts = Array(OrderedParallelMap(texts, jobs: 2) { recognizer.recognize($0).count })
    /// ```
    public init(_ base: Base, jobs: Int, batchSize: Int? = nil, _ transform: @escaping @Sendable (Base.Element) -> Output) {
        precondition(jobs >= 1, "jobs must be at least 1")
        self.base = base
        self.jobs = jobs
        self.batchSize = Swift.max(1, batchSize ?? 32 * jobs)
        self.transform = transform
    }

    /// Starts reading the input.
    ///
    /// ```swift
    /// var iterator = OrderedParallelMap(["a", "b"], jobs: 2, { $0.uppercased() }).makeIterator()
    /// iterator.next()   // "A"
    /// ```
    public func makeIterator() -> Iterator {
        Iterator(base: base.makeIterator(), jobs: jobs, batchSize: batchSize, transform: transform)
    }

    /// The same work as an `AsyncSequence`: waiting for a batch suspends instead of blocking a
    /// thread.
    ///
    /// ```swift
    /// for await document in recognizer.documents(texts, jobs: 4).async {
    ///     print(document.entities.count)
    /// }
    /// ```
    public var async: AsyncOrderedParallelMap<Base, Output> {
        AsyncOrderedParallelMap(base: base, jobs: jobs, batchSize: batchSize, transform: transform)
    }

    /// Hands out the outputs in input order.
    ///
    /// ```swift
    /// var iterator = OrderedParallelMap([1, 2, 3], jobs: 2, { $0 * 10 }).makeIterator()
    /// while let value = iterator.next() { print(value) }   // 10 20 30
    /// ```
    public struct Iterator: IteratorProtocol {
        var reader: BatchReader<Base.Iterator>
        let jobs: Int
        let transform: @Sendable (Base.Element) -> Output
        var current: [Output] = []
        var position = 0
        var pending: BatchEngine.Pending<Output>?
        var started = false

        init(base: Base.Iterator, jobs: Int, batchSize: Int, transform: @escaping @Sendable (Base.Element) -> Output) {
            reader = BatchReader(base: base, batchSize: batchSize)
            self.jobs = jobs
            self.transform = transform
        }

        /// The next output, waiting for its batch when needed.
        ///
        /// ```swift
        /// iterator.next()   // the next output in input order, or nil at the end
        /// ```
        public mutating func next() -> Output? {
            if position < current.count {
                defer { position += 1 }
                return current[position]
            }
            if jobs == 1 {
                // One job: no threads, no batches; one input at a time.
                guard let input = reader.nextElement() else { return nil }
                return transform(input)
            }
            if !started {
                started = true
                pending = start(reader.nextBatch())
            }
            guard let running = pending else { return nil }
            let following = reader.nextBatch()   // read while `running` works
            current = running.wait()
            position = 0
            pending = start(following)
            return next()
        }

        private func start(_ batch: [Base.Element]) -> BatchEngine.Pending<Output>? {
            batch.isEmpty ? nil : BatchEngine.Pending(batch, jobs: jobs, transform)
        }
    }
}

/// Reads a sequence a batch at a time.
struct BatchReader<Base: IteratorProtocol> {
    var base: Base
    let batchSize: Int
    var finished = false

    mutating func nextElement() -> Base.Element? {
        guard !finished else { return nil }
        guard let element = base.next() else { finished = true; return nil }
        return element
    }

    mutating func nextBatch() -> [Base.Element] {
        var batch: [Base.Element] = []
        while batch.count < batchSize, let element = nextElement() { batch.append(element) }
        return batch
    }
}
