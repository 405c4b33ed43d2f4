/// A deterministic generator of official-news style Vietnamese text for benchmarks: titles,
/// agencies, people, places, dates, percentages, document numbers and ordinary prose, from
/// templates. The same seed and size always give the same bytes.
///
/// ```swift
/// let text = CorpusGenerator(seed: 42).text(byteCount: 1 << 20)   // ~1 MiB
/// ```
public struct CorpusGenerator: Sendable {
    private var state: UInt64

    public init(seed: UInt64 = 0x5649_4E45_5200_0001) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func pick(_ list: [String]) -> String { list[int(0...(list.count - 1))] }

    /// At least `byteCount` bytes of UTF-8 text in paragraphs (whole sentences, NFC).
    public mutating func text(byteCount: Int) -> String {
        var out = ""
        out.reserveCapacity(byteCount + 512)
        while out.utf8.count < byteCount {
            out += paragraph()
            out += "\n\n"
        }
        return out
    }

    private mutating func paragraph() -> String {
        var sentences: [String] = []
        if int(0...3) == 0 { sentences.append(headline()) }
        for _ in 0..<int(2...6) { sentences.append(sentence()) }
        return sentences.joined(separator: " ")
    }

    private mutating func headline() -> String {
        "\(pick(Words.headlineVerbs).uppercased()) \(pick(Words.topics).uppercased()) TẠI \(pick(Words.places).uppercased())"
    }

    private mutating func date() -> String {
        let day = int(1...28), month = int(1...12), year = int(2005...2026)
        switch int(0...4) {
        case 0: return "ngày \(day)/\(month)/\(year)"
        case 1: return "ngày \(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)"
        case 2: return "ngày \(day) tháng \(month) năm \(year)"
        case 3: return "sáng \(day)/\(month)"
        default: return "tháng \(month)/\(year)"
        }
    }

    private mutating func percent() -> String {
        switch int(0...3) {
        case 0: return "\(int(1...100))%"
        case 1: return "\(int(1...99)),\(int(1...9))%"
        case 2: return "\(int(1...99)),\(int(1...9)) %"
        default: return "\(int(1...60)) phần trăm"
        }
    }

    private mutating func number() -> String {
        switch int(0...2) {
        case 0: return "\(int(2...999)).\(String(int(100...999)))"
        case 1: return "\(int(1...999)),\(int(1...9))"
        default: return "\(int(2...500))"
        }
    }

    private mutating func documentNumber() -> String {
        switch int(0...2) {
        case 0: return "\(int(1...3000))/\(pick(Words.documentTypes))-\(pick(Words.issuers))"
        case 1: return "\(int(1...200))/\(int(2010...2026))/\(pick(Words.documentTypes))-\(pick(Words.issuers))"
        default: return "\(int(1...90))-\(pick(Words.documentTypes))/\(pick(Words.issuers))"
        }
    }

    private mutating func person() -> String {
        "\(pick(Words.surnames)) \(pick(Words.middleNames)) \(pick(Words.givenNames))"
    }

    private mutating func prose(_ words: Int) -> String {
        (0..<words).map { _ in pick(Words.prose) }.joined(separator: " ")
    }

    private mutating func sentence() -> String {
        switch int(0...9) {
        case 0:
            return "\(date().capitalizedFirst), \(pick(Words.agencies)) tổ chức \(pick(Words.events)) về \(pick(Words.topics)) tại \(pick(Words.places))."
        case 1:
            return "\(pick(Words.titles).capitalizedFirst) \(person()) cho biết, tỷ lệ \(pick(Words.topics)) đạt \(percent()), tăng \(percent()) so với cùng kỳ năm \(int(2015...2025))."
        case 2:
            return "Theo Quyết định số \(documentNumber()) \(date()), \(pick(Words.agencies)) giao \(pick(Words.agencies)) \(prose(int(4...9)))."
        case 3:
            return "Tham dự có đồng chí \(person()), \(pick(Words.titles)) \(pick(Words.agencies)); đồng chí \(person()), \(pick(Words.titles)) \(pick(Words.places))."
        case 4:
            return "Trong giai đoạn \(int(2010...2016))-\(int(2020...2030)), \(pick(Words.places)) đã \(prose(int(5...12))) với \(number()) \(pick(Words.units)) (chiếm \(percent()))."
        case 5:
            return "Sở \(pick(Words.acronyms)) \(pick(Words.places)) phối hợp với Bộ \(pick(Words.acronyms)) \(prose(int(6...14)))."
        case 6:
            return "“\(prose(int(6...12)).capitalizedFirst)”, \(pick(Words.titles)) \(person()) nhấn mạnh."
        case 7:
            return "Lúc \(int(6...22)):\(int(10...59)) \(date()), \(prose(int(8...16))), xem tại https://\(pick(Words.domains))/tin-tuc/\(int(1000...99999)).html."
        case 8:
            return "Kinh phí thực hiện khoảng \(number()) tỷ đồng, trong đó ngân sách trung ương \(percent()); liên hệ \(pick(Words.mailboxes))@\(pick(Words.domains))."
        default:
            return "\(prose(int(10...24)).capitalizedFirst)."
        }
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first = first else { return self }
        return first.uppercased() + dropFirst()
    }
}

