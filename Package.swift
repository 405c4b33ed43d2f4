// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "viner",
    products: [
        .library(name: "Viner", targets: ["Viner"]),
        .executable(name: "viner", targets: ["VinerCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Only for `swift package generate-documentation`; adds no code to the library.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // The only target that includes ICU headers. Its public header uses plain C types.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // Lexicon files embedded in the binary: no file lookup at run time.
        .target(
            name: "VinerLexicons",
            path: "Lexicons",
            exclude: ["README.md"],
            resources: [
                .embedInCode("titles.tsv"),
                .embedInCode("agencies.tsv"),
                .embedInCode("acronyms.tsv"),
                .embedInCode("locations.tsv"),
                .embedInCode("surnames.tsv"),
                .embedInCode("honorifics.tsv"),
            ]
        ),
        .target(
            name: "Viner",
            dependencies: ["CICU", "VinerLexicons"]
        ),
        .executableTarget(
            name: "VinerCLI",
            dependencies: [
                "Viner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VinerTests", dependencies: ["Viner"]),
        .testTarget(name: "VinerCLITests", dependencies: ["VinerCLI"]),
        // Uses only the public API (`import Viner`, never `@testable`): what a package that
        // depends on viner can write.
        .testTarget(name: "VinerAPITests", dependencies: ["Viner"]),
    ],
    swiftLanguageModes: [.v6]
)
