import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Behaviour replayed through the pure session: keys and instants in, frames out —
/// what the terminal loop does, without a terminal.
@Suite struct SessionReplayTests {
    /// The line of the frame that carries the selection pointer.
    func selectedLine(_ grid: CellGrid) -> String? { grid.lines.first { $0.hasPrefix("▶") } }

    @Test func pageDownMovesByTheRowsActuallyDrawn() {
        // The overview's list sits under the stage lines and counts: at 80×24 it
        // shows fewer rows than the body is tall, and PgDn must move by those.
        var replay = Replay(model: crowdedDemoModel(), size: Size(width: 80, height: 24))
        let layout = FrameRenderer(language: .id).layout(replay.session.model, state: replay.session.state, size: Size(width: 80, height: 24))
        let rows = layout.rows
        #expect(rows.ids.count > 2 * layout.pageSize)
        replay.run("PgDn")
        #expect(replay.session.state.selection[.overview] == rows.ids[layout.pageSize])
        // The new selection is on screen, at the top of the next page.
        let frame = replay.frame()
        #expect(selectedLine(frame) != nil)
        let visible = (0..<24).compactMap { y in
            FrameRenderer(language: .id).layout(replay.session.model, state: replay.session.state, size: Size(width: 80, height: 24)).rowID(atLine: y)
        }
        #expect(visible.count == layout.pageSize)
        #expect(visible.last == rows.ids[layout.pageSize])
        replay.run("PgUp")
        #expect(replay.session.state.selection[.overview] == rows.ids[0])
    }

    @Test func searchAsYouTypeThenEscapeClears() {
        var replay = Replay(model: demoModel())
        replay.run("2 / \"saputra\"")
        var frame = replay.frame()
        #expect(frame.lines.last!.contains("/ Cari: saputra"))
        #expect(frame.text.contains("Irwan Saputra"))
        #expect(frame.lines[2].contains(" 1/1 "))
        replay.run("Enter")
        frame = replay.frame()
        #expect(frame.lines.last!.contains("· / saputra"))
        replay.run("Esc")
        #expect(replay.frame().lines[2].contains(" 1/40 "))
    }

    @Test func filterAndSortAreNamedOnTheStatusLine() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("5")
        #expect(replay.frame().lines.last!.contains("f Filter: open · s Sort: due date"))
        replay.run("f f s")
        #expect(replay.frame().lines.last!.contains("f Filter: Bawaslu · s Sort: newest"))
        let listed = replay.frame().lines.filter { $0.contains("NTR-") }
        #expect(!listed.isEmpty && listed.allSatisfy { $0.contains("Bawaslu") })
    }

    @Test func detailOpensOnEnterAndClosesOnEscape() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("5 j Enter")
        #expect(replay.frame().text.contains("Cases NTR-2023-006 — Esc closes"))
        replay.run("Esc")
        #expect(!replay.frame().text.contains("Esc closes"))
    }

    @Test func aReloadThatRemovesTheSelectedRowSelectsItsNeighbourAndSaysSo() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("5 j")
        #expect(replay.session.state.selection[.cases] == "NTR-2023-006")
        let cases = DemoData.files[.cases]!.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("NTR-2023-006") }.joined(separator: "\n")
        replay.receive(demoModel(replacing: [.cases: cases]))
        #expect(replay.session.state.selection[.cases] == "NTR-2023-005")
        #expect(replay.frame().lines.last!.contains("The selected row is gone"))
    }

    @Test func clicksHitWhatTheLastFrameShowed() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        let tabs = FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state, size: replay.session.size).tabColumns
        replay.click(x: tabs[4].lowerBound + 1, y: 1)
        #expect(replay.session.state.view == .cases)
        let line = replay.frame().lines.firstIndex { $0.contains("NTR-2023-003") }!
        replay.click(x: 10, y: line)
        #expect(replay.session.state.selection[.cases] == "NTR-2023-003")
        replay.click(x: 10, y: 0)  // the header selects nothing
        #expect(replay.session.state.selection[.cases] == "NTR-2023-003")
    }

    @Test func reloadAndQuitReachTheHost() {
        var replay = Replay(model: demoModel())
        replay.run("r C-l q")
        #expect(replay.effects == [.reload, .reload, .quit])
    }

    @Test func theScreenSleepsToTheNextMinuteUnlessSecondsShow() {
        // 23 May 2023 10:00:00 WITA: no countdown within 48 hours, so a minute.
        let replay = Replay(model: demoModel())
        #expect(replay.session.secondsToWait(from: replay.now.addingTimeInterval(15)) == 45)
        // Within 48 hours of the end of registration (14 May 23:59 WIB) seconds tick.
        let near = Replay(model: demoModel(at: "2023-05-14T10:00:00+08:00"))
        #expect(near.session.secondsToWait(from: near.now.addingTimeInterval(0.25)) <= 1)
    }

    @Test func aLockedKioskRotatesIgnoresQuitAndLogsAWrongPIN() throws {
        let hash = try PINHash.make("4829")
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
        var replay = Replay(model: demoModel(replacing: [.settings: settings]), options: .init(kiosk: true))
        #expect(replay.session.isKioskLocked)
        #expect(replay.frame().lines[1].contains("● Hitung mundur"))
        replay.run("+21s")
        #expect(replay.frame().lines[1].contains("● Ringkasan"))
        replay.run("q C-c Esc")
        #expect(replay.effects.isEmpty)
        replay.run("F12 1 1 1 1 Enter")
        #expect(replay.session.isKioskLocked)
        #expect(replay.takeEvents() == [.kioskWrongPIN(failures: 1)])
        replay.run("F12 4 8 2 9 Enter")
        #expect(!replay.session.isKioskLocked)
        #expect(replay.takeEvents() == [.kioskUnlocked])
        replay.run("q")
        #expect(replay.effects == [.quit])
    }
}

extension SessionReplayTests {
    @Test func helpOpensAndCloses() {
        var replay = Replay(model: demoModel())
        replay.run("?")
        #expect(replay.frame().text.contains("Tombol — Esc"))
        #expect(replay.frame().text.contains("bantuan ini"))
        replay.run("Esc")
        #expect(!replay.frame().text.contains("Tombol — Esc"))
    }

    @Test func belowTheMinimumSizeItSaysSoAndComesBack() {
        var replay = Replay(model: demoModel(), size: Size(width: 100, height: 30))
        replay.resize(to: Size(width: 70, height: 20))
        #expect(replay.frame().text.contains("Terminal terlalu kecil (perlu 80×24)"))
        replay.run("2")  // keys still work while too small
        replay.resize(to: Size(width: 100, height: 30))
        #expect(replay.frame().lines[1].contains("[2 Pegawai]"))
    }
}
