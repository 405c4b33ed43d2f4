extension Lexeme {
    /// A DATE expression can begin with this word (``DateParser/canStart(at:in:)``):
    /// - a number in words (a day, an hour, `6 tháng đầu năm`, `3 ngày tới`): the digit words,
    ///   `mười`, `linh`;
    /// - a calendar word: `ngày`, `mồng`, `tháng`, `năm`, `quý`, `nửa`, `tuần`, `giáng`;
    /// - a weekday: `thứ`, `chủ`;
    /// - a time or now: `lúc`, `ngay`, `bây`;
    /// - a relative day or part of day: `hôm`, `bữa`, `buổi`, `sáng`, `trưa`, `chiều`, `tối`,
    ///   `đêm`, `khuya`; a season: `mùa`.
    var startsDate: Bool {
        switch self {
        case .khong, .mot, .mot1, .hai, .ba, .bon, .tu, .nam, .lam, .sau, .bay, .tam, .chin, .muoi10, .linh,
             .ngay, .mong, .thang, .quy, .nua, .tuan, .giang,
             .thu, .chu,
             .luc, .ngay2, .bay2,
             .hom, .bua, .buoi, .sang, .trua, .chieu, .toi2, .dem, .khuya, .mua:
            true
        default:
            false
        }
    }

    /// A word that can follow a number written in digits at the start of a DATE: a month or a
    /// unit (`18 tháng 9`, `3 ngày tới`, `2 tuần tiếp theo`), an hour (`7 giờ`, `14h20`,
    /// `10g45`, `4pm`).
    var followsNumberInDate: Bool {
        switch self {
        case .thang, .gio, .h, .g, .pm, .am2, .giay, .s, .phut, .tieng, .ngay, .tuan, .nam:
            true
        default:
            false
        }
    }

    /// A word that starts a DATE only as (the first word of) a number: the digit words but
    /// `năm` (also the calendar year), `mười`, `linh`.
    var startsDateOnlyAsNumber: Bool {
        switch self {
        case .khong, .mot, .mot1, .hai, .ba, .bon, .tu, .lam, .sau, .bay, .tam, .chin, .muoi10, .linh:
            true
        default:
            false
        }
    }

    /// A word ``SpelledNumber`` reads inside a number: a digit word, `mười`, `mươi`, `linh`,
    /// `chục`, `trăm`, `nghìn`, `triệu`, `tỷ`.
    var isNumberWord: Bool {
        digit != nil || [.muoi10, .muoi, .linh, .chuc, .tram, .nghin, .trieu, .ty].contains(self)
    }

    /// The number word of a weekday after `thứ`: `hai` … `bảy` (`tư`, `năm`, `sáu` included).
    var isWeekdayNumber: Bool {
        switch self {
        case .hai, .ba, .tu, .nam, .sau, .bay: true
        default: false
        }
    }

    /// A word that makes a part of day before it a DATE: a relative day (`sáng mai`,
    /// `tối nay`, `trưa hôm qua`, `chiều ngày mai`) or a weekday (`sáng chủ nhật`, `tối thứ 6`).
    var followsPartOfDay: Bool {
        switch self {
        case .hom, .bua, .ngay, .nay, .mai, .qua, .thu, .chu: true
        default: false
        }
    }
}
