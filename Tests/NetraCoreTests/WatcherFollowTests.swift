import Foundation
import Testing
@testable import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// A private parent folder (so no one else's files wake the watcher) holding data
/// folders, with a watcher on one path inside it.
final class WatchedParent {
    let root: URL
    let log = ChangeLog()
    private(set) var watcher: FolderWatcher?

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("netra-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        watcher?.stop()
        try? FileManager.default.removeItem(at: root)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// A demo folder at `name`, optionally with `officers` officers instead of the demo's.
    func makeFolder(_ name: String, officers: Int? = nil) throws {
        try DemoData.write(to: root.appendingPathComponent(name))
        if let officers { try WatchedFolder.officers(officers).write(toFile: path(name) + "/officers.csv", atomically: false, encoding: .utf8) }
    }

    func watch(_ name: String, pollInterval: TimeInterval? = nil,
               onChange: (@Sendable (Set<DataFile>) -> Void)? = nil) throws -> FolderWatcher {
        let log = self.log
        let watcher = FolderWatcher(folder: path(name), pollInterval: pollInterval, onChange: onChange ?? { log.add($0) })
        watcher.start()
        self.watcher = watcher
        guard watcher.waitUntilArmed(timeout: 10) else { throw WatcherNotArmed() }
        return watcher
    }

    /// `ln -sfn target name`: a new link renamed over the old one.
    func pointLink(_ name: String, to target: String) {
        let temp = path(".\(name).tmp")
        unlink(temp)
        symlink(path(target), temp)
        rename(temp, path(name))
    }
}

@Suite(.serialized) struct WatcherFollowTests {
    @Test func folderSwappedByTwoRenamesIsFollowedWithoutSpinning() throws {
        let p = try WatchedParent()
        try p.makeFolder("data")
        try p.makeFolder("data.new", officers: 7)
        let watcher = try p.watch("data")
        #expect(rename(p.path("data"), p.path("data.old")) == 0)
        #expect(rename(p.path("data.new"), p.path("data")) == 0)
        #expect(p.log.wait { $0 == Set(DataFile.allCases) })
        p.log.reset()
        // The new folder is the one watched now.
        try WatchedFolder.officers(3).write(toFile: p.path("data") + "/officers.csv", atomically: false, encoding: .utf8)
        #expect(p.log.wait { $0.contains(.officers) })
        // A spinning loop re-adds its watch and wakes thousands of times in these few
        // milliseconds; a followed swap places one more watch (two if the path moved
        // while it was being placed).
        let counters = watcher.counters
        #expect((2...3).contains(counters.placedWatches))
        #expect(counters.loopTurns < 100)
    }

    @Test func folderReplacedBySymlinkIsFollowed() throws {
        let p = try WatchedParent()
        try p.makeFolder("data")
        try p.makeFolder("elsewhere", officers: 7)
        let watcher = try p.watch("data")
        #expect(rename(p.path("data"), p.path("data.old")) == 0)
        #expect(symlink(p.path("elsewhere"), p.path("data")) == 0)
        #expect(p.log.wait { $0 == Set(DataFile.allCases) })
        p.log.reset()
        try WatchedFolder.officers(3).write(toFile: p.path("elsewhere") + "/officers.csv", atomically: false, encoding: .utf8)
        #expect(p.log.wait { $0.contains(.officers) })
        #expect(watcher.counters.loopTurns < 100)
    }

    @Test func repointedSymlinkIsFollowed() throws {
        let p = try WatchedParent()
        try p.makeFolder("a")
        try p.makeFolder("b", officers: 7)
        #expect(symlink(p.path("a"), p.path("link")) == 0)
        _ = try p.watch("link")
        p.pointLink("link", to: "b")
        #expect(p.log.wait { $0 == Set(DataFile.allCases) })
        p.log.reset()
        try WatchedFolder.officers(3).write(toFile: p.path("b") + "/officers.csv", atomically: false, encoding: .utf8)
        #expect(p.log.wait { $0.contains(.officers) })
    }

    @Test func pollingComparesThroughThePath() throws {
        let p = try WatchedParent()
        try p.makeFolder("a")
        try p.makeFolder("b")
        #expect(symlink(p.path("a"), p.path("link")) == 0)
        _ = try p.watch("link", pollInterval: 0.1)
        p.pointLink("link", to: "b")
        #expect(p.log.wait { $0 == Set(DataFile.allCases) })
    }

