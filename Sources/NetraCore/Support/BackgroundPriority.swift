import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lets work the screen does not wait for (a reload, preparing the lists, the journal)
/// yield to the terminal loop on a busy machine.
///
/// Why: on two cores a reload of 100k officers keeps both busy for ≈200 ms (the file is
/// read in two pieces), and a key pressed meanwhile waited for a time slice behind them:
/// the end-to-end benchmark measured 67 ms per keystroke during a reload against a
/// 16 ms goal. A background thread runs at niceness 10 (weight 110 against the terminal
/// loop's 1024 under Linux's scheduler), so the loop is scheduled as soon as a key
/// wakes it, and the reload still has every core the loop does not use.
///
/// Linux niceness is per thread: `setpriority(PRIO_PROCESS, 0, …)` changes the calling
/// thread's alone (the kernel's "current" task; see pthreads(7)). A process may always
/// lower its threads' priority but may raise it back only with `CAP_SYS_NICE` or
/// `RLIMIT_NICE`, so a pool thread may stay at the lower priority after the work: that
/// is harmless, as every thread but the terminal loop's does background work. The
/// main thread (the first reading, which the first screen waits for) is never lowered.
public enum BackgroundPriority {
    /// The niceness of background work.
    public static let niceness: Int32 = 10

    /// Runs `body` at background priority on this thread (unless it is the main thread),
    /// then tries to restore the thread's priority.
    public static func run<T>(_ body: () throws -> T) rethrows -> T {
        guard !Thread.isMainThread else { return try body() }
        let thread: id_t = 0  // the calling thread (Linux keeps niceness per thread)
        errno = 0
        let before = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), thread)
        let known = errno == 0
        if !known || before < niceness { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), thread, niceness) }
        defer { if known && before < niceness { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), thread, before) } }
        return try body()
    }

    /// The calling thread's niceness (0 when it cannot be read).
    static var current: Int32 {
        errno = 0
        let value = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        return errno == 0 ? value : 0
    }

    /// Runs `body` at `niceness` on this thread when that is lower priority than its own
    /// (the pieces of a parallel pass started by background work run at its priority).
    static func inherit(_ niceness: Int32, _ body: () -> Void) {
        guard niceness > 0, !Thread.isMainThread, current < niceness else { return body() }
        let thread: id_t = 0  // the calling thread (Linux keeps niceness per thread)
        let before = current
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), thread, niceness)
        defer { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), thread, before) }
        body()
    }
}
