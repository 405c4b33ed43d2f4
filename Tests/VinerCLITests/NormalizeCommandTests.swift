import Foundation
import Testing

@Suite struct NormalizeCommandTests {
    @Test func defaultOptionsFromStdin() throws {
        let output = try VinerBinary.run(["normalize"], stdin: "Uỷ ban tỉnh Hoà Bình, lựơng\u{A0}mưa\n")
        #expect(output.status == 0)
        #expect(output.stdout == "Ủy ban tỉnh Hòa Bình, lượng mưa\n")
    }

    @Test func optionsAsFlags() throws {
        #expect(try VinerBinary.run(["normalize", "--tone-style", "modern"], stdin: "hòa thủy").stdout == "hoà thuỷ")
        #expect(try VinerBinary.run(["normalize", "--fold", "all", "--lowercase"], stdin: "Đà Nẵng").stdout == "da nang")
        #expect(try VinerBinary.run(["normalize", "--fold", "tones"], stdin: "Việt").stdout == "Viêt")
        #expect(try VinerBinary.run(["normalize", "--form", "nfd"], stdin: "ệ").stdout == "e\u{323}\u{302}")
        #expect(try VinerBinary.run(["normalize", "--form", "nfx"], stdin: "x").status != 0)
    }

    @Test func legacyFileAndDetection() throws {
        // VNI-Windows bytes of "Việt Nam", written to a file (not UTF-8).
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("viner-vni-\(UInt32.random(in: 0...UInt32.max)).txt")
        try Data(Array("Vie".utf8) + [0xE4] + Array("t Nam".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try VinerBinary.run(["normalize", "--encoding", "vni", url.path]).stdout == "Việt Nam")
        let detected = try VinerBinary.run(["normalize", "--detect"], stdin: "Vie^.t Nam la` mo^.t quo^'c gia")
        #expect(detected.stdout.hasPrefix("viqr\t"))
        #expect(try VinerBinary.run(["normalize", "--detect"], stdin: "Việt Nam").stdout == "unicode\t1.00\n")
        #expect(try VinerBinary.run(["normalize", "--encoding", "auto"], stdin: "Vie^.t Nam la` mo^.t quo^'c gia").stdout
                == "Việt Nam là một quốc gia")
    }

    @Test func diffShowsOnlyChangedLines() throws {
        let output = try VinerBinary.run(["normalize", "--diff"], stdin: "không đổi\nHoà Bình\nvẫn vậy\n")
        #expect(output.stdout == "2\n- Hoà Bình\n+ Hòa Bình\n")
    }
}
