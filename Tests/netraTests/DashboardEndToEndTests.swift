import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux")) struct DashboardEndToEndTests {
    static let asOf = "2023-05-23T10:00:00+08:00"

    /// A demo folder and the shell command that runs the dashboard on it, then
    /// reports the exit status and whether echo is back on.
    func prepare(_ term: String, extra: String = "") throws -> (TemporaryFolder, String) {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        _ = try NetraProcess.run(["demo", demo, "--write-only", "--lang", "en"])
        // The tmux server inherits the test's environment, which may have no locale.
        let locale = term == "vt100" ? "LANG=C LC_ALL=C" : "LANG=C.UTF-8"
        let command = "env TERM=\(term) \(locale) \(NetraProcess.executable.path) dashboard --data \(demo) --as-of \(Self.asOf) \(extra); "
            + "echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo; echo DONE; sleep 30"
        return (tmp, command)
    }

    /// What only a real terminal shows: the alternate screen on start, a resize
    /// arriving as KEY_RESIZE, and the terminal restored after `q` (echo on, cursor
    /// back, main screen). Keys, search, detail and help are replayed headless in
    /// NetraTUITests (SessionReplayTests); file following in ReloadFeedTests.
    @Test func startResizeQuitRestoresTheTerminal() throws {
        let (tmp, command) = try prepare("xterm-256color")
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        // The wait names all the checks read: tmux may show a frame half drawn.
        let screen = tmux.wait { $0.contains("Peringatan (13)") && $0.contains("Sel 23 Mei 2023 10:00 WITA") && $0.contains("NETRA · Kota Balikpapan") }
        #expect(screen.contains("NETRA · Kota Balikpapan"))
        #expect(tmux.format("#{alternate_on}") == "1")
        tmux.resize(70, 20)
        tmux.wait { $0.contains("Terminal terlalu kecil (perlu 80×24)") }
        tmux.resize(100, 30)
        tmux.wait { $0.contains("[1 Ringkasan]") && $0.contains("Peringatan (13)") }
        tmux.keys("q")
        let after = tmux.wait { $0.contains("DONE") }
        #expect(after.contains("EXIT=0"))
        #expect(after.split(separator: "\n").contains("echo"))
        #expect(tmux.format("#{alternate_on}") == "0")
        #expect(tmux.format("#{cursor_flag}") == "1")
    }

    @Test(arguments: ["screen-256color", "vt100", "linux"])
    func otherTerminalsStartAndQuitCleanly(_ term: String) throws {
        let (tmp, command) = try prepare(term)
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        // Everything checked below is awaited first: tmux may show a frame half drawn.
        let screen = tmux.wait { screen in
            screen.contains("NETRA") && screen.contains("Ringkasan") && screen.contains("Yuliana Tandi: pensiun dini") && screen.contains("KRITIS")
                && (term != "vt100" || (screen.contains("NETRA . Kota Balikpapan") && screen.contains("lewat batas 1 hari - I")))
        }
        #expect(screen.contains("KRITIS"))
        if term == "vt100" {
            // C locale: ASCII stand-ins, never dropped characters.
            #expect(screen.contains("NETRA . Kota Balikpapan"))
            #expect(screen.contains("lewat batas 1 hari - I"))
            #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        }
        tmux.keys("C-c")
        let after = tmux.wait { $0.contains("DONE") }
        #expect(after.contains("EXIT=0"))
        #expect(after.split(separator: "\n").contains("echo"))
    }

    @Test func dumbTerminalIsRefusedWithAHint() throws {
        let (tmp, command) = try prepare("dumb")
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        let screen = tmux.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=2"))
        #expect(screen.contains("netra snapshot"))
    }

    @Test(arguments: [("TERM", 143), ("HUP", 129)])
    func signalsRestoreTheTerminal(signal: String, status: Int) throws {
        let marker = "--view=overview"  // makes the process easy to find
        let (tmp, command) = try prepare("xterm-256color", extra: marker)
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        tmux.wait { $0.contains("Peringatan") }
        let pid = try #require(tmux.dashboardPID())
        kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        let screen = tmux.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=\(status)"))
        #expect(screen.split(separator: "\n").contains("echo"))
        #expect(tmux.format("#{alternate_on}") == "0")
    }
}
