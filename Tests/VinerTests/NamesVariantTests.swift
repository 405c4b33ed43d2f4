import Testing
@testable import Viner

/// The same names written in other Unicode forms and spellings are found, with ranges in the
/// caller's original text.
@Suite struct NamesVariantTests {
    let recognizer = NamesTestSupport.recognizer

    private func found(_ text: String) -> [String] {
        recognizer.recognize(text).filter { NamesTestSupport.nameTypes.contains($0.type) }.map {
            let scalars = Array(text.unicodeScalars)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[$0.scalarRange])
            #expect(String(slice) == $0.text)
            return "\($0.type) \($0.text)"
        }
    }

    @Test func modernTonePlacement() {
        #expect(found("Tỉnh uỷ Hoà Bình họp.") == ["AGENCY Tỉnh uỷ Hoà Bình"])
        #expect(found("Uỷ ban nhân dân tỉnh Khánh Hoà") == ["AGENCY Uỷ ban nhân dân tỉnh Khánh Hoà"])
        #expect(found("[Phòng Văn hoá và Thông tin huyện] họp.".replacingBrackets) == ["AGENCY Phòng Văn hoá và Thông tin huyện"])
    }

    @Test func decomposedText() {
        let nfd = "Sơ\u{309} Nô\u{323}i vu\u{323} ti\u{309}nh Lai Châu"
        #expect(found(nfd) == ["AGENCY \(nfd)"])
        let title = "Pho\u{301} Chu\u{309} ti\u{323}ch"
        #expect(found(title + " phát biểu") == ["TITLE \(title)"])
    }

    @Test func ethLookAlike() {
        let text = "\u{D0}ảng ủy xã và \u{D0}ài Phát thanh – Truyền hình tỉnh"
        #expect(found(text) == ["AGENCY \u{D0}ảng ủy xã", "AGENCY \u{D0}ài Phát thanh – Truyền hình tỉnh"])
    }

    @Test func allCapsHeadline() {
        #expect(found("SỞ TT&TT LAI CHÂU TỔNG KẾT NĂM") == ["AGENCY SỞ TT&TT LAI CHÂU"])
    }
}

extension String {
    fileprivate var replacingBrackets: String { filter { $0 != "[" && $0 != "]" } }
}
