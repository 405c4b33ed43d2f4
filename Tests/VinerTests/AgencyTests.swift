import Testing
@testable import Viner

@Suite struct AgencyTests {
    static let phrases: [MarkedPhrase] = [
        MarkedPhrase("[Sở Thông tin và Truyền thông tỉnh Hà Giang|AGE] tổ chức hội nghị."),
        MarkedPhrase("[Sở TT&TT Cao Bằng|AGE=Sở Thông tin và Truyền thông Cao Bằng] đạt giải nhất."),
        MarkedPhrase("[Sở TT & TT Nam Định|AGE=Sở Thông tin và Truyền thông Nam Định] nhận cờ thi đua."),
        MarkedPhrase("[Bộ KH&CN|AGE=Bộ Khoa học và Công nghệ] và [Bộ GD&ĐT|AGE=Bộ Giáo dục và Đào tạo] ký kết hợp tác."),
        MarkedPhrase("[Sở LĐ-TB&XH|AGE=Sở Lao động - Thương binh và Xã hội] và [Sở NN&PTNT|AGE=Sở Nông nghiệp và Phát triển nông thôn] phối hợp."),
        MarkedPhrase("[Ủy ban nhân dân tỉnh Bến Tre|AGE] ban hành kế hoạch."),
        MarkedPhrase("[Ban Tuyên giáo Tỉnh ủy|AGE] hướng dẫn tuyên truyền."),
        MarkedPhrase("[Ban thường vụ Huyện ủy|AGE] họp phiên thường kỳ."),
        MarkedPhrase("[Sở Kế hoạch & Đầu tư|AGE] thẩm định dự án."),
        MarkedPhrase("[Sở Bưu chính, Viễn thông tỉnh Hòa Bình|AGE] được thành lập năm 2004."),
        MarkedPhrase("[Sở Thông tin và Truyền thông|AGE] ([TT&TT|AGE=Thông tin và Truyền thông]) [Hà Nam|LOC] tổng kết năm."),
        MarkedPhrase("[Đài Phát thanh – Truyền hình tỉnh|AGE] đưa tin."),
        MarkedPhrase("[Báo Lạng Sơn|AGE] có bài viết."),
        MarkedPhrase("Hợp tác với [Tập đoàn VNPT|AGE=Tập đoàn Bưu chính Viễn thông Việt Nam] và [Tập đoàn Viettel|AGE]."),
        MarkedPhrase("[Tổng công ty Bưu điện Việt Nam|AGE] triển khai dịch vụ mới."),
        MarkedPhrase("Kết nối với [Văn phòng Chính phủ|AGE] và [Ban Cơ yếu Chính phủ|AGE]."),
        MarkedPhrase("[Cục Thông tin đối ngoại|AGE] phối hợp với [Thông tấn xã Việt Nam|AGE]."),
        MarkedPhrase("[UBND cấp huyện|AGE=Ủy ban nhân dân cấp huyện] đã có mạng nội bộ."),
        MarkedPhrase("Lãnh đạo [phòng VHTT|AGE=Phòng Văn hóa và Thông tin] tham dự."),
        MarkedPhrase("[Ủy ban Mặt trận Tổ quốc tỉnh|AGE] và [Hội Nông dân tỉnh|AGE] phát động phong trào."),
        MarkedPhrase("Nghị quyết Đại hội [Đảng bộ tỉnh Hà Tĩnh|AGE] lần thứ XIX."),
        MarkedPhrase("Tuyên truyền về [ASEAN|AGE=Hiệp hội các quốc gia Đông Nam Á] và [WHO|AGE=Tổ chức Y tế Thế giới]."),
        MarkedPhrase("Tham mưu cho [Tỉnh ủy|AGE], [HĐND|AGE=Hội đồng nhân dân], [UBND tỉnh|AGE=Ủy ban nhân dân tỉnh]."),
        MarkedPhrase("[Công an tỉnh Quảng Bình|AGE] triệt phá đường dây."),
        MarkedPhrase("[Phó Tư lệnh|TIT] [Quân khu 2|AGE] dự lễ."),
        MarkedPhrase("[Công đoàn Sở TT&TT|AGE=Công đoàn Sở Thông tin và Truyền thông] nhận bằng khen."),
        MarkedPhrase("[Văn phòng UBND tỉnh|AGE=Văn phòng Ủy ban nhân dân tỉnh] và [Văn phòng Tỉnh ủy|AGE] phối hợp."),
        MarkedPhrase("[Trường Đại học Bách khoa Hà Nội|AGE] ký kết với [Tập đoàn FPT|AGE]."),
        MarkedPhrase("[Trưởng|TIT] [phòng Kế hoạch - Tài chính|AGE] [Sở TT&TT|AGE=Sở Thông tin và Truyền thông] [Hoàng Văn Thái|PER] cho biết."),
        MarkedPhrase("[Trung tâm CNTT&TT tỉnh|AGE=Trung tâm Công nghệ thông tin và Truyền thông tỉnh] vận hành hệ thống."),
        MarkedPhrase("[Cục Phát thanh, truyền hình và thông tin điện tử|AGE] ([Bộ TT&TT|AGE=Bộ Thông tin và Truyền thông]) tham dự."),
        // Regression: two bodies listed with a comma stay two («Sở Tài chính, Công an tỉnh» was one).
        MarkedPhrase("Đại diện [Sở Tài chính|AGE], [Công an tỉnh|AGE] và [Báo Nghệ An|AGE] dự họp."),
        MarkedPhrase("Gồm [Sở Nội vụ|AGE], [Sở Y tế|AGE], [UBND huyện|AGE=Ủy ban nhân dân huyện] cùng tham gia."),
    ]

    /// The contract's not-entities: bare heads, sectors, generic classes, systems, bare Đảng/Nhà nước.
    static let negatives: [MarkedPhrase] = [
        MarkedPhrase("Sở đã tham mưu cho các Sở, ban, ngành triển khai."),
        MarkedPhrase("Phát triển ngành TT&TT và lĩnh vực CNTT của tỉnh."),
        MarkedPhrase("Các cơ quan báo chí và doanh nghiệp viễn thông tham gia."),
        MarkedPhrase("Cổng Thông tin điện tử tỉnh được nâng cấp."),
        MarkedPhrase("Sự lãnh đạo của Đảng và Nhà nước."),
        MarkedPhrase("Các dịch vụ TT&TT và dịch vụ CNTT phát triển mạnh."),
        MarkedPhrase("Có 08 Đài Truyền thanh – Truyền hình cấp huyện."),
        MarkedPhrase("Xây dựng chính phủ điện tử, chính quyền số."),
        MarkedPhrase("Theo Quyết định số 575/QĐ-UBND của tỉnh."),
        MarkedPhrase("Xã có Đài truyền thanh cấp xã."),
        MarkedPhrase("Ban hành quy chế mới."),
        MarkedPhrase("Trung tâm Điều hành hoạt động ổn định."),
        MarkedPhrase("Kết nối với Trung tâm dữ liệu của tỉnh."),
        MarkedPhrase("Bộ Luật Lao động năm 2019 và Bộ Tiêu chí quốc gia."),
        MarkedPhrase("Chuyên mục Thông tin đối ngoại; dịch vụ Bưu chính công ích."),
    ]

    @Test(arguments: phrases) func corpus(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }

    @Test(arguments: negatives) func negative(_ phrase: MarkedPhrase) {
        NamesTestSupport.check(phrase, NamesTestSupport.recognizer)
    }
}
