import Foundation
import Testing

/// The dashboard and the kiosk drawn through ncurses into a pseudo-terminal under the
/// real terminal descriptions, for every shipped theme, and read back cell by cell
/// with pyte (Tests/Scripts/terminal_colours.py): no letter may be drawn in its
/// background's colour (issue 23 item 5), a terminal without colour loses nothing,
/// and a theme that does not fit the palette falls back with a note.
@Suite struct TerminalColourTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts")
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    /// A python3 that has pyte: the one on PATH, else the system's (where Debian's
    /// python3-pyte goes). CI installs it (.ci/run); elsewhere the tests are skipped
    /// with that reason rather than passing without reading anything.
    static let python: [String]? = [["/usr/bin/env", "python3"], ["/usr/bin/python3"]].first { command in
        let outcome = try? NetraProcess.run(program: URL(fileURLWithPath: command[0]), Array(command.dropFirst()) + ["-c", "import pyte, curses"])
        return outcome?.status == 0
    }
    static var reader: Bool { python != nil }

    /// The terminals of the issue: 8 colours (xterm, PuTTY's default; the Linux
    /// console; screen), none (vt220), 256 and direct colour.
    static let terminals = ["xterm", "linux", "screen", "vt220", "xterm-256color", "xterm-direct"]

    /// Every theme file shipped in themes/.
    static var shippedThemes: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: themes.path)) ?? []).filter { $0.hasSuffix(".toml") }.sorted()
            .map { themes.appendingPathComponent($0).path }
    }

    /// The demo folder with the demo kiosk PIN (1234), as `netra demo --kiosk` writes it.
    static func kioskDemo(_ tmp: TemporaryFolder) throws -> String {
        let path = tmp.url.appendingPathComponent("demo").path
        let written = try NetraProcess.run(["demo", path, "--write-only", "--kiosk"])
        #expect(written.status == 0, "\(written.stderr)")
        return path
    }

    /// Runs the script; its JSON report and exit status.
    static func examine(term: String, themes: [String], extra: [String] = []) throws -> (status: Int32, report: [String: Any]) {
        let python = try #require(Self.python)
        let tmp = try TemporaryFolder()
        let demo = try kioskDemo(tmp)
        let arguments = Array(python.dropFirst()) + [scripts.appendingPathComponent("terminal_colours.py").path,
                                                     NetraProcess.executable.path, demo, term] + themes + extra
        let outcome = try NetraProcess.run(program: URL(fileURLWithPath: python[0]), arguments)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any],
                                  "\(outcome.stderr)")
        return (outcome.status, report)
    }

    /// Whether ncurses has a description for `term` (xterm-direct is in ncurses-term).
    static func known(_ term: String) -> Bool {
        (try? NetraProcess.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["infocmp", term]))?.status == 0
    }

    @Test(.serialized, .enabled(if: reader, "python3 with pyte is not installed: `apt-get install python3-pyte` or `python3 -m pip install pyte` (CI installs python3-pyte)"),
          arguments: terminals)
    func noLetterIsDrawnInItsBackgroundsColour(term: String) throws {
        try #require(Self.known(term), "no terminfo entry for \(term): install ncurses-term (.ci/run does)")
        let themes = Self.shippedThemes
        #expect(themes.count >= 7)
        let (status, report) = try Self.examine(term: term, themes: themes, extra: term == "vt220" ? ["--reference", "xterm-256color"] : [])
        let problems = report["problems"] as? [[String: Any]] ?? []
        #expect(status == 0 && problems.isEmpty, "\(term): \(problems.prefix(10))")
        // Every theme in both modes, each with its screens read and (on a colour
        // terminal) colours seen: the test cannot pass by reading nothing.
        let runs = report["runs"] as? [[String: Any]] ?? []
        #expect(runs.count == themes.count * 2)
        for run in runs {
            #expect((run["screens"] as? Int ?? 0) >= 9, "\(run)")
            #expect((run["checked"] as? Int ?? 0) > 10_000, "\(run)")
        }
        let coloured = runs.reduce(0) { $0 + ($1["coloured"] as? Int ?? 0) }
        #expect(term == "vt220" ? coloured == 0 : coloured > 10_000, "\(term): \(coloured) coloured cells")
    }

    @Test(.enabled(if: reader, "python3 with pyte is not installed (CI installs python3-pyte)"))
    func aThemeWhoseTextVanishesOnEightColoursFallsBackWithANote() throws {
        // Blue on bright blue is fine on 256 colours and blue on blue on 8.
        let tmp = try TemporaryFolder()
        try tmp.write("clash.toml", """
        name = "clash"
        [styles]
        text = { fg = "blue", bg = "bright-blue" }
        muted = { fg = "black" }
        """)
        let (status, report) = try Self.examine(term: "xterm", themes: [tmp.url.appendingPathComponent("clash.toml").path],
                                                extra: ["--text", "problems"])
        let problems = report["problems"] as? [[String: Any]] ?? []
        // No cell collapsed: the role fell back; what the script reports is the note.
        #expect(status == 1)
        #expect(!problems.isEmpty && problems.allSatisfy { $0["note"] != nil }, "\(problems.prefix(5))")
        let note = problems.first?["note"] as? String ?? ""
        #expect(note.contains("tema 'clash': dengan 8 warna terminal ini (TERM='xterm'), teks text akan sewarna dengan latarnya"), "\(note)")
        // Black text on the terminal's own background is not a clash: it is drawn in
        // the terminal's own colour.
        #expect(!note.contains("muted"))
        // The dashboard's problems panel shows it too.
        let runs = report["runs"] as? [[String: Any]] ?? []
        let panel = (runs.first { $0["mode"] as? String == "dashboard" }?["text"] as? [String] ?? []).joined(separator: "\n")
        #expect(panel.contains("tema 'clash'"), "\(panel)")
    }
}
