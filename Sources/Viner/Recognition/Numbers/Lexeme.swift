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

    /// The table ``lookup(_:_:)`` reads; hold it in a local for a loop of lookups.
    static let table = LexemeTable()

    /// The lexeme spelled by the UTF-8 `bytes` (any letter case), or `.none`.
    static func lookup(_ bytes: ArraySlice<UInt8>) -> Lexeme {
        bytes.withUnsafeBufferPointer { table.lookup($0, 0..<$0.count) }
    }

    /// The lexeme spelled by `bytes[range]` (valid UTF-8, any letter case), or `.none`.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Lexeme {
        table.lookup(bytes, range)
    }
}

/// Lexemes by their UTF-8 bytes: an open-addressing table (linear probing, 1024 slots, under
/// half full) keyed by a word's bytes packed into a `UInt64` with ASCII letters lower-cased.
/// A spelling enters once for every way of writing its non-ASCII letters in either case
/// (`đầu`, `Đầu`, `đẦu`, `ĐẦU`), so a lookup needs no decoding; keys are exact, so a word is
/// found only when it is a spelling.
final class LexemeTable: Sendable {
    private static let slotCount = 1024
    /// The longest spelling in UTF-8 bytes (`khoảng`): a key holds eight bytes.
    private static let maxBytes = 8
    private let keys: [UInt64]
    private let lexemes: [Lexeme]
    /// One bit per 2048 hash values, set where a key hashes: a 256-byte filter that stays in
    /// cache and turns most words away before the 8 KB key table is read.
    private let filter: [UInt64]

    init() {
        var filter = [UInt64](repeating: 0, count: 32)
        var keys = [UInt64](repeating: 0, count: Self.slotCount)
        var lexemes = [Lexeme](repeating: .none, count: Self.slotCount)
        var entries = 0
        for lexeme in Lexeme.allCases {
            for spelling in lexeme.spellings {
                var variants: [[UInt8]] = [[]]
                for scalar in spelling.unicodeScalars {
                    precondition(VietnameseCase.lower(scalar.value) == scalar.value, "lexeme spelling not lower case: \(spelling)")
                    var forms = [scalar]
                    if scalar.value >= 0x80, let upper = Self.upperCase(of: scalar.value) { forms.append(upper) }
                    variants = variants.flatMap { prefix in forms.map { prefix + Array(String($0).utf8) } }
                }
                for bytes in variants {
                    precondition(!bytes.isEmpty && bytes.count <= Self.maxBytes, "lexeme spelling too long: \(spelling)")
                    let key = bytes.withUnsafeBufferPointer { Self.key($0, 0..<$0.count) }
                    var slot = Self.slot(of: key)
                    while keys[slot] != 0 {
                        precondition(keys[slot] != key, "lexeme spelling listed twice: \(spelling)")
                        slot = (slot + 1) & (Self.slotCount - 1)
                    }
                    keys[slot] = key
                    lexemes[slot] = lexeme
                    let bit = Self.filterBit(of: key)
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                    entries += 1
                }
            }
        }
        precondition(entries * 2 <= Self.slotCount, "lexeme table too full")
        self.keys = keys
        self.lexemes = lexemes
        self.filter = filter
    }

    /// The upper-case letter that ``VietnameseCase/lower(_:)`` maps to `scalar`, if any.
    private static func upperCase(of scalar: UInt32) -> Unicode.Scalar? {
        for candidate in [scalar &- 0x20, scalar &- 1] where candidate != scalar && VietnameseCase.lower(candidate) == scalar {
            return Unicode.Scalar(candidate)
        }
        return nil
    }

    /// `bytes[range]` (at most eight) packed little-endian, ASCII letters lower-cased.
    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for k in range {
            let b = bytes[k]
            key |= UInt64(b &- 0x41 < 26 ? b | 0x20 : b) << shift
            shift += 8
        }
        return key
    }

    @inline(__always)
    private static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54) & (slotCount - 1)
    }

    /// The bit of ``filter`` for `key` (other hash bits than ``slot(of:)``'s).
    @inline(__always)
    private static func filterBit(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 53)
    }

    /// ``key(_:_:)`` for a word with eight readable bytes from its start: one load, the
    /// letters lower-cased eight at a time.
    @inline(__always)
    private static func wideKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let loaded = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self)
        var word = UInt64(littleEndian: loaded)
        if range.count < 8 { word &= (1 << (UInt64(range.count) * 8)) - 1 }
        // A byte is `A`…`Z` when its low seven bits are ≥ 0x41 and < 0x5B and its top bit is clear.
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = low &+ 0x2525_2525_2525_2525
        let upper = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
        return word | upper >> 2
    }

    /// The lexeme spelled by `bytes[range]` (valid UTF-8, any letter case), or `.none`.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Lexeme {
        // No spelling ends in a NUL byte, so a word's zero padding never makes it one.
        guard !range.isEmpty, range.count <= Self.maxBytes, bytes[range.upperBound - 1] != 0 else { return .none }
        let wanted = range.lowerBound + 8 <= bytes.count ? Self.wideKey(bytes, range) : Self.key(bytes, range)
        let bit = Self.filterBit(of: wanted)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return .none }
        var slot = Self.slot(of: wanted)
        while true {
            let found = keys[slot]
            if found == wanted { return lexemes[slot] }
            if found == 0 { return .none }
            slot = (slot + 1) & (Self.slotCount - 1)
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
