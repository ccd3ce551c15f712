import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program without a shell, hands it `input` on standard input, and kills it
/// (its whole process group) when it outlives `timeout`. Its standard output goes to
/// our standard error, so a script's chatter never mixes with `check --format json`.
///
/// A side effect at the edge, behind `NotifyRunner` so tests of the decisions around
/// it need no process.
public struct ChildProcess: NotifyRunner {
    /// Send the program's standard output and error to /dev/null (a browser's chatter).
    public var quiet = false

    public init(quiet: Bool = false) { self.quiet = quiet }

    public func run(_ argv: [String], input: Data, timeout: TimeInterval) -> NotifyOutcome {
        guard let program = argv.first else { return .failed("no program") }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return .failed(String(cString: strerror(errno))) }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 2, 1)
        }
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group: a script's children (a `sleep`, a `curl`) die with it.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, cArgs, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return .failed(String(cString: strerror(spawned)))
        }
        // Never blocks on a program that does not read: what does not fit is dropped.
        _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        input.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(writeEnd, bytes.baseAddress! + offset, bytes.count - offset)
                if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { break }
            }
        }
        close(writeEnd)
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { return .failed(String(cString: strerror(errno))) }
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(20_000)
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let signal = status & 0x7f, code = (status >> 8) & 0xff
        if signal != 0 { return .failed("signal \(signal)") }
        return code == 0 ? .ok : .failed("exit status \(code)")
    }
}

/// How a notification call ended.
public enum NotifyOutcome: Equatable, Sendable {
    case ok, timedOut
    case failed(String)
}

/// Runs one notification call (a command, sendmail).
public protocol NotifyRunner: Sendable {
    func run(_ argv: [String], input: Data, timeout: TimeInterval) -> NotifyOutcome
}
