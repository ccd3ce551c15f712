import Foundation
import Testing
@testable import NetraCore

/// A list saved into `kpu/` reaches the dashboard like any data file: the watcher
/// reports `.kpu` (inotify through its periodic look, polling through the stamps) and
/// the live folder re-reads the lists.
@Suite(.serialized) struct KPUWatchTests {
    static let list = "NOMOR URUT;NAMA LENGKAP;JENIS KELAMIN\n1;FITRI HANDAYANI, S.E.;P\n"

    func saveListAndSeeTheAlert(pollInterval: TimeInterval?) throws {
        let watched = try WatchedFolder(pollInterval: pollInterval)
        let first = watched.live.loadAll(at: Date())
        #expect(first.reading.dataset.kpuLists.entries.count == 10)   // the demo's two lists
        try Data(Self.list.utf8).write(to: watched.url.appendingPathComponent("kpu/DCS-Partai-Karya-Rakyat-Dapil-Balikpapan-3.csv"))
        #expect(watched.log.wait { $0.contains(.kpu) })
        let state = watched.live.reload([.kpu], at: Date(), settled: true)
        #expect(state.changed == [.kpu])
        #expect(state.reading.dataset.kpuLists.entries.count == 11)
        let s = Situation(dataset: state.reading.dataset, now: DemoData.storyMoment)
        #expect(s.alerts.contains { $0.kind == .kpuListedNotRecorded && $0.nip == nip("198804272015032001") })
    }

    @Test func inotify() throws { try saveListAndSeeTheAlert(pollInterval: nil) }
    @Test func polling() throws { try saveListAndSeeTheAlert(pollInterval: 0.1) }
}
