import Foundation
import Testing
@testable import NetraCore

let wita = TimeZone(identifier: "Asia/Makassar")!
let wib = TimeZone(identifier: "Asia/Jakarta")!
let wit = TimeZone(identifier: "Asia/Jayapura")!

/// A dataset with one stage as the resignation deadline (end 3 Oct 2023 23:59 WIB,
/// written in WIB as KPU does) and the DCT stage (3 Nov 2023).
func dataset(officers: [Officer], requests: [RetirementRequest] = [], cases: [NeutralityCase] = [],
             holidays: Set<CivilDate> = []) -> Dataset {
    let deadline = Stage(id: "pencermatan-dct", name: "Pencermatan rancangan DCT",
                         start: at("2023-09-24T00:00:00+07:00"), end: at("2023-10-03T23:59:00+07:00"), startZone: wib, endZone: wib)
    let dct = Stage(id: "penetapan-dct", name: "Penetapan DCT",
                    start: at("2023-10-04T00:00:00+07:00"), end: at("2023-11-03T23:59:00+07:00"), startZone: wib, endZone: wib)
    return Dataset(roster: OfficerRoster(officers), requests: requests, cases: cases,
                   schedule: Schedule(stages: [deadline, dct], resignationDeadlineID: deadline.id,
                                      dctStageID: dct.id, holidays: holidays))
}

let candidateNIP = nip("197003141996031001")  // born 14 Mar 1970, in service since Mar 1996
let youngNIP = nip("198101052009011001")      // born 5 Jan 1981, since Jan 2009

@Suite struct CountdownTests {
    @Test func dayLabels() {
        let target = at("2023-10-03T23:59:00+07:00")  // = 4 Oct 00:59 WITA
        #expect(Countdown(to: target, from: at("2023-09-21T10:00:00+08:00"), in: wita).dayLabel == "H-13")
        #expect(Countdown(to: target, from: at("2023-10-03T23:30:00+08:00"), in: wita).dayLabel == "H-1")
        #expect(Countdown(to: target, from: at("2023-10-04T00:30:00+08:00"), in: wita).dayLabel == "H-0")
        #expect(Countdown(to: target, from: at("2023-10-07T09:00:00+08:00"), in: wita).dayLabel == "H+3")
        // The same instant counted in WIB is on 3 Oct.
        let wib = TimeZone(identifier: "Asia/Jakarta")!
        #expect(Countdown(to: target, from: at("2023-10-03T23:30:00+08:00"), in: wib).dayLabel == "H-0")
    }

    @Test func exactClockOnlyWithin48Hours() {
        let target = at("2023-10-03T23:59:00+07:00")
        #expect(Countdown(to: target, from: at("2023-10-02T19:27:50+07:00"), in: wita).exactLabel == "1d 04:31:10")
        #expect(Countdown(to: target, from: at("2023-10-01T23:59:00+07:00"), in: wita).exactLabel == "2d 00:00:00")
        #expect(Countdown(to: target, from: at("2023-10-01T23:58:59+07:00"), in: wita).exactLabel == nil)
        #expect(Countdown(to: target, from: at("2023-10-03T23:59:00+07:00"), in: wita).exactLabel == "0d 00:00:00")
        #expect(Countdown(to: target, from: at("2023-10-03T23:59:01+07:00"), in: wita).exactLabel == nil)
        #expect(Countdown(to: target, from: at("2023-10-03T23:59:01+07:00"), in: wita).hasPassed)
        #expect(Countdown(to: target, from: at("2023-09-01T00:00:00+07:00"), in: wita).label == "H-33")
    }
}

@Suite struct CandidateAlertTests {
    func alerts(_ data: Dataset, at iso: String) -> [Alert] { Situation(dataset: data, now: at(iso)).alerts }

    @Test func candidateWithoutRequestEscalatesTowardsTheDeadline() {
        let data = dataset(officers: [Officer(nip: candidateNIP, name: "A", candidacy: .bacaleg)])
        #expect(alerts(data, at: "2023-05-23T10:00:00+08:00").map(\.severity) == [.warning])
        #expect(alerts(data, at: "2023-05-23T10:00:00+08:00").map(\.kind) == [.candidateWithoutRequest])
        // The deadline is 3 Oct (WIB, as published): 25 Sep is H-8, 26 Sep is H-7 (critical_days).
        #expect(alerts(data, at: "2023-09-25T10:00:00+08:00").map(\.severity) == [.warning])
        #expect(alerts(data, at: "2023-09-26T10:00:00+08:00").map(\.severity) == [.critical])
    }

