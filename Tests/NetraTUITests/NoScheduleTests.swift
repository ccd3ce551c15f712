import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Without `schedule.toml` nothing on screen may read as "all done": the timeline,
/// the candidates panel and the kiosk's countdown say the schedule is missing.
@Suite struct NoScheduleTests {
    @Test(arguments: Language.allCases)
    func theOverviewSaysTheScheduleIsMissing(_ language: Language) {
        let model = demoModel(replacing: [.schedule: ""])
        let text = FrameRenderer(language: language).render(model, state: UIState(), width: 160, height: 48).text
        #expect(!text.contains(UIText.table(for: language)(.allStagesDone)))
        #expect(text.contains(language == .id ? "Jadwal KPU belum ada (schedule.toml)" : "No KPU schedule (schedule.toml)"))
        // The candidates are still counted.
        #expect(text.contains(language == .id ? "5 tanpa SK" : "5 without decree"))
        #expect(!text.contains("schedule.toml names no election") && !text.contains("schedule.toml tidak memuat"))
    }

    @Test func theKioskCountdownSaysItToo() {
        let model = demoModel(replacing: [.schedule: ""])
        let text = UIText.table(for: .id)
        var grid = CellGrid(width: 100, height: 30)
        let input = ViewInput(model: model, state: UIState(), style: FrameStyle(language: .id), now: model.situation.now)
        KioskPages.drawCountdown(&grid, input, Rect(x: 0, y: 0, width: 100, height: 30))
        #expect(!grid.text.contains(text(.allStagesDone)))
        #expect(grid.text.contains("Jadwal KPU belum ada"))
    }
}
