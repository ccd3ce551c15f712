import Foundation
import Testing
@testable import NetraCore

/// Cases after Bawaslu: the optional columns, the derived stage, the PPK's due date
/// and the alerts of the chain.
@Suite struct CaseFollowUpTests {
    static let heading = "id,nip,reported_on,source,category,summary,status,forwarded_to,forwarded_on,channel,ref_no,recommendation_on,recommendation_no,sanction,ppk_due,decided_on,decision_no,blocked\n"

    func item(status: CaseStatus = .review, forwarded: Bool = false, recommended: Bool = false, decided: Bool = false,
              blocked: Bool = false) -> NeutralityCase {
        var c = NeutralityCase(id: "K", nip: nil, reportedOn: CivilDate(year: 2023, month: 1, day: 2)!, source: .bawaslu, status: status)
        if forwarded { c.followUp.forwardedOn = CivilDate(year: 2023, month: 1, day: 10) }
        if recommended { c.followUp.recommendationNo = "R-1" }
        if decided { c.followUp.decisionNo = "SK-1" }
        c.followUp.blocked = blocked
        return c
    }

    @Test func stageFromEveryCombinationOfFilledColumns() {
        // (forwarded, recommended, decided, blocked) → stage, for a case whose status says `review`.
        let expected: [([Bool], CaseStage)] = [
            ([false, false, false, false], .atBawaslu), ([true, false, false, false], .forwarded),
            ([false, true, false, false], .recommended), ([true, true, false, false], .recommended),
            ([false, false, true, false], .decided), ([true, false, true, false], .decided),
            ([false, true, true, false], .decided), ([true, true, true, false], .decided),
            ([false, false, false, true], .blocked), ([true, false, false, true], .blocked),
            ([false, true, false, true], .blocked), ([true, true, false, true], .blocked),
            ([false, false, true, true], .blocked), ([true, false, true, true], .blocked),
            ([false, true, true, true], .blocked), ([true, true, true, true], .blocked),
        ]
        #expect(expected.count == 16)
        for (filled, stage) in expected {
            let c = item(forwarded: filled[0], recommended: filled[1], decided: filled[2], blocked: filled[3])
            #expect(CaseStage.of(c) == stage, "filled \(filled)")
        }
    }

