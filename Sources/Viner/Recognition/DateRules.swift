/// DATE rules: numeric, verbal, weekday headers, times, ranges, relative dates.
///
/// The grammar lives in ``DateParser`` (one extension per family of shapes: numeric, verbal,
/// time, relative); this scans the document left to right and keeps, at each position, the
/// longest expression found. Decisions where ENTITIES.md leaves room:
///
/// - Span: a DATE starts at its own trigger word (`ngày`, `mồng`, `tháng`, `năm`, `quý`, a
///   weekday) and, for a time, at `lúc` (the time's own noun, as `ngày` is the day's):
///   `vào «lúc 7:30 chiều ngày 20 tháng 4 năm 2017»`. Prepositions and qualifiers stay out:
///   `vào`, `khoảng`, `đúng`, `từ`, `đến`, `trước`, `sau`, `đầu`, `cuối`, `giai đoạn`.
///   A part of day before an explicit date stays out (`Sáng «4/11»`); with a relative day it
///   is the expression itself (`«tối nay»`, `«sáng chủ nhật»`). `hằng năm` after a date stays
///   out and the value has no year (`«ngày 28/8» hằng năm` → `--08-28`).
/// - A date written without a year keeps `--MM-DD` (`--MM` for a month) even with a
///   reference date; relative expressions (`hôm qua`, `năm ngoái`, `quý 3`, `6 tháng đầu năm`,
///   a time alone such as `lúc 10:30`) resolve against the reference date and have no value
///   without one. With a reference time, a time alone is its next occurrence (Duckling's
///   reading: `2:30` at 03:55 is 14:30).
/// - `N đơn vị tới / tiếp theo / vừa rồi` (`3 ngày tới`) is a relative range; `N năm qua`,
///   `N ngày vừa qua` and anything after `trong`/`suốt`/`sau` are durations, never DATEs.
/// - Ranges written as one expression are one DATE (`19/8/2005- 19/8/2010`,
///   `ngày 15 - 16/3/2024`, `2011-2015`); `từ X đến Y` gives two.
/// - Bare `d/m`, `d-m`, `d.m` (no trigger word, no year) need evidence: `d/m` not followed by
///   a lower-case word (`10/12 xã` is a ratio), `d-m` with a two-digit day and not after a
///   score word, `d.m` only in parentheses; `24/7` never.
enum DateRules {
    /// Appends DATE candidates found in `document`.
    static func find(in document: Document, into candidates: inout [Candidate]) {
        let pieces = PieceScanner.pieces(of: document)
        // A date never runs across a line break (a header line and the next paragraph).
        for line in PieceScanner.lines(of: pieces, in: document) {
            find(in: pieces[line], reference: document.referenceDate, timesWithoutDate: document.options.timesWithoutDate,
                 into: &candidates)
        }
    }

    /// Appends DATE candidates found in `pieces`.
    static func find(in pieces: ArraySlice<TextPiece>, reference: CalendarDate?, timesWithoutDate: Bool = true,
                     into candidates: inout [Candidate]) {
        pieces.withUnsafeBufferPointer { pieces in
            find(in: pieces, reference: reference, timesWithoutDate: timesWithoutDate, into: &candidates)
        }
    }

    /// Appends DATE candidates found in `pieces` (one line).
    static func find(in pieces: UnsafeBufferPointer<TextPiece>, reference: CalendarDate?, timesWithoutDate: Bool = true,
                     into candidates: inout [Candidate]) {
        let parser = DateParser(pieces: pieces, reference: reference, timesWithoutDate: timesWithoutDate)
        var i = 0
        while i < pieces.count {
            if DateParser.canStart(at: i, in: pieces), let found = parser.match(at: i), found.end > i {
                let range = Int(pieces[i].start)..<Int(pieces[found.end - 1].end)
                candidates.append(Candidate(type: .date, range: range, value: found.value.map { .date($0) }))
                i = found.end
            } else {
                i += 1
            }
        }
    }

    /// Appends DATE candidates found in `pieces` (one line), trying only the pieces at
    /// `starts` (indices into the document, `offset` is the line's first): those where
    /// ``DateParser/canStart(at:in:)`` holds, ascending. Finds what ``find(in:reference:timesWithoutDate:into:)``
    /// finds, since nothing starts elsewhere.
    static func find(in pieces: UnsafeBufferPointer<TextPiece>, at starts: UnsafeBufferPointer<Int>, offset: Int,
                     reference: CalendarDate?, timesWithoutDate: Bool, into candidates: inout [Candidate]) {
        let parser = DateParser(pieces: pieces, reference: reference, timesWithoutDate: timesWithoutDate)
        var next = 0
        for start in starts {
            let i = start - offset
            guard i >= next else { continue }
            if let found = parser.match(at: i), found.end > i {
                let range = Int(pieces[i].start)..<Int(pieces[found.end - 1].end)
                candidates.append(Candidate(type: .date, range: range, value: found.value.map { .date($0) }))
                next = found.end
            }
        }
    }
}
