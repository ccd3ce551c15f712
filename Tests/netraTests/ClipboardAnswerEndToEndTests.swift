import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `y` on a real terminal (a pseudo-terminal the test answers as xterm or tmux would):
/// netra sends the copy, asks what the clipboard holds, and reads the answer out of
/// the key stream — so a base64 answer full of `q`s and digits neither quits nor
/// switches views — then says whether the copy arrived. Terminal-only facts: the
/// bytes on the wire and the answer arriving among the keys.
@Suite(.serialized) struct ClipboardAnswerEndToEndTests {
    static let query = "\u{1B}]52;c;?\u{07}"

    /// The dashboard on the officers list, `y` pressed, the copy and the query seen:
    /// the base64 it copied.
    func copyOnATerminal(extra: [String: String] = [:]) throws -> (TemporaryFolder, PseudoTerminal, String) {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let terminal = try PseudoTerminal(columns: 120, rows: 40)
        try terminal.start(["dashboard", "--data", demo, "--as-of", storyMoment, "--lang", "en"],
                           environment: PseudoTerminal.environment(extra: extra))
        #expect(terminal.read(for: 20) { $0.contains("Overview") }.contains("Overview"), "the dashboard drew its first frame")
        terminal.type("2")
        #expect(terminal.read(for: 10) { $0.contains("Aditya") }.contains("Aditya"))
        terminal.type("y")
        let out = terminal.read(for: 10) { $0.contains("sent to the terminal to copy") }
        let copy = try #require(out.firstMatch(of: /\x1B\]52;c;([A-Za-z0-9+\/=]+)\x07/), "netra wrote the OSC 52 copy")
        return (tmp, terminal, String(copy.1))
    }

    @Test func anAnswerThatHoldsTheCopySaysItArrived() throws {
        let (tmp, terminal, copied) = try copyOnATerminal()
        defer { _ = tmp }
        #expect(terminal.read(for: 5) { $0.contains(Self.query) }.contains(Self.query), "netra asked back")
        terminal.type("\u{1B}]52;c;\(copied)\u{07}")
        let said = terminal.read(for: 10) { $0.contains("is on the clipboard") }
        #expect(said.contains("is on the clipboard"))
        terminal.type("q")
        #expect(terminal.waitForExit(within: 10).flatMap(WaitStatus.exitCode) == 0)
    }

    @Test func anAnswerFullOfKeysIsNeverTyped() throws {
        let (tmp, terminal, _) = try copyOnATerminal()
        defer { _ = tmp }
        #expect(terminal.read(for: 5) { $0.contains(Self.query) }.contains(Self.query))
        // Valid base64 (of other bytes) made of keys: q quits, 1–7 switch views — were they typed.
        let other = "q1q2q3q4q5q6q7qq"
        #expect(Data(base64Encoded: other) != nil)
        // In two writes, as a slow link delivers it (terminated by ST this time).
        terminal.type("\u{1B}]52;c;\(other.prefix(6))")
        usleep(30_000)
        terminal.type("\(other.dropFirst(6))\u{1B}\\")
        let said = terminal.read(for: 10) { $0.contains("did not reach the clipboard") }
        #expect(said.contains("did not reach the clipboard"))
        #expect(terminal.waitForExit(within: 0.5) == nil, "no byte of the answer quit netra")
        // The next q, a key, quits.
        terminal.type("q")
        #expect(terminal.waitForExit(within: 10).flatMap(WaitStatus.exitCode) == 0)
    }

    @Test func kittyIsNotAskedAndTheMessageStaysSent() throws {
        let (tmp, terminal, _) = try copyOnATerminal(extra: ["KITTY_WINDOW_ID": "1"])
        defer { _ = tmp }
        terminal.read(for: 1.5)
        #expect(!terminal.text.contains(Self.query), "kitty would ask the person for leave on every y")
        terminal.type("q")
        #expect(terminal.waitForExit(within: 10).flatMap(WaitStatus.exitCode) == 0)
    }
}
