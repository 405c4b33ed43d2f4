import Foundation
import Synchronization
import Testing
@testable import Viner

/// One shared tokenizer, normaliser and recogniser used from 16 threads (and 16 tasks) at
/// once give exactly the single-threaded results. Run under `swift test --sanitize=thread` to
/// check for data races too.
@Suite struct ConcurrencyTests {
    /// Official-news style paragraphs (written for these tests).
    static let paragraphs = [
        "Ngày 12/3/2024, Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn Hòa đã ký Quyết định số 512/QĐ-UBND về kế hoạch chuyển đổi số năm 2024.",
        "Theo báo cáo của Sở TT&TT, tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,8%, tăng 12,3 % so với cùng kỳ năm 2023.",
        "Bộ trưởng Bộ Y tế Trần Thị Thu Hương cho biết, trong quý I/2024, 98,2 phần trăm trạm y tế xã đã có bác sĩ làm việc.",
        "Sáng 05/06/2024, tại Hà Nội, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố; hội nghị kéo dài đến 11h30.",
        "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Hoà Bình Nguyễn Văn Khoẻ khẳng định kế hoạch 5 năm 2021 - 2025 hoàn thành khoảng 85%.",
        "Ông Bùi Đức Thuỷ, Chủ tịch Hội đồng nhân dân huyện Mường Tè, đề nghị Bộ KH&CN hỗ trợ đồng bào H'Mông trong 6 tháng cuối năm.",
        "Thông tư 08/2023/TT-BTTTT có hiệu lực từ ngày 1-10-2023; đến hết tháng 11/2023, 1.764 doanh nghiệp đã đăng ký, chiếm 27% tổng số.",
        "Phát biểu tại buổi làm việc chiều 21/6, Bí thư Tỉnh ủy Lai Châu đề nghị Cục Thống kê công bố số liệu trước ngày 30 hằng tháng.",
        "THỦ TƯỚNG CHÍNH PHỦ YÊU CẦU CÁC BỘ, NGÀNH HOÀN THÀNH TRƯỚC NGÀY 31/12/2024; kinh phí 2.184 tỷ đồng, giải ngân 63,5%.",
        "Đ/c Vương Thị Lan, Trưởng ban Tuyên giáo Tỉnh ủy, nhấn mạnh: “Từ năm 2022 đến năm 2024, tỷ lệ hộ nghèo giảm từ 18% xuống 9,7%”.",
    ]

    static let threadCount = 16
    static let rounds = 2

    /// Runs `work(thread)` on `threadCount` real threads at once and returns their results.
    static func onThreads<T: Sendable>(_ work: @escaping @Sendable (Int) -> T) -> [T] {
        let results = Mutex<[Int: T]>([:])
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for index in 0..<threadCount {
            group.enter()
            let thread = Thread {
                start.wait()
                let value = work(index)
                results.withLock { $0[index] = value }
                group.leave()
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        for _ in 0..<threadCount { start.signal() }
        group.wait()
        return results.withLock { dictionary in (0..<threadCount).map { dictionary[$0]! } }
    }

    /// Runs `work(task)` in `threadCount` tasks of one task group.
    static func inTasks<T: Sendable>(_ work: @escaping @Sendable (Int) -> T) async -> [T] {
        await withTaskGroup(of: (Int, T).self) { group in
            for index in 0..<threadCount {
                group.addTask { (index, work(index)) }
            }
            var results: [Int: T] = [:]
            for await (index, value) in group { results[index] = value }
            return (0..<threadCount).map { results[$0]! }
        }
    }

    /// Each worker walks the paragraphs from its own starting point, several rounds.
    static func sweep<T>(_ worker: Int, _ body: (String) -> T) -> [T] {
        var results: [T] = []
        for round in 0..<rounds {
            for k in 0..<paragraphs.count {
                results.append(body(paragraphs[(k + worker + round) % paragraphs.count]))
            }
        }
        return results
    }

    static func expected<T>(_ worker: Int, _ single: [T]) -> [T] {
        var results: [T] = []
        for round in 0..<rounds {
            for k in 0..<paragraphs.count { results.append(single[(k + worker + round) % paragraphs.count]) }
        }
        return results
    }

    @Test func recogniserGivesTheSingleThreadedResultFrom16Threads() throws {
        let recognizer = try EntityRecognizer()
        let reference = try CalendarDate(year: 2024, month: 7, day: 1)
        let single = Self.paragraphs.map { recognizer.recognize($0, referenceDate: reference) }
        // Comparing empty results would prove nothing.
        #expect(single.joined().count >= Self.paragraphs.count)
        let results = Self.onThreads { worker in Self.sweep(worker) { recognizer.recognize($0, referenceDate: reference) } }
        for (worker, result) in results.enumerated() {
            #expect(result == Self.expected(worker, single), "thread \(worker)")
        }
    }

    @Test func recogniserGivesTheSingleThreadedResultFrom16Tasks() async throws {
        let recognizer = try EntityRecognizer()
        let single = Self.paragraphs.map { recognizer.recognize($0) }
        let results = await Self.inTasks { worker in Self.sweep(worker) { recognizer.recognize($0) } }
        for (worker, result) in results.enumerated() {
            #expect(result == Self.expected(worker, single), "task \(worker)")
        }
    }

    @Test func tokenizerGivesTheSingleThreadedResultFrom16Threads() throws {
        let tokenizer = try Tokenizer()
        let single = Self.paragraphs.map { tokenizer.tokens(in: $0) }
        #expect(single.allSatisfy { !$0.isEmpty })
        let results = Self.onThreads { worker in Self.sweep(worker) { tokenizer.tokens(in: $0) } }
        for (worker, result) in results.enumerated() {
            #expect(result == Self.expected(worker, single), "thread \(worker)")
        }
    }

    @Test func tokenizerGivesTheSingleThreadedResultFrom16Tasks() async throws {
        let tokenizer = try Tokenizer()
        let single = Self.paragraphs.map { tokenizer.tokens(in: $0) }
        let results = await Self.inTasks { worker in Self.sweep(worker) { tokenizer.tokens(in: $0) } }
        for (worker, result) in results.enumerated() {
            #expect(result == Self.expected(worker, single), "task \(worker)")
        }
    }

    @Test func normaliserGivesTheSingleThreadedResultFrom16Threads() {
        let normalizers = [
            Normalizer(),
            Normalizer(options: NormalizationOptions(form: .nfd, toneStyle: .modern, folding: .all, lowercase: true)),
        ]
        for normalizer in normalizers {
            let single = Self.paragraphs.map { normalizer.normalize($0) }
            let results = Self.onThreads { worker in Self.sweep(worker) { normalizer.normalize($0) } }
            for (worker, result) in results.enumerated() {
                #expect(result == Self.expected(worker, single), "thread \(worker), \(normalizer.options)")
            }
        }
    }

    @Test func normaliserGivesTheSingleThreadedResultFrom16Tasks() async {
        let normalizer = Normalizer(options: NormalizationOptions(form: .nfd, toneStyle: .modern, folding: .tones))
        let single = Self.paragraphs.map { normalizer.normalize($0) }
        let results = await Self.inTasks { worker in Self.sweep(worker) { normalizer.normalize($0) } }
        for (worker, result) in results.enumerated() {
            #expect(result == Self.expected(worker, single), "task \(worker)")
        }
    }
}
