/// The words the date, percent and number rules know, identified case-insensitively from a
/// piece's bytes without allocating.
enum Lexeme: UInt8, Sendable, CaseIterable {
    case none
    // Number words.
    case khong, mot, mot1, hai, ba, bon, tu, nam, lam, sau, bay, tam, chin
    case muoi10, muoi, tram, nghin, trieu, ty, linh, chuc, phay, phan, am, ruoi
    // Calendar words.
    case ngay, thang, quy, tuan, gio, phut, giay, tieng, s
    case mong, thu, chu, nhat, cn
    case hom, nay, qua, mai, kia, bua, ngoai
    case nay2, truoc, sau2, toi, tiep, theo, ke, vua, roi, sap, hien, tai, dau, cuoi, tien, cua, hang
    case luc, vao, dung, khoang, ngay2, bay2
    case sang, trua, chieu, toi2, dem, khuya, buoi, kem
    case giang, sinh, mua, xuan, he, thu2, dong, ha
    case nua, gieng, chap, hoc
    case h, g, pm, am2
    case romanI, romanII, romanIII, romanIV
    // Context words for negatives and span limits.
    case lan, khoa, ky, hang2, cac, nhung, moi, may, vai, nhieu, trong, suot, tu2, den, giai, doan, so, dai, ve, xep, dung2, vi
    case va, hoac, hon, thang2, thua, hoa, dat, mat

    /// Spellings (lower case, NFC), several where Vietnamese has variants.
    var spellings: [String] {
        switch self {
        case .none: []
        case .khong: ["không"]
        case .mot: ["một"]
        case .mot1: ["mốt"]
        case .hai: ["hai"]
        case .ba: ["ba"]
        case .bon: ["bốn"]
        case .tu: ["tư"]
        case .nam: ["năm"]
        case .lam: ["lăm", "nhăm"]
        case .sau: ["sáu"]
        case .bay: ["bảy", "bẩy"]
        case .tam: ["tám"]
        case .chin: ["chín"]
        case .muoi10: ["mười"]
        case .muoi: ["mươi"]
        case .tram: ["trăm"]
        case .nghin: ["nghìn", "ngàn"]
        case .trieu: ["triệu"]
        case .ty: ["tỷ", "tỉ"]
        case .linh: ["linh", "lẻ"]
        case .chuc: ["chục"]
        case .phay: ["phẩy", "phảy"]
        case .phan: ["phần"]
        case .am: ["âm"]
        case .ruoi: ["rưỡi"]
        case .ngay: ["ngày"]
        case .thang: ["tháng"]
        case .quy: ["quý", "qúy"]
        case .tuan: ["tuần"]
        case .gio: ["giờ"]
        case .phut: ["phút"]
        case .giay: ["giây"]
        case .tieng: ["tiếng"]
        case .s: ["s"]
        case .mong: ["mồng", "mùng"]
        case .thu: ["thứ"]
        case .chu: ["chủ", "chúa"]
        case .nhat: ["nhật"]
        case .cn: ["cn"]
        case .hom: ["hôm"]
        case .nay: ["nay"]
        case .qua: ["qua"]
        case .mai: ["mai"]
        case .kia: ["kia"]
        case .bua: ["bữa"]
        case .ngoai: ["ngoái"]
        case .nay2: ["này"]
        case .truoc: ["trước"]
        case .sau2: ["sau"]
        case .toi: ["tới"]
        case .tiep: ["tiếp"]
        case .theo: ["theo"]
        case .ke: ["kế"]
        case .vua: ["vừa"]
        case .roi: ["rồi"]
        case .sap: ["sắp"]
        case .hien: ["hiện"]
        case .tai: ["tại"]
        case .dau: ["đầu"]
        case .cuoi: ["cuối"]
        case .tien: ["tiên"]
        case .cua: ["của"]
        case .hang: ["hằng", "hàng"]
        case .luc: ["lúc"]
        case .vao: ["vào"]
        case .dung: ["đúng"]
        case .khoang: ["khoảng"]
        case .ngay2: ["ngay"]
        case .bay2: ["bây"]
        case .sang: ["sáng"]
        case .trua: ["trưa"]
        case .chieu: ["chiều"]
        case .toi2: ["tối"]
        case .dem: ["đêm"]
        case .khuya: ["khuya"]
        case .buoi: ["buổi"]
        case .kem: ["kém"]
        case .giang: ["giáng"]
        case .sinh: ["sinh"]
        case .mua: ["mùa"]
        case .xuan: ["xuân"]
        case .he: ["hè"]
        case .thu2: ["thu"]
        case .dong: ["đông"]
        case .ha: ["hạ"]
        case .nua: ["nửa"]
        case .gieng: ["giêng"]
        case .chap: ["chạp"]
        case .hoc: ["học"]
        case .h: ["h"]
        case .g: ["g"]
        case .pm: ["pm"]
        case .am2: ["am"]
        case .romanI: ["i"]
        case .romanII: ["ii"]
        case .romanIII: ["iii"]
        case .romanIV: ["iv"]
        case .lan: ["lần"]
        case .khoa: ["khóa", "khoá"]
        case .ky: ["kỳ", "kì"]
        case .hang2: ["hạng"]
        case .cac: ["các"]
        case .nhung: ["những"]
        case .moi: ["mỗi"]
        case .may: ["mấy"]
        case .vai: ["vài"]
        case .nhieu: ["nhiều"]
        case .trong: ["trong"]
        case .suot: ["suốt"]
        case .tu2: ["từ"]
        case .den: ["đến"]
        case .giai: ["giai"]
        case .doan: ["đoạn"]
        case .so: ["số"]
        case .dai: ["đại"]
        case .ve: ["về"]
        case .xep: ["xếp"]
        case .dung2: ["đứng"]
        case .vi: ["vị"]
        case .va: ["và"]
        case .hoac: ["hoặc"]
        case .hon: ["hơn"]
        case .thang2: ["thắng"]
        case .thua: ["thua"]
        case .hoa: ["hòa", "hoà"]
        case .dat: ["đạt"]
        case .mat: ["mất"]
        }
    }

