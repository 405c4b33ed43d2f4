import Testing
@testable import Viner

@Suite struct TitleTests {
    static let phrases: [MarkedPhrase] = [
        MarkedPhrase("[Phó Chủ tịch|TIT] [UBND tỉnh Sơn La|AGE=Ủy ban nhân dân tỉnh Sơn La] chủ trì cuộc họp."),
        MarkedPhrase("[Thứ trưởng|TIT] [Bộ Tài chính|AGE] phát biểu khai mạc."),
        MarkedPhrase("[Phó Bí thư Thường trực|TIT] [Tỉnh ủy|AGE] dự hội nghị."),
        MarkedPhrase("[Quyền Giám đốc|TIT] [Sở Y tế|AGE] ký văn bản."),
        MarkedPhrase("Ông là [nguyên Chủ tịch|TIT] [HĐND tỉnh Yên Bái|AGE=Hội đồng nhân dân tỉnh Yên Bái]."),
        MarkedPhrase("[Cục trưởng|TIT] [Cục Báo chí|AGE] trả lời phỏng vấn."),
        MarkedPhrase("[Chánh Văn phòng|TIT] [UBND tỉnh|AGE=Ủy ban nhân dân tỉnh] thông báo kết luận."),
        MarkedPhrase("[Người phát ngôn|TIT] [Bộ Ngoại giao|AGE] cho biết thêm."),
        MarkedPhrase("[Ủy viên Ban Thường vụ|TIT] [Huyện ủy|AGE] tham dự."),
        MarkedPhrase("[Trưởng|TIT] [Ban Dân vận Tỉnh ủy|AGE] trao quà."),
        MarkedPhrase("[Thủ tướng|TIT] [Chính phủ|AGE] ký quyết định."),
        MarkedPhrase("Đồng chí giữ chức [phó bí thư|TIT] [Đảng ủy xã|AGE]."),
        MarkedPhrase("[Phó giám đốc|TIT] Sở đã trình bày báo cáo."),
        MarkedPhrase("KT. [CHỦ TỊCH|TIT]\n[PHÓ CHỦ TỊCH|TIT]"),
        MarkedPhrase("Sở có 2 cán bộ ([Giám đốc|TIT] và [Phó Giám đốc|TIT])."),
    ]

    /// Offices used as common nouns are not titles.
    static let negatives: [MarkedPhrase] = [
        MarkedPhrase("Các giám đốc doanh nghiệp đã có mặt đầy đủ."),
        MarkedPhrase("Đây là nguyên nhân chính của sự việc."),
        MarkedPhrase("Anh ấy trưởng thành từ phong trào thanh niên."),
        MarkedPhrase("Chủ nhật tuần này trời nắng."),
    ]

    @Test(arguments: phrases) func corpus(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }

    @Test(arguments: negatives) func negative(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }
}
