#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on stderr (rate and ETA), only on a terminal.
final class ProgressReporter {
    private let enabled: Bool
    private let total: Int?
    private let start: Double
    private var lastDraw = 0.0
    private var drawn = false

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled
        self.total = total
        start = ProgressReporter.now()
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    func update(bytes: Int) {
        guard enabled else { return }
        let now = ProgressReporter.now()
        guard now - lastDraw >= 0.25, now - start >= 1 else { return }
        lastDraw = now
        let elapsed = now - start
        let megabytes = Double(bytes) / 1_000_000
        let rate = megabytes / max(elapsed, 0.001)
        var line = "\r\(format(megabytes)) MB"
        if let total, total > 0 {
            let fraction = min(1, Double(bytes) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            let eta = rate > 0 ? (Double(total) / 1_000_000 - megabytes) / rate : 0
            line += " / \(format(Double(total) / 1_000_000)) MB [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] ETA \(Int(eta.rounded()))s"
        }
        line += "  \(format(rate)) MB/s   "
        StandardError.write(line)
        drawn = true
    }

    func finish() {
        if drawn { StandardError.write("\r\u{1B}[K") }
    }

    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
