import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// A province of three demo-derived sites replayed through the session: the Wilayah tab,
/// the province's sums and worst site, `Enter` narrowing every view, the Wilayah column,
/// and the kiosk's site counts.
@Suite struct ProvinceLensTests {
    static let iso = "2023-05-23T10:00:00+08:00"

    /// Three sites: the demo, the demo renamed (silent for three days: the worst), and the
    /// crowded demo (60 more candidates).
    static func province() -> (model: DashboardModel, sites: [SiteReading]) {
        let now = InstantText.parse(iso, defaultZone: TimeZone(identifier: "UTC")!)!
        let renamed = DemoData.files[.settings]!.replacingOccurrences(of: "Kota Balikpapan", with: "Kota Bontang")
        let samarinda = DemoData.files[.settings]!.replacingOccurrences(of: "Kota Balikpapan", with: "Kota Samarinda")
        let sites = [
            SiteReading(site: "balikpapan", generation: 1, pushedAt: now.addingTimeInterval(-3600), reading: demoModel(at: iso).reading),
            SiteReading(site: "bontang", generation: 1, pushedAt: now.addingTimeInterval(-3 * 86400),
                        reading: demoModel(at: iso, replacing: [.settings: renamed]).reading),
            SiteReading(site: "samarinda", generation: 1, pushedAt: now.addingTimeInterval(-7200), reading: crowdedDemoModel(at: iso, settings: samarinda).reading),
        ]
        return (DashboardModel(province: Province(sites: sites), now: now), sites)
    }

    /// One truth: the province's sums on the dashboard are `netra check --source`'s, field
    /// by field (errors and warnings included: the moment's findings count on both).
    @Test func theDashboardsSumsAreCheckSourcesSums() {
        let (_, sites) = Self.province()
        let now = InstantText.parse(Self.iso, defaultZone: TimeZone(identifier: "UTC")!)!
        let dashboard = ProvinceSituation(province: Province(sites: sites), now: now).totals
        let check = ProvinceReport(entries: sites.map { ProvinceReport.Entry(site: $0, report: CheckReport(folder: $0.site, reading: $0.reading, now: now)) }).total
        #expect(dashboard == check)
        #expect(dashboard.officers > 0 && dashboard.silentSites == 1)
        #expect(dashboard.warnings > 0)
    }

    @Test func theWilayahTabShowsOnlyForAProvinceOfSeveralSites() {
        var folder = Replay(model: demoModel(at: Self.iso), size: Size(width: 120, height: 40))
        #expect(!folder.frame().lines[1].contains("Wilayah"))
        folder.run("8")
        #expect(folder.session.state.view == .overview)
        var province = Replay(model: Self.province().model, size: Size(width: 120, height: 40))
        #expect(province.frame().lines[1].contains("8 Wilayah"))
        province.run("8")
        #expect(province.session.state.view == .sites)
        // The English tab row of eight fits 80 columns: titles shorten, none is cut off.
        var english = Replay(model: Self.province().model, options: .init(language: .en), size: Size(width: 80, height: 24))
        let tabs = english.frame().lines[1]
        #expect(tabs.contains("8 Regions"))
        #expect(tabs.hasSuffix(" ") || tabs.count <= 80)
    }

    @Test func theOverviewSumsTheSitesAndNamesTheWorst() throws {
        let (model, sites) = Self.province()
        let situation = try #require(model.province?.situation)
        let perSite = sites.map { Situation(dataset: $0.reading.dataset, now: situation.now) }
        #expect(situation.totals.officers == perSite.map(\.counts.officers).reduce(0, +))
        #expect(situation.totals.candidatesWithoutDecree == perSite.map(\.figures.candidates.withoutDecree).reduce(0, +))
        #expect(situation.totals.overdueCases == perSite.map(\.figures.overdueCases.count).reduce(0, +))
        #expect(situation.totals.silentSites == 1)
        #expect(situation.worst?.site == "bontang")
        var replay = Replay(model: model, size: Size(width: 120, height: 40))
        let frame = replay.frame().lines.joined(separator: "\n")
        #expect(frame.contains("\(situation.totals.officers)"))
        let worstLine = try #require(frame.split(separator: "\n").first { $0.contains("Kota Bontang —") })
        #expect(worstLine.contains("DIAM"))
    }

