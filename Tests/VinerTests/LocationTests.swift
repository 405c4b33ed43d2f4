import Testing
@testable import Viner

@Suite struct LocationTests {
    static let phrases: [MarkedPhrase] = [
        MarkedPhrase("Du lịch [tỉnh Hà Giang|LOC] phát triển mạnh."),
        MarkedPhrase("[Sơn La|LOC] là tỉnh miền núi."),
        MarkedPhrase("Hợp tác giữa [Việt Nam|LOC] và [Lào|LOC]."),
        MarkedPhrase("Đoàn công tác đến [huyện Mường Tè|LOC] và [xã Pa Vệ Sủ|LOC]."),
        MarkedPhrase("Lễ hội hoa [Đà Lạt|LOC] năm nay."),
        MarkedPhrase("Ngành TT&TT [Hưng Yên|LOC] tổng kết năm."),
        MarkedPhrase("Ngày Báo chí Cách mạng [Việt Nam|LOC]."),
        MarkedPhrase("Trụ sở tại [thành phố Hồ Chí Minh|LOC]."),
        MarkedPhrase("Các [huyện Đồng Văn|LOC], [Mèo Vạc|LOC] và [Yên Minh|LOC] có nhiều đồng bào Mông."),
        MarkedPhrase("Người dân [bản Nà Luồng|LOC], [xã Bản Bo|LOC] phấn khởi."),
        MarkedPhrase("Sau sáp nhập, [tỉnh Tuyên Quang|LOC] mới rộng hơn; [thành phố Huế|LOC] giữ nguyên."),
    ]

    /// Places inside an agency's name belong to the agency; common words are not places.
    static let negatives: [MarkedPhrase] = [
        MarkedPhrase("[Sở Y tế Lai Châu|AGE] khám bệnh miễn phí."),
        MarkedPhrase("Hòa bình là khát vọng chung."),
        MarkedPhrase("Xây dựng thành phố thông minh."),
        MarkedPhrase("Cấp huyện, cấp xã đều triển khai."),
    ]

    @Test(arguments: phrases) func corpus(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }

    @Test(arguments: negatives) func negative(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }
}
