import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Issue 14: every problem visible (the banner counts them and wraps the most severe;
/// `!` lists them all, grouped by file) and no false all-clear, end to end through the
/// live folder, in both languages.
@Suite struct ProblemsPanelTests {
    /// A data folder in memory whose files a test changes between reloads.
    final class ChangingFiles: FileSource, @unchecked Sendable {
        private let lock = NSLock()
        private var files: [DataFile: String]
        init(_ files: [DataFile: String]) { self.files = files }
        func contents(of file: DataFile) throws -> [UInt8]? { lock.withLock { files[file].map { Array($0.utf8) } } }
        func set(_ file: DataFile, _ text: String?) { lock.withLock { files[file] = text } }
    }

    static let now = DemoData.storyMoment
    static let skippedHendra = LegacyDemo.officers.replacingOccurrences(of: "197003141996031001;Hendra", with: "1,98505E+17;Hendra")

    func frame(_ model: DashboardModel, _ language: Language, _ keys: String = "", width: Int = 80, height: Int = 24) -> [String] {
        var replay = Replay(model: model, options: .init(language: language), size: Size(width: width, height: height), now: Self.now)
        if !keys.isEmpty { replay.run(keys) }
        return replay.frame().lines
    }

    /// The banner: lines 3… until the overview's first line.
    func banner(_ lines: [String]) -> String {
        lines.dropFirst(3).prefix { !$0.hasPrefix("┌") && !$0.contains("Pegawai ") && !$0.contains("Officers ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func theBannerCountsAndKeepsTheFixOfTheMostSevereProblem() {
        let live = LiveFolder(source: ChangingFiles(DemoData.files.merging([.officers: Self.skippedHendra]) { $1 }))
        let model = DashboardModel(live: live.loadAll(at: Self.now), now: Self.now)
        let id = banner(frame(model, .id))
        // The count first (the row's request now names an unknown NIP: 2), then the
        // candidate's row with its line, then the fix, whole.
        #expect(id.hasPrefix("! 3 masalah (! lihat semua) — officers.csv:2: kesalahan: baris dilewati: Hendra Wijaya (bacaleg)"))
        #expect(id.hasSuffix("Format kolom NIP sebagai Teks lalu ketik ulang 18 digit"))
        let en = banner(frame(model, .en))
        #expect(en.hasPrefix("! 3 problems (! see all) — officers.csv:2: error: row skipped: Hendra Wijaya (bacaleg)"))
        #expect(en.hasSuffix("Format the NIP column as Text and enter the 18 digits again"))
    }

    @Test func withoutAScheduleCandidatesAreNotAllClear() {
        let source = ChangingFiles(DemoData.files)
        source.set(.schedule, nil)
        // No case due and no retirements: only the candidates could be alerted.
        source.set(.cases, "id;nip;reported_on;source;category;summary;status;due_on\r\n")
        source.set(.retirements, "nip;kind;filed_on;stage\r\n")
        let model = DashboardModel(live: LiveFolder(source: source).loadAll(at: Self.now), now: Self.now)
        let id = frame(model, .id, width: 120, height: 40).joined(separator: "\n")
        let en = frame(model, .en, width: 120, height: 40).joined(separator: "\n")
        let found = [!id.contains("Tidak ada peringatan"), id.contains("tenggat tidak diketahui"),
                     id.contains("schedule.toml: peringatan: berkas tidak ditemukan"), !en.contains("No alerts"), en.contains("deadline unknown")]
        #expect(found == [true, true, true, true, true], "\(id)")
    }

    @Test func aDeletedFileKeepsItsDataUnderABannerInTheUILanguageUntilItIsBack() {
        let source = ChangingFiles(DemoData.files)
        let live = LiveFolder(source: source)
        let first = DashboardModel(live: live.loadAll(at: Self.now), now: Self.now)
        let openCases = first.situation.counts.openCases
        #expect(banner(frame(first, .id)).isEmpty)

        source.set(.cases, nil)
        let since = Self.now.addingTimeInterval(40)
        let gone = DashboardModel(live: live.reload([.cases], at: since, settled: true), now: since)
        #expect(gone.situation.counts.openCases == openCases)
        #expect(gone.situation.alerts.contains { $0.kind == .caseOverdue })
        let id = banner(frame(gone, .id))
        #expect(id.hasPrefix("! 1 masalah (! lihat semua) — Rusak sejak 10:00:40, data terakhir yang baik tetap tampil — cases.csv: kesalahan: berkas tidak ditemukan (dipindah atau dihapus"))
        let en = banner(frame(gone, .en))
        #expect(en.hasPrefix("! 1 problem (! see all) — Broken since 10:00:40, showing the last good data — cases.csv: error: file not found (moved or deleted"))

        source.set(.cases, DemoData.files[.cases]!)
        let back = DashboardModel(live: live.reload([.cases], at: since.addingTimeInterval(60), settled: true), now: since)
        #expect(banner(frame(back, .id)).isEmpty)
    }

    @Test func bangListsEveryProblemGroupedByFileAndEscCloses() {
        let officers = Self.skippedHendra + "196503101990031002;Agustinus Kedua;X;Staf;III/a;calon;;;;PNS;\r\n"
        let source = ChangingFiles(DemoData.files.merging([.officers: officers]) { $1 })
        source.set(.schedule, nil)
        let model = DashboardModel(live: LiveFolder(source: source).loadAll(at: Self.now), now: Self.now)
        let count = model.reading.diagnostics.count
        #expect(count == 5)  // the row, the unknown candidacy, the missing schedule, Hendra's request, and a unit
        // whose pact count now exceeds its headcount (the skipped row left it one officer short)
        let id = frame(model, .id, "!", width: 120, height: 40).joined(separator: "\n")
        #expect(id.contains("Masalah data (5)"))
        #expect(id.contains("│ officers.csv"))
        #expect(id.contains(":2      kesalahan  baris dilewati: Hendra Wijaya (bacaleg)"))
        #expect(id.contains("PENCALONAN 'calon' tidak dikenal"))
        #expect(id.contains("│ schedule.toml"))
        #expect(id.contains("peringatan berkas tidak ditemukan: tidak ada tahapan pemilihan"))
        let en = frame(model, .en, "!", width: 120, height: 40).joined(separator: "\n")
        #expect(en.contains("Data problems (5)"))
        #expect(en.contains(":2      error   row skipped: Hendra Wijaya (bacaleg)"))
        // Any key but the movement keys closes it, as the help.
        #expect(!frame(model, .id, "! Esc", width: 120, height: 40).joined().contains("Masalah data (5)"))
        #expect(!frame(model, .id, "! !", width: 120, height: 40).joined().contains("Masalah data (5)"))
        #expect(frame(model, .id, "! j", width: 120, height: 40).joined().contains("Masalah data (5)"))
    }

    @Test func thePanelScrollsThroughManyProblems() {
        var officers = LegacyDemo.officers
        for i in 0..<60 { officers += "19750101200001100\(i % 10);Orang \(i);X;Staf;III/a;calon;;;;PNS;\r\n" }
        let model = demoModel(replacing: [.officers: officers])
        #expect(model.reading.diagnostics.count >= 60)
        let top = frame(model, .en, "!")
        #expect(top.joined().contains("1–"))
        let down = frame(model, .en, "! PgDn PgDn")
        #expect(down != top)
        #expect(down.joined().contains("Data problems"))
    }

    @Test func aClickOnTheBannerOpensThePanel() {
        let model = demoModel(replacing: [.officers: Self.skippedHendra])
        var replay = Replay(model: model, options: .init(language: .id), size: Size(width: 80, height: 24), now: Self.now)
        _ = replay.frame()
        replay.click(x: 10, y: 3)
        #expect(replay.session.state.showsProblems)
    }

    @Test(arguments: [Language.id, .en])
    func problemsPanelMatchesReference(_ language: Language) throws {
        let officers = Self.skippedHendra + "196503101990031002;Agustinus Kedua;X;Staf;III/a;calon;;;;PNS;\r\n"
        let source = ChangingFiles(DemoData.files.merging([.officers: officers]) { $1 })
        source.set(.schedule, nil)
        let live = LiveFolder(source: source)
        _ = live.loadAll(at: Self.now)
        source.set(.cases, nil)
        let model = DashboardModel(live: live.reload([.cases], at: Self.now.addingTimeInterval(40), settled: true), now: Self.now)
        var replay = Replay(model: model, options: .init(language: language), size: Size(width: 100, height: 30), now: Self.now)
        try GoldenFrameTests.compare(replay.frame(), toReference: "banner-\(language.rawValue)-100x30.txt")
        replay.run("!")
        try GoldenFrameTests.compare(replay.frame(), toReference: "problems-\(language.rawValue)-100x30.txt")
    }
}

/// A workbook's problems keep their sheet and cell in the panel: with 39 alike
/// messages, the cell is what tells them apart.
@Suite struct ProblemsPanelCellTests {
    @Test func aWorkbookCellIsShownWhole() {
        let base = demoModel()
        var reading = base.reading
        var location = Diagnostic.Location.dataFile(.officers, line: 14)
        location.path = "officers.xlsx"
        location.cell = SheetCell(sheet: "Data Pegawai", column: 0, row: 14)
        reading.diagnostics.append(Diagnostic(.error, location, Message(en: "nip stored as a number", id: "nip tersimpan sebagai angka")))
        let model = DashboardModel(reading: reading, now: base.situation.now)
        var state = UIState()
        state.showsProblems = true
        let text = FrameRenderer(language: .id).render(model, state: state, width: 120, height: 40).text
        #expect(text.contains("'Data Pegawai'!A14"), "\(text)")
        #expect(text.contains("nip tersimpan sebagai angka"))
    }
}
