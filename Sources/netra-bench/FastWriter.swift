import Foundation
import NetraCore
import NetraTUI
#if canImport(Glibc)
import Glibc
#endif

/// A writer faster than a reload, against the reload pipeline wired as the dashboard
/// wires it (model + change marks on the reload thread, search index warmed after): a
/// new 100k-officer officers.csv is renamed into place every 100 ms for `seconds`, while
/// a stand-in UI thread takes each delivered model and lets the old one go. Prints
/// resident memory (before, peak, after), reloads run and the time from the last rename
/// to the model that shows it. No terminal: the screen's own memory is not in it.
func measureFastWriter(folder source: URL, seconds: Int) throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("netra-fast-writer-\(getpid())")
    try? FileManager.default.removeItem(at: work)
    let data = work.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: source, to: data)
    defer { try? FileManager.default.removeItem(at: work) }
    // Two versions that differ in every row (the unit), so each reload marks rows.
    let officers = data.appendingPathComponent("officers.csv")
    let versionA = work.appendingPathComponent("officers.a.csv").path
    let versionB = work.appendingPathComponent("officers.b.csv").path
    let text = try String(contentsOf: officers, encoding: .utf8)
    try text.write(toFile: versionA, atomically: false, encoding: .utf8)
    try text.replacingOccurrences(of: ";Unit Kerja ", with: ";Satuan Kerja ").write(toFile: versionB, atomically: false, encoding: .utf8)

    let wake = WakePipe()
    let clock = FrozenTime(DemoData.storyMoment)
    let pipeline = ReloadPipeline<DashboardModel>(
        folder: data, clock: clock,
        transform: { state, previous in
            var model = DashboardModel(live: state, now: clock.now())
            if let previous { model.markChanges(since: previous, files: state.changed, at: clock.now()) }
            return model
        },
        warm: { $0.prepareSearch() },
        wake: { wake.signal() })
    var current: DashboardModel? = pipeline.start()
    usleep(3_000_000)  // the first model's search index is warmed meanwhile
    HeapTrim.releaseFreeMemory()
    let before = residentMB()

    final class Shared: @unchecked Sendable {
        let lock = NSLock()
        var writing = true
        var peak = 0.0
        var delivered = 0
        var lastDelivery = Date()
        var lastUnit = ""
    }
    let shared = Shared()
    // The writer: a fresh link to one of the versions renamed over officers.csv.
    let writer = Thread {
        var i = 0
        let temp = data.appendingPathComponent(".officers.tmp").path
        while shared.lock.withLock({ shared.writing }) {
            unlink(temp)
            link(i % 2 == 0 ? versionB : versionA, temp)
            rename(temp, officers.path)
            i += 1
            usleep(100_000)
        }
    }
    writer.start()
    let end = Date().addingTimeInterval(TimeInterval(seconds))
    var lastSample = Date.distantPast
    var stoppedAt: Date?
    // The UI: sleeps on the wake pipe, takes the newest model, drops the old one.
    while true {
        var fds = [pollfd(fd: wake.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 1, 200)
        wake.drain()
        if let next = pipeline.take() {
            current = next
            pipeline.payloadReleased()
            shared.lock.withLock {
                shared.delivered += 1
                shared.lastDelivery = Date()
                shared.lastUnit = next.dataset.officers.first?.unit ?? ""
            }
        }
        if Date().timeIntervalSince(lastSample) >= 1 {
            lastSample = Date()
            let rss = residentMB()
            shared.lock.withLock { shared.peak = max(shared.peak, rss) }
        }
        if stoppedAt == nil && Date() >= end {
            shared.lock.withLock { shared.writing = false }
            while !writer.isFinished { usleep(10_000) }
            stoppedAt = Date()
        }
        // Done once the last version written is on show and nothing came for 3 s.
        if let stoppedAt, shared.lock.withLock({ Date().timeIntervalSince(shared.lastDelivery) > 3 }) {
            let expected = (try? String(contentsOf: officers, encoding: .utf8))?.contains(";Satuan Kerja ") == true ? "Satuan" : "Unit"
            let shown = shared.lock.withLock { shared.lastUnit }
            let latency = shared.lock.withLock { shared.lastDelivery.timeIntervalSince(stoppedAt) }
            usleep(2_000_000)
            HeapTrim.releaseFreeMemory()
            let after = residentMB()
            let marked = current?.changedRows.count ?? 0
            let summary = shared.lock.withLock { (shared.delivered, shared.peak) }
            pipeline.stop()
            print(String(format: "fast writer: %d s, a rename every 100 ms, %d models delivered", seconds, summary.0))
            print(String(format: "memory: %.0f MB before, peak %.0f MB, %.0f MB after (%+.0f MB; the last model marks %d rows changed)",
                         before, summary.1, after, after - before, marked))
            print(String(format: "last model %.0f ms after the writer stopped; it shows the last version: %@",
                         max(0, latency) * 1000, shown.hasPrefix(expected) ? "yes" : "NO"))
            withExtendedLifetime(current) {}
            return
        }
    }
}
