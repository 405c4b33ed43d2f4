import Testing
@testable import Viner

/// TCVN3, VNI-Windows and VIQR: text encoded here from Unicode with the code tables, decoded
/// back exactly; detection; offsets into the legacy bytes.
@Suite struct LegacyEncodingTests {
    /// Written for these tests; capitals only where TCVN3 (ABC) has them.
    static let lowercaseText = "đường phố hà nội, thủ đô của việt nam, có những hồ nước đẹp và người dân hiền hòa; trẻ em học ở trường."
    static let mixedText = "Ông Nguyễn Văn Định, Ủy ban Nhân dân tỉnh Đắk Lắk, thăm Hà Nội ngày 5; KHỎE MẠNH, ỔN ĐỊNH!"

    @Test func tcvn3RoundTrip() {
        let bytes = LegacyEncoder.tcvn3(Self.lowercaseText)
        #expect(bytes.contains { $0 >= 0xA1 })
        let result = Normalizer(options: NormalizationOptions(encoding: .tcvn3)).normalize(bytes: bytes)
        #expect(result.text == Self.lowercaseText)
        // The same bytes read as Latin-1 into a String (how .VnTime text is often pasted).
        let pasted = LegacyEncoder.string(bytes)
        #expect(Normalizer(options: NormalizationOptions(encoding: .tcvn3)).normalize(pasted).text == Self.lowercaseText)
    }

    @Test func tcvn3TableSpotChecks() {
        // Slots from the TCVN 5712:1993 chart: 0xB8 á, 0xB5 à, 0xAE đ, 0xA7 Đ, 0xF9 ự, 0xAC ơ.
        let decoded = Normalizer(options: NormalizationOptions(encoding: .tcvn3)).normalize(bytes: [0xB8, 0xB5, 0xAE, 0xA7, 0xF9, 0xAC, 0x41])
        #expect(decoded.text == "áàđĐựơA")
        #expect(LegacyTCVN3Table.upperHalf.count == 0xFF - 0xA1 + 1)
        #expect(Set(LegacyTCVN3Table.upperHalf).count == LegacyTCVN3Table.upperHalf.count)
    }

    @Test func vniRoundTrip() {
        for text in [Self.lowercaseText, Self.mixedText] {
            let bytes = LegacyEncoder.vni(text)
            let result = Normalizer(options: NormalizationOptions(encoding: .vni)).normalize(bytes: bytes)
            #expect(result.text == text)
        }
        // Spot checks of the VNI layout: e + ä = ệ, o + â = ô, ô alone = ơ, a + ù = á, ñ = đ.
        let sample = Normalizer(options: NormalizationOptions(encoding: .vni)).normalize(bytes: Array("Vie".utf8) + [0xE4, 0x74, 0x20, 0x6F, 0xE2, 0x20, 0xF4, 0x20, 0x61, 0xF9, 0x20, 0xF1, 0x20, 0xD1])
        #expect(sample.text == "Việt ô ơ á đ Đ")
    }

    @Test func viqrRoundTrip() {
        for text in [Self.lowercaseText, Self.mixedText] {
            let bytes = LegacyEncoder.viqr(text)
            let result = Normalizer(options: NormalizationOptions(encoding: .viqr)).normalize(bytes: bytes)
            #expect(result.text == text)
        }
        let viqr = Normalizer(options: NormalizationOptions(encoding: .viqr))
        #expect(viqr.normalize("Vie^.t Nam").text == "Việt Nam")
        #expect(viqr.normalize("Ha` No^.i.").text == "Hà Nội.")
        #expect(viqr.normalize("DDa`i truye^`n hi`nh").text == "Đài truyền hình")
        #expect(viqr.normalize("ba\\?").text == "ba?")
    }

    @Test func offsetsPointAtLegacyBytes() {
        let bytes = Array("Vie".utf8) + [0xE4, 0x74]   // VNI "Việt"
        let result = Normalizer(options: NormalizationOptions(encoding: .vni)).normalize(bytes: bytes)
        #expect(result.text == "Việt")
        // "ệ" is bytes 2..<5 of the output and came from "eä", bytes 2..<4 of the input.
        #expect(result.offsetMap.originalRange(forNormalized: 2..<5) == 2..<4)
        #expect(result.offsetMap.originalRange(forNormalized: 0..<6) == 0..<5)
        #expect(result.offsetMap.originalRange(forNormalized: 5..<6) == 4..<5)
    }

    @Test func detection() {
        let tcvn3 = Normalizer.detectEncoding(bytes: LegacyEncoder.tcvn3(Self.lowercaseText))
        #expect(tcvn3.encoding == .tcvn3 && tcvn3.confidence >= Normalizer.autoDetectionThreshold)
        let vni = Normalizer.detectEncoding(bytes: LegacyEncoder.vni(Self.mixedText))
        #expect(vni.encoding == .vni && vni.confidence >= Normalizer.autoDetectionThreshold)
        let viqr = Normalizer.detectEncoding(String(decoding: LegacyEncoder.viqr(Self.mixedText), as: UTF8.self))
        #expect(viqr.encoding == .viqr && viqr.confidence >= Normalizer.autoDetectionThreshold)
        let unicode = Normalizer.detectEncoding(Self.mixedText)
        #expect(unicode.encoding == .unicode && unicode.confidence == 1)
    }

    @Test func detectionNeverReinterpretsOrdinaryText() {
        for text in ["I said go. Then we ate.", "Who are you? Me.", "add middle buddy", "café crème, déjà vu, naïve",
                     "Hello, world!", "Việt Nam", "1, 2, 3."] {
            let found = Normalizer.detectEncoding(text)
            #expect(found.encoding == .unicode || found.confidence < Normalizer.autoDetectionThreshold, "\(text): \(found)")
            let auto = Normalizer(options: NormalizationOptions(encoding: .auto)).normalize(text)
            #expect(auto.text == text, "\(text)")
        }
    }

    @Test func autoConvertsConfidentLegacyText() {
        let auto = Normalizer(options: NormalizationOptions(encoding: .auto))
        #expect(auto.normalize(bytes: LegacyEncoder.tcvn3(Self.lowercaseText)).text == Self.lowercaseText)
        #expect(auto.normalize(bytes: LegacyEncoder.vni(Self.mixedText)).text == Self.mixedText)
    }
}
