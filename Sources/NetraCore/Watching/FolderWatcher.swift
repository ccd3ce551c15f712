import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Size, modification time and inode of a file: what polling compares.
public struct FileStamp: Equatable, Sendable {
    public let size: Int
    public let modified: Int
    public let inode: UInt

    /// The stamps of the data files in `folder`, or `nil` when the folder is gone.
    public static func take(_ folder: String) -> [DataFile: FileStamp]? {
        FolderSnapshot.take(folder)?.files
    }
}

/// Which directory a path leads to right now (device and inode, symlinks followed).
/// Two equal identities are the same folder, whatever path reached it.
struct FolderIdentity: Equatable {
    let device: UInt
    let inode: UInt

    /// `nil` when nothing, or not a folder, is at `path`.
    static func of(_ path: String) -> FolderIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FolderIdentity(device: UInt(info.st_dev), inode: UInt(info.st_ino))
    }
}

/// What polling compares, all taken through the folder's *path* on every look, so a
/// folder swapped under the same name or a re-pointed symlink counts as a change.
struct FolderSnapshot: Equatable {
    let folder: FolderIdentity
    let files: [DataFile: FileStamp]

    static func take(_ path: String) -> FolderSnapshot? {
        guard let folder = FolderIdentity.of(path) else { return nil }
        var files: [DataFile: FileStamp] = [:]
        for file in DataFile.allCases {
            files[file] = file == .kpu ? FileStamp.kpuFolder(in: path) : FileStamp.table(file, in: path)  // every stored form: .csv, .xlsx, .ods
        }
        return FolderSnapshot(folder: folder, files: files)
    }

    /// The files that differ from `previous`; every file when either is missing or
    /// when the path now leads to another folder.
    static func changes(from previous: FolderSnapshot?, to now: FolderSnapshot?) -> Set<DataFile> {
        guard let previous, let now, previous.folder == now.folder else {
            return previous == nil && now == nil ? [] : Set(DataFile.allCases)
        }
        return Set(DataFile.allCases.filter { previous.files[$0] != now.files[$0] })
    }
}

/// Watches a data folder and reports which data files changed, in batches (see
/// `ChangeBatcher`: after `debounce` seconds of quiet, 50 ms when a writer finished,
/// and never later than `maxDelay` after the first change of a batch).
///
/// Watches the *folder* with inotify, so editors that save by writing a temporary file
/// and renaming it, or by deleting and recreating, are followed. The folder's *path*
/// is looked up again whenever its parent says the name changed, the folder moved or
/// vanished, the kernel dropped events, and every few seconds: a folder swapped by two
/// renames, replaced by a symlink, or a symlink re-pointed with `ln -sfn` is followed,
/// and every file is reported changed. Falls back to polling size + mtime + inode
/// through the path (`pollInterval`, or automatically on network file systems). Sleeps
/// in `poll(2)` between events: no busy loop.
///
/// `onChange` runs on the watcher's own thread; it should hand the work on and return.
public final class FolderWatcher: @unchecked Sendable {
    public enum Mode: Equatable, Sendable {
        case inotify
        case polling(TimeInterval)
    }

    public let folder: String
    public let mode: Mode
    let debounce: TimeInterval
    let maxDelay: TimeInterval
    /// How often the path is looked up again although nothing said it changed (a swap
    /// further up the path, which no watch of ours sees).
    let recheckInterval: TimeInterval = 2
    let onChange: @Sendable (Set<DataFile>) -> Void
    private var stopFDs: [Int32] = [-1, -1]
    private let lock = NSCondition()
    private var started = false
    private var thread: Thread?
    private var finished = false
    private var armed = false
    private var placedWatches = 0
    private var loopTurns = 0

    /// - Parameters:
    ///   - pollInterval: poll every so many seconds instead of inotify (`nil`: inotify,
    ///     or 2-second polling on a network file system).
    ///   - debounce: quiet time that closes a batch while a writer may still be busy.
    ///   - maxDelay: a batch is reported at the latest this long after its first change,
    ///     however busy the folder stays.
    public init(folder: String, pollInterval: TimeInterval? = nil, debounce: TimeInterval = 0.15, maxDelay: TimeInterval = 1,
                onChange: @escaping @Sendable (Set<DataFile>) -> Void) {
        self.folder = folder
        self.debounce = debounce
        self.maxDelay = maxDelay
        self.onChange = onChange
        if let pollInterval { mode = .polling(max(0.1, pollInterval)) } else if FileSystemKind.isNetwork(folder) {
            mode = .polling(2)
        } else {
            mode = .inotify
        }
        _ = pipe(&stopFDs)
    }

    deinit {
        stop()
        close(stopFDs[0])
        close(stopFDs[1])
    }

    /// Starts the watcher thread. Returns at once; `waitUntilArmed` says when changes
    /// are being seen.
    public func start() {
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return }
        started = true
        let thread = Thread { [self] in
            SignalMask.leaveAsynchronousSignalsToOtherThreads()
            switch mode {
            case .inotify: runInotify()
            case .polling(let interval): runPolling(every: interval)
            }
            lock.lock()
            finished = true
            lock.broadcast()
            lock.unlock()
        }
        thread.name = "netra-watcher"
        self.thread = thread
        thread.start()
    }

    /// Waits until the watch is in place (inotify) or the first stamps are taken
    /// (polling): a change made after this returns true is reported. False after
    /// `timeout` seconds.
    public func waitUntilArmed(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while !armed && !finished && lock.wait(until: deadline) {}
        return armed
    }

    /// Stops the watcher thread and waits for it to end (only asks it to, when called
    /// from `onChange` on that very thread).
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard started, !finished else { return }
        var byte: UInt8 = 1
        _ = write(stopFDs[1], &byte, 1)
        guard Thread.current != thread else { return }
        while !finished { lock.wait() }
    }

    /// How many times a watch was placed on the folder (1 + one per swap followed), and
    /// how many times the loop woke up: tests tell a followed swap from a spinning loop.
    var counters: (placedWatches: Int, loopTurns: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (placedWatches, loopTurns)
    }

    func noteArmed() {
        lock.lock()
        armed = true
        lock.broadcast()
        lock.unlock()
    }

    func count(placedWatches placed: Int = 0, loopTurn: Bool = false) {
        lock.lock()
        placedWatches += placed
        if loopTurn { loopTurns += 1 }
        lock.unlock()
    }

    /// Waits for the stop pipe or `fd` (if any), up to `timeout` seconds (nil: forever).
    func wait(on fd: Int32?, timeout: TimeInterval?) -> (keepGoing: Bool, fdReady: Bool) {
        var fds = [pollfd(fd: stopFDs[0], events: Int16(POLLIN), revents: 0)]
        if let fd { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        let ms = timeout.map { Int32(max(0, min(Double(Int32.max), ($0 * 1000).rounded(.up)))) } ?? -1
        let n = poll(&fds, nfds_t(fds.count), ms)
        count(loopTurn: true)
        if n > 0 && fds[0].revents != 0 { return (false, false) }
        return (true, n > 0 && fds.count > 1 && fds[1].revents != 0)
    }

    func runPolling(every interval: TimeInterval) {
        var previous = FolderSnapshot.take(folder)
        noteArmed()
        while wait(on: nil, timeout: interval).keepGoing {
            let now = FolderSnapshot.take(folder)
            let changed = FolderSnapshot.changes(from: previous, to: now)
            previous = now
            if !changed.isEmpty { onChange(changed) }
        }
    }
}
