import Foundation
import Testing

/// Runs the built `netra` binary, as a user or a script would.
struct NetraProcess {
    struct Outcome {
        let status: Int32
        /// Ended by a signal (a trap, SIGPIPE…) rather than by exit().
        let signalled: Bool
        let stdout: String
        let stderr: String
    }

    /// Where a standard stream of the child goes.
    enum Sink {
        /// A pipe the test reads (the default).
        case pipe
        /// A file opened for writing, e.g. `/dev/full`.
        case file(String)
        /// A pipe whose reading end is already closed: every write fails with EPIPE
        /// (or SIGPIPE).
        case closedPipe
        /// A pipe the test reads `bytes` of and then closes, as `head -c` does: what
        /// netra writes after that fails with EPIPE (or SIGPIPE).
        case closesAfter(bytes: Int)
    }

    /// The `netra` executable next to this test bundle in the build folder.
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("netra").path),
              folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("netra")
    }()

    /// Runs netra with `arguments`; `environment` replaces the test's own, which is
    /// otherwise passed on without its locale variables (netra speaks the locale's
    /// language, and a developer's `LANG=en_US.UTF-8` must not change what tests read).
    static func run(_ arguments: [String], in directory: URL? = nil, input: String? = nil,
                    stdout: Sink = .pipe, stderr: Sink = .pipe, environment: [String: String]? = nil) throws -> Outcome {
        try run(program: executable, arguments, in: directory, input: input, stdout: stdout, stderr: stderr,
                environment: environment ?? withoutLocale)
    }

    /// The test's environment without `LC_ALL`, `LC_MESSAGES` and `LANG`, and with a
    /// state directory of the test run's own (the journal of changes that `check` keeps
    /// goes there, not into the developer's `~/.local/state`).
    static var withoutLocale: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !["LC_ALL", "LC_MESSAGES", "LANG", "STATE_DIRECTORY"].contains($0.key) }
        environment["XDG_STATE_HOME"] = testStateHome
        return environment
    }

    /// One state directory per test process, under the temporary folder, removed when
    /// the process exits; those of earlier runs that ended without exiting (killed, or
    /// crashed) are removed on the way in, so the temporary folder does not fill up.
    static let testStateHome: String = {
        let prefix = "netra-test-state-"
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
        let path = temporary.appendingPathComponent(prefix + "\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit {
            try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("netra-test-state-\(getpid())"))
        }
        return path
    }()

    /// Runs any program the same way (`/bin/sh` to set up a signal, `script` for a terminal).
    static func run(program: URL, _ arguments: [String], in directory: URL? = nil, input: String? = nil,
                    stdout: Sink = .pipe, stderr: Sink = .pipe, environment: [String: String]? = nil,
                    limit: TimeInterval = 240) throws -> Outcome {
        let started = Date()
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = try Stream(stdout), err = try Stream(stderr), inPipe = Pipe()
        process.standardOutput = out.handle
        process.standardError = err.handle
        // Never the test's own terminal: a command that reads it would wait for a person.
        process.standardInput = inPipe
        try process.run()
        // A command that hangs must fail its test, not hold the whole run (and CI) until
        // its time runs out: killed after `limit` seconds, and said so.
        let watchdog = DispatchWorkItem { [pid = process.processIdentifier] in kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        defer { watchdog.cancel() }
        out.closeParentSide()
        err.closeParentSide()
        inPipe.fileHandleForWriting.write(Data((input ?? "").utf8))
        try? inPipe.fileHandleForWriting.close()
        // Read before waiting so a large output cannot fill the pipe and block.
        // Looked at without reaping (WNOWAIT): Foundation's `Process` reaps its child,
        // and a child it has not reaped yet is a zombie that `isRunning` still counts.
        let pid = process.processIdentifier
        let exited = { () -> Bool in
            var info = siginfo_t()
            guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return true }  // reaped already
            return info._sifields._sigchld.si_pid == pid
        }
        let stdoutText = out.readToEnd(orOnceExited: exited)
        let stderrText = err.readToEnd(orOnceExited: exited)
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
            && Date() >= started.addingTimeInterval(limit) {
            Issue.record("\(program.lastPathComponent) \(arguments.joined(separator: " ")) did not end within \(Int(limit)) s and was killed")
        }
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       stdout: stdoutText, stderr: stderrText)
    }

    /// One of the child's output streams, as the parent holds it.
    private struct Stream {
        let handle: Any
        private let pipe: Pipe?
        private let file: FileHandle?
        /// How much a `closesAfter` reader takes before it closes its end.
        private var limit: Int?

        init(_ sink: Sink) throws {
            switch sink {
            case .pipe:
                pipe = Pipe(); file = nil; handle = pipe!
            case .file(let path):
                pipe = nil; file = try FileHandle(forWritingTo: URL(fileURLWithPath: path)); handle = file!
            case .closedPipe:
                let closed = Pipe()
                try closed.fileHandleForReading.close()
                pipe = nil; file = closed.fileHandleForWriting; handle = closed.fileHandleForWriting
            case .closesAfter(let bytes):
                pipe = Pipe(); file = nil; handle = pipe!; limit = bytes
            }
        }

        /// The parent's copy of a file or a write end must go, or the child's
        /// failures would depend on the parent.
        func closeParentSide() { try? file?.close() }

        func readToEnd(orOnceExited exited: () -> Bool) -> String {
            guard let pipe else { return "" }
            if let limit {
                var taken = Data()
                while taken.count < limit, let chunk = try? pipe.fileHandleForReading.read(upToCount: limit - taken.count), !chunk.isEmpty {
                    taken += chunk
                }
                try? pipe.fileHandleForReading.close()
                return String(decoding: taken, as: UTF8.self)
            }
            return String(decoding: readUntilEnd(pipe.fileHandleForReading.fileDescriptor, orOnceExited: exited), as: UTF8.self)
        }

        /// Reads to the end of the output, or, once the child has exited, to the end of
        /// what it wrote: a daemon another test started may hold this pipe's write end
        /// (see `SpawnActions`), and then the end never comes.
        private func readUntilEnd(_ fd: Int32, orOnceExited exited: () -> Bool) -> Data {
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let polled = poll(&ready, 1, 100)
                if polled > 0 {
                    let n = read(fd, &buffer, buffer.count)
                    if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
                    if n == 0 || errno != EINTR { return data }
                } else if polled == 0 && exited() {
                    // Exited, and nothing more within 100 ms: all it wrote is read.
                    return data
                }
            }
        }
    }
}
