import Foundation
import Testing

/// Issue 10 through the real binary: `netra check` and `netra snapshot` on folders that
/// hold pipes, huge sparse files, links out of the folder, and settings that try to
/// make Netra read or print what they should not. A time limit guards each test: before
/// the fix the FIFO case never returned.
@Suite(.serialized, .timeLimit(.minutes(1))) struct HostileFolderCommandTests {
    /// A demo folder inside a temporary folder.
    func demo() throws -> (TemporaryFolder, String) {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        #expect(try NetraProcess.run(["demo", demo, "--write-only", "--lang", "en"]).status == 0)
        return (tmp, demo)
    }

    func replace(_ path: String, _ make: (String) -> Void) {
        try? FileManager.default.removeItem(atPath: path)
        make(path)
    }

    @Test func pipesInPlaceOfFilesNeverHangCheckOrSnapshot() throws {
        let (tmp, demo) = try demo()
        _ = tmp
        for name in ["officers.csv", "netra.toml"] { replace(demo + "/" + name) { #expect(mkfifo($0, 0o644) == 0) } }
        let check = try NetraProcess.run(["check", "--lang", "en", "--data", demo, "--as-of", storyMoment])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(demo)/officers.csv: error: this is a named pipe (FIFO), not a file"))
        #expect(check.stdout.contains("\(demo)/netra.toml: error: this is a named pipe (FIFO), not a file"))
        let snapshot = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--size", "80x24"])
        #expect(snapshot.status == 0)
    }

    @Test func aSparseHundredGigabyteFileIsRefusedNotAllocated() throws {
        let (tmp, demo) = try demo()
        _ = tmp
        replace(demo + "/officers.csv") { path in
            let fd = open(path, O_CREAT | O_WRONLY, 0o644)
            #expect(ftruncate(fd, 100 << 30) == 0)
            close(fd)
        }
        let check = try NetraProcess.run(["check", "--lang", "en", "--data", demo, "--as-of", storyMoment])
        #expect(check.status == 1)
        #expect(check.stdout.contains("officers.csv: error: the file is 100 GB; Netra reads files of at most 1 GB"))
        #expect(try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment]).status == 0)
    }

    @Test func aLinkToPasswdIsRefusedAndNeverQuoted() throws {
        let (tmp, demo) = try demo()
        _ = tmp
        replace(demo + "/officers.csv") { try? FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/etc/passwd") }
        let check = try NetraProcess.run(["check", "--lang", "en", "--data", demo, "--as-of", storyMoment])
        #expect(check.status == 1)
        #expect(check.stdout.contains("officers.csv: error: this is a link to a file outside the data folder"))
        #expect(!check.stdout.contains("root"))
    }

    @Test func aThemeInSettingsIsANameNeverAPath() throws {
        let (tmp, demo) = try demo()
        _ = tmp
        let secret = tmp.url.appendingPathComponent("secret.toml").path
        try "not = a theme\nsecret_value = \"hunter2\"\n".write(toFile: secret, atomically: false, encoding: .utf8)
        for theme in ["/proc/self/environ", secret, "../secret", "default.toml"] {
            try "theme = \"\(theme)\"\n".write(toFile: demo + "/netra.toml", atomically: false, encoding: .utf8)
            let check = try NetraProcess.run(["check", "--lang", "en", "--data", demo, "--as-of", storyMoment])
            #expect(check.status == 1, "\(theme)")
            #expect(check.stdout.contains("netra.toml:1: error: theme '\(theme.prefix(20))"), "\(theme)")
            #expect(check.stdout.contains("' is not a theme name"), "\(theme)")
            #expect(!check.stdout.contains("hunter2"))
            #expect(!check.stdout.contains("PATH="))
        }
    }

    @Test func aFileGivenWithThemeThatIsNotAThemeIsNeverQuoted() throws {
        let (tmp, demo) = try demo()
        let secret = tmp.url.appendingPathComponent("secret.toml").path
        for content in ["PATH=/usr/bin:/hunter2\n", "secret = hunter2\n", "token = \"hunter2\"\n"] {
            try content.write(toFile: secret, atomically: false, encoding: .utf8)
            // Without a terminal the dashboard refuses to start, after the theme is read
            // and its problems said on stderr.
            let run = try NetraProcess.run(["dashboard", "--data", demo, "--theme", secret])
            #expect(run.stderr.contains("secret.toml"), "\(content)")
            #expect(!run.stderr.contains("hunter2"), "\(content)")
        }
    }

    @Test func escapesInTheDataPathAndThemeNeverReachTheOutput() throws {
        let tmp = try TemporaryFolder()
        let folder = tmp.url.appendingPathComponent("data\u{1B}]0;owned\u{07}\u{1B}[2J").path
        #expect(try NetraProcess.run(["demo", folder, "--write-only", "--lang", "en"]).status == 0)
        try "theme = \"\u{1B}[31mred\"\n".write(toFile: folder + "/netra.toml", atomically: false, encoding: .utf8)
        let check = try NetraProcess.run(["check", "--lang", "en", "--data", folder, "--as-of", storyMoment])
        #expect(check.status == 1)
        #expect(!check.stdout.contains("\u{1B}"))
        #expect(!check.stdout.contains("\u{07}"))
        #expect(check.stdout.contains("netra.toml:1: error: theme"))
        let json = try NetraProcess.run(["check", "--lang", "en", "--data", folder, "--as-of", storyMoment, "--format", "json"])
        #expect(!json.stdout.contains("\\u001b") && !json.stdout.contains("\u{1B}"))
        let dashboard = try NetraProcess.run(["dashboard", "--data", folder, "--theme", "no-such\u{1B}[2J"])
        #expect(!dashboard.stderr.contains("\u{1B}"))
    }
}
