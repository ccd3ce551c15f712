import Dispatch

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
