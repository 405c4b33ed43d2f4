import ArgumentParser
import Viner

/// Loads `--lexicon` files on top of the built-in lexicon.
enum LexiconLoader {
    static func load(_ paths: [String]) throws -> Lexicon {
        var lexicon = Lexicon.builtIn
        for path in paths {
            let text = try InputReader.readAll(path)
            do {
                lexicon = try lexicon.adding(tsv: text, fileName: path)
            } catch {
                throw CLIError(message: "\(error)", exitCode: ExitStatus.dataError)
            }
        }
        return lexicon
    }
}

/// `--encoding`: legacy 8-bit or VIQR input converted to Unicode before tagging.
enum LegacyText {
    static func decoder(for encoding: NormalizationOptions.Encoding) -> (@Sendable ([UInt8]) -> String)? {
        guard encoding != .unicode else { return nil }
        let normalizer = Normalizer(options: NormalizationOptions(encoding: encoding))
        return { bytes in normalizer.normalize(bytes: bytes).text }
    }
}

extension NormalizationOptions.Encoding: ExpressibleByArgument {}
