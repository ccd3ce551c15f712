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

/// Runs `body` and gives up waiting after `seconds`: a query in flight when the server
/// shuts down can stay unanswered for good (seen with postgres-nio 1.33.2: closing the
/// connection did not end it), and a feed that waited on it would never notice the
/// database went away. The abandoned task keeps its connection; nothing else uses it.
enum Deadline {
    static func run<T: Sendable>(_ seconds: TimeInterval, on executor: FeedExecutor,
                                 _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.arm(continuation)
            Task(executorPreference: executor) {
                do { once.resume(.success(try await body())) } catch { once.resume(.failure(error)) }
            }
            Task(executorPreference: executor) {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                once.resume(.failure(Stalled()))
            }
        }
    }

    /// Resumes the continuation with whichever result comes first.
    private final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?
        func arm(_ c: CheckedContinuation<T, any Error>) { lock.withLock { continuation = c } }
        func resume(_ result: Result<T, any Error>) {
            let c: CheckedContinuation<T, any Error>? = lock.withLock {
                defer { continuation = nil }
                return continuation
            }
            c?.resume(with: result)
        }
    }
}
