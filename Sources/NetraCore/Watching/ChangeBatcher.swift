import Foundation

/// Gathers changed data files into batches: a batch is handed over once the folder has
/// been quiet for a while, or at the latest `maxDelay` after its first change.
///
/// The quiet window is the debounce (a writer may still be at work), shortened to
/// 20 ms when the last change says the writer finished (closed after writing, renamed
/// into place): long enough to take the other files a sync tool saves in the same
/// moment into one reload, short enough that a saved `cases.csv` is on screen within
/// the 80 ms a reload of a small file is allowed (docs/decisions.md). The upper bound exists because a writer that never stops (a log
/// appended every 100 ms, a sync client rewriting one file) would otherwise keep the
/// window open forever and hold back every other file's reload.
///
/// A value type on monotonic seconds (`Monotonic.now()`), so tests can drive it with
/// made-up instants.
struct ChangeBatcher {
    let debounce: TimeInterval
    let maxDelay: TimeInterval
    private(set) var pending: Set<DataFile> = []
    private var firstChange: TimeInterval = 0
    private var lastChange: TimeInterval = 0
    private var quiet: TimeInterval

    init(debounce: TimeInterval, maxDelay: TimeInterval) {
        self.debounce = debounce
        self.maxDelay = max(debounce, maxDelay)
        quiet = debounce
    }

    /// `file` changed at `now`; `completed` when the event says the writer is done.
    mutating func note(_ file: DataFile, completed: Bool, at now: TimeInterval) {
        note([file], completed: completed, at: now)
    }

    /// Several files changed at once (every file, after a folder swap or an overflow).
    mutating func note(_ files: Set<DataFile>, completed: Bool, at now: TimeInterval) {
        guard !files.isEmpty else { return }
        if pending.isEmpty { firstChange = now }
        pending.formUnion(files)
        lastChange = now
        quiet = completed ? min(debounce, 0.02) : debounce
    }

    /// Seconds until the batch is due (0: now), `nil` when nothing is pending.
    func secondsUntilDue(at now: TimeInterval) -> TimeInterval? {
        guard !pending.isEmpty else { return nil }
        let quietEnds = lastChange + quiet
        let latest = firstChange + maxDelay
        return max(0, min(quietEnds, latest) - now)
    }

    /// The batch, when it is due; it is then cleared.
    mutating func flush(at now: TimeInterval) -> Set<DataFile>? {
        guard let wait = secondsUntilDue(at: now), wait <= 0 else { return nil }
        defer { pending = [] }
        return pending
    }
}

/// Seconds on a clock that never jumps (wall-clock changes do not stretch a debounce).
enum Monotonic {
    static func now() -> TimeInterval { TimeInterval(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