    @Test func pendingRequestIsInfoThenWarningThenCritical() {
        let request = RetirementRequest(nip: candidateNIP, kind: .early, filedOn: CivilDate(year: 2023, month: 5, day: 8)!, stage: .verified)
        let data = dataset(officers: [Officer(nip: candidateNIP, name: "A", candidacy: .dcs)], requests: [request])
        func pendingSeverity(_ iso: String) -> Alert.Severity? {
            alerts(data, at: iso).first { $0.kind == .candidateRequestPending }?.severity
        }
        #expect(pendingSeverity("2023-05-23T10:00:00+08:00") == .info)      // H-133
        #expect(pendingSeverity("2023-09-02T10:00:00+08:00") == .info)      // H-31
        #expect(pendingSeverity("2023-09-03T10:00:00+08:00") == .warning)   // H-30
        #expect(pendingSeverity("2023-09-25T10:00:00+08:00") == .warning)   // H-8
        #expect(pendingSeverity("2023-09-26T10:00:00+08:00") == .critical)  // H-7
    }

    @Test func deadlineBoundaryIsMidnightWIBNotWITA() {
        // 3 Oct 2023 23:59 WIB = 4 Oct 00:59 WITA: at 00:30 WITA the deadline has not passed.
        let data = dataset(officers: [Officer(nip: candidateNIP, name: "A", candidacy: .dct)])
        let before = alerts(data, at: "2023-10-04T00:30:00+08:00")
        #expect(before.map(\.kind) == [.candidateWithoutRequest])
        #expect(before.first?.countdown?.dayLabel == "H-0")
        #expect(before.first?.countdown?.exactLabel == "0d 00:29:00")
        let after = alerts(data, at: "2023-10-04T01:00:00+08:00")
        #expect(after.map(\.kind) == [.candidateMissedDeadline])
        #expect(after.map(\.severity) == [.critical])
    }

    @Test func missedDeadlineIsCriticalOnlyForDCTCandidates() {
        let data = dataset(officers: [
            Officer(nip: candidateNIP, name: "A", candidacy: .dct),
            Officer(nip: youngNIP, name: "B", candidacy: .bacaleg),
        ])
        let found = alerts(data, at: "2023-10-10T10:00:00+08:00")
        #expect(found.map(\.kind) == [.candidateMissedDeadline, .candidateMissedDeadline])
        #expect(found.map(\.severity) == [.critical, .warning])
        #expect(found.map(\.nip) == [candidateNIP, youngNIP])
    }

    @Test func decreedRequestClearsTheCandidate() {
        let requests = [
            RetirementRequest(nip: candidateNIP, kind: .resignation, filedOn: CivilDate(year: 2023, month: 5, day: 2)!, stage: .rejected),
            RetirementRequest(nip: candidateNIP, kind: .early, filedOn: CivilDate(year: 2023, month: 6, day: 2)!, stage: .decreed),
        ]
        let data = dataset(officers: [Officer(nip: candidateNIP, name: "A", candidacy: .dct)], requests: requests)
        let situation = Situation(dataset: data, now: at("2023-10-10T10:00:00+08:00"))
        #expect(situation.alerts.isEmpty)
        #expect(situation.candidates.first?.isResolved == true)
    }

    @Test func rejectedRequestIsAWarning() {
        let request = RetirementRequest(nip: candidateNIP, kind: .resignation, filedOn: CivilDate(year: 2023, month: 5, day: 2)!, stage: .rejected)
        let data = dataset(officers: [Officer(nip: candidateNIP, name: "A", candidacy: .bacaleg)], requests: [request])
        #expect(alerts(data, at: "2023-05-23T10:00:00+08:00").map(\.kind) == [.candidateRequestRejected])
        #expect(alerts(data, at: "2023-05-23T10:00:00+08:00").map(\.severity) == [.warning])
    }

    @Test func withdrawnAndNonCandidatesNeedNothing() {
        let data = dataset(officers: [Officer(nip: candidateNIP, name: "A", candidacy: .withdrawn), Officer(nip: youngNIP, name: "B")])
        let situation = Situation(dataset: data, now: at("2023-10-10T10:00:00+08:00"))
        #expect(situation.alerts.isEmpty)
        #expect(situation.counts.candidates == 0)
    }
}

