/// The character-level repairs of ``NormalizationOptions/Repairs``: which code points they
/// touch and what they become.
enum RepairTable {
    /// What a repair does to one code point.
    enum Action: Equatable {
        case keep
        case delete
        /// Delete only between two letters (zero-width joiners inside words; emoji keep theirs).
        case deleteBetweenLetters
        case replace(UInt32)
        /// `Ð`/`ð` typed for `Đ`/`đ`: replaced only inside a Vietnamese word.
        case lookAlikeD
    }

    /// Whether any repair may touch `scalar`.
    static func isCandidate(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0, 0xAD, 0xD0, 0xF0, 0x2000...0x200D, 0x2010...0x2015, 0x2018...0x201F,
             0x202F, 0x2032, 0x2033, 0x205F, 0x2060, 0x2212, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// The action `repairs` take on `scalar`.
    static func action(for scalar: UInt32, repairs: NormalizationOptions.Repairs) -> Action {
        switch scalar {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F:
            return repairs.contains(.spaces) ? .replace(0x20) : .keep
        case 0x200B, 0x2060, 0xFEFF, 0xAD:
            return repairs.contains(.invisibles) ? .delete : .keep
        case 0x200C, 0x200D:
            return repairs.contains(.invisibles) ? .deleteBetweenLetters : .keep
        case 0xD0, 0xF0:
            return repairs.contains(.lookAlikes) ? .lookAlikeD : .keep
        case 0x2018...0x201B, 0x2032:
            return repairs.contains(.quotes) ? .replace(0x27) : .keep
        case 0x201C...0x201F, 0x2033:
            return repairs.contains(.quotes) ? .replace(0x22) : .keep
        case 0x2010...0x2015, 0x2212:
            return repairs.contains(.dashes) ? .replace(0x2D) : .keep
        default:
            return .keep
        }
    }
}