    @Test func enterNarrowsEveryViewToTheSiteAndEscapeWidens() throws {
        let (model, sites) = Self.province()
        var replay = Replay(model: model, size: Size(width: 120, height: 40))
        // The Wilayah view lists the worst first: Enter on its first row narrows to it.
        replay.run("8 Enter")
        #expect(replay.session.state.site == "bontang")
        #expect(replay.session.state.view == .overview)
        let layout = replay.session.layout(at: replay.now)
        let own = DashboardModel(reading: sites[1].reading, now: replay.now)
        #expect(layout.input.model.situation.counts.officers == own.situation.counts.officers)
        #expect(layout.input.model.situation.figures.candidates.withoutDecree == own.situation.figures.candidates.withoutDecree)
        #expect(layout.input.model.situation.figures.overdueRequests.count == own.situation.figures.overdueRequests.count)
        // The narrowed overview is the site's own overview below the header.
        var alone = Replay(model: own, size: Size(width: 120, height: 40))
        #expect(Array(replay.frame().lines[3...38]) == Array(alone.frame().lines[3...38]))
        #expect(replay.frame().lines[0].contains("wilayah 2/3"))
        // Every view is narrowed: the officers list has no Wilayah column.
        replay.run("2")
        #expect(!replay.frame().lines[3].contains("Wilayah"))
        replay.run("Esc")
        #expect(replay.session.state.site == nil)
        #expect(replay.frame().lines[3].contains("Wilayah"))
    }

    @Test func listsGainAWilayahColumnAndFilterBySite() throws {
        let (model, sites) = Self.province()
        var replay = Replay(model: model, size: Size(width: 120, height: 40))
        replay.run("2")
        let input = replay.session.layout(at: replay.now).input
        let table = try #require(SiteTable(inner: OfficersView()).table(input))
        #expect(table.fields.first?.key == "site")
        #expect(table.count == sites.map { DashboardModel(reading: $0.reading, now: replay.now).situation.counts.officers }.reduce(0, +))
        // Filter by the Wilayah column's value: only that site's officers remain.
        var state = replay.session.state
        state.conditions[.officers] = [FieldCondition(key: "site", value: "Kota Bontang")]
        let filtered = FrameRenderer.input(replay.session.model, state: state, style: FrameStyle(language: .id), now: replay.now)
        let narrowed = try #require(SiteTable(inner: OfficersView()).table(filtered))
        #expect(narrowed.count == DashboardModel(reading: sites[1].reading, now: replay.now).situation.counts.officers)
        #expect((0..<narrowed.count).allSatisfy { narrowed.text($0, 0) == "Kota Bontang" })
    }

    @Test func theKioskShowsSitesOnlyAsCounts() {
        var replay = Replay(model: Self.province().model, options: .init(kiosk: true), size: Size(width: 120, height: 40))
        let frame = replay.frame().lines.joined(separator: "\n")
        #expect(frame.contains("3 wilayah · 1 diam > 1 hari"))
        for name in ["Balikpapan", "Bontang", "Samarinda"] { #expect(!frame.contains(name)) }
    }

    /// The Wilayah view and the province's overview at 80×24 and 120×40 in both languages.
    @Test(arguments: [(ViewID.sites, 80, 24), (.sites, 120, 40), (.overview, 80, 24), (.overview, 120, 40)], Language.allCases)
    func provinceFramesMatchTheirReferences(_ c: (view: ViewID, width: Int, height: Int), _ language: Language) throws {
        let grid = FrameRenderer(language: language).render(Self.province().model, state: UIState(view: c.view), width: c.width, height: c.height)
        let name = c.view == .sites ? "wilayah" : "province-overview"
        try GoldenFrameTests.compare(grid, toReference: "\(name)-\(language.rawValue)-\(c.width)x\(c.height).txt")
    }
}
