import Foundation
import Testing

/// Paths, TERM, theme file names and typed values may hold escape sequences; none
/// reaches the terminal raw.
@Suite struct SanitisingTests {
    static let escape = "\u{1B}]0;owned\u{07}\u{1B}[2J"

    func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"), "\(what): \(text.debugDescription)",
                sourceLocation: sourceLocation)
    }

    @Test func dataPathsAreSanitisedInCheckAndInUsageMessages() throws {
        let tmp = try TemporaryFolder()
        let folder = tmp.url.appendingPathComponent("share\(Self.escape)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // netra.toml names a theme file that does not exist: its path prefixes a warning.
        try Data("theme = \"/nowhere/t\\u001B[31m.toml\"\n".utf8).write(to: folder.appendingPathComponent("netra.toml"))
        let check = try NetraProcess.run(["check", "--lang", "en", "--data", folder.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("officers.csv: error: file not found"))
        expectClean(check.stdout, "check")
        let json = try NetraProcess.run(["check", "--lang", "en", "--data", folder.path, "--format", "json"])
        expectClean(json.stdout, "check json")
        let missing = try NetraProcess.run(["snapshot", "--data", folder.path + "-missing"])
        #expect(missing.status == 2)
        expectClean(missing.stderr, "missing folder")
        let demo = try NetraProcess.run(["demo", tmp.url.appendingPathComponent("d\(Self.escape)").path, "--write-only", "--lang", "en"])
        #expect(demo.status == 0)
        expectClean(demo.stdout, "demo")
    }

    @Test func typedValuesAndUnknownOptionsAreEchoedSanitised() throws {
        for arguments in [["snapshot", "--view", Self.escape], ["snapshot", "--size", Self.escape],
                          ["check", "--lang", "en", "--as-of", Self.escape], ["check", "--lang", "en", "--x\(Self.escape)"]] {
            let run = try NetraProcess.run(arguments)
            #expect(run.status == 2)
            #expect(!run.stderr.isEmpty)
            expectClean(run.stderr, arguments.joined(separator: " "))
        }
    }

    @Test func themeFileNamesAndTheSearchPathAreSanitised() throws {
        let tmp = try TemporaryFolder()
        let config = tmp.url.appendingPathComponent("config\(Self.escape)")
        let themes = config.appendingPathComponent("netra/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        // A name with escapes, and a broken file whose problem quotes its path.
        try Data("name = \"x\"\n".utf8).write(to: themes.appendingPathComponent("evil\(Self.escape).toml"))
        try Data("[styles\n".utf8).write(to: themes.appendingPathComponent("broken\(Self.escape).toml"))
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = config.path
        let run = try NetraProcess.run(["themes", "--lang", "en"], environment: environment)
        #expect(run.status == 0)
        #expect(run.stdout.contains("evil"))
        #expect(run.stdout.contains("Search path: "))
        expectClean(run.stdout, "themes")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1)"))
    func anUnknownTERMIsQuotedSanitised() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "zz\(Self.escape)"
        // script(1) gives netra a terminal, so it gets as far as asking ncurses about TERM.
        let command = "'\(NetraProcess.executable.path)' dashboard --data '\(demo)'"
        let run = try NetraProcess.run(program: URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
                                       environment: environment)
        #expect(run.stdout.contains("TERM=zz"))
        expectClean(run.stdout, "TERM")
    }
}
