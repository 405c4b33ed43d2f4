# -*- coding: utf-8 -*-
"""Print the plain (unannotated) extracts of the dvhcvn legal texts used in DevData/legal.dev.

    python3 Scripts/devset/legal_extracts.py /work/shared/data/legal-texts > /tmp/legal.plain

Each extract is a range of whole lines copied byte for byte from one Markdown file (hard
wrapping and Markdown marks kept), except the blocks listed in REFLOWED, whose two-column
Markdown tables (letterhead, signature block) are written out as plain lines, one cell line
a line, left column first.  Output is NFC (a few source lines hold decomposed
letters, e.g. «và» as a + U+0300); nothing else changes.  The annotated copy is DevData/legal.dev (annotations by hand).
"""
import os, sys, unicodedata

# (id, file, first line, last line), 1-based inclusive
EXTRACTS = [
    ("dev-legal-001", "1671_NQ-UBTVQH15.md", 13, 33),   # title, issuer, preamble (Căn cứ ...)
    ("dev-legal-002", "1671_NQ-UBTVQH15.md", 34, 42),   # Điều 1 heading, intro, item 1
    ("dev-legal-003", "1671_NQ-UBTVQH15.md", 372, 382),  # items 99-101 (Đà Lạt wards)
    ("dev-legal-004", "1671_NQ-UBTVQH15.md", 452, 462),  # items 119-121
    ("dev-legal-005", "1671_NQ-UBTVQH15.md", 464, 498),  # Điều 2, Điều 3, closing line
    ("dev-legal-006", "1685_NQ-UBTVQH15.md", 36, 58),    # Điều 1 HCMC, items 1-3
    ("dev-legal-007", "1685_NQ-UBTVQH15.md", 740, 744),  # item 164
    ("dev-legal-008", "60-NQ_TW.md", 10, 18),             # title, opening paragraph
    ("dev-legal-009", "60-NQ_TW.md", 78, 102),            # local government, Front
    ("dev-legal-010", "60-NQ_TW.md", 104, 109),          # courts and procuracies
    ("dev-legal-011", "60-NQ_TW.md", 257, 262),          # annex title
    ("dev-legal-012", "60-NQ_TW.md", 338, 353),          # mergers 15-19
    ("dev-legal-013", "1027_CTK-CSCL.md", 1, 19),        # annex of the statistics office
]

REFLOWED = {
    # 1654_NQ-UBTVQH15.md lines 1-7: the letterhead table
    "dev-legal-014": "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố: 1654/NQ-UBTVQH15\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Hà Nội, ngày 16 tháng 6 năm 2025",
    # 1685_NQ-UBTVQH15.md lines 784-801: the signature block and Nơi nhận table
    "dev-legal-015": "Nơi nhận:\n- Chính phủ;\n- Ban Tổ chức Trung ương;\n"
                     "- Ủy ban TW Mặt trận Tổ quốc Việt Nam;\n- Kiểm toán nhà nước;\n"
                     "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP;\n- Cục Thống kê, Bộ Tài chính;\n"
                     "- Thành ủy, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN TP. Hồ Chí Minh;\n"
                     "- Lưu: HC, PLTP.\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nTrần Thanh Mẫn",
    # 60-NQ_TW.md lines 244-251: the signature block table
    "dev-legal-016": "Nơi nhận:\n- Các ban đảng, đảng ủy trực thuộc Trung ương,\n"
                     "- Các tỉnh ủy, thành ủy,\n- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,\n"
                     "- Lưu Văn phòng Trung ương Đảng.\nT/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\nTô Lâm",
}


def main(argv):
    root = argv[0] if argv else "/work/shared/data/legal-texts"
    for did, name, a, b in EXTRACTS:
        with open(os.path.join(root, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        block = lines[a - 1:b]
        while block and not block[-1].strip():
            block.pop()
        print("=== %s 2025-%s" % (did, "06-25" if name.startswith("1027") else
                                    "04-12" if name.startswith("60-") else "06-16"))
        print(unicodedata.normalize("NFC", "\n".join(block)))
        print()
    for did, text in REFLOWED.items():
        print("=== %s %s" % (did, "2025-04-12" if did == "dev-legal-016" else "2025-06-16"))
        print(text)
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
