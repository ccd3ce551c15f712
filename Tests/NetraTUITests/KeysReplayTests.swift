import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Keys that behave as people expect, replayed through the session (issue 23, item 4):
/// `q` and `Esc` close the overlay on top and nothing else, a second `q` quits; leaving
/// a search stays on the row found; `PgDn`/`PgUp` move by exactly the rows shown.
@Suite struct KeysReplayTests {
    /// The demo with a case whose summary is long enough that its detail scrolls, a
    /// case for an officer who also filed a request (so `o` offers a choice), and a
    /// case row with a broken date (so `!` has a panel).
    static let model: DashboardModel = {
        let words = (1...400).map { "kata\($0)" }.joined(separator: " ")
        var cases = DemoData.files[.cases]!.replacingOccurrences(
            of: "\"Mengunggah foto bersama pengurus partai dengan simbol partai; diteruskan Bawaslu ke KASN.\"", with: words)
        if !cases.hasSuffix("\n") { cases += "\n" }
        cases += "NTR-2023-098;197003141996031001;20 Mei 2023;Masyarakat;Media sosial;Uji;Baru;;;;;;;;;;;;\n"
        cases += "NTR-2023-099;;32/13/2023;Bawaslu;Lain;Uji;Baru;;;;;;;;;;;;\n"
        return demoModel(replacing: [.cases: cases])
    }()

    /// Every overlay the dashboard opens over a view, and how.
    enum Overlay: CaseIterable {
        case help, problems, detail, commandLine, filterByValue, exportFormat, related

        /// The keys that open it (from the overview).
        var script: String {
            switch self {
            case .help: "?"
            case .problems: "!"
            case .detail: "2 Enter"
            case .commandLine: ":"
            case .filterByValue: "2 F"
            case .exportFormat: "2 e"
            case .related: "2 " + KeysReplayTests.downToAnOfficerWithSeveralLinks() + "o"
            }
        }

        func isOpen(_ state: UIState) -> Bool {
            switch self {
            case .help: state.showsHelp
            case .problems: state.showsProblems
            case .detail: state.showsDetail
            case .commandLine: state.picker?.kind == .command
            case .filterByValue: state.picker?.kind == .filterColumn
            case .exportFormat: state.picker?.kind == .exportFormat
            case .related: state.picker?.kind == .related
            }
        }

        /// The keys that lead to the view it opens over (the frame it leaves behind).
        var view: String { script.hasPrefix("2 ") ? "2" : "" }
    }

    /// `j`s to the first officer whose `o` offers a choice (a request and a case).
    static func downToAnOfficerWithSeveralLinks() -> String {
        let layout = FrameRenderer(language: .id).layout(model, state: UIState(view: .officers), size: Size(width: 120, height: 40))
        let ids = layout.rows.ids
        let index = ids.firstIndex { Pickers.related($0, view: .officers, layout.input).count >= 2 } ?? 0
        return String(repeating: "j ", count: index)
    }

    @Test(arguments: Overlay.allCases, ["q", "Esc"])
    func qAndEscCloseTheOverlayOnlyAndASecondQQuits(_ overlay: Overlay, _ key: String) {
        var replay = Replay(model: Self.model, size: Size(width: 120, height: 40))
        replay.run(overlay.script)
        #expect(overlay.isOpen(replay.session.state), "\(overlay) did not open")
        // What the screen shows under the overlay, had it never opened.
        var under = Replay(model: Self.model, size: Size(width: 120, height: 40))
        if !overlay.view.isEmpty { under.run(overlay.view) }
        if overlay == .related { under.run(String(Overlay.related.script.dropFirst(2).dropLast(2))) }

        replay.run(key)
        #expect(!overlay.isOpen(replay.session.state), "\(key) left \(overlay) open")
        #expect(replay.effects.isEmpty, "\(key) in \(overlay) did more than close it: \(replay.effects)")
        #expect(replay.frame().text == under.frame().text, "\(key) in \(overlay) changed the view underneath")
        replay.run("q")
        #expect(replay.effects == [.quit])
    }

    @Test func theOverlaysStackAndEachQClosesTheTopOne() {
        var replay = Replay(model: Self.model)
        replay.run("2 Enter ?")
        #expect(replay.session.state.showsHelp && replay.session.state.showsDetail)
        replay.run("q")
        #expect(!replay.session.state.showsHelp && replay.session.state.showsDetail)
        replay.run("q")
        #expect(!replay.session.state.showsDetail && replay.effects.isEmpty)
        replay.run("q")
        #expect(replay.effects == [.quit])
    }

    @Test func ctrlCQuitsFromAnywhere() {
        for script in ["?", "!", "2 Enter", ":", "2 F", "2 / \"and\""] {
            var replay = Replay(model: Self.model)
            replay.run(script + " C-c")
            #expect(replay.effects == [.quit], "\(script)")
        }
    }

