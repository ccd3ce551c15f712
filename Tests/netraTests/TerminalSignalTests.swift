import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every signal that ends netra puts the terminal back, and none of them can hang on a
/// console that stopped taking output (issue 10, rows 6, 9 and 14).
@Suite(.serialized) struct TerminalSignalTests {
    /// Leaves the alternate screen (xterm's `rmcup`).
    static let leaveAlternateScreen = "\u{1B}[?1049l"

    /// A demo folder and a dashboard (or kiosk) on a fresh pseudo-terminal, drawn.
    func startDashboard(kiosk: Bool = false, extraEnvironment: [String: String] = [:]) throws -> (TemporaryFolder, PseudoTerminal) {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        _ = try NetraProcess.run(["demo", demo, "--write-only", "--lang", "en"])
        let terminal = try PseudoTerminal()
        try terminal.start(["dashboard", "--data", demo] + (kiosk ? ["--kiosk"] : []),
                           environment: PseudoTerminal.environment(extra: extraEnvironment))
        let marker = kiosk ? "Kiosk" : "Ringkasan"
        let screen = terminal.read(for: 20) { $0.contains(marker) }
        #expect(screen.contains(marker), "the dashboard drew its first frame")
        #expect(!terminal.isRestored, "raw mode while the dashboard runs")
        return (tmp, terminal)
    }

    @Test func terminateEndsPromptlyWhileTheConsoleTakesNoOutput() throws {
        for kiosk in [false, true] {
            let (tmp, terminal) = try startDashboard(kiosk: kiosk)
            defer { _ = tmp }
            // Scroll Lock / XOFF / a stalled SSH link: every write to the terminal blocks.
            terminal.stopOutput()
            // Something to draw, so the dashboard sits in a blocked write.
            terminal.type(kiosk ? "\u{1B}[C" : "2")
            usleep(500_000)
            kill(terminal.pid, SIGTERM)
            let status = terminal.waitForExit(within: 5)
            #expect(status != nil, "SIGTERM ended netra though the console took no output (kiosk: \(kiosk))")
            #expect(status.flatMap(WaitStatus.signal) == SIGTERM, "it died of SIGTERM, as systemd expects")
            #expect(terminal.isRestored, "echo and line mode are back")
            terminal.stopOutput(false)
        }
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ])
    func everyTerminatingSignalRestoresTheTerminal(_ sig: Int32) throws {
        let (tmp, terminal) = try startDashboard()
        defer { _ = tmp }
        let drawn = terminal.output.count
        kill(terminal.pid, sig)
        let status = try #require(terminal.waitForExit(within: 5), "signal \(sig) ended netra")
        terminal.read(for: 0.3)
        // Signals that would dump core end with 128+N instead; the others kill as such.
        if [SIGQUIT, SIGXCPU, SIGXFSZ].contains(sig) {
            #expect(WaitStatus.exitCode(status) == 128 + sig)
        } else {
            #expect(WaitStatus.signal(status) == sig)
        }
        #expect(terminal.isRestored, "signal \(sig): echo and line mode are back")
        let after = String(decoding: terminal.output.dropFirst(drawn), as: UTF8.self)
        #expect(after.contains(Self.leaveAlternateScreen), "signal \(sig): back on the normal screen")
        #expect(after.contains("\u{1B}[?25h") || after.contains("\u{1B}[?12l\u{1B}[?25h"), "signal \(sig): cursor visible")
    }

    @Test func aKioskIgnoresInterruptAndPipeAndRestoresOnTheRest() throws {
        let (tmp, terminal) = try startDashboard(kiosk: true)
        defer { _ = tmp }
        for sig in [SIGINT, SIGPIPE, SIGTSTP] { kill(terminal.pid, sig) }
        #expect(terminal.waitForExit(within: 1) == nil, "INT, PIPE and TSTP neither end nor stop a kiosk")
        kill(terminal.pid, SIGUSR1)
        let status = try #require(terminal.waitForExit(within: 5))
        #expect(WaitStatus.signal(status) == SIGUSR1)
        terminal.read(for: 0.3)
        #expect(terminal.isRestored)
        #expect(terminal.text.contains(Self.leaveAlternateScreen))
    }

    @Test func aCrashInAKioskRestoresAndNeverOffersTheInteractiveCrashHelper() throws {
        // Without the unit's SWIFT_BACKTRACE: netra itself keeps the helper away in a kiosk.
        let (tmp, terminal) = try startDashboard(kiosk: true)
        defer { _ = tmp }
        kill(terminal.pid, SIGSEGV)
        let status = try #require(terminal.waitForExit(within: 5), "a crashed kiosk ends (and systemd restarts it)")
        #expect(WaitStatus.signal(status) == SIGSEGV)
        let text = terminal.read(for: 0.5)
        #expect(!text.contains("Press space"))
        #expect(terminal.isRestored)
    }

    @Test func aKioskCrashingWhileItStartsNeverOffersTheCrashHelperEither() throws {
        // A FIFO for netra.toml holds the start (before the screen, on today's reader;
        // once reads cannot block, the crash simply lands after the screen opened).
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo")
        _ = try NetraProcess.run(["demo", demo.path, "--write-only", "--lang", "en"])
        let settings = demo.appendingPathComponent("netra.toml").path
        try FileManager.default.removeItem(atPath: settings)
        #expect(mkfifo(settings, 0o600) == 0)
        let terminal = try PseudoTerminal()
        try terminal.start(["dashboard", "--kiosk", "--data", demo.path], environment: PseudoTerminal.environment(term: "linux"))
        terminal.read(for: 1.5)
        kill(terminal.pid, SIGSEGV)
        let status = terminal.waitForExit(within: 5)
        #expect(status != nil, "the crash ends the kiosk at once, for systemd to restart")
        #expect(status.flatMap(WaitStatus.signal) == SIGSEGV)
        #expect(!terminal.read(for: 0.3).contains("Press space"))
        #expect(terminal.isRestored)
    }

    /// The repository's deploy/netra-kiosk.service.
    static let kioskUnit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy/netra-kiosk.service")

    /// `KEY=value` pairs of the unit's `Environment=` lines.
    static func unitEnvironment() throws -> [String: String] {
        let unit = try String(contentsOf: kioskUnit, encoding: .utf8)
        var environment: [String: String] = [:]
        for line in unit.split(separator: "\n") where line.hasPrefix("Environment=") {
            for pair in line.dropFirst("Environment=".count).split(separator: " ") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { environment[String(parts[0])] = String(parts[1]) }
            }
        }
        return environment
    }

    @Test func theKioskUnitKeepsSwiftsCrashHelperOffTheConsole() throws {
        let environment = try Self.unitEnvironment()
        #expect(environment["SWIFT_BACKTRACE"] != nil, "the unit sets SWIFT_BACKTRACE")
        // A crash before any screen opens (here: while netra waits at a prompt), with
        // the unit's environment on a terminal: no "Press space to interact", no
        // swift-backtrace process, an end that systemd can restart from.
        let terminal = try PseudoTerminal()
        try terminal.start(["kiosk-pin"], environment: PseudoTerminal.environment(term: "linux", extra: environment))
        #expect(terminal.read(for: 20) { $0.contains("PIN") }.contains("PIN"))
        kill(terminal.pid, SIGSEGV)
        let status = terminal.waitForExit(within: 5)
        #expect(status != nil, "the crash ends netra at once")
        #expect(terminal.children.isEmpty, "no crash helper process")
        #expect(!terminal.read(for: 0.5).contains("Press space"))
        #expect(status.flatMap(WaitStatus.signal) == SIGSEGV)
    }
}
