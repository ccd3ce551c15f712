import Foundation
import Testing
@testable import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// What the test pipelines make from a folder state. A class, so the tests can count
/// how many are alive (no queued work may keep an old one).
final class Made: Sendable {
    let serial: Int
    /// The serial of the `previous` the transform was given.
    let previousSerial: Int?
    let officers: Int
    let changed: Set<DataFile>
    let broken: [DataFile]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var count = 0
    static var alive: Int { lock.lock(); defer { lock.unlock() }; return count }

    init(serial: Int, previous: Made?, state: LiveFolder.State) {
        self.serial = serial
        previousSerial = previous?.serial
        officers = state.reading.dataset.officers.count
        changed = state.changed
        broken = state.broken.map(\.file)
        Self.lock.lock(); Self.count += 1; Self.lock.unlock()
    }

    deinit { Self.lock.lock(); Self.count -= 1; Self.lock.unlock() }
}

/// A gate a slow transform waits at: closed, a reload stays "running" until opened.
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var open = true
    private var waiting = 0

    func close() { condition.lock(); open = false; condition.unlock() }
    func openUp() { condition.lock(); open = true; condition.broadcast(); condition.unlock() }

    /// Called by the transform.
    func pass() {
        condition.lock()
        waiting += 1
        condition.broadcast()
        while !open { condition.wait() }
        waiting -= 1
        condition.unlock()
    }

    /// Waits until a transform is held at the gate; false after 10 s.
    func waitForArrival() -> Bool {
        let deadline = Date().addingTimeInterval(10)
        condition.lock()
        defer { condition.unlock() }
        while waiting == 0 { guard condition.wait(until: deadline) else { return false } }
        return true
    }
}

/// A demo folder with a pipeline on it that makes `Made` values.
final class PipelineFixture {
    let root: URL
    let folder: URL
    let gate = Gate()
    let wakeUp = WakePipe()
    private(set) var pipeline: ReloadPipeline<Made>!

    init(watching name: String = "data", retryDelay: TimeInterval = 0.5, prepare: (PipelineFixture) throws -> Void = { _ in }) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("netra-pipeline-\(UUID().uuidString)")
        folder = root.appendingPathComponent(name)
        try DemoData.write(to: root.appendingPathComponent("data"))
        try prepare(self)
        final class Serial: @unchecked Sendable { var next = 0 }
        let serial = Serial()
        let gate = self.gate
        let wakeUp = self.wakeUp
        pipeline = ReloadPipeline(folder: folder, clock: SystemTime(), retryDelay: retryDelay,
                                  transform: { state, previous in
                                      gate.pass()
                                      defer { serial.next += 1 }
                                      return Made(serial: serial.next, previous: previous, state: state)
                                  },
                                  wake: { wakeUp.signal() })
    }

    deinit {
        gate.openUp()
        pipeline.stop()
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ text: String, to file: DataFile, in name: String = "data") throws {
        try text.write(to: root.appendingPathComponent(name).appendingPathComponent(file.fileName), atomically: false, encoding: .utf8)
    }

    /// Waits for woken-up deliveries until one satisfies `condition` (10 s at most).
    func next(where condition: (Made) -> Bool) -> Made? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            var fds = [pollfd(fd: wakeUp.fileDescriptor, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, Int32(max(1, deadline.timeIntervalSinceNow * 1000)))
            wakeUp.drain()
            let made: Made? = pipeline.take()
            if let made, condition(made) { return made }
        }
        return nil
    }
}

@Suite(.serialized) struct ReloadPipelineTests {
    @Test func firstLoadThenAChangeArrivesInTheMailbox() throws {
        let f = try PipelineFixture()
        let first = f.pipeline.start()
        #expect(first.serial == 0 && first.officers == 40)
        #expect(f.pipeline.take() == nil)
        try f.write(WatchedFolder.officers(3), to: .officers)
        let next = try #require(f.next { $0.officers == 3 })
        #expect(next.changed.contains(.officers))
    }

    @Test func rapidRequestsWhileOneRunsBecomeOneMergedReload() throws {
        let f = try PipelineFixture()
        _ = f.pipeline.start()
        f.gate.close()
        f.pipeline.requestReload([.officers])
        #expect(f.gate.waitForArrival())
        let others: [DataFile] = [.cases, .retirements, .schedule]
        for i in 0..<30 { f.pipeline.requestReload([others[i % others.count]]) }
        f.gate.openUp()
        #expect(f.pipeline.waitUntilIdle(timeout: 10))
        #expect(f.pipeline.reloadCount == 2)
        // Only the newest result waits in the mailbox; it names every file merged in.
        let newest = try #require(f.pipeline.take())
        #expect(newest.serial == 2 && newest.previousSerial == 1)
        #expect(newest.changed == Set(others))
        #expect(f.pipeline.take() == nil)
    }

