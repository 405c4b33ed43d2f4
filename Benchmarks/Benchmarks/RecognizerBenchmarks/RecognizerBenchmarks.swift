import Benchmark
import BenchmarkMeasure
import BenchmarkSupport
@_spi(Benchmarks) import Viner

// Full recognition (normalise → tokenize → rules → overlaps → offsets back) next to raw ICU
// word-break iteration, in one run over the same bytes (BenchmarkCorpus):
//   EntityRecognizer.recognize          the corpus as news-article-sized documents (whole
//                                       paragraphs, ≥ 4000 bytes each), recognised one by one;
//                                       one iteration = every document once
//   EntityRecognizer.recognize.document one iteration = one representative document, so
//                                       mallocCountTotal reads as mallocs per document
//   ICU.wordBreak.utf16+convert         raw ICU iteration over the same bytes, UTF-8 → UTF-16
//                                       conversion included (what the tokenizer pays)
//   ICU.wordBreak.utf8UText             raw ICU iteration over a UTF-8 UText
// MB/s = input megabytes per iteration / wall clock of an iteration; "MB/s (CPU)" divides by the
// thread's CPU time instead, which a busy machine disturbs far less. The issue's goal "tagging
// ≥ 0.3× raw ICU" is EntityRecognizer.recognize over ICU.wordBreak.utf16+convert, read from the
// "MB/s (CPU)" column of one run.
// Setup (the built-in lexicon, the recogniser, ICU iterators, splitting the corpus) is done
// before any measured region, and one warm-up recognition builds every lazy table.

/// The corpus cut into documents of whole paragraphs, each at least `minimumBytes` long.
func documents(of text: String, minimumBytes: Int) -> [String] {
    var result: [String] = []
    var current = ""
    for paragraph in text.split(separator: "\n\n", omittingEmptySubsequences: true) {
        if !current.isEmpty { current += "\n\n" }
        current += paragraph
        if current.utf8.count >= minimumBytes {
            result.append(current)
            current = ""
        }
    }
    if !current.isEmpty { result.append(current) }
    return result
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = throughputConfiguration(warmupIterations: 1, maxDuration: .seconds(5), maxIterations: 100)

    // Setup, outside every measured region.
    let bytes = BenchmarkCorpus.bytes
    let recognizer: EntityRecognizer
    let baseline: ICUBaseline
    do {
        recognizer = try EntityRecognizer()
        baseline = try ICUBaseline()
    } catch {
        fatalError("ICU: \(error)")
    }
    let documents = documents(of: BenchmarkCorpus.text, minimumBytes: 4000)
    let documentBytes = documents.reduce(0) { $0 + $1.utf8.count }
    // The representative document: the median-sized one.
    let document = documents.sorted { $0.utf8.count < $1.utf8.count }[documents.count / 2]
    let documentByteCount = document.utf8.count
    let warmUp = documents.reduce(0) { $0 + recognizer.recognize($1).count }
    print("RecognizerBenchmarks corpus: \(BenchmarkCorpus.origin), \(bytes.count) bytes; "
          + "\(documents.count) documents (\(documentBytes) bytes), \(warmUp) entities; "
          + "single document \(documentByteCount) bytes")

    Benchmark("EntityRecognizer.recognize") { benchmark in
        measureThroughput(benchmark, bytes: documentBytes) {
            var entities = 0
            for text in documents { entities &+= recognizer.recognize(text).count }
            return entities
        }
    }

    Benchmark(
        "EntityRecognizer.recognize.document",
        configuration: .init(timeUnits: .microseconds, warmupIterations: 10, maxDuration: .seconds(3), maxIterations: 2000)
    ) { benchmark in
        measureThroughput(benchmark, bytes: documentByteCount) { recognizer.recognize(document).count }
    }

    Benchmark("ICU.wordBreak.utf16+convert") { benchmark in
        measureThroughput(benchmark, bytes: bytes.count) {
            bytes.withUnsafeBufferPointer { baseline.countBoundariesConvertingToUTF16(utf8: $0) }
        }
    }

    Benchmark("ICU.wordBreak.utf8UText") { benchmark in
        measureThroughput(benchmark, bytes: bytes.count) {
            bytes.withUnsafeBufferPointer { baseline.countBoundaries(utf8: $0) }
        }
    }
}
