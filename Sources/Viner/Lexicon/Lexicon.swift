/// The lexicon entries the recogniser matches: titles, agencies, acronyms, places, surnames,
/// honorifics.
public struct Lexicon: Sendable {
    /// The lexicon built into viner (from the files in `Lexicons/`).
    public static let builtIn = Lexicon()

    /// An empty lexicon.
    public init() {}
}