    /// The kernel drops events when the watcher falls behind; the watcher then says
    /// every file may have changed. It is held back here by blocking its own thread in
    /// `onChange` while more events pile up than the queue holds.
    @Test func queueOverflowMarksEveryFileChanged() throws {
        let limit = Int((try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 16384
        try #require(limit <= 100_000, "max_queued_events is too large to overflow in a test")
        let p = try WatchedParent()
        try p.makeFolder("data")
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let log = p.log
        final class Once: @unchecked Sendable { var first = true }
        let once = Once()
        _ = try p.watch("data") { files in
            if once.first {
                once.first = false
                entered.signal()
                release.wait()
            }
            log.add(files)
        }
        try WatchedFolder.officers(2).write(toFile: p.path("data") + "/officers.csv", atomically: false, encoding: .utf8)
        #expect(entered.wait(timeout: .now() + 10) == .success)
        // Creating and removing a file queues two events each (repeats of the same
        // event would be merged by the kernel).
        let junk = p.path("data") + "/junk"
        for i in 0...(limit / 2 + 100) {
            let fd = open(junk + String(i), O_CREAT | O_WRONLY, 0o644)
            close(fd)
            unlink(junk + String(i))
        }
        release.signal()
        #expect(p.log.wait { $0 == Set(DataFile.allCases) })
    }

    /// A writer appending every 100 ms without closing keeps its file changing for
    /// ever; another file's change is reported anyway, within about a second.
    @Test func endlessAppenderDoesNotHoldBackOtherFiles() throws {
        let p = try WatchedParent()
        try p.makeFolder("data")
        _ = try p.watch("data")
        let handle = try #require(FileHandle(forWritingAtPath: p.path("data") + "/cases.csv"))
        handle.seekToEndOfFile()
        final class Flag: @unchecked Sendable {
            private let lock = NSLock()
            private var value = true
            var running: Bool { lock.lock(); defer { lock.unlock() }; return value }
            func stop() { lock.lock(); value = false; lock.unlock() }
        }
        let appending = Flag()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var n = 0
            while appending.running {
                n += 1
                handle.write(Data("K-\(900 + n),,23/05/2023,kipp,x,baru\n".utf8))
                usleep(100_000)
            }
            done.signal()
        }
        defer {
            appending.stop()
            done.wait()
            try? handle.close()
        }
        #expect(p.log.wait { $0.contains(.cases) })
        try WatchedFolder.officers(3).write(toFile: p.path("data") + "/officers.csv", atomically: false, encoding: .utf8)
        #expect(p.log.wait { $0.contains(.officers) })
        #expect(appending.running)
    }
}

/// The watcher's decisions on made-up input: batching instants and inotify records.
@Suite struct WatcherLogicTests {
    @Test func aBatchWaitsForQuietButNotLongerThanTheLimit() {
        var batcher = ChangeBatcher(debounce: 0.15, maxDelay: 1)
        #expect(batcher.secondsUntilDue(at: 0) == nil)
        // An appender: a modification every 100 ms, never a close.
        var t = 0.0
        var flushedAt: Double?
        while t < 3 && flushedAt == nil {
            batcher.note(.cases, completed: false, at: t)
            if t > 0.45 && t < 0.55 { batcher.note(.officers, completed: false, at: t) }
            t += 0.1
            if let batch = batcher.flush(at: t) {
                #expect(batch == [.cases, .officers])
                flushedAt = t
            }
        }
        #expect(flushedAt.map { $0 >= 1 && $0 < 1.15 } == true)
    }

    @Test func aFinishedWriteIsReportedSoonerThanAnUnfinishedOne() {
        var batcher = ChangeBatcher(debounce: 0.15, maxDelay: 1)
        batcher.note(.officers, completed: false, at: 10)
        #expect(batcher.flush(at: 10.1) == nil)
        #expect(batcher.flush(at: 10.15) == [.officers])
        batcher.note(.officers, completed: true, at: 20)
        #expect(batcher.flush(at: 20.01) == nil)
        #expect(batcher.flush(at: 20.03) == [.officers])
        #expect(batcher.flush(at: 30) == nil)
    }

    private func event(_ wd: Int32, _ mask: Int32, _ name: String = "") -> InotifyEvent {
        InotifyEvent(wd: wd, mask: UInt32(bitPattern: mask), name: name)
    }

    @Test func onlyTheCurrentWatchCounts() {
        let at = { (e: InotifyEvent) in WatchSignal.of(e, folderWD: 5, parentWD: 2, folderName: "data") }
        // The replaced watch's last word must not end the new one.
        #expect(at(event(4, IN_IGNORED)) == .ignore)
        #expect(at(event(4, IN_MOVE_SELF)) == .ignore)
        #expect(at(event(4, IN_CLOSE_WRITE, "officers.csv")) == .ignore)
        #expect(at(event(5, IN_IGNORED)) == .watchEnded)
        #expect(at(event(5, IN_MOVE_SELF)) == .folderGone)
        #expect(at(event(5, IN_CLOSE_WRITE, "officers.csv")) == .file(.officers, completed: true))
        #expect(at(event(5, IN_MODIFY, "cases.csv")) == .file(.cases, completed: false))
        #expect(at(event(5, IN_MODIFY, "notes.txt")) == .ignore)
        #expect(at(event(2, IN_MOVED_TO, "data")) == .pathChanged)
        #expect(at(event(2, IN_CREATE, "other")) == .ignore)
        #expect(at(event(2, IN_IGNORED)) == .parentGone)
        #expect(at(event(-1, IN_Q_OVERFLOW)) == .overflow)
    }

    @Test func recordsAreDecodedFromTheBytesReadReturns() {
        var bytes: [UInt8] = []
        func append(_ wd: Int32, _ mask: Int32, _ name: String, padded: Int) {
            var header = inotify_event()
            header.wd = wd
            header.mask = UInt32(bitPattern: mask)
            header.len = UInt32(padded)
            withUnsafeBytes(of: &header) { bytes += $0 }
            bytes += Array(name.utf8) + [UInt8](repeating: 0, count: padded - name.utf8.count)
        }
        append(3, IN_CLOSE_WRITE, "officers.csv", padded: 16)
        append(3, IN_IGNORED, "", padded: 0)
        let events = bytes.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events == [InotifyEvent(wd: 3, mask: UInt32(IN_CLOSE_WRITE), name: "officers.csv"),
                           InotifyEvent(wd: 3, mask: UInt32(IN_IGNORED), name: "")])
    }

    @Test func pollingSeesAnotherFolderBehindThePathAsEveryFileChanged() throws {
        let p = try WatchedParent()
        try p.makeFolder("a")
        try p.makeFolder("b")
        let a = FolderSnapshot.take(p.path("a"))
        #expect(FolderSnapshot.changes(from: a, to: a) == [])
        #expect(FolderSnapshot.changes(from: a, to: FolderSnapshot.take(p.path("b"))) == Set(DataFile.allCases))
        #expect(FolderSnapshot.changes(from: a, to: nil) == Set(DataFile.allCases))
        #expect(FolderSnapshot.changes(from: nil, to: nil) == [])
    }
}
