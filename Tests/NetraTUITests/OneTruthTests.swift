import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// One truth on every surface (issue 20): for the demo, a seeded two-election city and
/// a seeded city of 5,000 officers (overdue requests, cases at every stage, a late
/// circular), every figure the overview shows equals the count of the matching list
/// filter, the rows of the matching `netra export` filter and the number in `netra
/// check --format json`; and each candidate's deadline and H-N agree across the list,
/// the detail pane, the export, the alert and the JSON.
@Suite struct OneTruthTests {
    static let folders: [(name: String, model: DashboardModel)] = [
        ("demo", demoModel()),
        ("two-election city", SeededFolder(officers: 400, seed: 7).model()),
        ("city of 5,000", SeededFolder(officers: 5000, units: 40, seed: 2023).model()),
    ]

    // MARK: Surfaces

    static func input(_ model: DashboardModel, _ view: ViewID, filter: Int) -> ViewInput {
        var state = UIState(view: view)
        state.filter[view] = filter
        return ViewInput(model: model, state: state, style: FrameStyle(language: .en), now: model.situation.now)
    }

    /// The rows a list shows under its named filter `filter` (the `F` picker's choice).
    static func listCount(_ model: DashboardModel, _ view: ViewID, filter: Int) -> Int {
        let shown = input(model, view, filter: filter)
        return view.room.table(shown)?.count ?? view.room.rowIDs(shown).count
    }

