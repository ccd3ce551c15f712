import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Behaviour replayed through the pure session: keys and instants in, frames out —
/// what the terminal loop does, without a terminal.
@Suite struct SessionReplayTests {
    /// The line of the frame that carries the selection pointer.
    func selectedLine(_ grid: CellGrid) -> String? { grid.lines.first { $0.hasPrefix("▶") || $0.hasPrefix("│▶") } }

    @Test func enterExpandsAGroupAndPageDownMovesByTheRowsActuallyDrawn() throws {
        // The overview's list sits inside its panel: at 80×24 it shows far fewer rows
        // than the body is tall, and PgDn must move by those.
        var replay = Replay(model: crowdedDemoModel(), size: Size(width: 80, height: 24))
        let size = Size(width: 80, height: 24)
        func layout() -> FrameLayout { FrameRenderer(language: .id).layout(replay.session.model, state: replay.session.state, size: size) }
        // 64 candidates without a request are one group line; Enter on it expands it.
        let group = try #require(layout().rows.ids.firstIndex { $0.isGroup(.candidateWithoutRequest) })
        for _ in 0..<group { replay.run("j") }
        replay.run("Enter")
        #expect(replay.session.state.expanded.contains { $0.kind == .candidateWithoutRequest })
        #expect(!replay.session.state.showsDetail)
        let rows = layout().rows, pageSize = layout().pageSize
        #expect(rows.ids.count > 2 * pageSize)
        replay.run("g PgDn")
        // The page turns: the next `pageSize` rows show, the selection on the first of them.
        #expect(replay.session.state.selection[.overview] == rows.ids[pageSize])
        #expect(selectedLine(replay.frame()) != nil)
        let visible = (0..<24).compactMap { layout().rowID(atLine: $0) }
        #expect(visible == Array(rows.ids[pageSize..<(2 * pageSize)]))
        replay.run("PgUp")
        #expect(replay.session.state.selection[.overview] == rows.ids[0])
        #expect((0..<24).compactMap { layout().rowID(atLine: $0) } == Array(rows.ids[0..<pageSize]))
    }

    @Test func searchAsYouTypeThenEscapeClearsAndStaysOnTheFoundRow() {
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
        // Every row is back; the found row stays selected, on screen (k9s, VisiData).
        frame = replay.frame()
        #expect(frame.lines[2].contains("/40 ") && !frame.lines[2].contains(" 1/40 "), "\(frame.lines[2])")
        #expect(selectedLine(frame)?.contains("Irwan Saputra") == true)
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
        #expect(replay.frame().text.contains("Cases NTR-2023-005 — q Esc closes"))
        replay.run("Esc")
        #expect(!replay.frame().text.contains("Esc closes"))
    }

    @Test func aReloadThatRemovesTheSelectedRowSelectsItsNeighbourAndSaysSo() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("5 j")
        #expect(replay.session.state.selection[.cases] == .case("NTR-2023-005"))
        let cases = DemoData.files[.cases]!.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("NTR-2023-005") }.joined(separator: "\n")
        replay.receive(demoModel(replacing: [.cases: cases]))
        #expect(replay.session.state.selection[.cases] == .case("NTR-2023-006"))
        #expect(replay.frame().lines.last!.contains("The selected row is gone"))
    }

    @Test func clicksHitWhatTheLastFrameShowed() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        let tabs = FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state, size: replay.session.size).tabColumns
        replay.click(x: tabs[4].lowerBound + 1, y: 1)
        #expect(replay.session.state.view == .cases)
        let line = replay.frame().lines.firstIndex { $0.contains("NTR-2023-003") }!
        replay.click(x: 10, y: line)
        #expect(replay.session.state.selection[.cases] == .case("NTR-2023-003"))
        replay.click(x: 10, y: 0)  // the header selects nothing
        #expect(replay.session.state.selection[.cases] == .case("NTR-2023-003"))
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
        #expect(replay.frame().text.contains("┌─ Tombol — "))
        #expect(replay.frame().text.contains("baris sebelumnya"))
        replay.run("Esc")
        #expect(!replay.frame().text.contains("┌─ Tombol — "))
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

extension SessionReplayTests {
    /// The demo's netra.toml with its `names = "initials"` line replaced, and `people`.
    func kioskSettings(_ line: String, people: String = "full") -> String {
        DemoData.files[.settings]!.replacingOccurrences(of: "names = \"initials\"", with: line + "\npeople = \"\(people)\"")
    }

