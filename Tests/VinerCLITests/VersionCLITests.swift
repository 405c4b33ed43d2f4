import Testing

@Suite struct VersionCLITests {
    @Test func versionFlagPrintsTheLibraryVersion() throws {
        let output = try VinerBinary.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout == "0.2.0\n")
    }
}
