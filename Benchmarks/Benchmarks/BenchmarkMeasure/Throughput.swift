import Benchmark
import BenchmarkSupport

/// Megabytes of input per second of wall-clock time.
public let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

/// Megabytes of input per second of the benchmark thread's CPU time: a busy machine disturbs
/// it far less than wall-clock time, so ratios between benchmarks are read from this column.
public let megabytesPerCPUSecond = BenchmarkMetric.custom("MB/s (CPU)", polarity: .prefersLarger, useScalingFactor: false)

/// The metrics every suite records: wall clock, throughput, mallocs and both MB/s columns.
public let throughputMetrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, megabytesPerSecond, megabytesPerCPUSecond]

/// The suites' default configuration: ``throughputMetrics`` in milliseconds, unscaled, with the
/// given warm-up and limits.
public func throughputConfiguration(warmupIterations: Int = 3, maxDuration: Duration = .seconds(3),
                                    maxIterations: Int = 200) -> Benchmark.Configuration {
    .init(metrics: throughputMetrics, timeUnits: .milliseconds, warmupIterations: warmupIterations,
          scalingFactor: .one, maxDuration: maxDuration, maxIterations: maxIterations)
}

/// Runs `body` once per scaled iteration of `benchmark`, then records ``megabytesPerSecond``
/// and ``megabytesPerCPUSecond`` for `byteCount` input bytes per iteration. The recording
/// happens after `stopMeasurement()`, outside the measured region (and its malloc count).
///
/// ```swift
/// Benchmark("Tokenizer.forEachToken") { benchmark in
///     measureThroughput(benchmark, bytes: corpus.count) { tokenize(corpus) }
/// }
/// ```
@inline(__always)
public func measureThroughput(_ benchmark: Benchmark, bytes byteCount: Int, _ body: () -> Int) {
    let clock = ContinuousClock()
    let start = clock.now
    let cpuStart = threadCPUSeconds()
    var sink = 0
    for _ in benchmark.scaledIterations { sink &+= body() }
    let cpuSeconds = threadCPUSeconds() - cpuStart
    let elapsed = start.duration(to: clock.now)
    benchmark.stopMeasurement()
    blackHole(sink)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let megabytes = Double(byteCount) / 1_000_000 * Double(benchmark.scaledIterations.count)
    benchmark.measurement(megabytesPerSecond, Int((megabytes / max(seconds, 1e-9)).rounded()))
    benchmark.measurement(megabytesPerCPUSecond, Int((megabytes / max(cpuSeconds, 1e-9)).rounded()))
}
