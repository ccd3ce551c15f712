import Foundation
import Testing
@testable import NetraCore

/// The overview's panels are pure functions of the situation.
@Suite struct SummariesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test func manyAlertsOfOneKindCollapseIntoOneLineWithTheLongestOverdue() {
        let overdue = (1...5).map { Alert(kind: .caseOverdue, severity: .warning, caseID: "K-\($0)", days: [3, 128, 7, 1, 40][$0 - 1]) }
        let single = Alert(kind: .candidateWithoutRequest, severity: .critical, nip: candidateNIP)
        let two = (1...2).map { Alert(kind: .processingOverdue, severity: .warning, nip: youngNIP, days: 20 + $0) }
        let lines = AlertLine.grouping([single] + overdue + two, threshold: 3)
        #expect(lines.count == 4)
        #expect(lines[0] == .single(single))
        guard case .group(let group) = lines[1] else { Issue.record("no group: \(lines[1])"); return }
        #expect(group.count == 5)
        #expect(group.worst.caseID == "K-2")       // 128 days
        #expect(group.key == AlertGroup.Key(kind: .caseOverdue, severity: .warning))
        #expect(lines[2] == .single(two[0]) && lines[3] == .single(two[1]))  // below the threshold: one per line
    }

    @Test func alertsOfTwoElectionsNeverShareAGroupLine() {
        // Three Pemilu and three Pilkada candidates without a request: two lines, each
        // quoting its own election's countdown, never one line with the Pemilu's H-N.
        let pemilu = (1...3).map { _ in Alert(kind: .candidateWithoutRequest, severity: .warning, nip: candidateNIP, election: "pemilu") }
        let pilkada = (1...3).map { _ in Alert(kind: .candidateWithoutRequest, severity: .warning, nip: youngNIP, election: "pilkada") }
        let lines = AlertLine.grouping(pemilu + pilkada)
        #expect(lines.count == 2)
        guard case .group(let first) = lines[0], case .group(let second) = lines[1] else { Issue.record("not two groups: \(lines)"); return }
        #expect(first.alerts.allSatisfy { $0.election == "pemilu" } && second.alerts.allSatisfy { $0.election == "pilkada" })
        #expect(first.key != second.key)
    }

    @Test func aGroupSortsWhereItsFirstAlertWas() {
        let a = (1...3).map { Alert(kind: .caseDueSoon, severity: .info, caseID: "D-\($0)") }
        let critical = Alert(kind: .caseOverdue, severity: .critical, caseID: "C-1", days: 2)
        let lines = AlertLine.grouping([critical] + a)
        #expect(lines.map(\.severity) == [.critical, .info])
        #expect(lines[1].leading.caseID == "D-1")
    }

    @Test func candidatesAreTalliedByTheirDecisiveRequest() {
        let officers = (0..<6).map { Officer(nip: nip("19700314199603100\($0 + 1)"), name: "C\($0)", candidacy: .bacaleg) }
        let stages: [RequestStage?] = [nil, .filed, .sent, .decreed, .rejected, nil]
        let requests = zip(officers, stages).compactMap { o, stage in
            stage.map { RetirementRequest(nip: o.nip, kind: .resignation, filedOn: day(2023, 5, 10), stage: $0) }
        }
        let situation = Situation(dataset: dataset(officers: officers, requests: requests), now: at("2023-05-23T10:00:00+08:00"))
        let tally = CandidateTally(situation.candidates)
        #expect(tally.total == 6)
        #expect(tally.decreed == 1 && tally.rejected == 1 && tally.notFiled == 2)
        #expect(tally.inProcess == [.filed: 1, .sent: 1])
        #expect(tally.withoutDecree == 5)
    }

    @Test func casesAreSummedByStatusAndSourceWithTheOldestOpen() {
        let officer = Officer(nip: candidateNIP, name: "Calon", unit: "Dinas A", candidacy: .bacaleg)
        let cases = [
            NeutralityCase(id: "A", nip: candidateNIP, reportedOn: day(2023, 5, 1), source: .kipp, status: .new),
            NeutralityCase(id: "B", nip: nil, reportedOn: day(2023, 4, 1), source: .bawaslu, status: .review, dueOn: day(2023, 4, 10)),
            NeutralityCase(id: "C", nip: nil, reportedOn: day(2023, 3, 1), source: .public, status: .closed),
        ]
        let situation = Situation(dataset: dataset(officers: [officer], cases: cases), now: at("2023-05-23T10:00:00+08:00"))
        let summary = CaseSummary(situation.cases, today: situation.today)
        #expect(summary.open == 2 && summary.overdue >= 1)
        #expect(summary.openBySource == [.kipp: 1, .bawaslu: 1])
        #expect(summary.openByStatus == [.new: 1, .review: 1])
        #expect(summary.oldestOpen?.item.id == "B")
        #expect(summary.touchingCandidates == 1)
        // Units: the candidate's unit has the candidate and the case; a case about nobody
        // known is no unit that needs attention: it is counted apart.
        let units = UnitAttention.ranking(situation)
        #expect(units.first?.unit == "Dinas A" && units.first?.total == 2)
        #expect(units.allSatisfy { !$0.unit.isEmpty && $0.unit != "—" })
        #expect(UnitAttention.unitless(situation)?.openCases == 1)
    }

    @Test func leavingCountsEachOfficerOnceInTheMonthTheyLeave() {
        // Born 15 Jun 1965: BUP 58 → TMT 1 Jul 2023.
        let retiring = Officer(nip: nip("196506151990031002"), name: "Pensiun", retirementAge: 58)
        let early = Officer(nip: youngNIP, name: "Dini")
        let requests = [
            RetirementRequest(nip: youngNIP, kind: .early, filedOn: day(2023, 5, 2), stage: .filed, effectiveOn: day(2023, 9, 1)),
            RetirementRequest(nip: retiring.nip, kind: .age, filedOn: day(2023, 5, 2), stage: .filed, effectiveOn: day(2023, 7, 1)),
        ]
        let situation = Situation(dataset: dataset(officers: [retiring, early], requests: requests), now: at("2023-05-23T10:00:00+08:00"))
        let months = RetirementCalendar.perMonth(situation, months: 12)
        #expect(months.count == 12)
        #expect(months[0].month == day(2023, 5, 1))
        #expect(months.map(\.count) == [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0])
    }
}
