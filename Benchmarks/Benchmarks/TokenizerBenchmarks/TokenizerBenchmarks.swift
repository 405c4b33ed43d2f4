import Benchmark
import BenchmarkMeasure
import BenchmarkSupport
@_spi(Benchmarks) import Viner


// The tokenizer next to its baselines, in one run over the same bytes (BenchmarkCorpus):
//   Tokenizer.forEachToken           the public API (Latin fast path; ICU over UTF-16 elsewhere)
//   Tokenizer.forEachToken.icuUTF16  every window through ICU over UTF-16 (no fast path)
//   Tokenizer.forEachToken.utf8UText every window through ICU reading UTF-8 via a UText
//   ICU.wordBreak.utf16+convert      raw ICU iteration, UTF-8 → UTF-16 conversion included
//   ICU.wordBreak.utf16              raw ICU iteration over already converted UTF-16
//   ICU.wordBreak.utf8UText          raw ICU iteration over a UTF-8 UText
//   ByteScan                         counting spaces: the memory-speed ceiling
//   Tokenizer.tokens.allocating      the [Token]-returning convenience: shows the malloc counter is live
// One iteration = the whole corpus once. MB/s = corpus megabytes / wall clock of an iteration;
// "MB/s (CPU)" divides by the thread's CPU time instead, which a busy machine disturbs less:
// compare ratios of that column (tokenizer / ICU.wordBreak.utf16+convert).
// Thresholds/TokenizerBenchmarks.Tokenizer.forEachToken.p90.json pins mallocCountTotal at 0.

/// Records MB/s of the whole corpus per iteration (see ``measureThroughput(_:bytes:_:)``).
@inline(__always)
func measure(_ benchmark: Benchmark, _ body: () -> Int) {
    measureThroughput(benchmark, bytes: BenchmarkCorpus.bytes.count, body)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = throughputConfiguration()

    let bytes = BenchmarkCorpus.bytes
    print("TokenizerBenchmarks corpus: \(BenchmarkCorpus.origin), \(bytes.count) bytes")

    // Setup (iterators, buffers, the scalar table) happens here, outside the measured region.
    let tokenizer: Tokenizer
    let tokenizerUTF16: Tokenizer
    let tokenizerUTF8: Tokenizer
    let baseline: ICUBaseline
    do {
        tokenizer = try Tokenizer()
        tokenizerUTF16 = try Tokenizer(icuInput: .utf16, fastPath: false)
        tokenizerUTF8 = try Tokenizer(icuInput: .utf8, fastPath: false)
        baseline = try ICUBaseline()
    } catch {
        fatalError("ICU: \(error)")
    }
    let utf16 = Array(String(decoding: bytes, as: UTF8.self).utf16)

    func tokenize(_ tokenizer: Tokenizer) -> Int {
        var checksum = 0
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.forEachToken(utf8: buffer) { token in
                checksum &+= Int(token.end) &+ Int(token.kind.rawValue)
            }
        }
        return checksum
    }

    // The fast path must give exactly the ICU path's tokens on this corpus (differential check).
    func allTokens(_ tokenizer: Tokenizer) -> [Token] {
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { buffer in tokenizer.forEachToken(utf8: buffer) { tokens.append($0) } }
        return tokens
    }
    let reference = allTokens(tokenizerUTF16)
    precondition(allTokens(tokenizer) == reference, "fast path and ICU path disagree on the corpus")
    precondition(allTokens(tokenizerUTF8) == reference, "UTF-8 and UTF-16 ICU input disagree on the corpus")
    print("TokenizerBenchmarks: \(reference.count) tokens; fast path == ICU path on the corpus")

    Benchmark("Tokenizer.forEachToken") { benchmark in
        measure(benchmark) { tokenize(tokenizer) }
    }

    Benchmark("Tokenizer.forEachToken.icuUTF16") { benchmark in
        measure(benchmark) { tokenize(tokenizerUTF16) }
    }

    Benchmark("Tokenizer.forEachToken.utf8UText") { benchmark in
        measure(benchmark) { tokenize(tokenizerUTF8) }
    }

    Benchmark("ICU.wordBreak.utf16+convert") { benchmark in
        measure(benchmark) {
            bytes.withUnsafeBufferPointer { baseline.countBoundariesConvertingToUTF16(utf8: $0) }
        }
    }

    Benchmark("ICU.wordBreak.utf16") { benchmark in
        measure(benchmark) {
            utf16.withUnsafeBufferPointer { baseline.countBoundaries(utf16: $0) }
        }
    }

    Benchmark("ICU.wordBreak.utf8UText") { benchmark in
        measure(benchmark) {
            bytes.withUnsafeBufferPointer { baseline.countBoundaries(utf8: $0) }
        }
    }

    let text = String(decoding: bytes, as: UTF8.self)
    Benchmark("Tokenizer.tokens.allocating") { benchmark in
        measure(benchmark) { tokenizer.tokens(in: text).count }
    }

    Benchmark("ByteScan") { benchmark in
        measure(benchmark) {
            bytes.withUnsafeBufferPointer { buffer in
                var spaces = 0
                for byte in buffer where byte == 0x20 { spaces &+= 1 }
                return spaces
            }
        }
    }
}
