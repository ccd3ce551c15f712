import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in a real terminal (tmux), as a person would: start,
/// navigate, search, resize, quit — then checks the terminal was restored.
struct Tmux {
    let socket = "netra-test-\(UUID().uuidString.prefix(8))"
    /// Held from making a pipe until it is close-on-exec and its child is spawned.
    static let spawning = NSLock()
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Runs tmux with `posix_spawn` and `waitpid`: Foundation's `Process` left the
    /// short-lived tmux client unreaped here and `waitUntilExit` never returned.
    @discardableResult
    func run(_ arguments: [String], captureOutput: Bool = true) -> String {
        var fds: [Int32] = [-1, -1]
        // Close-on-exec, set under the lock every spawn here takes: suites run in
        // parallel, and a tmux server spawned by another thread meanwhile would
        // otherwise inherit this pipe's write end and keep it open for its whole life,
        // so this read would wait for that server, and that test for this one (two
        // suites hung so, under load). dup2 onto the child's stdout drops the flag
        // there, where it is wanted.
        Self.spawning.lock()
        guard pipe(&fds) == 0 else { Self.spawning.unlock(); return "" }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
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
        // Nor any other descriptor: a tmux server lives on and would hold another
        // test's pipes open (`SpawnActions`).
        SpawnActions.closeInherited(&actions)
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
        Self.spawning.unlock()
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
        // The dashboard keeps its journal in the test run's own state directory.
        let command = "XDG_STATE_HOME='\(NetraProcess.testStateHome)' " + command
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

    /// Waits (up to `timeout` seconds) until the screen satisfies `condition`, and
    /// returns the screen. A timeout fails the calling test, with the last screen seen.
    @discardableResult
    func wait(timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
              for condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the screen did not show what was awaited within \(Int(timeout)) s; last screen:\n\(last)",
                     sourceLocation: sourceLocation)
        return last
    }
}
