import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `netra dashboard --linear` on a real terminal: output is appended lines only. The
/// first screen is plain text; moving the selection writes exactly one new line; no
/// byte ever addresses the cursor, clears, or switches to the alternate screen; `q`
/// leaves the terminal as it was.
@Suite(.serialized) struct LinearModeEndToEndTests {
    /// ESC [ … H/J/K/f (cursor position, erase), ESC 7/8 (save/restore the cursor),
    /// `?1049h` (the alternate screen) and any other CSI/OSC: none may appear.
    static func escapes(_ s: String) -> [String] {
        s.matches(of: /\x1B(\[[0-9;?]*[A-Za-z]|[78]|\].*?(\x07|\x1B\\))/).map { String($0.0) }
    }

    @Test(arguments: [("--linear", [String: String]()), ("", ["NETRA_LINEAR": "1"])])
    func movingTheSelectionAppendsOneLine(_ flag: String, _ extra: [String: String]) throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let terminal = try PseudoTerminal(columns: 120, rows: 40)
        try terminal.start(["dashboard", "--data", demo, "--as-of", storyMoment, "--lang", "en"] + (flag.isEmpty ? [] : [flag]),
                           environment: PseudoTerminal.environment(extra: extra))
        let first = terminal.read(for: 20) { $0.contains("more rows") }
        #expect(first.hasPrefix("Overview. Kota Balikpapan, Tuesday 23 May 2023 at 10:00 WITA.\r\n"))
        #expect(first.contains(": critical, 52 days ago, Agustinus Lolo: past retirement age since 1 April 2023"))
        let before = terminal.output.count
        terminal.type("j")
        let moved = terminal.read(for: 10) { $0.utf8.count > before && $0.hasSuffix("\r\n") }
        let added = String(decoding: terminal.output.dropFirst(before), as: UTF8.self)
        #expect(added.hasPrefix("Selected: Row 2 of "), "got: \(added)")
        #expect(added.filter { $0 == "\r\n" || $0 == "\n" }.count == 1, "exactly one new line: \(added)")
        // A press of the down arrow, as the terminal sends it, moves on by one line too.
        let again = terminal.output.count
        terminal.type("\u{1B}[B")
        _ = terminal.read(for: 10) { $0.utf8.count > again && $0.hasSuffix("\r\n") }
        #expect(String(decoding: terminal.output.dropFirst(again), as: UTF8.self).hasPrefix("Selected: Row 3 of "))
        // A case added to the file while it runs: one line says so, nothing is redrawn.
        let beforeUpdate = terminal.output.count
        let cases = URL(fileURLWithPath: demo).appendingPathComponent("cases.csv")
        let handle = try FileHandle(forWritingTo: cases)
        handle.seekToEndOfFile()
        handle.write(Data("NTR-2023-010;;23 Mei 2023;KIPP;Media sosial;baru;Baru;;;;;;;;;;;;\n".utf8))
        try handle.close()
        _ = terminal.read(for: 15) { $0.utf8.count > beforeUpdate && $0.hasSuffix("\r\n") }
        let update = String(decoding: terminal.output.dropFirst(beforeUpdate), as: UTF8.self)
        #expect(update.hasPrefix("Updated: 1 new case, NTR-2023-010"), "got: \(update)")
        #expect(update.filter { $0 == "\r\n" }.count == 1)
        terminal.type("q")
        #expect(terminal.waitForExit(within: 10).flatMap(WaitStatus.exitCode) == 0)
        #expect(Self.escapes(moved + terminal.text).isEmpty, "escape sequences written: \(Self.escapes(terminal.text))")
        #expect(terminal.isRestored)
    }

    /// `netra snapshot --linear` prints what the mode says when the view opens.
    @Test func snapshotPrintsTheSameLines() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let out = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--linear", "--view", "cases", "--lang", "en"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.first == "Cases. Kota Balikpapan, Tuesday 23 May 2023 at 10:00 WITA.")
        #expect(lines.contains { $0.hasPrefix("Row 1 of 7: ID: NTR-2022-017; Reported: 3 October 2022;") })
        #expect(!out.stdout.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) || $0 == "…" })
    }
}
