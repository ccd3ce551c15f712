import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `netra` on a pseudo-terminal the test controls byte by byte: it can stop the
/// terminal's output (as Scroll Lock or XOFF do), read every byte netra wrote, and see
/// the terminal's modes after netra is gone — things tmux hides.
final class PseudoTerminal {
    let master: Int32
    let slave: Int32
    /// The terminal's modes before netra started.
    let original: termios
    private(set) var pid: pid_t = 0
    private(set) var output = Data()
    private var status: Int32?

    init(columns: Int = 100, rows: Int = 30) throws {
        // posix_openpt and friends are hidden behind _XOPEN_SOURCE from Swift: the
        // Linux ioctls they wrap (TIOCSPTLCK 0x40045431, TIOCGPTN 0x80045430) instead.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw POSIXError(.ENXIO)
        }
        slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw POSIXError(.ENXIO) }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        var modes = termios()
        tcgetattr(slave, &modes)
        original = modes
    }

    deinit {
        if status == nil, pid > 0 {
            kill(pid, SIGKILL)
            var s: Int32 = 0
            waitpid(pid, &s, 0)
        }
        close(master)
        close(slave)
    }

    /// Starts `netra arguments` with the terminal as its standard streams, in a session
    /// of its own, with every signal at its default and none blocked.
    func start(_ arguments: [String], environment: [String: String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, target) }
        // The terminal only: not another test's pipes (`SpawnActions`).
        SpawnActions.closeInherited(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | Self.spawnSetSID))
        let argv = ([NetraProcess.executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let result = posix_spawn(&pid, NetraProcess.executable.path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
    }

    /// glibc's POSIX_SPAWN_SETSID (not visible from Swift): a session of its own, so no
    /// key at the test's own terminal reaches netra.
    static let spawnSetSID: Int32 = 0x80

    /// The environment a kiosk or a person would give netra, on this terminal.
    static func environment(term: String = "xterm-256color", extra: [String: String] = [:]) -> [String: String] {
        var env = ["TERM": term, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        env.merge(extra) { $1 }
        return env
    }

    /// Reads what netra wrote for up to `seconds`, until `done` holds for all of it.
    @discardableResult
    func read(for seconds: Double, until done: (String) -> Bool = { _ in false }) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 50) > 0 {
                let n = Glibc.read(master, &buffer, buffer.count)
                if n > 0 { output.append(contentsOf: buffer[0..<n]) }
            }
            if done(text) { break }
        }
        return text
    }

    var text: String { String(decoding: output, as: UTF8.self) }

    /// Types bytes at the keyboard.
    func type(_ text: String) { _ = text.withCString { write(master, $0, strlen($0)) } }

    /// Stops (or restarts) the terminal's output, as Scroll Lock or XOFF do: netra's
    /// writes then block.
    func stopOutput(_ stop: Bool = true) { tcflow(slave, stop ? TCOOFF : TCOON) }

    /// Waits up to `seconds` for netra to end; its wait status, or nil if it still runs.
    func waitForExit(within seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var s: Int32 = 0
            if waitpid(pid, &s, WNOHANG) == pid {
                status = s
                return s
            }
            usleep(20_000)
        }
        return nil
    }

    /// The terminal's modes now.
    var modes: termios {
        var now = termios()
        tcgetattr(slave, &now)
        return now
    }

    /// Whether the terminal is back in the shell's line mode (echo, canonical input,
    /// signals from keys), as it was before netra.
    var isRestored: Bool {
        let mask = tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        return modes.c_lflag & mask == original.c_lflag & mask && modes.c_iflag == original.c_iflag
    }

    /// Children of every thread of netra (a crash helper would be one).
    var children: [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "").split(separator: " ").map(String.init)
        }
    }
}

/// Reading a wait status.
enum WaitStatus {
    static func signal(_ status: Int32) -> Int32? { status & 0x7F != 0 && status & 0x7F != 0x7F ? status & 0x7F : nil }
    static func exitCode(_ status: Int32) -> Int32? { status & 0x7F == 0 ? (status >> 8) & 0xFF : nil }
}
