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
