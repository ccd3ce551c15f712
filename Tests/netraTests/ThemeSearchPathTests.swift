import Foundation
import Testing

/// The shipped themes are found from the executable's real path, however netra was
/// started: through a link on `PATH`, as installed and as shell completion calls it
/// (issue 24, row 10).
@Suite struct ThemeSearchPathTests {
    @Test func netraStartedThroughALinkOnPATHFindsTheShippedThemes() throws {
        let tmp = try TemporaryFolder()
        let bin = tmp.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("netra"), withDestinationURL: NetraProcess.executable)
        let environment = ["PATH": bin.path + ":/usr/bin:/bin", "HOME": tmp.path]
        // `exec -a netra`: argv[0] is the bare name, as a shell gives it.
        let themes = try NetraProcess.run(program: URL(fileURLWithPath: "/bin/bash"), ["-c", "exec -a netra netra themes --lang en"],
                                          in: tmp.url, environment: environment)
        #expect(themes.status == 0, "\(themes.stderr)")
        #expect(themes.stdout.contains("high-contrast"), "\(themes.stdout)")
        #expect(!themes.stdout.contains("No theme files found"))
        // Completion asks the same binary: `--theme <Tab>` offers the shipped names.
        let completion = try NetraProcess.run(program: URL(fileURLWithPath: "/bin/bash"),
                                              ["-c", "exec -a netra netra ---completion snapshot -- --theme 0 0"], in: tmp.url, environment: environment)
        #expect(completion.stdout.contains("high-contrast"), "\(completion.stdout) \(completion.stderr)")
    }
}
