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
/// 16 ms goal. A background thread runs 10 below the process's niceness (weight 110
/// against the terminal loop's 1024 under Linux's scheduler), so the loop is scheduled
/// as soon as a key wakes it, and the reload still has every core the loop does not use.
///
/// Linux niceness is per thread: `setpriority(PRIO_PROCESS, 0, …)` changes the calling
/// thread's alone (the kernel's "current" task; see pthreads(7)). A process may always
/// lower its threads' priority but may raise it back only with `CAP_SYS_NICE` or
/// `RLIMIT_NICE`, so a pool thread may stay at the lower priority after the work: that
/// is harmless, as every thread but the terminal loop's does background work. The
/// main thread (the first reading, which the first screen waits for) is never lowered.
public enum BackgroundPriority {
    /// How much lower than the process's own priority background work runs.
    public static let lowering: Int32 = 10

    /// The niceness of background work: ten below the process's main thread (whose
    /// thread id is the process id), so `nice -n 5 netra …` moves both.
    public static var niceness: Int32 { min(19, niceness(of: id_t(getpid())) + lowering) }

    /// Runs `body` at background priority on this thread (unless it is the main thread),
    /// then tries to restore the thread's priority.
    public static func run<T>(_ body: () throws -> T) rethrows -> T {
        guard !Thread.isMainThread else { return try body() }
        return try lowered(to: niceness, body)
    }

    /// The calling thread's niceness.
    static var current: Int32 { niceness(of: 0) }

    /// Runs `body` at `niceness` on this thread when that is lower priority than its own
    /// (the pieces of a parallel pass started by background work run at its priority).
    static func inherit(_ target: Int32, _ body: () -> Void) {
        guard target > niceness(of: id_t(getpid())), !Thread.isMainThread else { return body() }
        lowered(to: target, body)
    }

    private static func lowered<T>(to target: Int32, _ body: () throws -> T) rethrows -> T {
        let before = current
        guard before < target else { return try body() }
        // `who` 0 is the calling thread: Linux keeps niceness per thread.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, target)
        defer { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, before) }
        return try body()
    }

    /// A thread's niceness (0 when it cannot be read; `who` 0 is the calling thread).
    private static func niceness(of who: id_t) -> Int32 {
        errno = 0
        let value = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), who)
        return errno == 0 ? value : 0
    }
}
