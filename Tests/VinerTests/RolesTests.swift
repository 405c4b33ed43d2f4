import Testing
@testable import Viner

@Suite struct RolesTests {
    let recognizer = NamesTestSupport.recognizer

    private func summary(_ roles: [Role]) -> [String] {
        roles.map { "\($0.person?.text ?? "-") | \($0.title.text) | \($0.agency?.text ?? "-")" }
    }

    @Test func personBeforeTitleAndBody() {
        let roles = recognizer.roles(in: "Ông Nguyễn Văn Tâm, Giám đốc Sở TT&TT Bắc Kạn phát biểu.")
        #expect(summary(roles) == ["Nguyễn Văn Tâm | Giám đốc | Sở TT&TT Bắc Kạn"])
        #expect(roles.first?.agency?.value == .name("Sở Thông tin và Truyền thông Bắc Kạn"))
    }

    @Test func personAfterTitleAndBody() {
        let roles = recognizer.roles(in: "Phó Chủ tịch UBND tỉnh Lò Văn Tiến kiểm tra đê điều.")
        #expect(summary(roles) == ["Lò Văn Tiến | Phó Chủ tịch | UBND tỉnh"])
    }

    @Test func onePersonSeveralOffices() {
        let roles = recognizer.roles(in: "Đến dự có đồng chí Giàng Seo Phử, Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy Hà Giang.")
        #expect(summary(roles) == [
            "Giàng Seo Phử | Ủy viên | Trung ương Đảng",
            "Giàng Seo Phử | Phó Bí thư | Tỉnh ủy Hà Giang",
        ])
    }

    @Test func listOfPeople() {
        let roles = recognizer.roles(in: "Có các đồng chí: Hờ A Tủa, Bí thư Huyện ủy; Lầu Mí Chá, Chủ tịch UBND huyện.")
        #expect(summary(roles) == ["Hờ A Tủa | Bí thư | Huyện ủy", "Lầu Mí Chá | Chủ tịch | UBND huyện"])
    }

    @Test func titleWithoutPersonOrBody() {
        let roles = recognizer.roles(in: "Phó Chủ tịch đề nghị các đơn vị khẩn trương.")
        #expect(summary(roles) == ["- | Phó Chủ tịch | -"])
    }

    @Test func noTitleNoRole() {
        #expect(recognizer.roles(in: "Ông Trần Văn Bình về thăm quê.").isEmpty)
    }
}
