import Foundation
import Testing
@testable import NetraCore

@Suite struct CivilDateTests {
    @Test func dayNumbersRoundTrip() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func calendarRules() {
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2023, month: 5, day: 23)!.isoWeekday == 2)  // a Tuesday
        #expect(CivilDate(year: 2023, month: 1, day: 31)!.adding(months: 1) == CivilDate(year: 2023, month: 2, day: 28))
        #expect(CivilDate(year: 2023, month: 12, day: 15)!.firstOfNextMonth == CivilDate(year: 2024, month: 1, day: 1))
        #expect(CivilDate(year: 1966, month: 3, day: 15)!.wholeYears(until: CivilDate(year: 2024, month: 3, day: 14)!) == 57)
        #expect(CivilDate(year: 1966, month: 3, day: 15)!.wholeYears(until: CivilDate(year: 2024, month: 3, day: 15)!) == 58)
    }

    @Test func localDateOfAnInstantDependsOnTheZone() {
        // 14 May 2023 23:59 WIB is already 15 May in WITA.
        let instant = Date(timeIntervalSince1970: 1_684_083_540)
        #expect(CivilDate(instant, in: TimeZone(identifier: "Asia/Jakarta")!) == CivilDate(year: 2023, month: 5, day: 14))
        #expect(CivilDate(instant, in: TimeZone(identifier: "Asia/Makassar")!) == CivilDate(year: 2023, month: 5, day: 15))
        #expect(CivilDate(year: 2023, month: 5, day: 15)!.instant(in: TimeZone(identifier: "Asia/Makassar")!)
                == Date(timeIntervalSince1970: 1_684_080_000))
    }

    @Test func ageRetirementIsTheFirstOfTheFollowingMonth() throws {
        let officer = Officer(nip: try NIP.parse("196603151990031001").get(), name: "A", retirementAge: 58)
        #expect(officer.ageRetirementDate == CivilDate(year: 2024, month: 4, day: 1))
        let december = Officer(nip: try NIP.parse("196512201990031001").get(), name: "B", retirementAge: 60)
        #expect(december.ageRetirementDate == CivilDate(year: 2026, month: 1, day: 1))
        let pppk = Officer(nip: NIP(value: 202_106_211_996_051_201), name: "C", employment: .pppk)
        #expect(pppk.ageRetirementDate == nil)
    }

    @Test func impliedRetirementAges() {
        #expect(RetirementAge.implied(byPosition: "Pengawas Sekolah Ahli Utama") == 65)
        #expect(RetirementAge.implied(byPosition: "Perencana Ahli Madya") == 60)
        #expect(RetirementAge.implied(byPosition: "JPT Pratama") == 60)
        #expect(RetirementAge.implied(byPosition: "Guru Ahli Muda") == 60)  // UU 14/2005: teachers at 60
    }

    @Test func workingDaysSkipWeekendsAndHolidays() {
        let filed = CivilDate(year: 2023, month: 5, day: 12)!  // Friday
        let holidays: Set = [CivilDate(year: 2023, month: 5, day: 18)!, CivilDate(year: 2023, month: 5, day: 20)!]  // Thu; a Saturday
        #expect(WorkingDays.between(filed, and: CivilDate(year: 2023, month: 5, day: 14)!, holidays: []) == 0)
        #expect(WorkingDays.between(filed, and: CivilDate(year: 2023, month: 5, day: 23)!, holidays: []) == 7)
        #expect(WorkingDays.between(filed, and: CivilDate(year: 2023, month: 5, day: 23)!, holidays: holidays) == 6)
        #expect(WorkingDays.between(filed, and: filed, holidays: []) == 0)
        #expect(WorkingDays.between(filed, and: CivilDate(year: 2023, month: 5, day: 1)!, holidays: []) == 0)
        // Agrees with a day-by-day count over a long span.
        let end = CivilDate(year: 2024, month: 2, day: 29)!
        let naive = (filed.dayNumber + 1...end.dayNumber).filter {
            let d = CivilDate(dayNumber: $0)
            return !d.isWeekend && !holidays.contains(d)
        }.count
        #expect(WorkingDays.between(filed, and: end, holidays: holidays) == naive)
    }
}