    @Test func aRunningKioskOnlyEverTightensPrivacy() {
        var replay = Replay(model: demoModel(replacing: [.settings: kioskSettings("names = \"initials\"")]), options: .init(kiosk: true))
        replay.run("+21s +21s")  // the retirements page: names as initials
        #expect(replay.frame().lines[1].contains("● Pensiun"))
        #expect(replay.frame().text.contains("Y. T."))
        // Someone loosens netra.toml on the share: names stay initials, no full mark.
        replay.receive(demoModel(replacing: [.settings: kioskSettings("names = \"full\"")]))
        #expect(replay.frame().text.contains("Y. T."))
        #expect(!replay.frame().text.contains("Yuliana Tandi"))
        #expect(!replay.frame().text.contains("DATA LENGKAP"))
        // A tightening takes effect at once.
        replay.receive(demoModel(replacing: [.settings: kioskSettings("names = \"hidden\"")]))
        #expect(!replay.frame().text.contains("Y. T."))
    }

    @Test func anUnlockedKioskThatRelocksAsksForAFullClear() throws {
        let hash = try PINHash.make("4829")
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
        var replay = Replay(model: demoModel(replacing: [.settings: settings]), options: .init(kiosk: true))
        replay.run("F12 4 8 2 9 Enter")
        #expect(!replay.session.isKioskLocked)
        #expect(replay.takeLockedAgain() == false)
        // The unlocked state is said on the banner, and not counted as a data problem.
        let banner = replay.frame().lines[3]
        #expect(banner.contains("Kiosk terbuka") && !banner.contains("masalah"))
        replay.run("+600s")
        #expect(replay.session.isKioskLocked)
        #expect(replay.takeLockedAgain() == true)
        #expect(replay.takeEvents().contains(.kioskRelocked))
    }

    /// The demo's settings with a PIN (4829) and more under `[kiosk]`.
    func kioskWithPIN(_ extra: String = "") throws -> DashboardModel {
        let hash = try PINHash.make("4829")
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"\n\(extra)")
        return demoModel(replacing: [.settings: settings])
    }

    @Test func theOperatorLocksAtOnceAndTheBannerCountsDown() throws {
        var replay = Replay(model: try kioskWithPIN(), options: .init(kiosk: true))
        replay.run("F12 4 8 2 9 Enter")
        #expect(!replay.session.isKioskLocked)
        var banner = replay.frame().lines[3]
        #expect(banner.contains("Kiosk terbuka · F12 kunci sekarang · terkunci sendiri dalam 5:00 tanpa tombol · q keluar"), "\(banner)")
        replay.run("+61s")
        banner = replay.frame().lines[3]
        #expect(banner.contains("terkunci sendiri dalam 3:59"), "\(banner)")
        // Help names the lock-now key first.
        replay.run("?")
        #expect(replay.frame().text.contains("kunci kiosk sekarang"))
        replay.run("Esc 2")
        #expect(replay.frame().text.contains("198101052009011001"))
        _ = replay.takeEvents()
        replay.run("F12")
        #expect(replay.session.isKioskLocked)
        #expect(replay.takeLockedAgain() == true)
        #expect(replay.takeEvents() == [.kioskRelocked])
        #expect(!replay.frame().text.contains("198101052009011001"))
        #expect(replay.frame().lines[1].contains("● Hitung mundur"), "the rotation starts over")
    }

    @Test func aTypedUnlockCharacterStillTypesIntoASearch() throws {
        let hash = try PINHash.make("4829")
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
            .replacingOccurrences(of: "unlock_key = \"F12\"", with: "unlock_key = \"#\"")
        var replay = Replay(model: demoModel(replacing: [.settings: settings]), options: .init(kiosk: true))
        replay.run("# 4 8 2 9 Enter 2 /")
        replay.type("1#")
        #expect(!replay.session.isKioskLocked)
        replay.run("Esc #")
        #expect(replay.session.isKioskLocked)
    }

    /// `--as-of` freezes the data clock; the rotation, its pause, PIN entry and the
    /// relock still follow real (monotonic) time.
    @Test func aFrozenDataClockStillRotatesAndRelocks() throws {
        var replay = Replay(model: try kioskWithPIN(), options: .init(kiosk: true), dataFrozen: true)
        let start = replay.now
        #expect(replay.frame().lines[1].contains("● Hitung mundur"))
        replay.run("+21s")
        #expect(replay.frame().lines[1].contains("● Ringkasan"))
        #expect(replay.now == start, "the data clock stands still")
        #expect(replay.frame().lines.last!.contains("berganti dalam 20 dtk"))
        // A key pauses for a minute of real time, then the rotation goes on.
        replay.run("x")
        #expect(replay.frame().lines.last!.contains("rotasi dijeda 60 dtk"))
        replay.run("+61s +20s")
        #expect(replay.frame().lines[1].contains("● Pensiun"))
        // PIN entry is abandoned after 30 s without a key.
        replay.run("F12 4 +31s")
        #expect(replay.frame().lines.last!.contains("Waktu memasukkan PIN habis"))
        replay.run("F12 4 8 2 9 Enter")
        #expect(!replay.session.isKioskLocked)
        replay.run("+301s")
        #expect(replay.session.isKioskLocked)
        #expect(replay.now == start)
    }

    @Test func aLooseningOfPeopleWaitsForTheNextStart() {
        var replay = Replay(model: demoModel(), options: .init(kiosk: true))
        replay.run("+21s +21s")
        #expect(replay.frame().lines[1].contains("● Pensiun"))
        replay.receive(demoModel(replacing: [.settings: kioskSettings("names = \"full\"", people: "full")]))
        #expect(!replay.frame().text.contains("Y. T.") && !replay.frame().text.contains("Yuliana"))
        #expect(replay.frame().text.contains("Keluar dari dinas per bulan"))
    }
}

