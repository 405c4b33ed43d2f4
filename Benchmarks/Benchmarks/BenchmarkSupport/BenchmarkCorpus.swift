#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text every benchmark reads: the user's file when `VINER_BENCHMARK_CORPUS` names one,
/// otherwise ``CorpusGenerator`` output of `VINER_BENCHMARK_CORPUS_BYTES` bytes (default 1 MiB).
///
/// ```sh
/// VINER_BENCHMARK_CORPUS=~/news.txt swift package --disable-sandbox benchmark --target TokenizerBenchmarks
/// ```
public enum BenchmarkCorpus {
    public static let pathVariable = "VINER_BENCHMARK_CORPUS"
    public static let sizeVariable = "VINER_BENCHMARK_CORPUS_BYTES"
    public static let defaultByteCount = 1 << 20

    /// The corpus as UTF-8 bytes (loaded or generated once per process).
    public static let bytes: [UInt8] = load()

    /// The corpus as a `String`.
    public static var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Megabytes (10^6 bytes) in the corpus, for MB/s.
    public static var megabytes: Double { Double(bytes.count) / 1_000_000 }

    /// Where the corpus came from, for the benchmark's banner.
    public static var origin: String {
        if let path = environment(pathVariable) { return path }
        return "generated (\(bytes.count) bytes, \(sizeVariable) to change)"
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let string = String(cString: value)
        return string.isEmpty ? nil : string
    }

    private static func load() -> [UInt8] {
        if let path = environment(pathVariable) {
            guard let file = fopen(path, "rb") else { fatalError("\(pathVariable): cannot open \(path)") }
            defer { fclose(file) }
            var result: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                if read <= 0 { break }
                result.append(contentsOf: chunk[0..<read])
            }
            return result
        }
        let size = environment(sizeVariable).flatMap { Int($0) } ?? defaultByteCount
        var generator = CorpusGenerator()
        return Array(generator.text(byteCount: size).utf8)
    }
}
