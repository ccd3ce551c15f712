import Foundation
import Testing
@testable import NetraCore

/// Pending retirements count officers once; a TMT that passed without a decree is the
/// most urgent case.
@Suite struct PendingRetirementTests {
    func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }
    let pastNIP = nip("196503101990031002")     // born 10 Mar 1965, BUP 58 → TMT 1 Apr 2023
    let soonNIP = nip("196507091988031001")     // born 9 Jul 1965 → TMT 1 Aug 2023
    let story = "2023-05-23T10:00:00+08:00"

    @Test func pendingRequestsComeMostUrgentFirstThenOldestFirstTiesInFileOrder() {
        // Forty officers, each with one pending request filed on one of a few days, so
        // deadlines and filing days repeat and ties must keep the file's order.
        let officers = (0..<40).map { i in Officer(nip: nip(String(format: "1970031419960310%02d", i + 1)), name: "Pegawai \(i)") }
        let kinds: [RequestKind] = [.resignation, .early, .age]
        let requests = officers.enumerated().map { i, officer in
            RetirementRequest(nip: officer.nip, kind: kinds[i % 3], filedOn: d(2023, 3 + i % 2, 1 + (i * 7) % 20),
                              stage: [.filed, .verified, .sent][i % 3], line: i + 2)
        }
        let pending = Situation(dataset: dataset(officers: officers, requests: requests), now: at(story)).pendingRequests
        #expect(pending.count == 40)
        let keys = pending.map { ($0.deadline?.secondsLeft ?? Int.max, $0.request.filedOn.dayNumber, $0.request.line) }
        for (a, b) in zip(keys, keys.dropFirst()) { #expect(a < b, "\(a) before \(b)") }
    }

    @Test func pastTMTWithoutDecreeIsCriticalAndCounted() {
        let data = dataset(officers: [Officer(nip: pastNIP, name: "Lolo")])
        let s = Situation(dataset: data, now: at(story))
        #expect(s.ageRetirements.map(\.isPast) == [true])
        #expect(s.ageRetirements.first?.isPending == true)
        #expect(s.counts.pendingRetirements == 1)
        let alert = s.alerts.first
        #expect(alert?.kind == .pastRetirementAge)
        #expect(alert?.severity == .critical)
        #expect(alert?.date == d(2023, 4, 1))
        #expect(alert?.countdown?.dayLabel == "H+52")
        // netra check names the officer's line.
        let officers = [Officer(nip: pastNIP, name: "Lolo", line: 7)]
        let findings = CheckFindings.timely(Situation(dataset: dataset(officers: officers), now: at(story)), dataset: dataset(officers: officers))
        #expect(lines(findings) == ["officers.csv:7: warning: retirement age 58 reached: TMT pensiun was 2023-04-01 and retirements.csv has no pension request; salary paid after the TMT must be recovered"])
    }

    @Test func onTheTMTItselfTheOfficerIsAlreadyRetired() {
        let data = dataset(officers: [Officer(nip: soonNIP, name: "S")])
        #expect(Situation(dataset: data, now: at("2023-07-31T23:00:00+08:00")).alerts.isEmpty)
        #expect(Situation(dataset: data, now: at("2023-08-01T00:00:00+08:00")).alerts.map(\.kind) == [.pastRetirementAge])
    }

    @Test func decreedPastRetirementsAreGone() {
        let decree = RetirementRequest(nip: pastNIP, kind: .age, filedOn: d(2023, 1, 5), stage: .decreed, effectiveOn: d(2023, 4, 1))
        let s = Situation(dataset: dataset(officers: [Officer(nip: pastNIP, name: "Lolo")], requests: [decree]), now: at(story))
        #expect(s.ageRetirements.isEmpty)
        #expect(s.alerts.isEmpty)
        #expect(s.counts.pendingRetirements == 0)
    }

    @Test func pendingAgeRequestPastItsTMTIsCriticalOnceNotTwice() {
        let request = RetirementRequest(nip: pastNIP, kind: .age, filedOn: d(2023, 2, 1), stage: .sent, line: 4)
        let data = dataset(officers: [Officer(nip: pastNIP, name: "Lolo")], requests: [request])
        let s = Situation(dataset: data, now: at(story))
        #expect(s.alerts.map(\.kind) == [.ageDecreeDue])
        #expect(s.alerts.map(\.severity) == [.critical])
        #expect(s.counts.pendingRetirements == 1)
        #expect(s.pendingRequests.first?.deadline?.hasPassed == true)
        #expect(lines(CheckFindings.timely(s, dataset: data)) == [
            "retirements.csv:4: warning: the age-retirement TMT 2023-04-01 has passed and the pension decree is not issued: salary paid after the TMT must be recovered",
        ])
    }

    @Test func earlyRetirementBeforeTheTMTCoversIt() {
        // Pending early retirement effective 1 Jul, before the BUP TMT of 1 Aug: one officer.
        let early = RetirementRequest(nip: soonNIP, kind: .early, filedOn: d(2023, 5, 2), stage: .verified, effectiveOn: d(2023, 7, 1))
        let s = Situation(dataset: dataset(officers: [Officer(nip: soonNIP, name: "S")], requests: [early]), now: at(story))
        #expect(s.counts.pendingRetirements == 1)
        #expect(s.ageRetirements.map(\.hasRequest) == [true])
        #expect(s.ageRetirements.map(\.isPending) == [false])
        // Effective after the TMT: it does not cover it (the age retirement comes first).
        let late = RetirementRequest(nip: soonNIP, kind: .early, filedOn: d(2023, 5, 2), stage: .verified, effectiveOn: d(2023, 9, 1))
        let t = Situation(dataset: dataset(officers: [Officer(nip: soonNIP, name: "S")], requests: [late]), now: at(story))
        #expect(t.counts.pendingRetirements == 1)
        #expect(t.ageRetirements.map(\.isPending) == [true])
    }

    @Test func ageRequestsAreWatchedAgainstTheirTMTNotWorkingDays() {
        let filed = d(2023, 4, 3)
        let request = RetirementRequest(nip: soonNIP, kind: .age, filedOn: filed, stage: .filed, effectiveOn: d(2023, 8, 1))
        let data = dataset(officers: [Officer(nip: soonNIP, name: "S")], requests: [request])
        func kinds(_ iso: String) -> [Alert.Kind] { Situation(dataset: data, now: at(iso)).alerts.map(\.kind) }
        func severity(_ iso: String) -> Alert.Severity? { Situation(dataset: data, now: at(iso)).alerts.first?.severity }
        // Seven weeks after filing: no working-day alert for an age request.
        #expect(kinds(story).isEmpty)
        #expect(Situation(dataset: data, now: at(story)).pendingRequests.first?.lastAllowedDay == nil)
        #expect(severity("2023-07-01T10:00:00+08:00") == nil)        // H-31
        #expect(severity("2023-07-02T10:00:00+08:00") == .warning)    // H-30
        #expect(severity("2023-07-25T10:00:00+08:00") == .critical)   // H-7
        #expect(severity("2023-08-02T10:00:00+08:00") == .critical)   // after the TMT
    }
}