    @Test func aQTypedIntoAPickerIsALetterOnceTheLineHasText() {
        var replay = Replay(model: Self.model, options: .init(language: .en))
        replay.run(": a q")
        #expect(replay.session.state.picker?.line.text == "aq")
        #expect(replay.effects.isEmpty)
    }

    @Test func theHelpAndTheTitlesSayQAndEscClose() {
        var replay = Replay(model: Self.model, options: .init(language: .en))
        replay.run("?")
        let help = replay.frame().text
        #expect(help.contains("scroll · q Esc close"))
        #expect(help.contains("close the window on top; with none open: quit"))
        #expect(help.contains("quit at once"))
        var id = Replay(model: Self.model)
        id.run("?")
        #expect(id.frame().text.contains("gulir · q Esc tutup"))
        #expect(id.frame().text.contains("tutup jendela di atas; tanpa jendela: keluar"))
    }

    // MARK: Search

    @Test(arguments: ["Esc", "Enter Esc"])
    func leavingASearchStaysOnTheFoundRow(_ leave: String) throws {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("2 / \"saputra\" " + leave)
        let frame = replay.frame()
        #expect(!replay.session.state.isSearching && replay.session.state.query.isEmpty)
        let selected = try #require(frame.lines.first { $0.hasPrefix("▶") })
        #expect(selected.contains("Irwan Saputra"))
        // Every officer is listed again, the found one selected where it sorts.
        let count = replay.session.model.dataset.officers.count
        #expect(frame.lines[2].contains("/\(count) ") && !frame.lines[2].contains(" 1/\(count) "), "\(frame.lines[2])")
    }

    @Test func leavingASearchKeepsTheRowMovedToAmongTheMatches() throws {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("2 / \"dinas\" Enter")
        let matches = FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state, size: replay.session.size).rows.ids
        #expect(matches.count >= 2)
        replay.run("j Esc")
        #expect(replay.session.state.selection[.officers] == matches[1])
        #expect(replay.frame().lines.first { $0.hasPrefix("▶") } != nil)
    }

    @Test func leavingASearchOnTheOverviewStaysOnTheFoundAlert() throws {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("/ \"lolo\"")
        let found = try #require(FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state,
                                                                      size: replay.session.size).selectedID)
        replay.run("Esc")
        #expect(replay.session.state.selection[.overview] == found)
        #expect(replay.frame().lines.first { $0.hasPrefix("│▶") }?.contains("Agustinus Lolo") == true)
    }

    @Test func aSearchWithoutMatchesLeavesTheSelectionWhereItWas() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("2 j j")
        let before = replay.session.state.selection[.officers]
        replay.run("/ \"zzzz\" Esc")
        #expect(replay.session.state.selection[.officers] == before)
    }
}

/// `PgDn` and `PgUp` turn exactly the page shown — the window moves by the rows it
/// shows and the selection with it — in every view and every panel.
@Suite struct PagingReplayTests {
    static let city = GoldenFrameTests.city

    /// The rows a click could hit, top to bottom: the rows the frame shows.
    static func shown(_ replay: Replay) -> [RowID] {
        let layout = replay.session.layout(at: replay.now)
        return (0..<replay.session.size.height).compactMap { layout.rowID(atLine: $0) }
    }