@Suite struct RequestAndCaseTests {
    @Test func processingOverdueAfterFourteenWorkingDays() {
        let filed = CivilDate(year: 2023, month: 5, day: 1)!  // Monday
        let request = RetirementRequest(nip: youngNIP, kind: .resignation, filedOn: filed, stage: .sent)
        let data = dataset(officers: [Officer(nip: youngNIP, name: "B")], requests: [request])
        // 2–19 May holds exactly 14 working days; the 15th is Monday 22 May.
        let on19 = Situation(dataset: data, now: at("2023-05-19T10:00:00+08:00"))
        #expect(on19.pendingRequests.first?.workingDaysWaiting == 14)
        #expect(!on19.alerts.contains { $0.kind == .processingOverdue })
        let on22 = Situation(dataset: data, now: at("2023-05-22T10:00:00+08:00"))
        #expect(on22.alerts.first { $0.kind == .processingOverdue }?.days == 15)
        // A holiday on 18 May pushes it back by a day.
        let withHoliday = dataset(officers: [Officer(nip: youngNIP, name: "B")], requests: [request],
                                  holidays: [CivilDate(year: 2023, month: 5, day: 18)!])
        #expect(!Situation(dataset: withHoliday, now: at("2023-05-22T10:00:00+08:00")).alerts.contains { $0.kind == .processingOverdue })
    }

    @Test func pensionRightsNeedFiftyYearsOfAgeAndTwentyOfService() {
        // Born 14 Mar 1970, service since Mar 1996: on 1 Jul 2023 aged 53 with 27 years.
        let old = PensionAssessment(officer: Officer(nip: candidateNIP, name: "A"), on: CivilDate(year: 2023, month: 7, day: 1)!)
        #expect(old.verdict == .withPension)
        #expect(old.age == 53 && old.serviceYears == 27)
        // Born 5 Jan 1981: aged 42 — no pension.
        let young = PensionAssessment(officer: Officer(nip: youngNIP, name: "B"), on: CivilDate(year: 2023, month: 7, day: 1)!)
        #expect(young.verdict == .withoutPension)
        // 50th birthday exactly, with 20 years of service.
        let edge = Officer(nip: nip("197307012003071001"), name: "C")
        #expect(PensionAssessment(officer: edge, on: CivilDate(year: 2023, month: 6, day: 30)!).verdict == .withoutPension)
        #expect(PensionAssessment(officer: edge, on: CivilDate(year: 2023, month: 7, day: 1)!).verdict == .withPension)
        let pppk = Officer(nip: NIP(value: 202_106_211_996_051_201), name: "D", employment: .pppk)
        #expect(PensionAssessment(officer: pppk, on: CivilDate(year: 2023, month: 7, day: 1)!).verdict == .notApplicable)
    }

    @Test func earlyRetirementWithoutPensionIsFlagged() {
        let request = RetirementRequest(nip: youngNIP, kind: .early, filedOn: CivilDate(year: 2023, month: 5, day: 12)!, stage: .filed)
        let data = dataset(officers: [Officer(nip: youngNIP, name: "B", candidacy: .bacaleg)], requests: [request])
        let situation = Situation(dataset: data, now: at("2023-05-23T10:00:00+08:00"))
        #expect(situation.alerts.contains { $0.kind == .earlyRetirementWithoutPension && $0.nip == youngNIP })
        #expect(situation.candidates.first?.pension.verdict == .withoutPension)
    }

    @Test func casesBecomeOverdueAfterTheirDueDay() {
        let cases = [
            NeutralityCase(id: "C1", nip: candidateNIP, reportedOn: CivilDate(year: 2023, month: 5, day: 15)!, source: .bawaslu,
                           status: .review, dueOn: CivilDate(year: 2023, month: 5, day: 22)!),
            NeutralityCase(id: "C2", nip: nil, reportedOn: CivilDate(year: 2023, month: 5, day: 10)!, source: .public, status: .new),
            NeutralityCase(id: "C3", nip: youngNIP, reportedOn: CivilDate(year: 2023, month: 4, day: 1)!, source: .internal, status: .closed),
        ]
        let data = dataset(officers: [Officer(nip: candidateNIP, name: "A", candidacy: .bacaleg), Officer(nip: youngNIP, name: "B")],
                           cases: cases)
        let onDue = Situation(dataset: data, now: at("2023-05-22T23:00:00+08:00"))
        #expect(onDue.cases.first { $0.item.id == "C1" }?.isOverdue == false)
        let next = Situation(dataset: data, now: at("2023-05-23T00:00:00+08:00"))
        let caseAlerts = next.alerts.filter { $0.caseID != nil }
        #expect(caseAlerts.map(\.caseID) == ["C1", "C2"])
        #expect(caseAlerts.map(\.severity) == [.critical, .warning])  // C1's officer is a candidate
        #expect(caseAlerts.map(\.days) == [1, 6])                     // C2 due 17 May (reported + 7)
        #expect(next.counts.openCases == 2)
        #expect(next.cases.first { $0.item.id == "C1" }?.officerIsCandidate == true)
    }

