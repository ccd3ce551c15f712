import Foundation
import NetraCore
import Testing

/// A folder held as its files (what a database snapshot keeps) reads exactly as the
/// folder does: same records, same problems, same figures — including a table kept as
/// a workbook and the lists of `kpu/`.
@Suite struct StoredFolderTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-stored-\(UUID().uuidString)")
        _ = try? DemoData.write(to: url)
        return url
    }()

    func compare(_ url: URL) -> (direct: FolderReading, stored: FolderReading, files: StoredFolder) {
        let files = StoredFolder.collect(from: FolderFiles(folder: url))
        return (DataFolder.read(from: FolderFiles(folder: url)), DataFolder.read(from: files), files)
    }

    @Test func theDemoReadsTheSameFromItsStoredFiles() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (direct, stored, files) = compare(folder)
        // Every file the folder holds, the KPU lists under their kpu/ prefix.
        #expect(files.files.keys.contains("officers.csv") && files.files.keys.contains("netra.toml"))
        #expect(files.files.keys.contains { $0.hasPrefix("kpu/") })
        #expect(lines(stored.diagnostics) == lines(direct.diagnostics))
        #expect(stored.dataset.officers.count == direct.dataset.officers.count)
        #expect(stored.dataset.settings.timeZone == direct.dataset.settings.timeZone)
        #expect(stored.dataset.kpuLists.entries.count == direct.dataset.kpuLists.entries.count)
        let now = at("2023-05-23T10:00:00+08:00")
        let a = Situation(dataset: direct.dataset, now: now), b = Situation(dataset: stored.dataset, now: now)
        #expect(a.counts == b.counts)
        #expect(a.figures.candidates.withoutDecree == b.figures.candidates.withoutDecree)
        #expect(a.figures.overdueCases.count == b.figures.overdueCases.count)
        #expect(a.alerts.count == b.alerts.count)
    }

    @Test func aWorkbookTableIsKeptAsTheWorkbook() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Workbooks/retirements.xlsx")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("retirements.csv"))
        try FileManager.default.copyItem(at: workbook, to: folder.appendingPathComponent("retirements.xlsx"))
        let (direct, stored, files) = compare(folder)
        #expect(files.files["retirements.xlsx"] != nil && files.files["retirements.csv"] == nil)
        #expect(stored.dataset.storedName(.retirements) == "retirements.xlsx")
        #expect(lines(stored.diagnostics) == lines(direct.diagnostics))
        #expect(stored.dataset.requests.count == direct.dataset.requests.count)
    }

    @Test func nothingStoredIsAFolderWithoutItsRoster() {
        let reading = DataFolder.read(from: StoredFolder(files: []))
        #expect(reading.unusableFiles.contains(.officers))
        #expect(reading.diagnostics.contains { $0.file == .officers && $0.severity == .error })
    }
}
