import Dispatch

/// The ordered parallel engine behind ``OrderedParallelMap`` and `viner tag --jobs`: a batch of
/// inputs is transformed on up to `jobs` threads and the outputs come back in input order.
/// While one batch runs on worker threads the caller reads the next one, so reading and
/// recognising overlap; at most three batches are alive at once.
///
/// Not API: the command-line tool uses it (`@_spi(CLI) import Viner`).
@_spi(CLI)
public enum BatchEngine {
    /// `transform` applied to every item on up to `jobs` threads; outputs in input order.
    ///
    /// ```swift
    /// let lengths = BatchEngine.map(["a", "bb"], jobs: 2) { $0.count }   // [1, 2]
    /// ```
    public static func map<Input: Sendable, Output: Sendable>(_ items: [Input], jobs: Int,
                                                              _ transform: @Sendable (Input) -> Output) -> [Output] {
        if jobs <= 1 || items.count <= 1 { return items.map(transform) }
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer   // each index is written by exactly one worker
            let workers = min(jobs, items.count)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: items.count, by: workers) {
                    out[index] = transform(items[index])
                }
            }
        }
        return results.map { $0! }
    }

    /// A batch being transformed on worker threads, started on creation.
    ///
    /// ```swift
    /// let pending = BatchEngine.Pending(batch, jobs: 4) { recognizer.document($0) }
    /// // … read the next batch …
    /// let documents = pending.wait()
    /// ```
    public final class Pending<Output: Sendable>: @unchecked Sendable {
        private let group = DispatchGroup()
        private var outputs: [Output] = []   // written by the worker, read after the group finishes

        /// Starts transforming `items` on up to `jobs` threads.
        public init<Input: Sendable>(_ items: [Input], jobs: Int, _ transform: @escaping @Sendable (Input) -> Output) {
            DispatchQueue.global().async(group: group) { [self] in
                outputs = BatchEngine.map(items, jobs: jobs, transform)
            }
        }

        /// Blocks until the batch is done and returns its outputs in input order.
        public func wait() -> [Output] {
            group.wait()
            return outputs
        }

        /// Suspends (without blocking a thread) until the batch is done.
        public func value() async -> [Output] {
            await withCheckedContinuation { (continuation: CheckedContinuation<[Output], Never>) in
                group.notify(queue: .global()) { [self] in continuation.resume(returning: outputs) }
            }
        }
    }
}
