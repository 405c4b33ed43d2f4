import CICU

/// ICU's normaliser over UTF-32 pieces (through `cicu_norm_normalize_utf32`).
enum ICUNormalization {
    /// Appends the `form` normalisation of `scalars` to `output`.
    ///
    /// A piece holding a run of more than ``streamSafeLimit`` combining marks (non-starters) is
    /// kept as written: no text needs such a run (Unicode's Stream-Safe Text Format caps it at
    /// 30), and ICU re-sorts one by insertion, which is quadratic in the run's length.
    static func normalize(_ scalars: ArraySlice<UInt32>, form: NormalizationOptions.Form, appendingTo output: inout [UInt32]) {
        if scalars.isEmpty { return }
        if scalars.count > streamSafeLimit, hasOverlongMarkRun(scalars) {
            output.append(contentsOf: scalars)
            return
        }
        let formCode = form == .nfd ? Int32(CICU_FORM_NFD) : Int32(CICU_FORM_NFC)
        var capacity = scalars.count * 4 + 8
        while true {
            var status: Int32 = 0
            let start = output.count
            output.append(contentsOf: repeatElement(0, count: capacity))
            let needed = scalars.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { destination in
                    cicu_norm_normalize_utf32(formCode, source.baseAddress, Int32(source.count),
                                              destination.baseAddress! + start, Int32(capacity), &status)
                }
            }
            if status > 0 {  // ICU failed: keep the piece as it was.
                output.removeSubrange(start...)
                output.append(contentsOf: scalars)
                return
            }
            if Int(needed) <= capacity {
                output.removeSubrange((start + Int(needed))...)
                return
            }
            output.removeSubrange(start...)
            capacity = Int(needed)
        }
    }

    /// Unicode's Stream-Safe Text Format limit on consecutive non-starters.
    static let streamSafeLimit = 30

    /// `true` when more than ``streamSafeLimit`` scalars in a row have a non-zero combining class.
    static func hasOverlongMarkRun(_ scalars: ArraySlice<UInt32>) -> Bool {
        let starter = UInt32(CICU_SCALAR_CCC_ZERO)
        var run = 0
        for scalar in scalars {
            if scalar < 0x300 || cicu_norm_scalar_info(scalar) & starter != 0 {
                run = 0
            } else {
                run += 1
                if run > streamSafeLimit { return true }
            }
        }
        return false
    }

    /// The lower-case mapping of `scalar` (ICU simple case mapping).
    @inline(__always) static func lowercase(_ scalar: UInt32) -> UInt32 { cicu_norm_scalar_lowercase(scalar) }
}