    /// `netra export --view VIEW --filter NAME --format json`, in process.
    static func export(_ model: DashboardModel, _ view: ViewID, filter: String) throws -> [[String: String]] {
        let bytes = try ListExporter.export(model, view: view, language: .en, filters: [filter], sort: nil, format: .json)
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: String]])
    }

    /// `netra check --format json`, with the dashboard's sentences.
    static func check(_ model: DashboardModel) throws -> [String: Any] {
        let report = CheckReport(folder: ".", reading: model.reading, now: model.situation.now)
        let text = report.json(.en, wording: UIText.alertWording(model.dataset.roster))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: Figures

    @Test(arguments: folders.indices)
    func everyFigureReadsTheSameOnEverySurface(_ index: Int) throws {
        let (name, model) = Self.folders[index]
        let s = model.situation, f = s.figures
        let overview = OverviewFigures(s)
        let json = try Self.check(model)
        let figures = try #require(json["figures"] as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])

        // Overdue cases: one set, by the stage each case is in.
        let overdueIDs = Set(f.overdueCases.map(\.item.id))
        if index > 0 {
            // The seeded folders hold what the surfaces must agree on.
            #expect(CaseStage.allCases.allSatisfy { stage in s.cases.contains { $0.stage == stage } }, "\(name): every stage")
            #expect(CaseClock.allCases.allSatisfy { !f.overdueCases($0).isEmpty }, "\(name): overdue on every clock")
            #expect(!f.overdueRequests.isEmpty, "\(name): overdue requests")
        }
        #expect(!overdueIDs.isEmpty, "\(name): the folder has overdue cases")
        #expect(overview.cases.overdue == overdueIDs.count, "\(name)")
        #expect(Self.listCount(model, .cases, filter: CasesView.Filter.overdue.rawValue) == overdueIDs.count, "\(name)")
        let exported = try Self.export(model, .cases, filter: "overdue")
        #expect(Set(exported.compactMap { $0["id"] }) == overdueIDs, "\(name)")
        let jsonOverdue = try #require(figures["overdueCases"] as? [String: Any])
        #expect(jsonOverdue["total"] as? Int == overdueIDs.count, "\(name)")
        let byClock = ["bawaslu", "recommendation", "ppk"].flatMap { jsonOverdue[$0] as? [String] ?? [] }
        #expect(Set(byClock) == overdueIDs && byClock.count == overdueIDs.count, "\(name)")
        // …and the alerts name the same cases: every overdue case has an alert, and every
        // alert that says "past its date" is about an overdue case.
        let alerted = Set(s.alerts.compactMap(\.caseID))
        #expect(overdueIDs.isSubset(of: alerted), "\(name): \(overdueIDs.subtracting(alerted))")
        let saysOverdue = s.alerts.filter {
            $0.kind == .caseOverdue || $0.kind == .caseAwaitingRecommendation || ($0.kind == .casePPKDecisionDue && $0.countdown?.hasPassed == true)
        }
        #expect(Set(saysOverdue.compactMap(\.caseID)).isSubset(of: overdueIDs), "\(name)")
        // The text of `netra check` names them too.
        let report = CheckReport(folder: ".", reading: model.reading, now: s.now)
        let line = try #require(report.overdueCasesLine(.en))
        #expect(line.hasPrefix("overdue cases: \(overdueIDs.count)"), "\(name)")

        // Open cases.
        #expect(overview.cases.open == f.openCases, "\(name)")
        #expect(Self.listCount(model, .cases, filter: CasesView.Filter.open.rawValue) == f.openCases, "\(name)")
        #expect(try Self.export(model, .cases, filter: "open").count == f.openCases, "\(name)")
        #expect(summary["openCases"] == f.openCases && figures["openCases"] as? Int == f.openCases, "\(name)")

        // Overdue requests.
        #expect(overview.overdueRequests == f.overdueRequests.count, "\(name)")
        #expect(Self.listCount(model, .retirements, filter: RetirementsView.Filter.overdue.rawValue) == f.overdueRequests.count, "\(name)")
        #expect(try Self.export(model, .retirements, filter: "overdue").count == f.overdueRequests.count, "\(name)")
        #expect(figures["overdueRequests"] as? Int == f.overdueRequests.count, "\(name)")
        #expect(s.alerts.filter { $0.kind == .processingOverdue }.count == f.overdueRequests.count, "\(name)")

        // Candidates without a decree, and per election.
        let without = f.candidates.withoutDecree
        #expect(overview.withoutDecree == without, "\(name)")
        #expect(Self.listCount(model, .officers, filter: OfficersView.Filter.candidatesWithoutDecree.rawValue) == without, "\(name)")
        #expect(try Self.export(model, .officers, filter: "candidatesWithoutDecree").count == without, "\(name)")
        #expect(figures["candidatesWithoutDecree"] as? Int == without, "\(name)")
        let elections = try #require(figures["elections"] as? [[String: Any]])
        #expect(elections.count == overview.tallies.count, "\(name)")
        for (entry, tally) in zip(elections, overview.tallies) {
            #expect(entry["id"] as? String == tally.election.election.id)
            #expect(entry["candidates"] as? Int == tally.tally.total && entry["withoutDecree"] as? Int == tally.tally.withoutDecree, "\(name)")
        }
        #expect(Self.listCount(model, .officers, filter: OfficersView.Filter.candidates.rawValue) == summary["candidates"], "\(name)")

        // Pending retirements and those past their TMT.
        #expect(summary["pendingRetirements"] == f.pendingRetirements && figures["pendingRetirements"] as? Int == f.pendingRetirements, "\(name)")
        #expect(overview.pastTMT.count == f.pastRetirementAge && figures["pastRetirementAge"] as? Int == f.pastRetirementAge, "\(name)")

        // The circular: its lateness is an alert, counted in "needs action".
        let circular = try #require(f.circular, "\(name)")
        #expect(overview.circular == circular)
        #expect(circular.late > 0, "\(name): the seeded circular is late")
        let jsonCircular = try #require(figures["circular"] as? [String: Any])
        #expect(jsonCircular["unitsLate"] as? Int == circular.late && jsonCircular["unitsDone"] as? Int == circular.done, "\(name)")
        let late = try #require(s.alerts.first { $0.kind == .circularLate && $0.circularID == circular.circularID }, "\(name)")
        #expect(late.units == circular.late && late.days == -(circular.daysToDue ?? 0), "\(name)")
        #expect(Self.listCount(model, .circulars, filter: CircularsView.Filter.late.rawValue) == f.lateCirculars.count, "\(name)")

        // Every kiosk page's big numbers: the same figures.
        let kiosk = Self.input(model, .overview, filter: 0), words = kiosk.text
        let expected: [String: Int] = [
            words.kiosk(.candidates): summary["candidates"]!,
            words.kiosk(.withoutDecree): Self.listCount(model, .officers, filter: OfficersView.Filter.candidatesWithoutDecree.rawValue),
            words.kiosk(.decreed): f.candidates.decreed,
            words.kiosk(.openCases): Self.listCount(model, .cases, filter: CasesView.Filter.open.rawValue),
            words.kiosk(.overdueCases): Self.listCount(model, .cases, filter: CasesView.Filter.overdue.rawValue),
            words.kiosk(.inProcess): summary["pendingRetirements"]!,
        ]
        var compared = 0
        for page in KioskPage.allCases {
            for figure in KioskPublicPages.figures(page, kiosk) {
                guard let value = expected[figure.label] else { continue }
                #expect(figure.value == value, "\(name): kiosk \(page) \(figure.label)")
                compared += 1
            }
        }
        #expect(compared == 9, "\(name): every counted figure of every page was compared")

        // "needs action" in the JSON is the text's line, alert for alert.
        let needs = try #require(json["needsAction"] as? [String: Int])
        for severity in Alert.Severity.allCases {
            #expect(needs[severity.name] == s.alerts.filter { $0.severity == severity }.count, "\(name)")
        }
        let critical = s.alerts.filter { $0.severity == .critical }.count
        #expect(report.alertLine(.en).hasPrefix("needs action: \(critical) critical ("), "\(name)")
        #expect(report.alertLine(.en).contains("with units late"), "\(name)")
    }

    // MARK: Deadlines beside a person

    @Test(arguments: folders.indices)
    func eachCandidateHasHisOwnElectionsDeadlineEverywhere(_ index: Int) throws {
        let (name, model) = Self.folders[index]
        let s = model.situation
        let json = try Self.check(model)
        let jsonCandidates = try #require(json["candidates"] as? [[String: Any]])
        let jsonByNIP = Dictionary(jsonCandidates.map { ($0["nip"] as! String, $0) }, uniquingKeysWith: { a, _ in a })
        let exported = try Self.export(model, .officers, filter: "candidates")
        let exportByNIP = Dictionary(exported.map { ($0["nip"]!, $0) }, uniquingKeysWith: { a, _ in a })
        let listInput = Self.input(model, .officers, filter: OfficersView.Filter.candidates.rawValue)
        let fields = OfficersView().fields(listInput)
        let sisa = try #require(fields.first { $0.spec.key == "deadline" })
        var elections = Set<String>()
        for c in s.candidates {
            let nip = c.officer.nip.description
            let deadline = try #require(c.deadline, "\(name): \(c.officer.name) has an election with a deadline")
            // Never the primary election's for a Pilkada hopeful.
            let own = try #require(s.elections.first { $0.election.id == c.election?.id })
            #expect(own.deadline?.stage.id == deadline.stage.id)
            elections.insert(own.election.id)
            let label = deadline.countdown.dayLabel
            let shown = c.isResolved ? String(FrameStyle(language: .en).glyphs.done) : label
            #expect(sisa.text(c.officer) == shown, "\(name): list, \(c.officer.name)")
            #expect(exportByNIP[nip]?["deadline"] == shown, "\(name): export, \(c.officer.name)")
            let entry = try #require(jsonByNIP[nip]?["deadline"] as? [String: Any], "\(name): JSON, \(c.officer.name)")
            #expect(entry["countdown"] as? String == label && entry["day"] as? String == deadline.day.description, "\(name)")
            #expect(entry["zone"] as? String == deadline.countdown.zoneName)
            for alert in s.alerts where alert.nip == c.officer.nip && alert.election != nil {
                #expect(alert.countdown?.dayLabel == label, "\(name): alert \(alert.kind), \(c.officer.name)")
            }
            // The detail pane: the deadline as written, and H-N.
            let detail = Overlays.officerFields(c.officer, listInput)
            let line = try #require(detail.first { $0.value.contains(listInput.time.stamp(deadline.stage.end, writtenIn: deadline.countdown.zone)) },
                                    "\(name): detail, \(c.officer.name)")
            #expect(line.value.hasSuffix("· \(shown)"), "\(name): detail, \(c.officer.name)")
        }
        if index > 0 { #expect(elections.count == 2, "\(name): candidates under both elections") }
    }

    @Test func hasanBasriIsHMinus488Everywhere() throws {
        let model = demoModel()
        let hasan = try #require(model.situation.candidates.first { $0.officer.name == "Hasan Basri" })
        #expect(hasan.deadline?.countdown.dayLabel == "H-488")
        let row = try #require(try Self.export(model, .officers, filter: "candidates").first { $0["name"]?.contains("Hasan Basri") == true })
        #expect(row["deadline"] == "H-488")
        let detail = Overlays.officerFields(hasan.officer, Self.input(model, .officers, filter: 1))
        #expect(detail.contains { $0.value == "22 Sep 2024 23:59 WITA · H-488" })
        // His alert in the JSON: the sentence in both languages, the deadline as written.
        let json = try Self.check(model)
        let alerts = try #require(json["alerts"] as? [[String: Any]])
        let his = try #require(alerts.first { $0["nip"] as? String == hasan.officer.nip.description && $0["election"] != nil })
        let messages = try #require(his["messages"] as? [String: String])
        #expect(messages["id"] == "Drs. Hasan Basri, M.Si. (bapaslon) belum mengajukan pengunduran diri / pensiun dini")
        #expect(messages["en"] == "Drs. Hasan Basri, M.Si. (bapaslon) has filed no resignation or early retirement")
        let deadline = try #require(his["deadline"] as? [String: Any])
        #expect(deadline["countdown"] as? String == "H-488" && deadline["zone"] as? String == "WITA")
        // A Pemilu candidate's: KPU's WIB as written, and the instant in the office's zone.
        let andi = try #require(alerts.first { $0["nip"] as? String == "197807192005011001" }?["deadline"] as? [String: Any])
        #expect(andi["atAsWritten"] as? String == "2023-10-03T23:59:00+07:00" && andi["zone"] as? String == "WIB")
        #expect(andi["at"] as? String == "2023-10-04T00:59:00+08:00")
        // The late circular, grouped, worded as the issue asks.
        let circular = try #require(alerts.first { $0["kind"] as? String == "circularLate" })
        #expect((circular["messages"] as? [String: String])?["id"] == "14 unit terlambat SE-WALIKOTA-2023 — lewat 4 hari")
        #expect(circular["severity"] as? String == "critical" && circular["units"] as? Int == 14)
    }
}
