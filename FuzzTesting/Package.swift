// swift-tools-version: 6.1
// Fuzz targets for viner (libFuzzer). They live in their own package because they only link
// when built with `-sanitize=fuzzer` (libFuzzer supplies `main`). Build and run them with
// `Scripts/fuzz.sh` from the repository root; CONTRIBUTING.md explains the details.
import Foundation
import PackageDescription

// The parent package's identity is its folder name (`main`, `viner`, …, whatever the clone is called).
let vinerPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let viner = Target.Dependency.product(name: "Viner", package: vinerPackage)

let package = Package(
    name: "viner-fuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Invariant checks shared by every fuzz target (they trap on a violation).
        .target(name: "FuzzSupport", dependencies: [viner]),
        .executableTarget(name: "FuzzTokenizer", dependencies: [viner, "FuzzSupport"]),
        .executableTarget(name: "FuzzNormalizer", dependencies: [viner, "FuzzSupport"]),
        .executableTarget(name: "FuzzLegacyDecoding", dependencies: [viner, "FuzzSupport"]),
        .executableTarget(name: "FuzzRecognizer", dependencies: [viner, "FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
