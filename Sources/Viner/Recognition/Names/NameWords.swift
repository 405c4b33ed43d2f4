/// Folded hashes of the few function words the name rules test by identity (quantifiers,
/// `cấp`, the bodies a department can belong to). Computed once per recogniser; a class, so a
/// scanner holds one reference instead of a dozen collections.
final class NameWords: Sendable {
    /// Words that make a following head noun generic: `các Sở`, `những Ban`, `10 Trung tâm`.
    let quantifiers: Set<UInt64>
    /// `cấp` (as in `UBND cấp huyện`).
    let level: UInt64
    /// Levels after `cấp`, as piece hashes: `tỉnh`, `huyện`, `xã`, `trung ương`, `cơ sở`, ….
    let levels: [[UInt64]]
    /// The bodies that may follow a department's own name: `Ban Tuyên giáo Tỉnh ủy`,
    /// `Ban Cơ yếu Chính phủ`, `Ban Tuyên giáo Trung ương`. Piece hashes, longest first.
    let superiors: [[UInt64]]
    /// `tỉnh` and `thành phố`: after these only a known province or city is taken as the name.
    let provinceUnits: Set<UInt64>
    /// Function words that never sit inside a proper name (`tại`, `và`, `của`, …).
    let functionWords: Set<UInt64>
    /// `của` (a title's body may follow it).
    let of: UInt64
    /// Heads whose name may be a number: `Quân khu 2`, `Ban Chỉ đạo 389`.
    let numberedHeads: Set<String> = ["quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "binh đoàn", "vùng",
                                      "ban chỉ đạo", "hải đoàn", "tiểu đoàn", "bộ tư lệnh vùng", "cục"]
    /// Words that introduce a byline at the start of a line, before a colon: `Tác giả:`, `Ảnh:`.
    let bylineTriggers: [[UInt64]]
    /// Words before a name that make it the name of a street, school, prize, … rather than a
    /// person mentioned in the text: `đường Nguyễn Trãi`, `giải Lê Văn Tám`.
    let namedAfter: Set<UInt64>
    /// First syllables of documents and other common nouns that a capitalised head may precede
    /// without naming a body: `Bộ Luật Lao động`, `Bộ Tiêu chí`, `Bộ Chỉ số`.
    let notNames: Set<UInt64>
    /// Words that make an honorific part of a common noun: `đàn ông`, `đàn bà`.
    let honorificCompounds: Set<UInt64>
    /// `trưởng`: in `Trưởng ban`, `Trưởng phòng` the head after it may start the body's name.
    let chief: UInt64
    /// Heads that may be written in lower case before an acronym (`phòng VHTT`, `sở TT&TT`);
    /// others in lower case are common nouns or parts of words (`dịch vụ CNTT`).
    let lowercaseHeads: Set<String> = ["phòng", "sở", "ban", "cục", "chi cục", "tổng cục", "trung tâm", "văn phòng"]

    init() {
        func hash(_ text: String) -> UInt64 { SyllableFolding.pieceHashes(of: text).first ?? 0 }
        quantifiers = Set(["các", "những", "mọi", "mỗi", "từng", "nhiều", "vài", "số", "hai", "ba", "bốn",
                           "sáu", "bảy", "tám", "chín", "mười", "toàn", "cả"].map(hash))
        level = hash("cấp")
        levels = ["trung ương", "thành phố", "cơ sở", "thị xã", "tỉnh", "huyện", "xã", "quận", "phường"]
            .map { SyllableFolding.pieceHashes(of: $0) }
        superiors = ["Trung ương Đảng", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy",
                     "Chính phủ", "Quốc hội", "Trung ương"].map { SyllableFolding.pieceHashes(of: $0) }
        provinceUnits = Set([hash("tỉnh")])
        of = hash("của")
        chief = hash("trưởng")
        notNames = Set(["luật", "nghị", "quyết", "tiêu", "chỉ", "quy", "đề", "chương", "thông", "công", "văn"].map(hash))
        honorificCompounds = Set(["đàn"].map(hash))
        namedAfter = Set(["đường", "phố", "trường", "giải", "cầu", "khu", "lăng", "tượng", "nhà", "đền", "chùa", "đình",
                          "hẻm", "ngõ", "kiệt", "tàu", "viện", "quỹ", "sân", "bến", "chợ", "công", "tư", "tưởng",
                          "học", "thuyết", "di", "bảo", "tàng", "chuyên", "hiệu", "mang", "tên", "danh"].map(hash))
        bylineTriggers = ["Bài và ảnh", "Tin và ảnh", "Tác giả", "Thực hiện", "Bài", "Ảnh", "Tin", "Nguồn", "Video",
                          "Clip", "Nhóm phóng viên", "Phóng viên", "PV", "BTV"].map { SyllableFolding.pieceHashes(of: $0) }
        functionWords = Set(["tại", "ở", "và", "của", "với", "cho", "từ", "đến", "trong", "ngoài", "về", "là", "có", "được",
                             "đã", "sẽ", "đang", "thuộc", "các", "những", "cùng", "như", "theo", "do", "vì", "khi", "nhằm",
                             "để", "trên", "dưới", "sau", "trước", "qua", "bị", "thì", "mà", "nhưng", "hay", "hoặc",
                             "này", "đó", "kỳ", "năm", "tháng", "ngày", "lần", "số"].map(hash))
    }
}