/// Word lists for ``CorpusGenerator`` (written for the generator; not taken from any article).
enum Words {
    static let surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
    static let middleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu"]
    static let givenNames = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong", "Quân", "Sơn", "Thảo", "Trung", "Tuấn", "Việt", "Yến"]
    static let titles = ["chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "giám đốc", "phó giám đốc", "bộ trưởng", "thứ trưởng", "trưởng ban", "chánh văn phòng", "trưởng phòng"]
    static let agencies = ["UBND tỉnh", "Ủy ban nhân dân huyện", "Sở Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "Sở Giáo dục và Đào tạo", "Hội đồng nhân dân thành phố", "Ban Tuyên giáo Tỉnh ủy", "Sở TT&TT", "Bộ KH&CN", "Sở LĐ-TB&XH", "Bộ NN&PTNT", "Sở GD&ĐT"]
    static let acronyms = ["TT&TT", "KH&CN", "GD&ĐT", "NN&PTNT", "LĐ-TB&XH", "VH-TT&DL"]
    static let places = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Quảng Ninh", "Nghệ An", "Thừa Thiên Huế", "Lâm Đồng", "Đắk Lắk", "Bà Rịa - Vũng Tàu", "Hải Phòng", "Sóc Trăng"]
    static let topics = ["chuyển đổi số", "cải cách hành chính", "giải ngân vốn đầu tư công", "tiêm chủng", "xây dựng nông thôn mới", "phổ cập giáo dục", "bảo hiểm y tế", "thu ngân sách", "hạ tầng viễn thông", "an toàn thông tin"]
    static let events = ["hội nghị", "lễ ký kết", "buổi làm việc", "hội thảo", "cuộc họp báo", "lễ khai mạc"]
    static let headlineVerbs = ["Đẩy mạnh", "Triển khai", "Tổng kết", "Nâng cao", "Kiểm tra"]
    static let documentTypes = ["QĐ", "NQ", "CT", "TT", "NĐ", "KH", "BC"]
    static let issuers = ["UBND", "TTg", "CP", "BTTTT", "TU", "HĐND", "BGDĐT"]
    static let units = ["hộ gia đình", "doanh nghiệp", "học sinh", "trạm BTS", "km đường", "ha lúa"]
    static let domains = ["baochinhphu.vn", "mic.gov.vn", "tinhuy.example.vn", "sotttt.example.gov.vn"]
    static let mailboxes = ["vanphong", "tiepdan", "bbt", "lienhe.sotttt"]
    static let prose = ["các", "cơ quan", "đơn vị", "địa phương", "tiếp tục", "triển khai", "hiệu quả", "nhiệm vụ", "giải pháp",
                        "trọng tâm", "của", "và", "trong", "năm", "người dân", "doanh nghiệp", "nâng cao", "chất lượng", "dịch vụ",
                        "công", "trực tuyến", "mức độ", "phát triển", "kinh tế", "xã hội", "bảo đảm", "an ninh", "quốc phòng",
                        "đồng thời", "tăng cường", "kiểm tra", "giám sát", "việc", "thực hiện", "kế hoạch", "đề ra", "theo",
                        "quy định", "pháp luật", "hướng dẫn", "thủ tục", "hành chính", "đã", "được", "những", "kết quả", "quan trọng"]
}
