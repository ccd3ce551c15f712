import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Issue 24, row 6, on the dashboard: a filing dated after today is counted by the
/// banner and listed by the problems panel (`!`) like every other warning, with its
/// file and line, in the interface language; it goes once the clock reaches it.
@Suite struct FutureDatePanelTests {
    /// Yuliana Tandi's early retirement, filed "12 Mei 2024" (a request without an
    /// effective date, so this is the row's only problem).
    static let retirements = DemoData.files[.retirements]!.replacingOccurrences(
        of: "197608222003122001,pensiun dini,12 Mei 2023", with: "197608222003122001,pensiun dini,12 Mei 2024")

    func frame(_ model: DashboardModel, _ language: Language, keys: String = "") -> String {
        var replay = Replay(model: model, options: .init(language: language), size: Size(width: 120, height: 40), now: model.situation.now)
        if !keys.isEmpty { replay.run(keys) }
        return replay.frame().lines.joined(separator: "\n")
    }

    @Test func theProblemsPanelListsIt() {
        let model = demoModel(replacing: [.retirements: Self.retirements])
        let before = demoModel()
        let en = frame(model, .en, keys: "!")
        #expect(en.contains("retirements.csv"))
        #expect(en.contains(":3      warning filed_on 2024-05-12 is after today (2023-05-23): it has not happened yet"))
        let id = frame(model, .id, keys: "!")
        #expect(id.contains(":3      peringatan filed_on (tanggal pengajuan) 2024-05-12 sesudah hari ini (2023-05-23)"))
        // The banner counts one problem more than the demo's own.
        func problems(_ m: DashboardModel) -> Int {
            ProblemList.of(ViewInput(model: m, state: UIState(view: .overview), style: FrameStyle(language: .en), now: m.situation.now)).entries.count
        }
        #expect(problems(model) == problems(before) + 1)
        // On and after the day written, the date is no longer in the future.
        let later = demoModel(at: "2024-05-12T10:00:00+08:00", replacing: [.retirements: Self.retirements])
        #expect(!frame(later, .en, keys: "!").contains("filed_on 2024-05-12 is after today"))
    }
}
