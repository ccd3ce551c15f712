import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Issue 14: a roster row mistyped after a good load is named by what its officer has
/// open (the last good roster says who the name was), end to end through the live
/// folder, in both languages — and never on the kiosk.
@Suite struct SkippedOfficerLiveTests {
    typealias Files = ProblemsPanelTests.ChangingFiles
    static let now = DemoData.storyMoment
    /// Bambang Sutrisno (open age-retirement request) with a birth month of 13.
    static let mistyped = LegacyDemo.officers.replacingOccurrences(of: "196309041987031001;Bambang", with: "196313041987031001;Bambang")

    func banner(_ model: DashboardModel, _ language: Language) -> String {
        var replay = Replay(model: model, options: .init(language: language), size: Size(width: 100, height: 30), now: Self.now)
        return ProblemsPanelTests().banner(replay.frame().lines)
    }

    @Test func aMistypedRowOfAnOfficerWithAnOpenRequestIsNamedAndStaysNamed() {
        let source = Files(DemoData.files)
        let live = LiveFolder(source: source)
        _ = live.loadAll(at: Self.now)
        source.set(.officers, Self.mistyped)
        let later = Self.now.addingTimeInterval(40)
        let model = DashboardModel(live: live.reload([.officers], at: later, settled: true), now: later)
        #expect(model.reading.skippedWithOpenMatters.map(\.skippedMatter) == [.request(.age)])
        #expect(banner(model, .id).contains("officers.csv:9: kesalahan: baris dilewati: Bambang Sutrisno (permohonan pensiun terbuka) tidak ada di daftar pegawai"))
        #expect(banner(model, .en).contains("officers.csv:9: error: row skipped: Bambang Sutrisno (open retirement request) is not on the roster"))

        // Saved again, still mistyped: the roster before it no longer has him, but
        // the row is remembered.
        source.set(.officers, Self.mistyped + "199001012015031004;Agus Baru;Setda;Staf;III/a;;;;;PNS;;Aktif\r\n")
        let again = DashboardModel(live: live.reload([.officers], at: later.addingTimeInterval(60), settled: true), now: later)
        #expect(again.reading.skippedWithOpenMatters.count == 1)

        // Fixed: nothing named.
        source.set(.officers, LegacyDemo.officers)
        let fixed = DashboardModel(live: live.reload([.officers], at: later.addingTimeInterval(120), settled: true), now: later)
        #expect(fixed.reading.skippedWithOpenMatters.isEmpty)
        #expect(banner(fixed, .id).isEmpty)
    }

    @Test(arguments: [Language.id, .en])
    func theKioskNeverNamesASkippedRow(_ language: Language) {
        let source = Files(DemoData.files)
        let live = LiveFolder(source: source)
        _ = live.loadAll(at: Self.now)
        source.set(.officers, Self.mistyped.replacingOccurrences(of: "197003141996031001;Hendra", with: "1,98505E+17;Hendra"))
        let model = DashboardModel(live: live.reload([.officers], at: Self.now, settled: true), now: Self.now)
        #expect(model.reading.skippedWithOpenMatters.count == 1)
        #expect(model.reading.skippedCandidates.count == 1)
        for page in KioskPage.allCases {
            let text = GoldenFrameTests.kioskFrame(model, page: page, language: language, width: 120, height: 40).text
            #expect(!text.contains("Bambang") && !text.contains("Hendra"), "\(page)")
            #expect(!text.contains("dilewati") && !text.contains("skipped"), "\(page)")
        }
    }
}
