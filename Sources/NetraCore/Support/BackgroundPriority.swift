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
/// `RLIMIT_NICE`, so a pool thread may stay at the lower priority after the work, and a
/// thread made by a lowered one starts lowered. Only background work runs on the
/// dispatch pool; a parallel pass runs its pieces on threads its caller makes
/// (`Parallel`), so they take the caller's priority, whichever it is. The main thread
/// (the first reading, which the first screen waits for) is never lowered.
///
/// While a screen is live (`yieldToScreen()`), background work also runs in Linux's
/// idle scheduling class (`SCHED_IDLE`). Why: niceness sets a share, not a turn. A
/// scheduler trace of keystrokes during a 100k reload (`perf sched timehist`) showed
/// the chain from key to screen — the kernel's tty worker that hands the key over,
/// the loop, then the terminal (or sshd) that reads the frame — each waiting 3–9 ms
/// for a nice-10 reload thread to finish its time slice: 20–30 ms keystrokes from
/// 3 ms of the loop's own work. A waking task always preempts an idle-class one at
/// once. A one-off command (`netra check`) has no screen to yield to and keeps
/// niceness alone, so on a busy server its journal is not starved.
public enum BackgroundPriority {
    /// How much lower than the process's own priority background work runs.
    public static let lowering: Int32 = 10

    /// Whether background work runs in the idle scheduling class: set once by a live
    /// screen before its background threads start.
    nonisolated(unsafe) private static var yieldsToScreen = false

    /// From now on, background work yields to every other task of the machine at once.
    public static func yieldToScreen() { yieldsToScreen = true }

    /// The niceness of background work: ten below the process's main thread (whose
    /// thread id is the process id), so `nice -n 5 netra …` moves both.
    public static var niceness: Int32 { min(19, niceness(of: id_t(getpid())) + lowering) }

    /// Runs `body` at background priority on this thread (unless it is the main thread),
    /// then tries to restore the thread's priority.
    public static func run<T>(_ body: () throws -> T) rethrows -> T {
        try run(idle: yieldsToScreen, body)
    }

    /// `run`, in the idle scheduling class or not as `idle` says (tests ask for it
    /// without making the whole test process yield).
    static func run<T>(idle: Bool, _ body: () throws -> T) rethrows -> T {
        guard !Thread.isMainThread else { return try body() }
        return try lowered(to: niceness, idle: idle, body)
    }

    /// The calling thread's niceness.
    static var current: Int32 { niceness(of: 0) }

    /// A thread's priority as background work sees it.
    struct Level: Equatable {
        var niceness: Int32
        /// In the idle scheduling class.
        var idle: Bool

        /// The calling thread's.
        static var current: Level { Level(niceness: BackgroundPriority.current, idle: sched_getscheduler(0) == idlePolicy) }
    }

    private static func lowered<T>(to target: Int32, idle: Bool, _ body: () throws -> T) rethrows -> T {
        let before = current
        let lowers = before < target
        // `who` 0 is the calling thread: Linux keeps niceness per thread.
        if lowers { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, target) }
        defer { if lowers { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, before) } }
        let policy = sched_getscheduler(0)
        let idles = idle && policy == SCHED_OTHER && setPolicy(idlePolicy)
        // Back to the normal class may be refused (as raising niceness is): harmless.
        defer { if idles { _ = setPolicy(policy) } }
        return try body()
    }

    /// Linux's `SCHED_IDLE` (sched(7)); Glibc declares it only for `_GNU_SOURCE`.
    static let idlePolicy: Int32 = 5

    /// Whether the calling thread's scheduling class could be set to `policy`.
    private static func setPolicy(_ policy: Int32) -> Bool {
        var parameters = sched_param(sched_priority: 0)
        return sched_setscheduler(0, policy, &parameters) == 0
    }

    /// The calling thread's scheduling class (`SCHED_OTHER` 0, `SCHED_IDLE` 5), for tests.
    static var currentPolicy: Int32 { sched_getscheduler(0) }

    /// A thread's niceness (0 when it cannot be read; `who` 0 is the calling thread).
    private static func niceness(of who: id_t) -> Int32 {
        errno = 0
        let value = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), who)
        return errno == 0 ? value : 0
    }
}