    /// The digit a number word stands for (`năm` 5, `lăm` 5, `mốt` 1, `tư` 4), or nil.
    var digit: Int? {
        switch self {
        case .khong: 0
        case .mot, .mot1: 1
        case .hai: 2
        case .ba: 3
        case .bon, .tu: 4
        case .nam, .lam: 5
        case .sau: 6
        case .bay: 7
        case .tam: 8
        case .chin: 9
        default: nil
        }
    }

    /// The value of a Roman numeral word (I–IV), or nil.
    var roman: Int? {
        switch self {
        case .romanI: 1
        case .romanII: 2
        case .romanIII: 3
        case .romanIV: 4
        default: nil
        }
    }

    /// Lexemes by the hash of their lower-case scalars: an open-addressing table (linear
    /// probing, 1024 slots) of hash keys and lexemes; key 0 marks an empty slot.
    private static let slots: (keys: [UInt64], lexemes: [Lexeme]) = {
        var keys = [UInt64](repeating: 0, count: slotCount)
        var lexemes = [Lexeme](repeating: .none, count: slotCount)
        for lexeme in Lexeme.allCases {
            for spelling in lexeme.spellings {
                var hasher = LexemeHasher()
                for scalar in spelling.unicodeScalars { hasher.add(scalar.value) }
                let key = hasher.value
                precondition(key != 0, "lexeme spelling hashes to 0: \(spelling)")
                var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & (slotCount - 1)
                while keys[slot] != 0 {
                    precondition(keys[slot] != key, "lexeme spelling collision: \(spelling)")
                    slot = (slot + 1) & (slotCount - 1)
                }
                keys[slot] = key
                lexemes[slot] = lexeme
            }
        }
        return (keys, lexemes)
    }()

    private static let slotCount = 1024

    /// The lexeme spelled by the UTF-8 `bytes` (any letter case), or `.none`.
    static func lookup(_ bytes: ArraySlice<UInt8>) -> Lexeme {
        bytes.withUnsafeBufferPointer { lookup($0, 0..<$0.count) }
    }

    /// The lexeme spelled by `bytes[range]` (valid UTF-8, any letter case), or `.none`.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Lexeme {
        guard range.count <= 16 else { return .none }
        var hasher = LexemeHasher()
        var decoder = UTF8Scalars(bytes, range)
        while let scalar = decoder.next() { hasher.add(VietnameseCase.lower(scalar)) }
        let key = hasher.value
        return slots.keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & (slotCount - 1)
            while true {
                let found = keys[slot]
                if found == key { return slots.lexemes[slot] }
                if found == 0 { return .none }
                slot = (slot + 1) & (slotCount - 1)
            }
        }
    }
}

/// FNV-1a over scalar values.
struct LexemeHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ scalar: UInt32) {
        var s = scalar
        for _ in 0..<3 {
            value ^= UInt64(s & 0xFF)
            value &*= 0x100_0000_01b3
            s >>= 8
        }
    }
}

/// Decodes scalars from valid UTF-8 bytes.
struct UTF8Scalars {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int

    /// Decodes `bytes[range]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.bytes = bytes
        self.index = range.lowerBound
        self.end = range.upperBound
    }

    /// The next scalar value and its byte length.
    @inline(__always)
    mutating func nextWithLength() -> (UInt32, Int)? {
        guard index < end else { return nil }
        let b0 = UInt32(bytes[index])
        var length = 1
        var value = b0
        if b0 >= 0xF0 { length = 4; value = b0 & 0x07 } else if b0 >= 0xE0 { length = 3; value = b0 & 0x0F } else if b0 >= 0xC0 { length = 2; value = b0 & 0x1F }
        if length > 1 {
            for k in 1..<length {
                let i = index + k
                guard i < end else { index = end; return (0xFFFD, length) }
                value = (value << 6) | (UInt32(bytes[i]) & 0x3F)
            }
        }
        index += length
        return (value, length)
    }

    @inline(__always)
    mutating func next() -> UInt32? { nextWithLength()?.0 }
}

/// Lower-casing for the letters Vietnamese uses (ASCII, Latin-1, ă đ ĩ ũ ơ ư, and the
/// Latin Extended Additional block), without tables or allocation.
enum VietnameseCase {
    static func lower(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x41...0x5A: return s + 0x20
        case 0xC0...0xDE where s != 0xD7: return s + 0x20
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return s + 1
        case 0x1EA0...0x1EF9 where s % 2 == 0: return s + 1
        default: return s
        }
    }

    static func isUpper(_ s: UInt32) -> Bool { lower(s) != s }
}
