import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// Follows the data folder and hands new models to the UI thread: the watcher says
/// which files changed, the reload queue reads and derives them off the UI thread,
/// and the newest model waits in a mailbox whose descriptor wakes the terminal loop.
///
/// Reloads coalesce: at most one runs and one waits, with the changed files merged,
/// so a writer faster than a reload costs one pending reload, not a queue of them;
/// the mailbox holds only the newest model, so no old model is kept alive.
public final class ReloadFeed: @unchecked Sendable {
    private let live: LiveFolder
    private let clock: TimeSource
    private let log: OperationsLog
    private let queue = DispatchQueue(label: "netra-reload")
    private let mailbox = ModelMailbox()
    private var watcher: FolderWatcher?
    private let folder: String
    private let pollInterval: TimeInterval?

    private let lock = NSLock()
    /// Files waiting for the next reload, and whether one is running or queued.
    private var pendingFiles: Set<DataFile> = []
    private var isScheduled = false
    /// The last model handed over, for marking what changed (queue-confined).
    private var previous: DashboardModel?
    private var previousBroken: Set<DataFile> = []
    private var wasMissing = false

    public init(folder: URL, clock: TimeSource, pollInterval: TimeInterval? = nil, log: OperationsLog = OperationsLog(enabled: false)) {
        let path = folder.path
        self.folder = path
        self.clock = clock
        self.log = log
        self.pollInterval = pollInterval
        live = LiveFolder(source: FolderFiles(folder: folder), folderExists: { FileManager.default.fileExists(atPath: path) })
    }

    deinit { watcher?.stop() }

    /// Reads the whole folder once (on the caller's thread) and returns the first model.
    public func loadFirst() -> DashboardModel {
        let model = queue.sync { () -> DashboardModel in
            let first = DashboardModel(live: live.loadAll(at: clock.now()), now: clock.now())
            note(first)
            previous = first
            return first
        }
        queue.async { model.prepareSearch() }  // ready before the first `/`
        return model
    }

    /// Starts following the folder.
    public func start() {
        let watcher = FolderWatcher(folder: folder, pollInterval: pollInterval) { [weak self] files in self?.changed(files) }
        self.watcher = watcher
        watcher.start()
    }

    public func stop() { watcher?.stop() }

    /// The descriptor the terminal loop polls: readable when a model is waiting.
    public var wakeFD: Int32 { mailbox.wakeFD }

    /// The newest model, if one arrived since the last call.
    public func take() -> DashboardModel? { mailbox.take() }

    /// Reads every file again (`r`). It joins the pending reload instead of waiting
    /// behind a backlog.
    public func reloadAll() { changed(Set(DataFile.allCases)) }

    private func changed(_ files: Set<DataFile>) {
        lock.lock()
        pendingFiles.formUnion(files)
        let start = !isScheduled
        isScheduled = true
        lock.unlock()
        if start { queue.async { self.runPending() } }
    }

    /// Runs on the queue: takes every file that changed so far, reloads them once.
    private func runPending() {
        lock.lock()
        let files = pendingFiles
        pendingFiles = []
        lock.unlock()
        let started = Date()
        let (state, retry) = live.reloadReporting(files, at: clock.now(), settled: false)
        publish(state, milliseconds: Int(Date().timeIntervalSince(started) * 1000))
        // A file that fails right after a change may still be being written: read it
        // again once it settles before calling it broken.
        if !retry.isEmpty {
            queue.asyncAfter(deadline: .now() + 0.5) { [weak self] in
                guard let self else { return }
                self.publish(self.live.reload(retry, at: self.clock.now(), settled: true), milliseconds: nil)
            }
        }
        lock.lock()
        let more = !pendingFiles.isEmpty
        if !more { isScheduled = false }
        lock.unlock()
        if more { queue.async { self.runPending() } }
    }

    private func publish(_ state: LiveFolder.State, milliseconds: Int?) {
        var model = DashboardModel(live: state, now: clock.now())
        if let before = previous { model.markChanges(since: before, files: state.changed, at: clock.now()) }
        if let milliseconds, !state.changed.isEmpty {
            log.record(.reloaded(files: DataFile.allCases.filter(state.changed.contains), milliseconds: milliseconds))
        }
        note(model)
        previous = model
        mailbox.post(model)
        let loadedAt = model.loadedAt
        // The previous dataset is gone now: hand its pages back (kiosks run for weeks).
        HeapTrim.releaseFreeMemory()
        queue.async { [weak self] in
            // Only the newest model gets its search index; an older one is dropped.
            guard let self, let newest = self.previous, newest.loadedAt == loadedAt else { return }
            newest.prepareSearch()
        }
    }

    /// Logs files that broke or recovered, and the folder vanishing or returning.
    private func note(_ model: DashboardModel) {
        let broken = Set(model.broken.map(\.file))
        for file in DataFile.allCases where broken.contains(file) && !previousBroken.contains(file) {
            let line = model.broken.first { $0.file == file }?.diagnostics.first?.line
            log.record(.fileBroken(file: file, line: line))
        }
        for file in DataFile.allCases where previousBroken.contains(file) && !broken.contains(file) { log.record(.fileRecovered(file: file)) }
        previousBroken = broken
        let missing = model.folderMissingSince != nil
        if missing != wasMissing { log.record(missing ? .folderMissing : .folderBack) }
        wasMissing = missing
    }
}

/// Hands the newest model built on the reload queue to the UI thread, and wakes it.
final class ModelMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: DashboardModel?
    private var fds: [Int32] = [-1, -1]

    init() {
        _ = pipe(&fds)
        _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(fds[0])
        close(fds[1])
    }

    /// The descriptor the UI polls.
    var wakeFD: Int32 { fds[0] }

    /// Replaces any model still waiting: only the newest matters.
    func post(_ model: DashboardModel) {
        lock.lock()
        pending = model
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
    }

    func take() -> DashboardModel? {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fds[0], &buffer, buffer.count) > 0 {}
        lock.lock()
        defer { pending = nil; lock.unlock() }
        return pending
    }
}