    @Test func aFullReloadRequestNeverWaitsBehindTheRunningOne() throws {
        let f = try PipelineFixture()
        _ = f.pipeline.start()
        f.gate.close()
        f.pipeline.requestReload([.cases])
        #expect(f.gate.waitForArrival())
        // Asked from another thread: were it to wait for the held reload, it would not return.
        let returned = DispatchSemaphore(value: 0)
        let pipeline = f.pipeline!
        Thread.detachNewThread {
            pipeline.requestFullReload()
            returned.signal()
        }
        #expect(returned.wait(timeout: .now() + 10) == .success)
        f.gate.openUp()
        #expect(f.pipeline.waitUntilIdle(timeout: 10))
        #expect(f.pipeline.reloadCount == 2)
        #expect(f.pipeline.take()?.changed == Set(DataFile.allCases))
    }

    @Test func untakenResultsAreNotKeptAlive() throws {
        let f = try PipelineFixture()
        let before = Made.alive
        let first = f.pipeline.start()
        for _ in 0..<25 {
            f.pipeline.requestReload([.officers])
            #expect(f.pipeline.waitUntilIdle(timeout: 10))
        }
        // 25 or more: on a loaded machine the watcher may still report the fixture's own
        // writes, made just before `start`, as one more change.
        let reloads = f.pipeline.reloadCount
        #expect(reloads >= 25)
        // The first (held here) and the newest (mailbox, and the pipeline's `previous`).
        #expect(Made.alive - before == 2)
        let newest = try #require(f.pipeline.take())
        #expect(newest.serial == reloads && newest.previousSerial == reloads - 1)
        withExtendedLifetime(first) {}
    }

    @Test func aFileFailingRightAfterAChangeIsRetriedBeforeItCountsAsBroken() throws {
        let f = try PipelineFixture(retryDelay: 0.2)
        _ = f.pipeline.start()
        try f.write("nip,name,unit,position,grade,candidacy\n197003141996031001,\"Baru 1, still being wri", to: .officers)
        f.pipeline.requestReload([.officers])
        let unsettled = try #require(f.next { _ in true })
        #expect(unsettled.broken.isEmpty && unsettled.officers == 40)
        let settled = try #require(f.next { !$0.broken.isEmpty })
        #expect(settled.broken == [.officers] && settled.officers == 40)
    }

    @Test func aFileFixedBeforeItsRetryIsNotReportedBroken() throws {
        let f = try PipelineFixture(retryDelay: 2)
        _ = f.pipeline.start()
        try f.write("nip,name,unit,position,grade,candidacy\n197003141996031001,\"Baru 1, still being wri", to: .officers)
        f.pipeline.requestReload([.officers])
        #expect(f.next { _ in true }?.broken.isEmpty == true)
        try f.write(WatchedFolder.officers(4), to: .officers)
        let fixed = try #require(f.next { $0.officers == 4 })
        #expect(fixed.broken.isEmpty)
        #expect(f.pipeline.waitUntilIdle(timeout: 10))
        #expect(f.pipeline.take().map { $0.broken.isEmpty } ?? true)
    }

    @Test func aRepointedFolderLinkIsReadThroughItsNewTarget() throws {
        let f = try PipelineFixture(watching: "link") { f in
            try DemoData.write(to: f.root.appendingPathComponent("other"))
            try f.write(WatchedFolder.officers(7), to: .officers, in: "other")
            symlink(f.root.appendingPathComponent("data").path, f.root.appendingPathComponent("link").path)
        }
        #expect(f.pipeline.start().officers == 40)
        let temp = f.root.appendingPathComponent(".link.tmp").path
        symlink(f.root.appendingPathComponent("other").path, temp)
        rename(temp, f.folder.path)
        #expect(f.next { $0.officers == 7 } != nil)
    }

    @Test func nothingIsDeliveredAfterStop() throws {
        let f = try PipelineFixture()
        _ = f.pipeline.start()
        f.pipeline.stop()
        f.pipeline.requestReload([.officers])
        f.pipeline.requestFullReload()
        #expect(f.pipeline.waitUntilIdle(timeout: 10))
        #expect(f.pipeline.reloadCount == 0)
        #expect(f.pipeline.take() == nil)
    }
}
