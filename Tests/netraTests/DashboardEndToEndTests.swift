import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in a real terminal (tmux), as a person would: start,
/// navigate, search, resize, quit — then checks the terminal was restored.
struct Tmux {
    let socket = "netra-test-\(UUID().uuidString.prefix(8))"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Runs tmux with `posix_spawn` and `waitpid`: Foundation's `Process` left the
    /// short-lived tmux client unreaped here and `waitUntilExit` never returned.
    @discardableResult
    func run(_ arguments: [String], captureOutput: Bool = true) -> String {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return "" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // A command that starts the tmux server must not hand it our pipe: the server
        // would keep it open and reading to the end would never finish.
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Start tmux with no signals blocked, whatever the test runner's thread has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, environ)
        close(fds[1])
        var output = Data()
        if spawned == 0 {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n <= 0 { break }
                output.append(contentsOf: buffer[0..<n])
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(fds[0])
        return String(decoding: output, as: UTF8.self)
    }

    func start(_ command: String, width: Int = 120, height: Int = 40) {
        run(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", command], captureOutput: false)
    }

    var screen: String { run(["capture-pane", "-p", "-t", "t"]) }
    func keys(_ keys: String...) { run(["send-keys", "-t", "t"] + keys) }
    func typed(_ text: String) { run(["send-keys", "-t", "t", "-l", text]) }
    func resize(_ width: Int, _ height: Int) { run(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"]) }
    func format(_ f: String) -> String { run(["display-message", "-p", "-t", "t", f]).trimmingCharacters(in: .whitespacesAndNewlines) }
    func kill() { run(["kill-server"]) }

    /// The dashboard's process: the pane runs a shell, and the dashboard is its child.
    func dashboardPID() -> pid_t? {
        let shell = format("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Waits (up to 15 s) until the screen satisfies `condition`; returns the screen.
    @discardableResult
    func wait(for condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(15)
        var last = ""
        while Date() < deadline {
            last = screen
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return last
    }
}

@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux")) struct DashboardEndToEndTests {
    static let asOf = "2023-05-23T10:00:00+08:00"

    /// A demo folder and the shell command that runs the dashboard on it, then
    /// reports the exit status and whether echo is back on.
    func prepare(_ term: String, extra: String = "") throws -> (TemporaryFolder, String) {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        _ = try NetraProcess.run(["demo", demo, "--write-only"])
        // The tmux server inherits the test's environment, which may have no locale.
        let locale = term == "vt100" ? "LANG=C LC_ALL=C" : "LANG=C.UTF-8"
        let command = "env TERM=\(term) \(locale) \(NetraProcess.executable.path) dashboard --data \(demo) --as-of \(Self.asOf) \(extra); "
            + "echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo; echo DONE; sleep 30"
        return (tmp, command)
    }

    @Test func startNavigateSearchResizeQuit() throws {
        let (tmp, command) = try prepare("xterm-256color")
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        var screen = tmux.wait { $0.contains("Peringatan (7)") && $0.contains("Sel 23 Mei 2023 10:00 WITA") }
        #expect(screen.contains("NETRA · Kota Balikpapan"))
        #expect(screen.contains("Sel 23 Mei 2023 10:00 WITA"))
        #expect(tmux.format("#{alternate_on}") == "1")

        tmux.keys("2")
        screen = tmux.wait { $0.contains("[2 Pegawai]") && $0.contains("Aditya Nugraha") }
        #expect(screen.contains("Aditya Nugraha"))

        tmux.keys("/")
        tmux.typed("saputra")
        screen = tmux.wait { $0.contains("Cari: saputra") && !$0.contains("Aditya Nugraha") }
        #expect(screen.contains("Irwan Saputra"))
        tmux.keys("Enter")
        tmux.keys("Enter")
        // Wait for the content itself: a capture can land between two parts of a frame.
        screen = tmux.wait { $0.contains("bacaleg · Partai Bintang Harapan · Balikpapan 5") }
        #expect(screen.contains("Esc tutup"))
        tmux.keys("Escape")
        tmux.wait { !$0.contains("Esc tutup") }

        tmux.resize(70, 20)
        screen = tmux.wait { $0.contains("Terminal terlalu kecil (perlu 80×24)") }
        #expect(screen.contains("perlu 80×24"))
        tmux.resize(100, 30)
        screen = tmux.wait { $0.contains("[2 Pegawai]") && $0.contains("Irwan Saputra") }
        #expect(screen.contains("Irwan Saputra"))

        tmux.keys("?")
        screen = tmux.wait { $0.contains("Tombol") && $0.contains("bantuan ini") }
        #expect(screen.contains("bantuan ini"))
        tmux.keys("Escape")
        tmux.keys("q")
        screen = tmux.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.split(separator: "\n").contains("echo"))
        #expect(tmux.format("#{alternate_on}") == "0")
        #expect(tmux.format("#{cursor_flag}") == "1")
    }

    @Test func followsFileChangesWhileRunning() throws {
        let (tmp, command) = try prepare("xterm-256color", extra: "--view cases")
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        tmux.wait { $0.contains("NTR-2023-003") }
        let cases = tmp.url.appendingPathComponent("demo/cases.csv")
        let handle = try FileHandle(forWritingTo: cases)
        handle.seekToEndOfFile()
        handle.write(Data("NTR-2023-777;;23 Mei 2023;KIPP;Baru;Laporan baru;Baru;\n".utf8))
        try handle.close()
        var screen = tmux.wait { $0.contains("NTR-2023-777") }
        #expect(screen.contains("NTR-2023-777"))
        // Break officers.csv: a banner, and the last good data stays.
        let officers = tmp.url.appendingPathComponent("demo/officers.csv")
        let good = try Data(contentsOf: officers)
        try Data("NIP;NAMA\n1;x\n".utf8).write(to: officers)
        screen = tmux.wait { $0.contains("data terakhir yang baik tetap tampil") }
        #expect(screen.contains("officers.csv:1: error: missing required columns"))
        #expect(screen.contains("Irwan Saputra"))
        try good.write(to: officers)
        screen = tmux.wait { !$0.contains("data terakhir yang baik") }
        #expect(!screen.contains("officers.csv:1: error"))
        tmux.keys("q")
        #expect(tmux.wait { $0.contains("DONE") }.contains("EXIT=0"))
    }

    @Test(arguments: ["screen-256color", "vt100", "linux"])
    func otherTerminalsStartAndQuitCleanly(_ term: String) throws {
        let (tmp, command) = try prepare(term)
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        let screen = tmux.wait { $0.contains("NETRA") && $0.contains("Ringkasan") && $0.contains("Yuliana Tandi: pensiun dini") }
        #expect(screen.contains("KRITIS"))
        if term == "vt100" {
            // C locale: ASCII stand-ins, never dropped characters.
            #expect(screen.contains("NETRA . Kota Balikpapan"))
            #expect(screen.contains("lewat batas 1 hari - Irwan Saputra"))
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
