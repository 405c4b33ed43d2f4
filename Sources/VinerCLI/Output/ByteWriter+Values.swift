@_spi(CLI) import Viner

/// Entity values written byte-wise, in exactly the text of ``LabeledSpan/canonicalValue(_:)``.
extension ByteWriter {
    /// The canonical value as plain text: ISO date, number or `[a, b]`, or the name.
    func append(canonicalValue value: EntityValue) {
        switch value {
        case .date(let date): append(iso: date)
        case .percent(let percent): append(percent: percent)
        case .name(let name): append(utf8: name)
        }
    }

    /// The value as a JSON value: a string for dates and names, a number or `[a, b]` for percents.
    func append(jsonValue value: EntityValue) {
        switch value {
        case .date(let date):
            // ISO text is digits, `-`, `:`, `/`, `Q`, `H`, `W`, `T`: nothing to escape.
            append(UInt8(ascii: "\""))
            append(iso: date)
            append(UInt8(ascii: "\""))
        case .percent(let percent): append(percent: percent)
        case .name(let name): append(jsonString: name)
        }
    }

    /// `83.7`, `95` or `[10, 15]`.
    func append(percent: PercentValue) {
        switch percent {
        case .value(let v): append(number: v)
        case .range(let a, let b):
            append(UInt8(ascii: "["))
            append(number: a)
            append(", ")
            append(number: b)
            append(UInt8(ascii: "]"))
        }
    }

    /// ``LabeledSpan/canonicalNumber(_:)``: whole numbers, and numbers of one or two decimals
    /// below 10⁹ (`83.7`, `-0.25`), are written here; anything else by the library's own
    /// `String(Double)` rendering.
    func append(number v: Double) {
        if v == v.rounded(), abs(v) < 1e15 {
            append(decimal: Int(v))
        } else if !append(shortDecimal: v) {
            append(utf8: LabeledSpan.canonicalNumber(v))
        }
    }

    /// Writes `v` as `int.f` or `int.ff` when that text reads back as exactly `v`; false (and
    /// nothing written) otherwise. For |v| < 10⁹ a Double's spacing is below 10⁻⁶, so no
    /// shorter text reads back as `v` and no other text of that length does: it is the shortest
    /// round-trip text, which is what Swift's `description` prints (ByteWriterTests checks
    /// every multiple of 0.01 within ±2 000 and random ones up to 10⁹ against it).
    @discardableResult
    func append(shortDecimal v: Double) -> Bool {
        guard v.isFinite, abs(v) < 1e9 else { return false }
        for (scale, digits) in [(10.0, 1), (100.0, 2)] {
            let scaled = (v * scale).rounded()
            guard scaled / scale == v else { continue }
            let units = Int(scaled)
            if units < 0 { append(UInt8(ascii: "-")) }
            let magnitude = units.magnitude
            let divisor: UInt = digits == 1 ? 10 : 100
            append(decimal: Int(magnitude / divisor))
            append(UInt8(ascii: "."))
            append(decimal: Int(magnitude % divisor), zeroPaddedTo: digits)
            return true
        }
        return false
    }

    /// ``DateValue/iso``: `2016-06-18`, `2018-Q3`, `--06-21`, `2016-06-18T21:26`, `a/b` for ranges.
    func append(iso date: DateValue) {
        append(iso: date.start)
        if let end = date.end {
            append(UInt8(ascii: "/"))
            append(iso: end)
        }
    }

    /// ``DatePoint/iso``.
    func append(iso point: DatePoint) {
        if let year = point.year {
            append(decimal: year, zeroPaddedTo: 4)
            if let quarter = point.quarter {
                append("-Q")
                append(decimal: quarter)
            } else if let half = point.half {
                append("-H")
                append(decimal: half)
            } else if let week = point.week {
                append("-W")
                append(decimal: week, zeroPaddedTo: 2)
            } else if let month = point.month {
                append(UInt8(ascii: "-"))
                append(decimal: month, zeroPaddedTo: 2)
                if let day = point.day {
                    append(UInt8(ascii: "-"))
                    append(decimal: day, zeroPaddedTo: 2)
                }
            }
        } else {
            append("--")
            append(decimal: point.month ?? 1, zeroPaddedTo: 2)
            if let day = point.day {
                append(UInt8(ascii: "-"))
                append(decimal: day, zeroPaddedTo: 2)
            }
        }
        if let time = point.time {
            append(UInt8(ascii: "T"))
            append(decimal: time.hour, zeroPaddedTo: 2)
            append(UInt8(ascii: ":"))
            append(decimal: time.minute, zeroPaddedTo: 2)
            if let second = time.second {
                append(UInt8(ascii: ":"))
                append(decimal: second, zeroPaddedTo: 2)
            }
        }
    }

    /// Appends `text` as a TSV field: tab, line feed and carriage return become a space, except
    /// a CR LF pair, which (one Character in Swift) the String-based renderer always kept.
    func append(tsvField text: String) {
        var text = text   // withUTF8 needs a variable; no copy of the bytes for native strings
        text.withUTF8 { source in
            var index = 0
            var runStart = 0
            while index < source.count {
                let byte = source[index]
                if byte == 0x0D, index + 1 < source.count, source[index + 1] == 0x0A {
                    index += 2
                    continue
                }
                if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if runStart < index { append(UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                    append(UInt8(ascii: " "))
                    runStart = index + 1
                }
                index += 1
            }
            if runStart < source.count { append(UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }
}
