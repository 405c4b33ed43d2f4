import Testing
@testable import Viner

/// Long texts are recognised in blocks of whole lines (``EntityRecognizer/blockBytes``): the
/// entities, offsets and values must be exactly those of reading the text in one piece.
@Suite struct RecognizerBlockTests {
    static let lines = [
        "Ông Trần Văn Minh, Thứ trưởng Bộ KH&CN, làm việc tại tỉnh Quảng Ninh ngày 3/11/2025.",
        "Tỷ lệ hồ sơ trực tuyến đạt 83,7%, tăng 12 % so với năm 2024; UBND tỉnh Lào Cai chỉ đạo.",
        "Ảnh: Nguyễn Thị Hoa",
        "Bà Lê Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh Quảng Ninh, dự hội nghị sáng 18/6/2016.",
        "Quyết định 575/QĐ-UBND ngày 18 tháng 6 năm 2025 của Sở Thông tin và Truyền thông tỉnh Điện Biên.",
        "",
        "Trong 6 tháng đầu năm 2025, Hoà Bình cấp 1.764 chứng thư số; 98,9 % xã có cáp quang.",
        "Thứ bảy, 18/06/2016 21:26",
        "đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy Lai Châu",
    ]

    /// A text of `count` lines taken from ``lines`` in a seeded order, some ending with CRLF.
    static func text(lines count: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        var text = ""
        for _ in 0..<count {
            text += lines[Int(random.next() % UInt64(lines.count))]
            text += random.next() % 5 == 0 ? "\r\n" : "\n"
        }
        return text
    }

    @Test(arguments: [1, 7, 64, 300, 1000])
    func blocksGiveTheWholeTextsEntities(blockBytes: Int) throws {
        let recognizer = try EntityRecognizer()
        for seed in UInt64(1)...6 {
            let text = Self.text(lines: 40, seed: seed)
            for reference in [nil, try CalendarDate(year: 2025, month: 11, day: 21)] {
                let whole = recognizer.recognize(text, referenceDate: reference, blockBytes: Int.max)
                let blocks = recognizer.recognize(text, referenceDate: reference, blockBytes: blockBytes)
                #expect(!whole.isEmpty)
                #expect(blocks == whole, "block size \(blockBytes), seed \(seed)")
            }
        }
    }

    @Test func blocksEndAfterLineFeeds() {
        let bytes = Array("ab\ncd\nefgh\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(EntityRecognizer.blockEnd(buffer, from: 0, limit: 4) == 3)     // last LF within the limit
            #expect(EntityRecognizer.blockEnd(buffer, from: 3, limit: 4) == 6)
            #expect(EntityRecognizer.blockEnd(buffer, from: 6, limit: 2) == 11)    // a line longer than the limit stays whole
            #expect(EntityRecognizer.blockEnd(buffer, from: 6, limit: 100) == 11)  // the rest fits
        }
    }

    @Test func offsetsPointIntoTheOriginalAcrossBlocks() throws {
        let recognizer = try EntityRecognizer()
        let text = Self.text(lines: 30, seed: 42)
        let scalars = Array(text.unicodeScalars)
        for entity in recognizer.recognize(text, referenceDate: nil, blockBytes: 100) {
            let utf8 = Array(text.utf8)[entity.utf8Range]
            #expect(String(decoding: utf8, as: UTF8.self) == entity.text)
            #expect(String(String.UnicodeScalarView(scalars[entity.scalarRange])) == entity.text)
        }
    }
}
