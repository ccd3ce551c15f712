import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FolderWatcher {
    /// The inotify side: one watch on the folder the path leads to now, one on the
    /// parent folder for its name, and the batcher.
    func runInotify() {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return runPolling(every: 2) }
        defer { close(fd) }
        var watches = InotifyWatches(fd: fd, folder: folder)
        var batcher = ChangeBatcher(debounce: debounce, maxDelay: maxDelay)
        _ = watches.lookAgain()
        var placements = watches.placements
        count(placedWatches: placements)
        noteArmed()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var nextLook = Monotonic.now() + (watches.hasFolder ? recheckInterval : 0.5)
        var kpuStamp = FileStamp.kpuFolder(in: folder)  // writes inside kpu/ reach no watch of ours

        while true {
            var timeout = max(0, nextLook - Monotonic.now())
            if let due = batcher.secondsUntilDue(at: Monotonic.now()) { timeout = min(timeout, due) }
            let (keepGoing, ready) = wait(on: fd, timeout: timeout)
            guard keepGoing else { return }
            var mustLook = false
            if ready {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                let events = n > 0 ? buffer.withUnsafeBytes { InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: $0[..<n])) } : []
                let now = Monotonic.now()
                for event in events {
                    switch watches.signal(for: event) {
                    case .ignore: break
                    case .file(let file, let completed): batcher.note(file, completed: completed, at: now)
                    case .folderGone, .pathChanged: mustLook = true
                    case .watchEnded:
                        watches.folderWatchEnded()
                        mustLook = true
                    case .parentGone:
                        watches.parentWatchEnded()
                        mustLook = true
                    case .overflow:
                        batcher.note(Set(DataFile.allCases), completed: false, at: now)
                        mustLook = true
                    }
                }
            }
            let now = Monotonic.now()
            if mustLook || now >= nextLook {
                let kpu = FileStamp.kpuFolder(in: folder)
                if kpu != kpuStamp { batcher.note(.kpu, completed: true, at: now) }
                kpuStamp = kpu
                if watches.lookAgain() {
                    // Another folder (or none) behind the path: anything may differ.
                    batcher.note(Set(DataFile.allCases), completed: true, at: now)
                }
                count(placedWatches: watches.placements - placements)
                placements = watches.placements
                nextLook = now + (watches.hasFolder ? recheckInterval : 0.5)
                if watches.unsure { nextLook = now }
            }
            if let batch = batcher.flush(at: Monotonic.now()) { onChange(batch) }
        }
    }
}

/// The watch descriptors of one inotify instance and which folder they stand for.
struct InotifyWatches {
    static let folderMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
        | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB | IN_ONLYDIR)
    /// The parent is watched only for entries appearing, leaving or being renamed: its
    /// other files' writes would wake us for nothing.
    static let parentMask = UInt32(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    let fd: Int32
    let folder: String
    let parent: String
    let name: String
    private(set) var folderWD: Int32 = -1
    private(set) var parentWD: Int32 = -1
    /// The folder the watch stands for (`nil`: none found at the path).
    private var folderIdentity: FolderIdentity?
    private var parentIdentity: FolderIdentity?
    /// The path moved while a watch was being placed: look again right away.
    private(set) var unsure = false
    /// How many watches were placed on a folder so far.
    private(set) var placements = 0

    init(fd: Int32, folder: String) {
        self.fd = fd
        self.folder = folder
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        name = url.lastPathComponent
        parent = url.deletingLastPathComponent().path
    }

    var hasFolder: Bool { folderWD >= 0 }

    func signal(for event: InotifyEvent) -> WatchSignal {
        WatchSignal.of(event, folderWD: folderWD, parentWD: parentWD, folderName: name)
    }

    /// The kernel removed the folder's watch: its descriptor is dead.
    mutating func folderWatchEnded() {
        folderWD = -1
        folderIdentity = nil
    }

    mutating func parentWatchEnded() {
        parentWD = -1
        parentIdentity = nil
    }

    /// Looks up the path again and moves the watch to where it leads now. True when
    /// the folder behind the path changed (appeared, vanished or is another one). A
    /// watch that cannot be placed is tried again at the next look, without a report.
    mutating func lookAgain() -> Bool {
        unsure = false
        placeParentWatch()
        let now = FolderIdentity.of(folder)
        if now == folderIdentity && (now == nil || folderWD >= 0) { return false }
        let changed = now != folderIdentity
        // Remove the old watch first. Its last records (IN_IGNORED at least) still
        // arrive, under the old descriptor, and are ignored from now on.
        if folderWD >= 0 { inotify_rm_watch(fd, folderWD) }
        folderWD = -1
        folderIdentity = now
        guard now != nil else { return changed }
        let wd = inotify_add_watch(fd, folder, Self.folderMask)
        if wd >= 0 {
            folderWD = wd
            placements += 1
            // The path may have moved on between the look and the watch.
            unsure = FolderIdentity.of(folder) != now
        }
        return changed
    }

    private mutating func placeParentWatch() {
        let now = FolderIdentity.of(parent)
        if parentWD >= 0 && now == parentIdentity { return }
        if parentWD >= 0 { inotify_rm_watch(fd, parentWD) }
        parentWD = -1
        parentIdentity = nil
        guard now != nil else { return }
        let wd = inotify_add_watch(fd, parent, Self.parentMask)
        guard wd >= 0 else { return }
        parentWD = wd
        parentIdentity = now
    }
}