    @Test func pendingRetirementsCountRequestsAndUpcomingAgeRetirements() {
        let officers = [
            Officer(nip: nip("196507091988031001"), name: "Due Aug 2023", retirementAge: 58),
            Officer(nip: nip("196309041987031001"), name: "Due Oct 2023", retirementAge: 60),
            Officer(nip: nip("196602111989122001"), name: "Due 2026", retirementAge: 60),
            Officer(nip: nip("196405011985121001"), name: "Due Jun 2024", retirementAge: 60),
        ]
        let requests = [
            RetirementRequest(nip: officers[1].nip, kind: .age, filedOn: CivilDate(year: 2023, month: 5, day: 15)!, stage: .filed),
            RetirementRequest(nip: youngNIP, kind: .resignation, filedOn: CivilDate(year: 2023, month: 5, day: 1)!, stage: .decreed),
        ]
        let situation = Situation(dataset: dataset(officers: officers, requests: requests), now: at("2023-05-23T10:00:00+08:00"))
        #expect(situation.ageRetirements.map(\.officer.name) == ["Due Aug 2023", "Due Oct 2023"])
        #expect(situation.ageRetirements.map(\.hasRequest) == [false, true])
        // One pending request + one age retirement without a request (the other has one).
        #expect(situation.counts.pendingRetirements == 2)
    }

    @Test func stagePhases() {
        let data = dataset(officers: [])
        let situation = Situation(dataset: data, now: at("2023-09-29T00:00:00+07:00"))
        #expect(situation.runningStages.map(\.stage.id) == ["pencermatan-dct"])
        #expect(situation.nextStage?.stage.id == "penetapan-dct")
        #expect(abs(situation.runningStages[0].progress - 0.5) < 0.01)
        let later = Situation(dataset: data, now: at("2023-12-01T00:00:00+07:00"))
        #expect(later.stages.map(\.phase) == [.done, .done])
        #expect(later.nextStage == nil)
    }

    @Test func demoStoryAtItsMoment() throws {
        let reading = DataFolder.read(from: MemoryFiles(DemoData.files))
        #expect(reading.diagnostics.isEmpty)
        let situation = Situation(dataset: reading.dataset, now: DemoData.storyMoment)
        #expect(situation.runningStages.map(\.stage.id) == ["verifikasi"])
        #expect(situation.nextStage?.stage.id == "perbaikan")
        // H-133: 3 Oct 2023 as KPU published it, although it is 4 Oct 00:59 in WITA.
        #expect(situation.resignationDeadline?.countdown.dayLabel == "H-133")
        #expect(situation.dctDeadline?.stage.id == "penetapan-dct")
        #expect(situation.elections.map(\.election.id) == ["pileg-2024", "pilkada-2024"])
        #expect(situation.elections.map { $0.deadline?.day.description } == ["2023-10-03", "2024-09-22"])
        #expect(situation.elections.map(\.candidates) == [4, 1])
        // Four officers with requests in process, one past his TMT without a decree.
        #expect(situation.counts == Counts(officers: 40, candidates: 5, pendingRetirements: 5, openCases: 7))
        #expect(situation.alerts.first?.kind == .pastRetirementAge)
        #expect(situation.alerts.first?.date == CivilDate(year: 2023, month: 4, day: 1))
        #expect(situation.alerts.prefix(2).map(\.severity) == [.critical, .critical])
        #expect(situation.candidates.count == 5)
        #expect(situation.candidates.filter { $0.request?.kind == .early }.count == 2)
        // Teachers retire at 60: Yuliana Tandi, born 22 Aug 1976 → 1 Sep 2036.
        let teacher = try #require(reading.dataset.roster[nip("197608222003122001")])
        #expect(teacher.ageRetirementDate == CivilDate(year: 2036, month: 9, day: 1))
        #expect(teacher.retirementAgeRule == .teacher)
    }
}

/// Files held in memory, for tests.
struct MemoryFiles: FileSource {
    let files: [DataFile: [UInt8]]
    init(_ texts: [DataFile: String]) { files = texts.mapValues { Array($0.utf8) } }
    func contents(of file: DataFile) throws -> [UInt8]? { files[file] }
}
