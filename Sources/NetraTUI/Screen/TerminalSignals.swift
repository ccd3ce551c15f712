import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Netra's own handling of every signal that would end the process, so that no way
/// out leaves the terminal raw, hidden-cursor or on the alternate screen — and no way
/// out can hang.
///
/// `install` runs first thing in `main`; `arm` is called once the screen is open and
/// hands over what "back as it was" means for that terminal (the termios from before
/// ncurses, and the bytes that end ncurses' modes). A handler then:
///
/// 1. writes those bytes through a non-blocking descriptor of its own, waiting at most
///    a moment for the terminal: a console that stopped taking output (Scroll Lock,
///    XOFF, `tcflow(TCOOFF)`, a stalled SSH link) costs that moment, never forever —
///    which is why it never calls `endwin()`, whose writes block;
/// 2. puts the termios back with `TCSANOW` (which does not wait for output to drain);
/// 3. dies of the signal (a supervisor sees a stop by SIGTERM, a shell 128+N), or
///    `_exit(128+N)` for signals whose default action dumps core (QUIT, XCPU, XFSZ,
///    SYS) when it came from outside.
///
/// SIGPIPE is harmless for the dashboard (its output is a terminal) and is ignored
/// while the screen is open; `main` ignores it for every command, so that a reader
/// that closes early is told as an EPIPE write failure (one line, status 1). A kiosk ignores INT, QUIT and the job-control
/// stops from the start. Crash signals (SEGV, ABRT…) are taken over while the screen
/// is open, and in a kiosk from the start: then Swift's crash helper, which may offer
/// an interactive debugger on the public console, never runs.
///
/// Everything a handler touches is preallocated, plain memory, and every call it makes
/// is async-signal-safe (`write`, `poll`, `tcsetattr`, `sigaction`, `raise`, `_exit`).
public enum TerminalSignals {
    /// Signals whose default action ends the process without a core dump.
    static let terminating: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
                                       SIGSTKFLT, SIGIO, SIGPWR]
    /// Ending by default with a core dump; sent from outside, they end with 128+N instead.
    static let dumping: [Int32] = [SIGQUIT, SIGXCPU, SIGXFSZ, SIGSYS]
    /// A program fault: restore, then die of it (with the core dump it asks for).
    static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]
    /// Real-time signals end a process by default too; glibc keeps the first few.
    static var realTime: [Int32] { Array(__libc_current_sigrtmin()...__libc_current_sigrtmax()) }

    /// Installs the handlers. Called once, first thing in `main`, before any thread
    /// starts (threads inherit the signal mask set here).
    ///
    /// A signal someone started us with ignored (`nohup`) stays ignored, except
    /// SIGTERM: the supervisor's way out must always work. Handlers already there are
    /// replaced: Swift's runtime catches SIGQUIT for its crash helper, which would
    /// leave the terminal raw and wait for a key.
    public static func install(kiosk: Bool) {
        _ = state  // allocate before any handler can run
        installAlternateStack()
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in terminating + dumping + [SIGPIPE, SIGWINCH] { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)

        for sig in terminating + dumping + realTime + [SIGPIPE] where sig == SIGTERM || !isIgnored(sig) {
            handle(sig, with: onSignal)
        }
        if kiosk {
            for sig in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { signal(sig, SIG_IGN) }
            takeCrashSignals()
        }
    }

    /// The screen is open: handlers from now on restore `descriptor`'s terminal to
    /// `original` and write `restore` to it.
    static func arm(descriptor: Int32, original: termios, restore: [UInt8]) {
        let s = state
        s.pointee.termiosFD = descriptor
        s.pointee.original = original
        s.pointee.count = min(restore.count, RestoreState.capacity)
        for (i, byte) in restore.prefix(RestoreState.capacity).enumerated() { s.pointee.bytes[i] = byte }
        // A descriptor of our own, so O_NONBLOCK does not leak to the shell that shares
        // the terminal's file description.
        if s.pointee.writeFD < 0 { s.pointee.writeFD = open("/proc/self/fd/\(descriptor)", O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC) }
        s.pointee.armed = 1
        takeCrashSignals()
    }

    /// The screen closed normally (`endwin` restored it): nothing left to restore.
    static func disarm() {
        state.pointee.armed = 0
    }

    // MARK: - Handler side

    /// What a handler restores: fixed-size, allocated once, never moved.
    struct RestoreState {
        static let capacity = 256
        var armed: Int32 = 0
        /// The terminal ncurses drew on, whose termios is put back.
        var termiosFD: Int32 = -1
        /// A non-blocking descriptor of the same terminal, or -1.
        var writeFD: Int32 = -1
        var original = termios()
        /// How many of `bytes` to write.
        var count = 0
        /// `capacity` bytes, allocated with the state.
        var bytes: UnsafeMutablePointer<UInt8>
    }

    nonisolated(unsafe) static let state: UnsafeMutablePointer<RestoreState> = {
        let p = UnsafeMutablePointer<RestoreState>.allocate(capacity: 1)
        p.initialize(to: RestoreState(bytes: .allocate(capacity: RestoreState.capacity)))
        return p
    }()

    /// Longest a handler waits for a terminal to take the restore bytes.
    static let writeBudgetMilliseconds: Int32 = 300

    /// Puts the terminal back if the screen is open. Safe in a signal handler.
    static func restoreTerminal() {
        let s = state
        guard s.pointee.armed != 0 else { return }
        s.pointee.armed = 0
        var fd = s.pointee.writeFD
        var restoreFlags: Int32 = -1
        if fd < 0 {
            // No descriptor of our own: make the shared one non-blocking for the moment.
            fd = s.pointee.termiosFD
            restoreFlags = fcntl(fd, F_GETFL)
            if restoreFlags >= 0 { _ = fcntl(fd, F_SETFL, restoreFlags | O_NONBLOCK) }
        }
        let count = s.pointee.count
        let base = s.pointee.bytes
        var done = 0
        var waited: Int32 = 0
        while done < count, waited < writeBudgetMilliseconds {
            let n = write(fd, base + done, count - done)
            if n > 0 { done += n; continue }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno != EAGAIN { break }
            var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&ready, 1, 50)
            waited += 50
        }
        if restoreFlags >= 0 { _ = fcntl(fd, F_SETFL, restoreFlags) }
        var original = s.pointee.original
        _ = tcsetattr(s.pointee.termiosFD, TCSANOW, &original)
        // Unread keys were meant for the dashboard, not the shell (async-signal-safe).
        _ = tcflush(s.pointee.termiosFD, TCIFLUSH)
    }

    /// Ends the process as `sig` asks, after the terminal is back.
    static func die(of sig: Int32) -> Never {
        if dumping.contains(sig) { _exit(128 + sig) }
        signal(sig, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, sig)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(sig)
        _exit(128 + sig)  // not reached: the default action ends the process
    }

    private static let onSignal: @convention(c) (Int32) -> Void = { sig in
        // Harmless for a screen on a terminal; a write that failed says so itself.
        if sig == SIGPIPE, TerminalSignals.state.pointee.armed != 0 { return }
        TerminalSignals.restoreTerminal()
        TerminalSignals.die(of: sig)
    }

    private static let onCrash: @convention(c) (Int32) -> Void = { sig in
        TerminalSignals.restoreTerminal()
        signal(sig, SIG_DFL)
        // Returning re-runs the faulting instruction, now with the default action; a
        // raised signal (abort, kill) is delivered again once the handler returns.
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, sig)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(sig)
    }

    private static func takeCrashSignals() {
        for sig in crashes { handle(sig, with: onCrash) }
    }

    private static func isIgnored(_ sig: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(sig, nil, &current) == 0 else { return true }
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1  // SIG_IGN
    }

    private static func handle(_ sig: Int32, with handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        // Nothing else interrupts a handler half-way through restoring.
        sigfillset(&action.sa_mask)
        action.sa_flags = SA_RESTART | SA_ONSTACK
        sigaction(sig, &action, nil)
    }

    /// A stack for handlers, so a crash from a stack overflow on the main thread
    /// still restores the terminal.
    private static func installAlternateStack() {
        let size = 64 * 1024
        guard let memory = malloc(size) else { return }
        var stack = stack_t(ss_sp: memory, ss_flags: 0, ss_size: size)
        if sigaltstack(&stack, nil) != 0 { free(memory) }
    }
}
