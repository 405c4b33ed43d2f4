// The lexicon files of this folder, embedded into the binary at build time
// (`resources: [.embedInCode(...)]` in Package.swift), so nothing is looked up on disk at run time.

/// The raw UTF-8 bytes of each built-in lexicon file.
public enum EmbeddedLexicons {
    /// `titles.tsv`
    public static var titles: [UInt8] { PackageResources.titles_tsv }
    /// `agencies.tsv`
    public static var agencies: [UInt8] { PackageResources.agencies_tsv }
    /// `acronyms.tsv`
    public static var acronyms: [UInt8] { PackageResources.acronyms_tsv }
    /// `locations.tsv`
    public static var locations: [UInt8] { PackageResources.locations_tsv }
    /// `surnames.tsv`
    public static var surnames: [UInt8] { PackageResources.surnames_tsv }
    /// `honorifics.tsv`
    public static var honorifics: [UInt8] { PackageResources.honorifics_tsv }

    /// Every file, by file name.
    public static var all: [(name: String, bytes: [UInt8])] {
        [("titles.tsv", titles), ("agencies.tsv", agencies), ("acronyms.tsv", acronyms),
         ("locations.tsv", locations), ("surnames.tsv", surnames), ("honorifics.tsv", honorifics)]
    }
}
