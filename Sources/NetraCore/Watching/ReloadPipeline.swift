import Foundation

/// Follows a data folder and hands the newest result to a UI thread: owns the watcher,
/// the `LiveFolder`, the reload thread, the retry of files that failed right after a
/// change, and a one-slot mailbox.
///
/// Reloads coalesce: at most one runs and one waits; whatever arrives meanwhile (file
/// changes, retries, a full reload) merges into the waiting one. Nothing queued holds a
/// payload: the mailbox keeps only the newest (an untaken older one is dropped), and the
/// reload thread keeps only the last one it made (for `transform`'s `previous`). So
/// memory stays bounded however fast the folder changes: at most the UI's payload, the
/// mailbox's, and the one being built.
///
/// Threading contract:
/// - `transform` and `warm` run on the reload thread, one call at a time.
/// - `wake` runs on the reload thread after each new payload; it must not block
///   (signal a `WakePipe`, say). The UI then calls `take()`.
/// - `start()` once, from the thread that owns the pipeline; `take`, `requestReload`,
///   `requestFullReload` and `payloadReleased` from any thread, never blocking on a
///   reload; `stop()` from any thread but the reload thread (inside `transform`).
public final class ReloadPipeline<Payload: Sendable>: @unchecked Sendable {
    /// Builds what the UI needs from a folder state, on the reload thread. `previous` is
    /// the payload this pipeline made last (nil for the first load), for marking what
    /// changed; `state.changed` names the files read again.
    public typealias Transform = @Sendable (_ state: LiveFolder.State, _ previous: Payload?) -> Payload

    public let folder: URL
    private let clock: TimeSource
    private let live: LiveFolder
    /// Keeps a large roster's reading for the next start (`KeptRoster`).
    private let keeper: KeptRoster?
    private let transform: Transform
    private let warm: (@Sendable (Payload) -> Void)?
    private let wake: @Sendable () -> Void
    private let retryDelay: TimeInterval
    private let queue = DispatchQueue(label: "netra-reload")
    private let timers = DispatchQueue(label: "netra-reload-retry")
    private let onQueue = DispatchSpecificKey<Bool>()
    private var watcher: FolderWatcher?

    // Guarded by `state`.
    private let state = NSCondition()
    private var loaded = false
    private var stopped = false
    private var draining = false
    private var pending = ReloadRequest()
    /// When each file that failed right after a change is to be read again (monotonic).
    private var retryAt: [DataFile: TimeInterval] = [:]
    private var retryTimerSet = false
    private var trimWanted = false
    /// The newest payload has not been warmed yet.
    private var warmWanted = false
    private var newest: Payload?
    private var reloadsRun = 0

    // Confined to the reload thread.
    private var previous: Payload?

    /// - Parameters:
    ///   - folder: the data folder; followed through its path (a swapped folder or a
    ///     re-pointed symlink is followed).
    ///   - pollInterval: poll instead of inotify (`nil`: automatic, see `FolderWatcher`).
    ///   - clock: the instant given to `LiveFolder` (broken-since, missing-since).
    ///   - retryDelay: how long a file that failed right after a change is given to settle.
    ///   - transform: state → payload, on the reload thread.
    ///   - warm: optional work on the newest payload once the thread is otherwise idle
    ///     (building search indexes); skipped when a newer payload has already been made.
    ///   - wake: tells the UI that `take()` has something.
    public init(folder: URL, pollInterval: TimeInterval? = nil, clock: TimeSource, retryDelay: TimeInterval = 0.5,
                transform: @escaping Transform, warm: (@Sendable (Payload) -> Void)? = nil, wake: @escaping @Sendable () -> Void) {
        self.folder = folder
        self.clock = clock
        self.transform = transform
        self.warm = warm
        self.wake = wake
        self.retryDelay = retryDelay
        let path = folder.path
        keeper = KeptRoster(folder: folder)
        live = LiveFolder(source: FolderFiles(folder: folder, keeper: keeper), folderExists: { FolderIdentity.of(path) != nil })
        queue.setSpecific(key: onQueue, value: true)
        watcher = FolderWatcher(folder: path, pollInterval: pollInterval) { [weak self] files in self?.requestReload(files) }
    }

    deinit {
        // No `queue.sync` here: the last reference may be dropped on the reload thread.
        state.lock()
        stopped = true
        state.unlock()
        watcher?.stop()
    }

    /// How the folder is watched.
    public var watcherMode: FolderWatcher.Mode { watcher?.mode ?? .inotify }

    /// Starts watching, then reads the whole folder on the calling thread and returns
    /// the first payload. Changes made while it reads are reloaded right after.
    public func start(armingTimeout: TimeInterval = 5) -> Payload {
        watcher?.start()
        _ = watcher?.waitUntilArmed(timeout: armingTimeout)
        let first = queue.sync {
            let payload = transform(live.loadAll(at: clock.now()), nil)
            previous = payload
            return payload
        }
        state.lock()
        loaded = true
        warmWanted = warm != nil
        state.unlock()
        kick()
        return first
    }

