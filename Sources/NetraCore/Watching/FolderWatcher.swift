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
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var stamps: [DataFile: FileStamp] = [:]
        for file in DataFile.allCases {
            stamps[file] = FileStamp.table(file, in: folder)  // every stored form: .csv, .xlsx, .ods
        }
        return stamps
    }
}

/// Whether a folder lives on a network file system, where inotify sees nothing of
/// changes made by other machines (NFS, SMB/CIFS, FUSE mounts such as sshfs, 9p).
///
/// Reads the file-system type of the mount holding the folder from
/// `/proc/self/mounts` (the longest matching mount point): `statfs(2)` is not exposed
/// by Swift's Glibc module, and the core has no C target to declare it.
public enum FileSystemKind {
    static let networkTypes: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "afs", "glusterfs", "lustre", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs"]

    public static func isNetwork(_ path: String) -> Bool {
        guard let type = type(of: path, mounts: (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? "") else { return false }
        return networkTypes.contains(type) || type.hasPrefix("nfs") || type.hasPrefix("fuse.")
    }

    /// The file-system type of the mount that holds `path`, from mounts-table text.
    static func type(of path: String, mounts: String) -> String? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let inside = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
            if inside && point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        return best?.type
    }
}

/// Watches a data folder and reports which data files changed, once a burst of
/// changes has been quiet for `debounce` seconds (50 ms when the last event says a
/// writer finished: closed after writing, or renamed the file into place).
///
/// Watches the *folder* with inotify, so editors that save by writing a temporary file
/// and renaming it, or by deleting and recreating, are followed. Falls back to polling
/// size + mtime + inode (`pollInterval`, or automatically on network file systems).
/// When the folder itself disappears, it reports every file changed and checks twice
/// a second for it to come back. Sleeps in `poll(2)` between events: no busy loop.
public final class FolderWatcher: @unchecked Sendable {
    public enum Mode: Equatable, Sendable {
        case inotify
        case polling(TimeInterval)
    }

    public let folder: String
    public let mode: Mode
    private let debounce: TimeInterval
    private let onChange: @Sendable (Set<DataFile>) -> Void
    private var wakeFDs: [Int32] = [-1, -1]
    private var thread: Thread?

    public init(folder: String, pollInterval: TimeInterval? = nil, debounce: TimeInterval = 0.15,
                onChange: @escaping @Sendable (Set<DataFile>) -> Void) {
        self.folder = folder
        self.debounce = debounce
        self.onChange = onChange
        if let pollInterval { mode = .polling(max(0.1, pollInterval)) } else if FileSystemKind.isNetwork(folder) {
            mode = .polling(2)
        } else {
            mode = .inotify
        }
        _ = pipe(&wakeFDs)
    }

    deinit {
        stop()
        close(wakeFDs[0])
        close(wakeFDs[1])
    }

    public func start() {
        let thread = Thread { [self] in
            switch mode {
            case .inotify: runInotify()
            case .polling(let interval): runPolling(every: interval)
            }
        }
        thread.name = "netra-watcher"
        self.thread = thread
        thread.start()
    }

    /// Stops the watcher thread (and waits for it to notice).
    public func stop() {
        guard let thread, !thread.isFinished else { return }
        var byte: UInt8 = 1
        _ = write(wakeFDs[1], &byte, 1)
        while !thread.isFinished { usleep(1000) }
    }

    /// Waits for the stop pipe or `fd` (if any), up to `timeout` seconds (nil: forever).
    /// Returns false when asked to stop.
    private func wait(on fd: Int32?, timeout: TimeInterval?) -> (keepGoing: Bool, fdReady: Bool) {
        var fds = [pollfd(fd: wakeFDs[0], events: Int16(POLLIN), revents: 0)]
        if let fd { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        let ms = timeout.map { Int32(max(0, min(Double(Int32.max), ($0 * 1000).rounded(.up)))) } ?? -1
        let n = poll(&fds, nfds_t(fds.count), ms)
        if n > 0 && fds[0].revents != 0 { return (false, false) }
        return (true, n > 0 && fds.count > 1 && fds[1].revents != 0)
    }

    private func runInotify() {
        let watchMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return runPolling(every: 2) }
        defer { close(fd) }
        var watch = inotify_add_watch(fd, folder, watchMask)
        var pending: Set<DataFile> = []
        var lastEvent = Date.distantPast
        // After a completion (close-after-write, or a rename into place) the writer is
        // done: a short quiet window suffices. Mid-write events keep the full debounce.
        var quiet = debounce
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)

        while true {
            let timeout: TimeInterval? = if !pending.isEmpty {
                max(0, quiet - Date().timeIntervalSince(lastEvent))
            } else if watch < 0 {
                0.5  // folder gone: look for it twice a second
            } else {
                nil
            }
            let (keepGoing, ready) = wait(on: fd, timeout: timeout)
            guard keepGoing else { return }
            if ready {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while n > 0, offset + header <= n {
                    let (mask, length) = buffer.withUnsafeBytes { raw -> (UInt32, Int) in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        return (event.mask, Int(event.len))
                    }
                    let nameBytes = buffer[(offset + header)..<min(n, offset + header + length)].prefix { $0 != 0 }
                    if let file = DataFile(storedName: String(decoding: nameBytes, as: UTF8.self)) {
                        pending.insert(file)
                        let completed = mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0
                        quiet = completed ? min(debounce, 0.05) : debounce
                    }
                    if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                        // The folder went away (or was replaced): drop the watch, report everything.
                        if watch >= 0 { inotify_rm_watch(fd, watch) }
                        watch = -1
                        pending.formUnion(DataFile.allCases)
                    }
                    offset += header + length
                }
                lastEvent = Date()
            }
            if watch < 0 {
                let found = inotify_add_watch(fd, folder, watchMask)
                if found >= 0 {
                    watch = found
                    pending.formUnion(DataFile.allCases)
                    lastEvent = Date()
                }
            }
            if !pending.isEmpty && Date().timeIntervalSince(lastEvent) >= quiet {
                let batch = pending
                pending = []
                onChange(batch)
            }
        }
    }

    private func runPolling(every interval: TimeInterval) {
        var previous = FileStamp.take(folder)
        while true {
            guard wait(on: nil, timeout: interval).keepGoing else { return }
            let now = FileStamp.take(folder)
            guard now != previous else { continue }
            var changed: Set<DataFile> = []
            if now == nil || previous == nil {
                changed = Set(DataFile.allCases)
            } else {
                for file in DataFile.allCases where now?[file] != previous?[file] { changed.insert(file) }
            }
            previous = now
            onChange(changed)
        }
    }
}
