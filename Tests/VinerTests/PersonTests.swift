import Testing
@testable import Viner

@Suite struct PersonTests {
    static let phrases: [MarkedPhrase] = [
        MarkedPhrase("Ông [Trần Văn Bình|PER] cho biết như vậy."),
        MarkedPhrase("Bà [Lò Thị Mai|PER], [Phó Giám đốc|TIT] [Sở Nội vụ|AGE] phát biểu."),
        MarkedPhrase("Đ/c [Sùng A Hồ|PER] dự lễ."),
        MarkedPhrase("Tới dự có đồng chí [Vàng A Dơ|PER] - [Bí thư|TIT] [Huyện ủy|AGE]."),
        MarkedPhrase("Các đồng chí: [Mùa A Sơn|PER], [Phó Chủ tịch|TIT] [UBND tỉnh|AGE=Ủy ban nhân dân tỉnh]; [Thào Xuân Sùng|PER], [Trưởng|TIT] [Ban Dân vận Trung ương|AGE]."),
        MarkedPhrase("[Phó Chủ tịch|TIT] [UBND tỉnh|AGE=Ủy ban nhân dân tỉnh] [Hà Văn Hải|PER] kiểm tra công trình."),
        MarkedPhrase("[Chủ tịch|TIT] [Hồ Chí Minh|PER] ký sắc lệnh."),
        MarkedPhrase("[Đinh Văn Toàn|PER] - [Giám đốc|TIT] [Sở Tư pháp|AGE]"),
        MarkedPhrase("Đoàn văn nghệ biểu diễn.\n[Minh Khang|PER]"),
        MarkedPhrase("Bài và ảnh.\n[Tr. Hiếu|PER]"),
        MarkedPhrase("Ảnh: [Quang Huy|PER]"),
        MarkedPhrase("[Kpă Thuyên|PER], [Giám đốc|TIT] [Sở Y tế|AGE] cho biết."),
        MarkedPhrase("Tại [Hà Nội|LOC], [Phó Thủ tướng|TIT] [Lê Văn Thành|PER] chủ trì."),
        MarkedPhrase("Theo [Nguyễn Văn An|PER], dự án sẽ hoàn thành; [Trần Thị Thu Hà|PER] đồng ý."),
        MarkedPhrase("Tham dự có các đồng chí [Lò Văn Mừng|PER], [Hà Thị Nga|PER] và [Vàng A Giống|PER]."),
        MarkedPhrase("[Phó Giám đốc|TIT] Sở [Lê Tiến Ninh|PER] trình bày báo cáo."),
        MarkedPhrase("[Thứ trưởng|TIT] [Bộ Y tế|AGE] [Nguyễn Trường Sơn|PER] chủ trì."),
    ]

    static let negatives: [MarkedPhrase] = [
        MarkedPhrase("Anh em trong đơn vị đoàn kết."),
        MarkedPhrase("Ông bà ta có câu như vậy."),
        MarkedPhrase("Nhiều đàn ông [Đài Loan|LOC] sang [Việt Nam|LOC]."),
        MarkedPhrase("Tự tin vững bước"),
        MarkedPhrase("Đường Nguyễn Văn Cừ được mở rộng."),
        MarkedPhrase("Học tập và làm theo tư tưởng Hồ Chí Minh."),
    ]

    @Test(arguments: phrases) func corpus(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }

    @Test(arguments: negatives) func negative(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }
}