    @Test(arguments: ViewID.folderViews, [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func pageDownTurnsExactlyThePageShownInEveryView(_ view: ViewID, _ size: Size) {
        var replay = Replay(model: Self.city, size: size)
        replay.run("\(view.number)")
        let layout = replay.session.layout(at: replay.now)
        let rows = layout.rows.ids, page = layout.pageSize
        guard rows.count > 1 else { return }
        #expect(Self.shown(replay) == Array(rows.prefix(page)))
        let lastTop = max(0, rows.count - page)
        // Down two pages, then up one: the window and the selection move together.
        var selected = 0, top = 0
        for (key, step) in [("PgDn", 1), ("Space", 1), ("PgUp", -1)] {
            replay.run(key)
            selected = max(0, min(rows.count - 1, selected + step * page))
            top = max(0, min(lastTop, top + step * page))
            #expect(replay.session.state.selection[view] == rows[selected], "\(view) \(size) \(key)")
            #expect(Self.shown(replay) == Array(rows[top..<min(rows.count, top + page)]), "\(view) \(size) \(key)")
            #expect(replay.frame().lines[2].contains(" \(selected + 1)/\(rows.count) "))
        }
    }

    @Test func theOverviewsAlertsPanelAtEightyByTwentyFourWithFiveThousandOfficers() throws {
        var replay = Replay(model: Self.city, size: Size(width: 80, height: 24))
        let rows = replay.session.layout(at: replay.now).rows.ids
        let before = Self.shown(replay)
        let page = before.count
        // The panel must be a real page of a longer list for the test to mean anything.
        #expect(page >= 3 && rows.count > page + 1, "\(page) shown of \(rows.count)")
        #expect(before == Array(rows.prefix(page)))
        replay.run("PgDn")
        // The next page as far as the list goes, the selection on the row after the
        // last one shown before — drawn, with its marker, on the screen.
        let top = min(rows.count - page, page), selected = min(rows.count - 1, page)
        #expect(Self.shown(replay) == Array(rows[top..<(top + page)]))
        #expect(replay.session.state.selection[.overview] == rows[selected])
        let selectedLine = try #require(replay.frame().lines.firstIndex { $0.hasPrefix("│▶") })
        #expect(replay.session.layout(at: replay.now).rowID(atLine: selectedLine) == rows[selected])
        replay.run("PgUp")
        #expect(Self.shown(replay) == before)
        #expect(replay.session.state.selection[.overview] == rows[0])
    }

    /// The `a–b/n` marker an overlay draws in its bottom border.
    static func marker(_ frame: CellGrid) -> (first: Int, last: Int, count: Int)? {
        for line in frame.lines {
            guard let match = line.firstMatch(of: /\ (\d+)–(\d+)\/(\d+)\ /) else { continue }
            return (Int(match.1)!, Int(match.2)!, Int(match.3)!)
        }
        return nil
    }

    @Test(arguments: ["?", "5 j Enter"])
    func pageDownTurnsExactlyThePageShownInEveryPanel(_ open: String) throws {
        var replay = Replay(model: KeysReplayTests.model, size: Size(width: 80, height: 24))
        replay.run(open)
        let opened = Self.marker(replay.frame())
        let first = try #require(opened, "\(open) does not scroll at 80×24")
        let page = first.last - first.first + 1
        #expect(first.first == 1 && first.count > 2 * page, "\(open): \(first)")
        replay.run("PgDn")
        #expect(Self.marker(replay.frame())?.first == 1 + page)
        #expect(Self.marker(replay.frame())?.last == 2 * page)
        replay.run("G")
        let last = Self.marker(replay.frame())
        let end = try #require(last)
        #expect(end.last == end.count)
        // From the end, PgUp moves back a whole page at once.
        replay.run("PgUp")
        #expect(Self.marker(replay.frame())?.first == end.first - page)
        replay.run("g")
        #expect(Self.marker(replay.frame())?.first == 1)
    }

    @Test func theProblemsPanelPagesByItsLines() throws {
        var officers = LegacyDemo.officers
        for i in 0..<60 { officers += "19750101200001100\(i % 10);Orang \(i);X;Staf;III/a;calon;;;;PNS;\r\n" }
        var replay = Replay(model: demoModel(replacing: [.officers: officers]), size: Size(width: 80, height: 24))
        replay.run("!")
        let opened = Self.marker(replay.frame())
        let first = try #require(opened)
        #expect(first.last - first.first + 1 == 20)  // 24 rows less the box's borders and margins
        replay.run("PgDn PgDn")
        #expect(Self.marker(replay.frame())?.first == 41)
    }

    @Test func thePickersPageByTheItemsTheyShow() throws {
        var replay = Replay(model: KeysReplayTests.model, options: .init(language: .en), size: Size(width: 80, height: 24))
        replay.run(":")
        let layout = replay.session.layout(at: replay.now)
        let items = Pickers.items(replay.session.state.picker!, layout: layout)
        let rows = Overlays.pickerRows(items: items.count, screenHeight: 24)
        #expect(items.count > 2 * rows)
        // The items' lines: under the typed line (`> `) to the box's bottom border.
        func itemLines() -> [String] {
            let lines = replay.frame().lines
            guard let typed = lines.firstIndex(where: { $0.contains("│ > ") }) else { return [] }
            let boxX = (80 - min(76, 72)) / 2  // the picker box's left border (Overlays.drawPicker)
            return Array(lines[(typed + 1)...].prefix { Array($0).count > boxX && Array($0)[boxX] == "│" })
        }
        #expect(itemLines().count == rows)
        replay.run("PgDn")
        #expect(replay.session.state.picker?.selected == rows)
        #expect(itemLines().first?.contains(items[rows].label) == true)
        // Down to the end (the window stops at the last item), then back a page.
        replay.run("PgDn PgUp")
        let lastTop = items.count - rows
        #expect(replay.session.state.picker?.selected == rows)
        #expect(itemLines().first?.contains(items[max(0, lastTop - rows)].label) == true)
        replay.run("PgUp")
        #expect(replay.session.state.picker?.selected == 0)
        #expect(itemLines().first?.contains(items[0].label) == true)
    }
}
