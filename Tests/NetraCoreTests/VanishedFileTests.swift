import Foundation
import Testing
@testable import NetraCore

/// Issue 10, row 17: a data file that disappears while the dashboard runs keeps its
/// last good data under a banner, as a broken file does, until it returns.
@Suite struct VanishedFileTests {
    @Test func aMovedRosterKeepsItsOfficersUntilItIsBack() throws {
        let folder = try HostileFolder()
        let live = LiveFolder(source: FolderFiles(folder: folder.url))
        let start = live.loadAll(at: Date())
        let officers = start.reading.dataset.officers.count
        let alerts = Situation(dataset: start.reading.dataset, now: DemoData.storyMoment).alerts.count
        #expect(officers > 0)

        let aside = folder.url.appendingPathComponent("x").path
        try FileManager.default.moveItem(atPath: folder.path(.officers), toPath: aside)  // `mv officers.csv x`
        // Right after the change it may be a rename-save in progress: read again later.
        let early = live.reloadReporting([.officers], at: Date(), settled: false)
        #expect(early.needsRetry == [.officers])
        #expect(early.state.reading.dataset.officers.count == officers)

        let since = Date(timeIntervalSince1970: 1_700_000_000)
        let gone = live.reload([.officers], at: since, settled: true)
        #expect(gone.reading.dataset.officers.count == officers)
        #expect(Situation(dataset: gone.reading.dataset, now: DemoData.storyMoment).alerts.count == alerts)
        #expect(gone.broken.map(\.file) == [.officers])
        #expect(gone.broken.first?.since == since)
        #expect(gone.broken.first?.diagnostics.map { $0.formatted() }
                == ["officers.csv: error: file not found (moved or deleted while Netra runs): the last good data stays until it is back"])
        #expect(!gone.reading.unusableFiles.contains(.officers))

        try FileManager.default.moveItem(atPath: aside, toPath: folder.path(.officers))
        let back = live.reload([.officers], at: Date(), settled: true)
        #expect(back.broken.isEmpty)
        #expect(back.reading.dataset.officers.count == officers)
        #expect(back.reading.diagnostics.isEmpty)
    }

    @Test func everyFileThatWasReadIsKeptWhenItVanishes() throws {
        let folder = try HostileFolder()
        let live = LiveFolder(source: FolderFiles(folder: folder.url))
        let start = live.loadAll(at: Date())
        // Every file the demo has (it keeps no kpu-review.csv); kpu/ is a folder, removed whole.
        let present = DataFile.allCases.filter { FileManager.default.fileExists(atPath: folder.path($0)) }
        #expect(present.contains(.kpu))
        for file in present { try FileManager.default.removeItem(atPath: folder.path(file)) }
        let gone = live.reload(Set(DataFile.allCases), at: Date(), settled: true)
        #expect(Set(gone.broken.map(\.file)) == Set(present))
        #expect(gone.reading.dataset.kpuLists.entries.count == start.reading.dataset.kpuLists.entries.count)
        #expect(gone.reading.dataset.settings == start.reading.dataset.settings)
        #expect(gone.reading.dataset.requests.count == start.reading.dataset.requests.count)
        #expect(gone.reading.dataset.cases.count == start.reading.dataset.cases.count)
        #expect(gone.reading.dataset.schedule?.stages.count == start.reading.dataset.schedule?.stages.count)
        #expect((start.reading.dataset.schedule?.stages.count ?? 0) > 0)
    }

    @Test func anOptionalFileThatWasNeverThereIsNotAProblem() throws {
        let folder = try HostileFolder()
        try FileManager.default.removeItem(atPath: folder.path(.settings))
        let live = LiveFolder(source: FolderFiles(folder: folder.url))
        _ = live.loadAll(at: Date())
        let again = live.reload([.settings], at: Date(), settled: true)
        #expect(again.broken.isEmpty)
        #expect(again.reading.diagnostics.isEmpty)
    }
}
