import Foundation
import Testing
@testable import NetraCore

/// The APS rule: a resignation or early retirement is decided within 14 working days
/// of the complete request; the filing day does not count, day 14 is in time, and the
/// request is overdue from the calendar day after it.
@Suite struct ProcessingLimitTests {
    func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }

    func overdue(_ request: RetirementRequest, holidays: Set<CivilDate> = [], at iso: String) -> Alert? {
        let data = dataset(officers: [Officer(nip: youngNIP, name: "B")], requests: [request], holidays: holidays)
        return Situation(dataset: data, now: at(iso)).alerts.first { $0.kind == .processingOverdue }
    }

    @Test func theSaturdayAfterAFridayDay14IsLate() {
        // Filed Monday 1 May (no holidays given): day 14 is Friday 19 May.
        let request = RetirementRequest(nip: youngNIP, kind: .resignation, filedOn: d(2023, 5, 1), stage: .sent)
        #expect(WorkingDays.day(14, after: d(2023, 5, 1), holidays: []) == d(2023, 5, 19))
        #expect(overdue(request, at: "2023-05-19T16:00:00+08:00") == nil)
        let saturday = overdue(request, at: "2023-05-20T09:00:00+08:00")
        #expect(saturday?.date == d(2023, 5, 19))
        #expect(saturday?.days == 14)
        #expect(saturday?.limit == 14)
        #expect(saturday?.severity == .warning)
    }

    @Test func collectiveLeaveDoesNotPostponeTheDayAfter() {
        // Filed Tuesday 28 Mar 2023; 7 Apr (Good Friday) is a holiday, so day 14 is
        // Tuesday 18 Apr. 19 Apr is Idul Fitri collective leave: already late, not a week later.
        let holidays: Set = [d(2023, 4, 7), d(2023, 4, 19), d(2023, 4, 20), d(2023, 4, 21), d(2023, 4, 24), d(2023, 4, 25)]
        let request = RetirementRequest(nip: youngNIP, kind: .early, filedOn: d(2023, 3, 28), stage: .filed)
        #expect(WorkingDays.day(14, after: d(2023, 3, 28), holidays: holidays) == d(2023, 4, 18))
        #expect(overdue(request, holidays: holidays, at: "2023-04-18T15:00:00+08:00") == nil)
        #expect(overdue(request, holidays: holidays, at: "2023-04-19T08:00:00+08:00")?.date == d(2023, 4, 18))
    }

    @Test func ageRequestsHaveNoWorkingDayLimit() {
        let request = RetirementRequest(nip: youngNIP, kind: .age, filedOn: d(2023, 3, 1), stage: .filed)
        #expect(overdue(request, at: "2023-05-23T10:00:00+08:00") == nil)
    }
}
