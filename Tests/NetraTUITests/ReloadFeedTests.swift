import Foundation
import NetraCore
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import NetraTUI

/// The reload feed on a real folder, without a terminal: a file edited while the
/// dashboard runs arrives as a new model; a broken file keeps its last good data.
@Suite(.serialized) struct ReloadFeedTests {
    /// Waits for a model that satisfies `condition`; fails the test on timeout.
    func next(from feed: ReloadFeed, within seconds: TimeInterval = 10, _ condition: (DashboardModel) -> Bool) -> DashboardModel? {
        let deadline = Date().addingTimeInterval(seconds)
        var latest: DashboardModel?
        while Date() < deadline {
            var fds = [pollfd(fd: feed.wakeFD, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, 100)
            if let model = feed.take() {
                latest = model
                if condition(model) { return model }
            }
        }
        Issue.record("no model within \(seconds) s met the condition; last: \(latest.map { "\($0.dataset.cases.count) cases, broken \($0.broken.map(\.file))" } ?? "none")")
        return nil
    }

    @Test func editsArriveAndABrokenFileKeepsItsLastGoodData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netra-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, text) in DemoData.files { try Data(text.utf8).write(to: folder.appendingPathComponent(file.fileName)) }
        let now = InstantText.parse("2023-05-23T10:00:00+08:00", defaultZone: .current)!
        let feed = ReloadFeed(folder: folder, clock: FrozenTime(now))
        let first = feed.start()  // returns once the watcher is armed
        #expect(first.dataset.cases.count == DemoCounts.cases)
        // Freshness: when a file last changed on disk, from the folder itself.
        let written = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("officers.csv").path)[.modificationDate] as? Date
        #expect(first.reading.dataChangedAt.map { abs($0.timeIntervalSince(written!)) < 5 } == true)
        defer { feed.stop() }

        let cases = try FileHandle(forWritingTo: folder.appendingPathComponent("cases.csv"))
        cases.seekToEndOfFile()
        cases.write(Data("NTR-2023-777;;23 Mei 2023;KIPP;Baru;Laporan baru;Baru;\n".utf8))
        try cases.close()
        let withCase = next(from: feed) { $0.dataset.cases.contains { $0.id == "NTR-2023-777" } }
        #expect(withCase?.changedRows.contains(.case("NTR-2023-777")) == true)

        let officers = folder.appendingPathComponent("officers.csv")
        let good = try Data(contentsOf: officers)
        try Data("NIP;NAMA\n1;x\n".utf8).write(to: officers)
        let broken = next(from: feed) { !$0.broken.isEmpty }
        #expect(broken?.broken.first?.file == .officers)
        #expect(broken?.dataset.officers.count == first.dataset.officers.count)

        try good.write(to: officers)
        _ = next(from: feed) { $0.broken.isEmpty }
    }

    @Test func aFullReloadJoinsThePendingOneAndTheNewestModelWins() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netra-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, text) in DemoData.files { try Data(text.utf8).write(to: folder.appendingPathComponent(file.fileName)) }
        let feed = ReloadFeed(folder: folder, clock: SystemTime())
        let first37 = feed.start().dataset.officers.count
        defer { feed.stop() }
        // Many requests in a burst: the mailbox ends up holding one model, the newest.
        for _ in 0..<50 { feed.reloadAll() }
        let model = next(from: feed) { _ in true }
        #expect(model?.dataset.officers.count == first37)
        // Nothing else is left waiting once the burst has been read.
        Thread.sleep(forTimeInterval: 0.3)
        _ = feed.take()
        var fds = [pollfd(fd: feed.wakeFD, events: Int16(POLLIN), revents: 0)]
        #expect(poll(&fds, 1, 0) == 0)
    }
}
