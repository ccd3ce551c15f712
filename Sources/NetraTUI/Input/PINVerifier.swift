import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// Checks kiosk PINs off the UI thread, with a time limit, and hands the outcome back
/// through a mailbox the UI's `poll` can wait on.
///
/// The hash is deliberately slow (and `netra.toml`, which sets its cost, is written by
/// many people): run on the UI thread it would freeze the screen for every attempt.
/// Here it runs on a thread of its own, made by the caller so that it has the terminal
/// loop's priority (a dispatch pool worker may have been made by a reload's idle-class
/// thread and be idle-class for good, see `Parallel`); after `timeout` the outcome is
/// `.timedOut` whatever the hash still does. libcrypt cannot be interrupted, so while a timed-out
/// check still computes, a new one is answered `.timedOut` at once: a visitor pressing
/// Enter again and again never piles up threads.
///
/// Use: on `KioskLock.Effect.checkPIN(check)` call `start(check)`; add `wakeFD` to the
/// descriptors the loop polls; when it is readable, `take()` each outcome and pass it
/// to `KioskLock.finishCheck(ticket:outcome:at:)`.
public final class PINVerifier: @unchecked Sendable {
    /// The longest a PIN check may take before it counts as not done.
    public static let timeout: TimeInterval = 5

    private let verify: @Sendable (String, String) -> Bool
    private let limit: TimeInterval
    private let lock = NSLock()
    private var computing = false
    private var outcomes: [(ticket: Int, outcome: PINCheck.Outcome)] = []
    private var fds: [Int32] = [-1, -1]

    /// `verify` and `timeout` are for tests; the real check is `PINHash.verify`.
    public init(timeout: TimeInterval = PINVerifier.timeout, verify: @escaping @Sendable (String, String) -> Bool = PINHash.verify) {
        self.verify = verify
        limit = timeout
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        }
    }

    deinit {
        for fd in fds where fd >= 0 { close(fd) }
    }

    /// Readable whenever an outcome waits in the mailbox.
    public var wakeFD: Int32 { fds[0] }

    /// Starts checking; exactly one outcome for `check.ticket` reaches the mailbox.
    public func start(_ check: PINCheck) {
        lock.lock()
        let busy = computing
        computing = true
        lock.unlock()
        if busy {
            post(check.ticket, .timedOut)
            return
        }
        let decided = Decided()
        Thread { [self] in
            let matches = verify(check.pin, check.hash)
            lock.lock()
            computing = false
            lock.unlock()
            if decided.claim() { post(check.ticket, matches ? .correct : .wrong) }
        }.start()
        DispatchQueue.global().asyncAfter(deadline: .now() + limit) { [self] in
            if decided.claim() { post(check.ticket, .timedOut) }
        }
    }

    /// The outcomes delivered since the last call, oldest first.
    public func take() -> [(ticket: Int, outcome: PINCheck.Outcome)] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fds[0], &buffer, buffer.count) > 0 {}
        lock.lock()
        defer { outcomes.removeAll(); lock.unlock() }
        return outcomes
    }

    private func post(_ ticket: Int, _ outcome: PINCheck.Outcome) {
        lock.lock()
        outcomes.append((ticket, outcome))
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
    }

    /// Whether the outcome of one check has been given (by the hash or the clock).
    private final class Decided: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        func claim() -> Bool {
            lock.lock()
            defer { done = true; lock.unlock() }
            return !done
        }
    }
}
