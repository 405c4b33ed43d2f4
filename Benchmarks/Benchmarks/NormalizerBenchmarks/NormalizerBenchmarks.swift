import Benchmark
import Viner

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.metrics = [.wallClock, .throughput, .mallocCountTotal]
}
