import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The words the retirement and election rules put on screen: deadlines in the zone
/// KPU wrote them in, a passed deadline said plainly, what a missed one means.
@Suite struct RuleWordsTests {
    func overview(at iso: String, language: Language = .id) -> [String] {
        FrameRenderer(language: language).render(demoModel(at: iso), state: UIState(view: .overview), width: 120, height: 40).lines
    }

    @Test func deadlineShowsBothZonesAndEachElection() {
        let lines = overview(at: "2023-05-23T10:00:00+08:00")
        // The candidates panel: each election's H-N beside its name, the deadline as written.
        #expect(lines.contains { $0.contains("Pemilu DPRD 2024") && $0.contains("H-133") })
        #expect(lines.contains { $0.contains("batas 3 Okt 2023 23:59 WIB (4 Okt 00:59 WITA)") })
        #expect(lines.contains { $0.contains("Pilkada Kota Balikpapan 2024") && $0.contains("H-488") })
        #expect(lines.contains { $0.contains("batas 22 Sep 2024 23:59 WITA") })
    }

    @Test func passedDeadlineSaysSoAndWhatFollows() throws {
        let lines = overview(at: "2023-10-05T09:00:00+08:00")
        #expect(lines.contains { $0.contains("Pemilu DPRD 2024") && $0.contains("LEWAT H+2") })
        #expect(lines.contains { $0.contains("tepat waktu 0 · terlewat 4") })
        // The missed candidates are one group line; expanded, each says what follows.
        #expect(lines.contains { $0.contains("4 calon lewat batas tanpa SK") })
        var state = UIState(view: .overview)
        // A group is one election's (the Pemilu's here).
        let missed = try #require(demoModel(at: "2023-10-05T09:00:00+08:00").situation.alerts.first { $0.kind == .candidateMissedDeadline })
        state.expanded = [AlertGroup.Key(kind: .candidateMissedDeadline, severity: .warning, election: missed.election)]
        let expanded = FrameRenderer(language: .id).render(demoModel(at: "2023-10-05T09:00:00+08:00"), state: state, width: 160, height: 50).lines
        #expect(expanded.contains { $0.contains("Irwan Saputra (bacaleg): batas SK 3 Okt 2023 lewat tanpa SK") })
        let detail = OverviewView().detail(of: .alertMember(AlertSubject(kind: .candidateMissedDeadline,
                                                                          nip: try #require(demoModel().dataset.officers.first { $0.name == "Irwan Saputra" }).nip, caseID: nil)),
                                           ViewInput(model: demoModel(at: "2023-10-05T09:00:00+08:00"), state: state, style: FrameStyle(language: .id),
                                                     now: demoModel(at: "2023-10-05T09:00:00+08:00").situation.now))
        #expect(detail?.fields.first?.value.contains("tidak masuk DCT (TMS)") == true)
        let english = overview(at: "2023-10-05T09:00:00+08:00", language: .en)
        #expect(english.contains { $0.contains("Pemilu DPRD 2024") && $0.contains("PASSED H+2") })
    }

    @Test func fixedCandidateWhoMissedItIsToldTheConsequence() {
        let text = UIText.table(for: .en)
        let alert = Alert(kind: .candidateMissedDeadline, severity: .critical, date: CivilDate(year: 2023, month: 10, day: 3))
        #expect(text.sentence(for: alert, name: "A", candidacy: .dct)
                == "A (DCT): deadline 3 Oct 2023 passed without a dismissal decree — a PNS who does not resign is dismissed, not honourably")
    }

    @Test func pensionJudgedOnTwoDatesShowsBoth() {
        let officer = Officer(nip: try! NIP.parse("197310152000011001").get(), name: "C")
        let p = PensionAssessment(officer: officer, on: CivilDate(year: 2023, month: 10, day: 3)!, orOn: CivilDate(year: 2023, month: 11, day: 30)!)
        #expect(UIText.table(for: .id).pensionDetail(p) == "bergantung TMT — 3 Okt 2023: tanpa pensiun; 30 Nov 2023: dengan pensiun")
    }

    @Test func retirementDetailSaysWhereTheAgeCameFrom() {
        let model = demoModel()
        let text = UIText.table(for: .id)
        let teacher = model.dataset.roster[try! NIP.parse("197608222003122001").get()]!
        #expect(text.retirementDetail(teacher) == "1 Sep 2036 (BUP 60, dari jabatan: guru)")
        let pppk = model.dataset.roster[try! NIP.parse("199104172022211004", employment: .pppk).get()]!
        #expect(text.retirementDetail(pppk) == "akhir perjanjian kerja 1 Mei 2049 (58, dari jabatan: jabatan lain)")
    }
}
