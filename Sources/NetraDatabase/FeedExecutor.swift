import Dispatch
import Foundation

/// Where a `ProvinceFeed`'s tasks run: a serial dispatch queue of its own, not Swift's
/// shared cooperative pool. The pool has one thread per core (two here), and anything
/// that blocks them (a test suite waiting on child processes, a long derivation) would
/// otherwise hold back the feed's reconnect and its answer to a NOTIFY.
final class FeedExecutor: TaskExecutor, @unchecked Sendable {
    private let queue = DispatchQueue(label: "netra-province-feed")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// A query that got no answer in time (see `Deadline`).
struct Stalled: Error {}

/// Signs of life from a query that is answering: the rows arriving. A province's first
/// read is hundreds of megabytes and may take longer than any fixed limit, yet it is
/// not stalled while rows keep coming.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var last = DispatchTime.now().uptimeNanoseconds

    func beat() { lock.withLock { last = DispatchTime.now().uptimeNanoseconds } }

    /// Seconds since the last sign of life (or since the start).
    var quiet: TimeInterval { lock.withLock { Double(DispatchTime.now().uptimeNanoseconds - last) / 1e9 } }
}

/// Runs `body` and gives up waiting once it has shown no progress for `seconds`: a
/// query in flight when the server shuts down can stay unanswered for good (seen with
/// postgres-nio 1.33.2: closing the connection did not end it), and a feed that waited
/// on it would never notice the database went away. The limit counts from the last
/// row `body` reported (`Progress.beat`), not from the start, so a long read that keeps
/// moving is never cut off (a national province's first read took longer than 10 s).
/// The abandoned task keeps its connection; nothing else uses it.
enum Deadline {
    ///
    /// `gone` is asked as often: a connection the server has closed (a shutdown) ends
    /// the wait at once, instead of after the whole limit, so the banner's "since" is
    /// when the database went, not ten seconds later.
    static func run<T: Sendable>(_ seconds: TimeInterval, on executor: FeedExecutor, gone: @escaping @Sendable () -> Bool = { false },
                                 _ body: @escaping @Sendable (Progress) async throws -> T) async throws -> T {
        let once = Once<T>()
        let progress = Progress()
        return try await withCheckedThrowingContinuation { continuation in
            once.arm(continuation)
            Task(executorPreference: executor) {
                do { once.resume(.success(try await body(progress))) } catch { once.resume(.failure(error)) }
            }
            Task(executorPreference: executor) {
                // Looked at twice a second (at most): only while a refresh runs.
                let step = min(0.5, max(0.05, seconds / 4))
                while !once.isDone {
                    try? await Task.sleep(nanoseconds: UInt64(step * 1_000_000_000))
                    if progress.quiet >= seconds || gone() { once.resume(.failure(Stalled())) }
                }
            }
        }
    }

    /// Resumes the continuation with whichever result comes first.
    private final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?
        private var done = false
        func arm(_ c: CheckedContinuation<T, any Error>) { lock.withLock { continuation = c } }
        var isDone: Bool { lock.withLock { done } }
        func resume(_ result: Result<T, any Error>) {
            let c: CheckedContinuation<T, any Error>? = lock.withLock {
                defer { continuation = nil; done = true }
                return continuation
            }
            c?.resume(with: result)
        }
    }
}