/// The overview fills the screen with panels that each answer a question.
@Suite struct OverviewPanelTests {
    /// Body rows (between the tabs' separator and the status line) that are blank.
    func blankShare(_ grid: CellGrid) -> Double {
        let body = grid.lines.dropFirst(3).dropLast()
        return Double(body.filter { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count) / Double(body.count)
    }

    @Test(arguments: [(120, 40), (200, 60)])
    func fewBlankRowsAndEveryPanel(_ size: (Int, Int)) {
        for language in Language.allCases {
            let text = UIText.table(for: language)
            let grid = FrameRenderer(language: language).render(demoModel(), state: UIState(), width: size.0, height: size.1)
            #expect(blankShare(grid) <= 0.15, "\(size) \(language)")
            for panel: UIText.Panel in [.candidates, .timeline, .alerts, .leaving, .cases, .units] {
                #expect(grid.text.contains(text.title(panel)), "\(panel) at \(size) \(language)")
            }
        }
    }

    @Test func theEssentialsAt80x24() {
        let text = FrameRenderer(language: .id).render(demoModel(), state: UIState(), width: 80, height: 24).text
        #expect(text.contains("Calon 5 (5 tanpa SK)"))
        #expect(text.contains("Calon dan batas SK pemberhentian"))
        #expect(text.contains("Peringatan (12)"), "the late circular is one of them")
        #expect(text.contains("batas 3 Okt 2023 23:59 WIB (4 Okt 00:59 WITA) · H-133"))
    }

    @Test func theSelectedCriticalAlertKeepsItsColour() {
        let grid = FrameRenderer(language: .id).render(demoModel(), state: UIState(), width: 120, height: 40)
        let y = grid.lines.firstIndex { $0.contains("│▶ ‼") }!
        let x = grid.lines[y].distance(from: grid.lines[y].startIndex, to: grid.lines[y].range(of: "KRITIS")!.lowerBound)
        #expect(grid[x, y].role == .alertCritical)
        #expect(grid[x + 20, y].role == .selection)
    }

    @Test func freshnessSaysWhenTheDataChangedOnDisk() {
        var reading = demoModel().reading
        reading.dataChangedAt = InstantText.parse("2023-05-22T16:05:00+08:00", defaultZone: .current)
        let model = DashboardModel(reading: reading, now: demoModel().situation.now)
        let status = FrameRenderer(language: .id).render(model, state: UIState(), width: 120, height: 40).lines.last!
        #expect(status.contains("data 22 Mei 16:05 · dibaca 10:00:00"))
    }
}

extension OverviewPanelTests {
    @Test func withoutARegionTheHeaderNamesTheFolderNeverAnotherCity() {
        let settings = DemoData.files[.settings]!.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("region") }.joined(separator: "\n")
        let model = demoModel(replacing: [.settings: settings])
        #expect(model.dataset.settings.region.isEmpty)
        var style = FrameStyle(language: .id)
        style.folderName = "data-bkpsdm"
        let header = FrameRenderer(style: style).render(model, state: UIState(), width: 120, height: 40).lines[0]
        #expect(header.hasPrefix(" NETRA · data-bkpsdm"))
        #expect(!header.contains("Balikpapan"))
        let bare = FrameRenderer(language: .id).render(model, state: UIState(), width: 120, height: 40).lines[0]
        #expect(bare.hasPrefix(" NETRA ") && !bare.contains("·"))
    }
}
