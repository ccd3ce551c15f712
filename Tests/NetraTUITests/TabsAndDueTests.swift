import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Two things noticed on the way: every tab fits at 80 columns in both languages, and
/// the Kasus list's due date is the one that applies at the case's stage.
@Suite struct TabsAndDueTests {
    @Test(arguments: Language.allCases)
    func everyTabFitsAtEightyColumns(_ language: Language) throws {
        let text = UIText.table(for: language)
        for view in ViewID.folderViews {
            var replay = Replay(model: demoModel(), options: .init(language: language), size: Size(width: 80, height: 24))
            replay.run("\(view.number)")
            let line = replay.frame().lines[1]
            #expect(!line.contains("…"), "\(language) \(view): \(line)")
            for other in ViewID.folderViews { #expect(line.contains("\(other.number) \(other.title(text))"), "\(language) \(view): \(line)") }
            #expect(line.contains("[\(view.number) \(view.title(text))]"))
            // A click on the last tab still reaches it.
            let layout = FrameRenderer(language: language).layout(replay.session.model, state: replay.session.state, size: replay.session.size)
            let last = try #require(layout.tabs.last)
            #expect(last.columns.upperBound <= 80)
            replay.click(x: last.columns.lowerBound + 1, y: 1)
            #expect(replay.session.state.view == .circulars)
        }
    }

    @Test func tabsKeepTheirPaddingWhereTheyFit() {
        // Indonesian fits at 80 with the padding; English keeps it from 90 columns.
        let id = FrameRenderer(language: .id).render(demoModel(), state: UIState(view: .cases), width: 80, height: 24).lines[1]
        #expect(id.hasPrefix("  1 Ringkasan   2 Pegawai "))
        let en = FrameRenderer(language: .en).render(demoModel(), state: UIState(view: .cases), width: 90, height: 24).lines[1]
        #expect(en.hasPrefix("  1 Overview   2 Officers "))
        let narrow = FrameRenderer(language: .en).render(demoModel(), state: UIState(view: .cases), width: 80, height: 24).lines[1]
        #expect(narrow.hasPrefix(" 1 Overview 2 Officers 3 Retirements 4 Schedule [5 Cases] 6 Units 7 Circulars"))
    }

    /// Every demo case in the Kasus list at 160 columns, in English.
    func allCases() -> (replay: Replay, row: (String) throws -> String) {
        var replay = Replay(model: demoModel(), options: .init(language: .en), size: Size(width: 160, height: 30))
        replay.run("5 f")   // all cases
        let frame = replay.frame()
        return (replay, { id in try #require(frame.lines.first { $0.contains(id) }) })
    }

    @Test func theDueColumnShowsTheDateOfTheCasesStage() throws {
        let (replay, row) = allCases()
        // Forwarded on 13 Feb 2023 (Bawaslu's date): the recommendation was due 15 Mar.
        #expect(try row("NTR-2023-005").contains("15 Mar 2023") && !(try row("NTR-2023-005")).contains("13 Feb 2023"))
        // Recommended on 5 May: the PPK's date, 19 May. Blocked: the PPK's date it missed.
        #expect(try row("NTR-2023-006").contains("19 May 2023"))
        #expect(try row("NTR-2022-017").contains("19 Dec 2022"))
        // With Bawaslu: Bawaslu's date, and its overdue mark.
        #expect(try row("NTR-2023-001").contains("22 May 2023") && (try row("NTR-2023-001")).contains("OVERDUE +1"))
        // Decided: nothing to meet.
        #expect(try row("NTR-2022-014").contains("—"))
        // The detail says whose date it is.
        var state = replay.session.state
        state.selection[.cases] = .case("NTR-2023-006")
        state.showsDetail = true
        let detail = FrameRenderer(language: .en).render(demoModel(), state: state, width: 120, height: 40).text
        #expect(detail.contains("19 May 2023 · PPK decision"))
        state.selection[.cases] = .case("NTR-2023-001")
        let bawaslu = FrameRenderer(language: .id).render(demoModel(), state: state, width: 120, height: 40).text
        #expect(bawaslu.contains("22 Mei 2023 · tindak lanjut Bawaslu · LEWAT +1"))
    }

    @Test func overdueCountsFromTheDateShownWhateverTheStage() throws {
        let (replay, row) = allCases()
        // The recommendation 69 days late, the PPK 4 and 155 days late: the same word.
        #expect(try row("NTR-2023-005").contains("OVERDUE +69"))
        #expect(try row("NTR-2023-006").contains("OVERDUE +4"))
        #expect(try row("NTR-2022-017").contains("OVERDUE +155"))
        #expect(!(try row("NTR-2023-002")).contains("OVERDUE"))
        // The "overdue" filter lists exactly the rows marked so.
        var overdue = UIState(view: .cases)
        overdue.filter[.cases] = CasesView.Filter.overdue.rawValue
        let ids = FrameRenderer(language: .en).layout(replay.session.model, state: overdue, size: replay.session.size).rows.ids
        #expect(Set(ids) == Set(["NTR-2023-001", "NTR-2023-005", "NTR-2023-006", "NTR-2022-017"].map(RowID.case)))
        // The detail of a case past the PPK's date says so.
        overdue.selection[.cases] = .case("NTR-2023-006")
        overdue.showsDetail = true
        let detail = FrameRenderer(language: .id).render(demoModel(), state: overdue, width: 120, height: 40).text
        #expect(detail.contains("19 Mei 2023 · keputusan PPK · LEWAT +4"))
    }
}
