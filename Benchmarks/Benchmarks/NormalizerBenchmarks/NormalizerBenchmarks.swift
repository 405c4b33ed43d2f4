import Benchmark
import BenchmarkMeasure
import BenchmarkSupport
@_spi(Benchmarks) import Viner

// The normaliser next to ICU's own normaliser, in one run over the same text (BenchmarkCorpus):
//   Normalizer.fastPath              canonical text (the corpus after `Normalizer()`): one scan, no allocation
//   ICU.nfcQuickCheck.utf16          unorm2_quickCheck over already converted UTF-16 (the yardstick)
//   ICU.nfcQuickCheck.utf8+convert   the same, UTF-8 → UTF-16 conversion included
//   ICU.nfc.utf16                    unorm2_normalize (NFC) of NFC input
//   ICU.nfc.utf16.nfdInput           unorm2_normalize (NFC) of NFD input
//   Normalizer.fullPath.nfdInput     the corpus in NFD → NFC, traditional tones, offset map
//   Normalizer.fullPath.modernInput  the corpus with modern tone placement → traditional
//   Normalizer.sparseRepairs         canonical text with an NBSP about every 300 bytes and a modern tone
//                                    about every 2,000: what real articles look like (full pass in windows)
//   Normalizer.foldAll               search keys: fold every mark and lower-case
// One iteration = the whole corpus once. MB/s = corpus megabytes (of that input) / wall clock;
// "MB/s (CPU)" divides by the thread's CPU time instead, which holds on a busy machine.
// Thresholds/NormalizerBenchmarks.Normalizer.fastPath.p90.json pins mallocCountTotal at 0.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = throughputConfiguration()

    // Setup, outside every measured region: the inputs in each shape, ICU buffers, and one
    // warm-up call so the normaliser's lookup tables are built.
    let normalizer = Normalizer()
    let canonical = normalizer.normalize(BenchmarkCorpus.text).text
    let nfd = Normalizer(options: NormalizationOptions(form: .nfd)).normalize(canonical).text
    let modern = Normalizer(options: NormalizationOptions(toneStyle: .modern)).normalize(canonical).text
    let canonicalBytes = canonical.utf8.count
    let nfdBytes = nfd.utf8.count
    let canonicalUTF16 = Array(canonical.utf16)
    let nfdUTF16 = Array(nfd.utf16)
    let foldAll = Normalizer(options: NormalizationOptions(folding: .all, lowercase: true))
    let sparse = sparseRepairs(canonical)
    guard normalizer.normalize(normalizer.normalize(sparse).text).isUnchanged else { fatalError("sparse repairs did not settle") }
    guard normalizer.normalize(canonical).isUnchanged else { fatalError("the canonical corpus is not canonical") }
    print("NormalizerBenchmarks corpus: \(BenchmarkCorpus.origin); canonical \(canonicalBytes) bytes, NFD \(nfdBytes) bytes, "
          + "modern tones changed: \(!normalizer.normalize(modern).isUnchanged)")
    nonisolated(unsafe) var scratch = [UInt16](repeating: 0, count: canonicalBytes + 16)
    nonisolated(unsafe) var output = [UInt16](repeating: 0, count: nfdUTF16.count * 3 + 16)

    Benchmark("Normalizer.fastPath") { benchmark in
        measureThroughput(benchmark, bytes: canonicalBytes) {
            normalizer.normalize(canonical).isUnchanged ? 1 : 0
        }
    }

    Benchmark("ICU.nfcQuickCheck.utf16") { benchmark in
        measureThroughput(benchmark, bytes: canonicalBytes) {
            canonicalUTF16.withUnsafeBufferPointer { NormalizationBaseline.quickCheckNFC(utf16: $0) } ? 1 : 0
        }
    }

    Benchmark("ICU.nfcQuickCheck.utf8+convert") { benchmark in
        measureThroughput(benchmark, bytes: canonicalBytes) {
            canonical.utf8.withContiguousStorageIfAvailable { bytes in
                scratch.withUnsafeMutableBufferPointer { NormalizationBaseline.quickCheckNFC(utf8: bytes, scratch: $0) }
            } == true ? 1 : 0
        }
    }

    Benchmark("ICU.nfc.utf16") { benchmark in
        measureThroughput(benchmark, bytes: canonicalBytes) {
            canonicalUTF16.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { NormalizationBaseline.normalizeNFC(utf16: source, into: $0) }
            }
        }
    }

    Benchmark("ICU.nfc.utf16.nfdInput") { benchmark in
        measureThroughput(benchmark, bytes: nfdBytes) {
            nfdUTF16.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { NormalizationBaseline.normalizeNFC(utf16: source, into: $0) }
            }
        }
    }

    Benchmark("Normalizer.fullPath.nfdInput") { benchmark in
        measureThroughput(benchmark, bytes: nfdBytes) { normalizer.normalize(nfd).offsetMap.edits.count }
    }

    Benchmark("Normalizer.fullPath.modernInput") { benchmark in
        measureThroughput(benchmark, bytes: modern.utf8.count) { normalizer.normalize(modern).offsetMap.edits.count }
    }

    Benchmark("Normalizer.sparseRepairs") { benchmark in
        measureThroughput(benchmark, bytes: sparse.utf8.count) { normalizer.normalize(sparse).offsetMap.edits.count }
    }

    Benchmark("Normalizer.foldAll") { benchmark in
        measureThroughput(benchmark, bytes: canonicalBytes) { foldAll.normalize(canonical).text.utf8.count }
    }
}

/// `canonical` with the first space after every ~300 bytes made a no-break space, and the first
/// `hòa`/`thủy`-like syllable after every ~2,000 bytes spelled in the modern style (`hoà`).
func sparseRepairs(_ canonical: String) -> String {
    let modern = ["hòa": "hoà", "Hòa": "Hoà", "thủy": "thuỷ", "Thủy": "Thuỷ", "Ủy": "Uỷ", "ủy": "uỷ", "khỏe": "khoẻ"]
    var result = ""
    result.reserveCapacity(canonical.utf8.count + canonical.utf8.count / 100)
    var sinceSpace = 0
    var sinceTone = 0
    for word in canonical.split(separator: " ", omittingEmptySubsequences: false) {
        if !result.isEmpty {
            result += sinceSpace >= 300 ? "\u{A0}" : " "
            if sinceSpace >= 300 { sinceSpace = 0 }
        }
        if sinceTone >= 2_000, let respelled = modern[String(word)] {
            result += respelled
            sinceTone = 0
        } else {
            result += word
        }
        sinceSpace += word.utf8.count + 1
        sinceTone += word.utf8.count + 1
    }
    return result
}
