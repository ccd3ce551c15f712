import Foundation
import Testing
@testable import NetraCore

/// Deadlines are counted in the zone KPU wrote them in; pension rights of a candidate
/// are judged on the dates the dismissal may take effect; a candidate who retires by
/// age first needs no resignation.
@Suite struct DeadlineRuleTests {
    func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }

    func situation(office zone: TimeZone, officers: [Officer] = [], requests: [RetirementRequest] = [], at iso: String) -> Situation {
        var data = dataset(officers: officers, requests: requests)
        data.settings.timeZone = zone
        return Situation(dataset: data, now: at(iso))
    }

    @Test(arguments: [wib, wita, wit])
    func hMinusNIsTheSameDayLabelInEveryOfficeZone(_ office: TimeZone) {
        // 26 Sep 23:30 WIB = 27 Sep 00:30 WITA = 27 Sep 01:30 WIT: H-7 to 3 Oct everywhere.
        #expect(situation(office: office, at: "2023-09-26T23:30:00+07:00").resignationDeadline?.countdown.dayLabel == "H-7")
        // The last minutes: 3 Oct 23:30 WIB is 4 Oct in WITA and WIT, still H-0.
        let last = situation(office: office, at: "2023-10-03T23:30:00+07:00").resignationDeadline?.countdown
        #expect(last?.dayLabel == "H-0")
        #expect(last?.exactLabel == "0d 00:29:00")
        #expect(last?.hasPassed == false)
        // One minute past 23:59 WIB it has passed, whatever the office's clock says.
        let after = situation(office: office, at: "2023-10-04T00:00:30+07:00").resignationDeadline?.countdown
        #expect(after?.hasPassed == true)
        #expect(after?.dayLabel == "H+1")
        #expect(situation(office: office, at: "2023-10-04T00:00:30+07:00").resignationDeadline?.day == d(2023, 10, 3))
    }

    @Test func scheduleRemembersTheZoneEachTimeWasWrittenIn() throws {
        let text = """
        timezone = "WITA"
        resignation_deadline = "a"
        [[stage]]
        id = "a"
        start = 2023-09-24T00:00:00+07:00
        end = 2023-10-03T23:59:00+07:00
        [[stage]]
        id = "b"
        start = 2024-11-24
        end = 2024-11-26
        """
        let schedule = try #require(TOMLFiles.schedule(bytes(text)).value)
        #expect(schedule.stage(id: "a")?.endZone?.secondsFromGMT() == 7 * 3600)
        #expect(schedule.stage(id: "b")?.endZone?.secondsFromGMT() == 8 * 3600)
        // The Pilkada quiet period from 00:00 local (WITA).
        #expect(schedule.stage(id: "b")?.start == at("2024-11-24T00:00:00+08:00"))
    }

    @Test func missedDeadlineSaysWhichDateAndWhoIsFixed() {
        let officers = [Officer(nip: candidateNIP, name: "A", candidacy: .dct), Officer(nip: youngNIP, name: "B", candidacy: .dcs)]
        let alerts = situation(office: wita, officers: officers, at: "2023-10-05T09:00:00+08:00").alerts
        #expect(alerts.map(\.kind) == [.candidateMissedDeadline, .candidateMissedDeadline])
        #expect(alerts.map(\.severity) == [.critical, .warning])
        #expect(alerts.map(\.date) == [d(2023, 10, 3), d(2023, 10, 3)])
    }

    @Test func pensionWithoutEffectiveDateIsJudgedOnBothDates() {
        // Born 15 Oct 1973, in service since Jan 2000: 49 on 3 Oct 2023, 50 by
        // 30 Nov 2023 (the end of the month the DCT is fixed in).
        let officer = Officer(nip: nip("197310152000011001"), name: "C", candidacy: .dct)
        let status = situation(office: wita, officers: [officer], at: "2023-05-23T10:00:00+08:00").candidates.first
        #expect(status?.pension.verdict == .dependsOnEffectiveDate)
        #expect(status?.pension.byDate.map(\.date) == [d(2023, 10, 3), d(2023, 11, 30)])
        #expect(status?.pension.byDate.map(\.verdict) == [.withoutPension, .withPension])
        // Twenty years of service exactly on 1 Nov 2023 (TMT CPNS Nov 2003).
        let junior = Officer(nip: nip("197001012003111001"), name: "D", candidacy: .dct)
        let assessed = PensionAssessment(officer: junior, on: d(2023, 10, 3), orOn: d(2023, 11, 30))
        #expect(assessed.verdict == .dependsOnEffectiveDate)
        #expect(assessed.byDate.map(\.serviceYears) == [19, 20])
        // With a stated effective date there is one verdict.
        let request = RetirementRequest(nip: officer.nip, kind: .resignation, filedOn: d(2023, 6, 1), stage: .filed, effectiveOn: d(2023, 11, 1))
        let stated = situation(office: wita, officers: [officer], requests: [request], at: "2023-06-02T10:00:00+08:00").candidates.first?.pension
        #expect(stated?.verdict == .withPension)
        #expect(stated?.byDate.isEmpty == true)
        // Both dates agree: no "depends".
        #expect(PensionAssessment(officer: Officer(nip: candidateNIP, name: "E"), on: d(2023, 10, 3), orOn: d(2023, 11, 30)).verdict == .withPension)
    }

    @Test func fiftyYearsExactlyOnTheDayCounts() {
        // Born 1 Jul 1973 (the 1st of a month), service since Jul 2003.
        let edge = Officer(nip: nip("197307012003071001"), name: "F")
        #expect(PensionAssessment(officer: edge, on: d(2023, 6, 30)).verdict == .withoutPension)
        #expect(PensionAssessment(officer: edge, on: d(2023, 7, 1)).verdict == .withPension)
        // Born on the last day of a month.
        let last = Officer(nip: nip("197303312003031001"), name: "G")
        #expect(PensionAssessment(officer: last, on: d(2023, 3, 30)).age == 49)
        #expect(PensionAssessment(officer: last, on: d(2023, 3, 31)).verdict == .withPension)
    }

    @Test func candidateWhoRetiresByAgeFirstNeedsNoResignation() {
        // Born 10 Aug 1965, BUP 58 → TMT 1 Sep 2023, before the 3 Oct deadline.
        let officer = Officer(nip: nip("196508101990031001"), name: "H", candidacy: .bacaleg)
        let s = situation(office: wita, officers: [officer], at: "2023-05-23T10:00:00+08:00")
        #expect(s.alerts.map(\.kind) == [.candidateRetiresFirst])
        #expect(s.alerts.map(\.severity) == [.info])
        #expect(s.alerts.first?.date == d(2023, 9, 1))
        #expect(s.candidates.first?.isResolved == true)
        #expect(s.elections.first?.unresolved == 0)
        // After the deadline: no "missed" line (the pension decree is his dismissal).
        #expect(!situation(office: wita, officers: [officer], at: "2023-10-10T10:00:00+08:00").alerts.contains { $0.kind == .candidateMissedDeadline })
        // One whose TMT comes after the deadline still has to resign.
        let later = Officer(nip: nip("196511101990031001"), name: "I", candidacy: .bacaleg)  // TMT 1 Dec 2023
        #expect(situation(office: wita, officers: [later], at: "2023-05-23T10:00:00+08:00").alerts.map(\.kind) == [.candidateWithoutRequest])
    }
}
