import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Reference frames live in `Golden/` as text files and are reviewed by eye. Run with
/// `NETRA_UPDATE_GOLDEN=1 swift test` to rewrite them after an intended change.
@Suite struct GoldenFrameTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [(view: ViewID, language: Language, width: Int, height: Int)] = [
        (.officers, .id, 120, 40), (.officers, .en, 80, 24),
        (.retirements, .id, 120, 40), (.retirements, .en, 80, 24),
        (.schedule, .id, 120, 40), (.schedule, .en, 80, 24),
        (.cases, .id, 120, 40), (.cases, .en, 80, 24),
        (.units, .id, 120, 40), (.units, .en, 120, 40), (.units, .id, 80, 24), (.units, .en, 80, 24),
        (.circulars, .id, 120, 40), (.circulars, .en, 120, 40), (.circulars, .id, 80, 24), (.circulars, .en, 80, 24),
    ]

    /// The cities whose overview is kept at every size: the demo (40 officers), the
    /// seeds' small city (26, `Fixtures/SeedCity`) and a generated city of 5,000.
    enum City: String, CaseIterable {
        case demo, seed, city5000

        var model: DashboardModel {
            switch self {
            case .demo: demoModel()
            case .seed: GoldenFrameTests.seed
            case .city5000: GoldenFrameTests.city
            }
        }

        /// The reference file's name (the demo's keep their old names).
        func reference(_ view: ViewID, _ language: Language, _ width: Int, _ height: Int) -> String {
            (self == .demo ? "" : "\(rawValue)-") + "\(view)-\(language.rawValue)-\(width)x\(height).txt"
        }
    }

    static let city = generatedCityModel(officers: 5000)
    static let seed = SeedCity.model()
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// Every city's overview at 80×24, 120×40 and 200×60 in both languages.
    static let overviewCases: [(city: City, language: Language, width: Int, height: Int)] =
        City.allCases.flatMap { city in Language.allCases.flatMap { language in sizes.map { (city, language, $0.0, $0.1) } } }

    /// The seed city's lists, where its names and units meet narrow columns.
    static let seedListCases: [(view: ViewID, language: Language, width: Int, height: Int)] =
        [ViewID.officers, .retirements, .cases, .units].flatMap { [($0, Language.id, 80, 24), ($0, Language.en, 120, 40)] }

    @Test(arguments: overviewCases.indices)
    func overviewMatchesReference(_ index: Int) throws {
        let c = Self.overviewCases[index]
        let grid = FrameRenderer(language: c.language).render(c.city.model, state: UIState(view: .overview), width: c.width, height: c.height)
        try Self.compare(grid, toReference: c.city.reference(.overview, c.language, c.width, c.height))
    }

    @Test(arguments: seedListCases.indices)
    func seedListMatchesReference(_ index: Int) throws {
        let c = Self.seedListCases[index]
        let grid = FrameRenderer(language: c.language).render(Self.seed, state: UIState(view: c.view), width: c.width, height: c.height)
        try Self.compare(grid, toReference: City.seed.reference(c.view, c.language, c.width, c.height))
    }

    @Test(arguments: cases.indices)
    func frameMatchesReference(_ index: Int) throws {
        let c = Self.cases[index]
        let grid = FrameRenderer(language: c.language).render(demoModel(), state: UIState(view: c.view), width: c.width, height: c.height)
        try Self.compare(grid, toReference: "\(c.view)-\(c.language.rawValue)-\(c.width)x\(c.height).txt")
    }

    /// Checks a frame against its reference file (or rewrites the file with
    /// `NETRA_UPDATE_GOLDEN=1`), and the contract of `netra snapshot`: exactly ROWS
    /// lines of at most COLS columns.
    static func compare(_ grid: CellGrid, toReference name: String) throws {
        let file = folder.appendingPathComponent(name)
        #expect(grid.lines.count == grid.height)
        #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= grid.width })
        if ProcessInfo.processInfo.environment["NETRA_UPDATE_GOLDEN"] != nil {
            try grid.text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(grid.text == expected, "frame \(name) differs from its reference; review and regenerate with NETRA_UPDATE_GOLDEN=1")
    }

    /// Every kiosk page at 120×40 and 200×60 (and a few at 80×24), as the lobby sees it
    /// by default (no person); the candidates' page also with `people = "initials"`.
    static let kioskCases: [(page: KioskPage, language: Language, width: Int, height: Int)] =
        KioskPage.allCases.flatMap { [($0, Language.id, 120, 40), ($0, Language.en, 200, 60)] }
        + [(.countdown, .en, 80, 24), (.overview, .id, 80, 24), (.cases, .id, 80, 24), (.officers, .en, 80, 24)]

    @Test(arguments: kioskCases.indices)
    func kioskFrameMatchesReference(_ index: Int) throws {
        let c = Self.kioskCases[index]
        let grid = Self.kioskFrame(demoModel(), page: c.page, language: c.language, width: c.width, height: c.height)
        try Self.compare(grid, toReference: "kiosk-\(c.page)-\(c.language.rawValue)-\(c.width)x\(c.height).txt")
    }

    @Test(arguments: [(Language.id, 120, 40), (.en, 200, 60)])
    func kioskCandidatesWithInitialsMatchReference(_ language: Language, _ width: Int, _ height: Int) throws {
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "[kiosk]", with: "[kiosk]\npeople = \"initials\"\nmin_group = 1\n#")
        let grid = Self.kioskFrame(demoModel(replacing: [.settings: settings]), page: .officers, language: language, width: width, height: height)
        try Self.compare(grid, toReference: "kiosk-officers-initials-\(language.rawValue)-\(width)x\(height).txt")
    }

    /// One kiosk page, whether or not `[kiosk] views` has it (as `snapshot --kiosk --view`).
    static func kioskFrame(_ model: DashboardModel, page: KioskPage, language: Language, width: Int, height: Int) -> CellGrid {
        let pages = model.dataset.settings.kiosk.pages
        let rotation = KioskRotation(startingAt: model.situation.now, pageIndex: pages.firstIndex(of: page) ?? 0)
        let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
        return KioskRenderer(language: language).render(model, rotation: rotation, lock: lock, width: width, height: height,
                                                        now: model.situation.now, page: page)
    }

    @Test func detailPaneAndHelpOverlay() throws {
        var state = UIState(view: .cases)
        state.selection[.cases] = .case("NTR-2023-001")
        state.showsDetail = true
        let detail = FrameRenderer(language: .id).render(demoModel(), state: state, width: 120, height: 40).text
        #expect(detail.contains("Kasus NTR-2023-001"))
        #expect(detail.contains("Patroli pengawasan"))
        #expect(detail.contains("Irwan Saputra"))
        var help = UIState()
        help.showsHelp = true
        // The help is generated from the same table that handles the keys (it scrolls).
        var helpText = ""
        for scroll in stride(from: 0, to: 80, by: 10) {
            help.helpScroll = scroll
            helpText += FrameRenderer(language: .en).render(demoModel(), state: help, width: 120, height: 40).text
        }
        for binding in KeyMap.bindings(province: false) { #expect(helpText.contains(binding.help[.en]!)) }
    }

    @Test func clickTargetsMatchWhatIsDrawn() {
        let renderer = FrameRenderer(language: .en)
        let layout = renderer.layout(demoModel(), state: UIState(view: .cases), size: Size(width: 120, height: 40))
        let grid = renderer.render(layout)
        #expect(layout.tabColumns.count == ViewID.folderViews.count)
        let casesTab = layout.tabColumns[4]
        #expect(String(grid.lines[1].dropFirst(casesTab.lowerBound).prefix(casesTab.count)) == "[5 Cases]")
        #expect(layout.view(atColumn: casesTab.lowerBound, line: 1) == .cases)
        #expect(layout.view(atColumn: casesTab.lowerBound, line: 2) == nil)
        // Each listed row line knows its case id, and shows it.
        let ids = (0..<40).compactMap { layout.rowID(atLine: $0) }
        #expect(ids == ["NTR-2022-017", "NTR-2023-005", "NTR-2023-006", "NTR-2023-001", "NTR-2023-002", "NTR-2023-009", "NTR-2023-003"].map(RowID.case))
        for y in 0..<40 { if case .case(let id)? = layout.rowID(atLine: y) { #expect(grid.lines[y].contains(id)) } }
    }

    @Test func bannersForABrokenFileAndAMissingFolder() {
        var model = demoModel()
        let since = InstantText.parse("2023-05-23T09:58:07+08:00", defaultZone: .current)!
        model.broken = [LiveFolder.BrokenFile(file: .officers, since: since,
                                              diagnostics: [Diagnostic(.error, .officers, line: 4, Message(untranslated: "unknown candidacy 'calon'"))])]
        let broken = FrameRenderer(language: .en).render(model, state: UIState(), width: 120, height: 40).lines[3]
        #expect(broken.hasPrefix(" ! 1 problem (! see all) — Broken since 09:58:07, showing the last good data — officers.csv:4: error: unknown candidacy"))
        model.folderMissingSince = since
        let missing = FrameRenderer(language: .id).render(model, state: UIState(), width: 120, height: 40).lines[3]
        #expect(missing == " ! 2 masalah (! lihat semua) — Folder data tidak tersedia sejak 09:58:07 — data terakhir yang baik tetap tampil")
    }

    @Test func rowsChangedByAReloadAreMarkedForAFewSeconds() {
        let before = demoModel()
        var cases = before.dataset.cases
        cases[1].status = .recommended  // NTR-2023-002 moves on
        cases.append(NeutralityCase(id: "NTR-2023-010", nip: nil, reportedOn: CivilDate(year: 2023, month: 5, day: 23)!,
                                    source: .kipp, summary: "baru", status: .new))
        var dataset = before.dataset
        dataset.cases = cases
        var reading = before.reading
        reading.dataset = dataset
        var after = DashboardModel(reading: reading, now: before.situation.now)
        after.markChanges(since: before, files: [.cases], at: before.situation.now)
        #expect(after.changedRows.isSuperset(of: [.case("NTR-2023-002"), .case("NTR-2023-010")]))
        #expect(!after.changedRows.contains(.case("NTR-2023-001")))
        var state = UIState(view: .cases)
        state.filter[.cases] = 1
        let renderer = FrameRenderer(language: .en)
        let now = renderer.render(after, state: state, width: 120, height: 40).lines
        #expect(now.first { $0.contains("NTR-2023-010") }?.hasPrefix(" •") == true)
        #expect(now.first { $0.contains("NTR-2023-003") }?.hasPrefix(" •") == false)
        #expect(renderer.needsSecondTicks(after, state: state, now: before.situation.now))
        let later = before.situation.now.addingTimeInterval(6)
        let faded = renderer.render(after, state: state, width: 120, height: 40, now: later).lines
        #expect(faded.first { $0.contains("NTR-2023-010") }?.hasPrefix(" •") == false)
    }

    @Test func tooSmallSaysSoPlainly() {
        let text = FrameRenderer(language: .en).render(demoModel(), state: UIState(), width: 60, height: 20).text
        #expect(text.contains("Terminal too small (need 80×24)"))
    }

    @Test func meaningNeverRestsOnColourAlone() {
        let overview = FrameRenderer(language: .en).render(demoModel(), state: UIState(), width: 120, height: 40).text
        #expect(overview.contains("CRITICAL") && overview.contains("WARNING") && overview.contains("INFO"))
        let cases = FrameRenderer(language: .en).render(demoModel(), state: UIState(view: .cases), width: 120, height: 40).text
        #expect(cases.contains("OVERDUE +1"))
        #expect(cases.contains("★"))
        let tabs = FrameRenderer(language: .en).render(demoModel(), state: UIState(view: .cases), width: 120, height: 40).lines[1]
        #expect(tabs.contains("[5 Cases]"))
    }

    @Test func countdownFollowsTheClockToTheSecond() {
        let model = demoModel(at: "2023-06-22T10:00:00+08:00")  // verification ends 24 Jun 00:59 WITA
        let later = InstantText.parse("2023-06-22T10:00:01+08:00", defaultZone: .current)!
        let frame = FrameRenderer(language: .en).render(model, state: UIState(), width: 120, height: 40, now: later).text
        #expect(frame.contains("ends 1 d 14:58:59"))
        #expect(frame.contains("Thu 22 Jun 2023 10:00 WITA"))
    }

    @Test func screenWakesEverySecondOnlyWhileASecondsCountdownShows() {
        let renderer = FrameRenderer(language: .en)
        let near = demoModel(at: "2023-06-22T10:00:00+08:00")      // verification ends within 48 h
        #expect(renderer.needsSecondTicks(near, state: UIState(), now: near.situation.now))
        #expect(renderer.needsSecondTicks(near, state: UIState(view: .schedule), now: near.situation.now))
        #expect(!renderer.needsSecondTicks(near, state: UIState(view: .officers), now: near.situation.now))
        let far = demoModel()                                       // 23 May: nothing within 48 h
        #expect(!renderer.needsSecondTicks(far, state: UIState(), now: far.situation.now))
    }
}