    @Test func stageFromTheStatusAloneForFilesOfTheOldFormat() {
        let byStatus: [(CaseStatus, CaseStage)] = [(.new, .reported), (.review, .atBawaslu), (.recommended, .recommended),
                                                   (.sanctioned, .decided), (.closed, .closed), (.dismissed, .closed)]
        for (status, stage) in byStatus { #expect(CaseStage.of(item(status: status)) == stage) }
        // A closing status ends a forwarded case; a decision wins over a closing status.
        #expect(CaseStage.of(item(status: .dismissed, forwarded: true, recommended: true)) == .closed)
        #expect(CaseStage.of(item(status: .closed, decided: true)) == .decided)
        #expect(CaseStage.of(item(status: .new, forwarded: true)) == .forwarded)
    }

    @Test func eachKindOfFactCountsAsFilled() {
        var f = CaseFollowUp()
        #expect(!f.hasFacts)
        f.channel = .siapnet
        #expect(f.isForwarded && !f.isRecommended)
        f = CaseFollowUp(); f.sanction = .medium
        #expect(f.isRecommended)
        f = CaseFollowUp(); f.decidedOn = CivilDate(year: 2023, month: 3, day: 1)
        #expect(f.isDecided)
    }

    @Test func readsTheColumnsInIndonesianAndKeepsTheRowWhenACellIsBad() {
        let text = """
        nomor;nip;tanggal laporan;sumber;kategori;ringkasan;status;diteruskan ke;tanggal diteruskan;saluran;nomor referensi;tanggal rekomendasi;nomor rekomendasi;sanksi;batas ppk;tanggal keputusan;nomor keputusan;diblokir
        A;;01/02/2023;Bawaslu;x;y;klarifikasi;KASN;13/02/2023;SiapNet;SN-1;10/03/2023;R-9;sedang;;;;tidak
        B;;01/02/2023;Bawaslu;x;y;klarifikasi;BKN;13/02/2023;merpati;;;;;;;;
        C;;01/02/2023;Bawaslu;x;y;klarifikasi;KASN;20/01/2023;SBT;;;;;;;;mungkin

        """
        let reading = RecordReaders.cases(bytes(text))
        let cases = try! #require(reading.value)
        #expect(cases.map(\.id) == ["A", "B", "C"])
        let a = cases[0].followUp
        #expect(a.forwardedTo == .kasn && a.channel == .siapnet && a.refNo == "SN-1" && a.sanction == .medium)
        #expect(a.recommendationOn == CivilDate(year: 2023, month: 3, day: 10) && !a.blocked)
        #expect(cases[1].followUp.channel == nil && cases[1].followUp.forwardedTo == .bkn)
        #expect(lines(reading.diagnostics) == [
            "cases.csv:3: warning: unknown saluran 'merpati': expected one of \(CaseChannel.acceptedList)",
            "cases.csv:4: warning: diblokir 'mungkin' is not yes or no (ya/tidak); read as empty",
            "cases.csv:4: warning: tanggal diteruskan is before tanggal laporan: check both dates",
        ])
    }

    @Test func aFileOfTodaysFormatReadsAsBefore() {
        let text = "id,nip,reported_on,source,category,summary,status,due_on\nK1,,01/05/2023,bawaslu,x,y,review,05/05/2023\n"
        let reading = RecordReaders.cases(bytes(text))
        #expect(reading.diagnostics.isEmpty)
        let c = try! #require(reading.value?.first)
        #expect(c.followUp == CaseFollowUp())
        let s = Situation(dataset: Dataset(cases: [c]), now: at("2023-05-10T10:00:00+08:00"))
        #expect(s.cases[0].stage == .atBawaslu && s.cases[0].isOverdue && s.cases[0].daysPastDue == 5)
        #expect(s.alerts.map(\.kind) == [.caseOverdue])
    }

    func situation(_ rows: String, settings: Settings = Settings(), now: String = "2023-05-23T10:00:00+08:00") -> Situation {
        let cases = RecordReaders.cases(bytes(Self.heading + rows)).value!
        return Situation(dataset: Dataset(settings: settings, cases: cases), now: at(now))
    }

    @Test func aForwardedCaseWaitingTooLongForItsRecommendationIsAWarning() {
        // Forwarded 13 Feb, 99 days before 23 May; the Bawaslu due date no longer applies.
        let s = situation("F,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,SiapNet,,,,,,,,\nG,,01/05/2023,bawaslu,x,y,review,KASN,01/05/2023,,,,,,,,,\n")
        #expect(s.cases.map(\.stage) == [.forwarded, .forwarded])
        #expect(s.cases.allSatisfy { !$0.isOverdue })
        #expect(s.alerts.count == 1)
        let alert = try! #require(s.alerts.first)
        #expect(alert.kind == .caseAwaitingRecommendation && alert.severity == .warning && alert.caseID == "F")
        #expect(alert.days == 99 && alert.limit == 30 && alert.date == CivilDate(year: 2023, month: 2, day: 13))
        var longer = Settings()
        longer.cases.forwardedDays = 120
        #expect(situation("F,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,,,,,,,,,\n", settings: longer).alerts.isEmpty)
    }

    @Test func thePPKDecisionNearOrPastDueIsCritical() {
        // ppk_days 14: recommended 10 May → due 24 May (tomorrow); 1 Apr → due 15 Apr (past); 20 May → 3 Jun (warning);
        // an explicit ppk_due far ahead: no alert.
        let s = situation("""
        N,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,,,10/05/2023,,,,,,
        P,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,,,01/04/2023,,,,,,
        W,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,,,20/05/2023,,,,,,
        E,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,,,20/05/2023,,,31/12/2023,,,

        """)
        #expect(s.cases.first { $0.item.id == "N" }?.ppkDue == CivilDate(year: 2023, month: 5, day: 24))
        #expect(s.cases.first { $0.item.id == "E" }?.ppkDue == CivilDate(year: 2023, month: 12, day: 31))
        let byCase = Dictionary(uniqueKeysWithValues: s.alerts.map { ($0.caseID!, $0) })
        #expect(byCase["N"]?.severity == .critical && byCase["N"]?.kind == .casePPKDecisionDue)
        #expect(byCase["P"]?.severity == .critical && byCase["P"]?.days == 38)
        #expect(byCase["W"]?.severity == .warning)
        #expect(byCase["E"] == nil)
        var quick = Settings()
        quick.cases.ppkDays = 3
        let q = situation("W,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,,,20/05/2023,,,,,,\n", settings: quick)
        #expect(q.alerts.first?.severity == .critical && q.alerts.first?.date == CivilDate(year: 2023, month: 5, day: 23))
    }

    @Test func blockedDataIsCriticalAndADecidedCaseIsClosed() {
        let s = situation("""
        B,,01/02/2023,bawaslu,x,y,recommended,KASN,13/02/2023,,,01/03/2023,,ringan,,,,ya
        D,,01/02/2023,bawaslu,x,y,review,KASN,13/02/2023,,,01/03/2023,,,,20/03/2023,SK-4,

        """)
        #expect(s.cases.map(\.stage) == [.blocked, .decided])
        #expect(s.alerts.map(\.kind) == [.caseDataBlocked])
        #expect(s.alerts[0].severity == .critical)
        #expect(s.counts.openCases == 1)
        #expect(CasePipeline(s.cases).blocked == 1)
    }

    @Test func thePipelineCountsTheDemoAtEveryStage() {
        let reading = DataFolder.read(from: MemoryFiles(DemoData.files))
        let s = Situation(dataset: reading.dataset, now: DemoData.storyMoment)
        let pipeline = CasePipeline(s.cases)
        #expect(pipeline.steps.map(\.count) == [2, 1, 2, 1, 2])
        #expect(pipeline.steps.map(\.stage) == [.reported, .atBawaslu, .forwarded, .recommended, .decided])
        #expect(pipeline.blocked == 1)
        #expect(s.alerts.contains { $0.kind == .casePPKDecisionDue && $0.caseID == "NTR-2023-006" && $0.severity == .critical })
        #expect(s.alerts.contains { $0.kind == .caseAwaitingRecommendation && $0.caseID == "NTR-2023-005" })
        #expect(s.alerts.contains { $0.kind == .caseDataBlocked && $0.caseID == "NTR-2022-017" })
    }

    @Test func settingsOfTheCasesTable() {
        let good = TOMLFiles.settings(bytes("[cases]\nppk_days = 3\nforwarded_days = 60\n"))
        #expect(good.diagnostics.isEmpty)
        #expect(good.value?.cases.ppkDays == 3 && good.value?.cases.forwardedDays == 60)
        let bad = TOMLFiles.settings(bytes("[cases]\nppk_days = 0\nforwarded = 2\n"))
        #expect(bad.value?.cases.ppkDays == 14)
        #expect(lines(bad.diagnostics).sorted() == [
            "netra.toml:2: error: ppk_days in [cases] must be a whole number from 1 to 365",
            "netra.toml:3: warning: unknown key 'forwarded' in [cases] (ignored); known keys: forwarded_days, ppk_days",
        ])
        #expect(lines(TOMLFiles.settings(bytes("cases = 3\n")).diagnostics) == ["netra.toml:1: error: cases must be a table: [cases]"])
    }
}
