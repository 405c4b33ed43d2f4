/// ``OrderedParallelMap`` as an `AsyncSequence`: the same engine and the same order and memory
/// bounds, but waiting for a batch suspends the task instead of blocking its thread.
///
/// ```swift
/// let recognizer = try EntityRecognizer()
/// var count = 0
/// for await document in recognizer.documents(articles, jobs: 4).async {
///     count += document.entities.count                 // articles' order
/// }
/// ```
public struct AsyncOrderedParallelMap<Base: Sequence, Output: Sendable>: AsyncSequence where Base.Element: Sendable {
    /// One output per input.
    ///
    /// ```swift
    /// for await document in recognizer.documents(texts, jobs: 2).async {
    ///     let _: RecognizedDocument = document   // Element
    /// }
    /// ```
    public typealias Element = Output
    /// It never throws.
    ///
    /// ```swift
    /// for await x in OrderedParallelMap([1, 2], jobs: 2, { $0 }).async { print(x) }   // no `try`
    /// ```
    public typealias Failure = Never

    let base: Base
    let jobs: Int
    let batchSize: Int
    let transform: @Sendable (Base.Element) -> Output

    /// Starts reading the input.
    ///
    /// ```swift
    /// var iterator = recognizer.documents(texts, jobs: 2).async.makeAsyncIterator()
    /// let first = await iterator.next()
    /// ```
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(reader: BatchReader(base: base.makeIterator(), batchSize: batchSize), jobs: jobs, transform: transform)
    }

    /// Hands out the outputs in input order.
    ///
    /// ```swift
    /// var iterator = OrderedParallelMap([1, 2, 3], jobs: 2, { $0 * 10 }).async.makeAsyncIterator()
    /// await iterator.next()   // 10
    /// ```
    public struct AsyncIterator: AsyncIteratorProtocol {
        var reader: BatchReader<Base.Iterator>
        let jobs: Int
        let transform: @Sendable (Base.Element) -> Output
        var current: [Output] = []
        var position = 0
        var pending: BatchEngine.Pending<Output>?
        var started = false

        init(reader: BatchReader<Base.Iterator>, jobs: Int, transform: @escaping @Sendable (Base.Element) -> Output) {
            self.reader = reader
            self.jobs = jobs
            self.transform = transform
        }

        /// The next output, suspending until its batch is done.
        ///
        /// ```swift
        /// await iterator.next()   // the next output in input order, or nil at the end
        /// ```
        public mutating func next() async -> Output? {
            while position >= current.count {
                if !started {
                    started = true
                    pending = start(reader.nextBatch())
                }
                guard let running = pending else { return nil }
                let following = reader.nextBatch()   // read while `running` works
                current = await running.value()
                position = 0
                pending = start(following)
            }
            defer { position += 1 }
            return current[position]
        }

        private func start(_ batch: [Base.Element]) -> BatchEngine.Pending<Output>? {
            batch.isEmpty ? nil : BatchEngine.Pending(batch, jobs: jobs, transform)
        }
    }
}