    /// The newest payload not taken yet, if any (the mailbox is emptied).
    public func take() -> Payload? {
        state.lock()
        defer { newest = nil; state.unlock() }
        return newest
    }

    /// Reads `files` again as changed ones (what the watcher asks for).
    public func requestReload(_ files: Set<DataFile>) {
        submit(ReloadRequest(changed: files))
    }

    /// Reads every file again (`r`). Waits behind at most the reload already running.
    public func requestFullReload() {
        submit(ReloadRequest(full: true))
    }

    /// The UI let go of an older payload: freed heap pages are handed back to the system
    /// on the reload thread, before the next reload (once, however often this is called
    /// before it runs).
    public func payloadReleased() {
        state.lock()
        trimWanted = true
        state.unlock()
        kick()
    }

    /// Stops watching and reloading; waits for a running reload to end. Nothing is
    /// delivered afterwards.
    public func stop() {
        state.lock()
        stopped = true
        pending = ReloadRequest()
        retryAt = [:]
        newest = nil
        state.broadcast()
        state.unlock()
        watcher?.stop()
        keeper?.stop()
        if DispatchQueue.getSpecific(key: onQueue) != true {
            queue.sync { previous = nil }
        }
    }

    /// Waits until nothing runs, waits or is due for a retry. False after `timeout`.
    func waitUntilIdle(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        state.lock()
        defer { state.unlock() }
        while draining || !pending.isEmpty || !retryAt.isEmpty {
            guard state.wait(until: deadline) else { return false }
        }
        return true
    }

    /// How many reloads (after the first load) have run.
    var reloadCount: Int {
        state.lock()
        defer { state.unlock() }
        return reloadsRun
    }

    private func submit(_ request: ReloadRequest) {
        state.lock()
        if !stopped { pending.merge(request) }
        state.unlock()
        kick()
    }

    /// Starts the reload thread's loop unless it runs already or has nothing to do.
    private func kick() {
        state.lock()
        let go = loaded && !stopped && !draining && (!pending.isEmpty || trimWanted || warmWanted)
        if go { draining = true }
        state.unlock()
        if go { queue.async { BackgroundPriority.run { self.drain() } } }
    }

    /// The reload thread's loop: the waiting reload first, then warming the newest
    /// payload, then trimming the heap; ends when none is left.
    private func drain() {
        while true {
            state.lock()
            if stopped {
                draining = false
                state.broadcast()
                state.unlock()
                return
            }
            if !pending.isEmpty {
                let request = pending
                pending = ReloadRequest()
                // The UI let go of a payload: its pages go back before the next one is
                // built, not only once the folder is quiet. A writer that never pauses
                // otherwise kept every freed model resident (RSS far above what is live).
                let trim = trimWanted
                trimWanted = false
                state.unlock()
                if trim { HeapTrim.releaseFreeMemory() }
                run(request)
                continue
            }
            let trim = trimWanted
            let warmNow = warmWanted
            trimWanted = false
            warmWanted = false
            if !trim && !warmNow {
                draining = false
                state.broadcast()
                state.unlock()
                // Idle at last: a large roster's reading is kept now (`KeptRoster`).
                keeper?.writePending()
                return
            }
            state.unlock()
            if warmNow, let warm, let previous { warm(previous) }
            if trim { HeapTrim.releaseFreeMemory() }
        }
    }

    private func run(_ request: ReloadRequest) {
        let now = clock.now()
        let (folderState, needsRetry) = request.full
            ? (live.loadAll(at: now), [])
            : live.reloadReporting(unsettled: request.changed, settled: request.settled.subtracting(request.changed), at: now)
        let payload = transform(folderState, previous)
        previous = payload
        state.lock()
        reloadsRun += 1
        warmWanted = warm != nil
        guard !stopped else { state.unlock(); return }
        for file in request.files { retryAt[file] = nil }
        let due = Monotonic.now() + retryDelay
        for file in needsRetry { retryAt[file] = due }
        let armTimer = !retryAt.isEmpty && !retryTimerSet
        if armTimer { retryTimerSet = true }
        newest = payload
        state.unlock()
        if armTimer { scheduleRetry(after: retryDelay) }
        wake()
    }

    /// One timer at a time, on its own queue: a busy reload thread must not delay it.
    private func scheduleRetry(after delay: TimeInterval) {
        timers.asyncAfter(deadline: .now() + max(0, delay)) { [weak self] in self?.retryTimerFired() }
    }

    private func retryTimerFired() {
        state.lock()
        retryTimerSet = false
        let now = Monotonic.now()
        let due = Set(retryAt.filter { $0.value <= now }.keys)
        if !stopped { pending.merge(ReloadRequest(settled: due)) }
        for file in due { retryAt[file] = nil }
        let next = retryAt.values.min()
        if next != nil { retryTimerSet = true }
        state.broadcast()
        state.unlock()
        if let next { scheduleRetry(after: next - now) }
        kick()
    }
}
