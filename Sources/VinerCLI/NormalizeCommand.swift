import ArgumentParser
import Foundation
import Viner

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalise Vietnamese text (NFC, tone placement, repairs, legacy encodings, folding).",
        discussion: """
            Examples:
              viner normalize notes.txt                       NFC, traditional tones (hòa, thủy)
              viner normalize --tone-style modern notes.txt   hoà, thuỷ
              viner normalize --fold all --lowercase          search keys: "Đà Nẵng" → "da nang"
              viner normalize --encoding tcvn3 old.txt        convert a TCVN3 (ABC) file
              viner normalize --detect old.txt               print "<encoding>\\t<confidence>"
              viner normalize --diff notes.txt               show only the lines that change
            """
    )

    enum Fold: String, ExpressibleByArgument, CaseIterable { case none, tones, all }
    enum Encoding: String, ExpressibleByArgument, CaseIterable { case unicode, tcvn3, vni, viqr, auto }

    @Argument(help: "A text file; standard input when omitted.")
    var file: String?

    @Option(help: "Unicode form of the output: nfc or nfd.")
    var form: NormalizationOptions.Form = .nfc

    @Option(help: "Tone placement: traditional (hòa, thủy) or modern (hoà, thuỷ).")
    var toneStyle: NormalizationOptions.ToneStyle = .traditional

    @Option(help: "Folding for search keys: none, tones (drop tone marks) or all (drop every mark, đ → d).")
    var fold: Fold = .none

    @Flag(help: "Lower-case the output.")
    var lowercase = false

    @Option(help: "Input encoding: unicode, tcvn3, vni, viqr or auto (convert only when detection is confident).")
    var encoding: Encoding = .unicode

    @Flag(help: "Also repair curly quotes and dash variants (to ' \" and -).")
    var punctuation = false

    @Flag(help: "Print the detected encoding and its confidence instead of the text.")
    var detect = false

    @Flag(help: "Print only the lines that change, as '-' original and '+' normalised lines.")
    var diff = false

    func run() throws {
        do {
            try normalize()
        } catch let error as CLIError {
            throw error.exit()   // the documented status (65 bad input, 66 missing file), not 1
        }
    }

    private func normalize() throws {
        var options = NormalizationOptions(form: form, toneStyle: toneStyle, lowercase: lowercase)
        options.folding = NormalizationOptions.Folding(rawValue: fold.rawValue) ?? .none
        options.encoding = NormalizationOptions.Encoding(rawValue: encoding.rawValue) ?? .unicode
        if punctuation { options.repairs = .all }
        let normalizer = Normalizer(options: options)

        if detect {
            let found = Normalizer.detectEncoding(bytes: try Self.readBytes(file))
            let sink = OutputSink()
            sink.write("\(found.encoding.rawValue)\t\(String(format: "%.2f", found.confidence))\n")
            sink.flush()
            return
        }
        let input: [UInt8]
        let result: NormalizedText
        if options.encoding == .unicode {
            let text = try InputReader.readAll(file)
            input = Array(text.utf8)
            result = normalizer.normalize(text)
        } else {
            // Legacy 8-bit input is not UTF-8: read raw bytes.
            input = try Self.readBytes(file)
            result = normalizer.normalize(bytes: input)
        }
        if diff {
            printDiff(input: input, result: result)
        } else {
            Self.writeOut(result.text)
        }
    }

    /// For each output line that differs from the input it came from: "-" original, "+" new.
    private func printDiff(input: [UInt8], result: NormalizedText) {
        let output = Array(result.text.utf8)
        var lineStart = 0
        var lineNumber = 1
        var report = ""
        for index in 0...output.count where index == output.count || output[index] == 0x0A {
            if index == output.count && lineStart == index { break }
            let original = result.offsetMap.originalRange(forNormalized: lineStart..<index)
            let before = String(decoding: input[original], as: UTF8.self)
            let after = String(decoding: output[lineStart..<index], as: UTF8.self)
            if before != after {
                report += "\(lineNumber)\n- \(before)\n+ \(after)\n"
            }
            lineStart = index + 1
            lineNumber += 1
        }
        Self.writeOut(report)
    }

    /// Writes `text` to stdout through ``OutputSink``: a failed write exits 74 with a message
    /// (`FileHandle.write` traps instead).
    private static func writeOut(_ text: String) {
        let sink = OutputSink()
        sink.write(text)
        sink.flush()
    }

    /// The raw bytes of `path` (stdin when nil or "-").
    static func readBytes(_ path: String?) throws -> [UInt8] {
        if let path, path != "-" {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError(message: "\(path): cannot read file", exitCode: ExitStatus.noInput)
            }
            return [UInt8](data)
        }
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
}

extension NormalizationOptions.Form: ExpressibleByArgument {}
extension NormalizationOptions.ToneStyle: ExpressibleByArgument {}
