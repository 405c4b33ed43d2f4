// swift-tools-version: 6.1
// Benchmarks live in their own package so library users do not inherit ordo-one/benchmark.
// Run from this folder:  swift package --disable-sandbox benchmark
import Foundation
import PackageDescription

// The parent package's identity is its folder name (`main`, `viner`, …, whatever the clone is called).
let vinerPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "viner-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Shared by every suite: the benchmark corpus (generated, or the user's file).
        .target(
            name: "BenchmarkSupport",
            path: "Benchmarks/BenchmarkSupport"
        ),
        // Shared by every suite: the MB/s and MB/s (CPU) metrics and the loop that records them.
        .target(
            name: "BenchmarkMeasure",
            dependencies: ["BenchmarkSupport", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/BenchmarkMeasure"
        ),
        .executableTarget(
            name: "TokenizerBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                "BenchmarkMeasure",
                .product(name: "Viner", package: vinerPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TokenizerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "NormalizerBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                "BenchmarkMeasure",
                .product(name: "Viner", package: vinerPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/NormalizerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "RecognizerBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                "BenchmarkMeasure",
                .product(name: "Viner", package: vinerPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/RecognizerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Writes the generated corpus to a file: swift run -c release generate-corpus --help
        .executableTarget(
            name: "generate-corpus",
            dependencies: ["BenchmarkSupport"],
            path: "Sources/generate-corpus"
        ),
    ],
    swiftLanguageModes: [.v6]
)
