import Foundation
import Testing

/// The terminal shows what `snapshot` shows, cell for cell, for names with conjuncts,
/// wide punctuation the old width table missed, and characters the C library cannot
/// print (issue 10, rows 10 and 15).
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux")) struct TerminalWidthEndToEndTests {
    static let asOf = "2023-05-23T10:00:00+08:00"
    static let name = "Aaa क्षत्रिय 〈漢〉︐ꥠ \u{2FFFD}x"

    @Test func theTerminalRowMatchesTheSnapshotRow() throws {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo")
        _ = try NetraProcess.run(["demo", demo.path, "--write-only", "--lang", "en"])
        let officers = demo.appendingPathComponent("officers.csv")
        let text = try String(contentsOf: officers, encoding: .utf8).replacingOccurrences(of: "Hendra Wijaya", with: Self.name)
        try Data(text.utf8).write(to: officers)

        let snapshot = try NetraProcess.run(["snapshot", "--data", demo.path, "--as-of", Self.asOf, "--size", "200x50", "--view", "officers"])
        let expected = try #require(snapshot.stdout.split(separator: "\n").first { $0.contains("Aaa ") }.map(String.init))
        #expect(expected.contains("\u{FFFD}x"), "what the C library cannot print is U+FFFD")

        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 \(NetraProcess.executable.path) dashboard --data \(demo.path) --as-of \(Self.asOf); sleep 30", width: 200, height: 50)
        tmux.wait { $0.contains("Ringkasan") }
        tmux.keys("2")
        // Nothing wrapped onto the next row: it starts like every other officer row.
        func startsLikeARow(_ line: String) -> Bool { line.range(of: "^ *[0-9]{18} ", options: .regularExpression) != nil || line.hasPrefix(" ") }
        func rows(_ screen: String) -> (shown: String, next: String)? {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let at = lines.firstIndex(where: { $0.contains("Aaa ") }), at + 1 < lines.count else { return nil }
            return (lines[at], lines[at + 1])
        }
        // The row and the one under it are awaited as the checks want them: tmux may
        // show a frame half drawn, a row cut short or the next one not yet there.
        let screen = tmux.wait { screen in
            guard screen.contains("[2 Pegawai]"), let (shown, next) = rows(screen) else { return false }
            return shown.trimmingCharacters(in: .whitespaces) == expected.trimmingCharacters(in: .whitespaces) && startsLikeARow(next)
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (shown, next) = try #require(rows(screen))
        #expect(shown.trimmingCharacters(in: .whitespaces) == expected.trimmingCharacters(in: .whitespaces))
        #expect(startsLikeARow(next), "\(next)")
        #expect(lines.count == 50 || lines.count == 51)
    }
}
