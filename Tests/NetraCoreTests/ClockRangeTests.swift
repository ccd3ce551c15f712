import Foundation
import Testing
@testable import NetraCore

/// Every clock Netra accepts is an instant that exists, between 1900 and 2200, with an
/// offset a zone uses; and every calendar computation on dates is total (issue 24,
/// rows 2 and 3).
@Suite struct ClockRangeTests {
    let utc = TimeZone(identifier: "UTC")!

    @Test func theAcceptedFormsGiveTheirInstant() throws {
        let expected = Date(timeIntervalSince1970: 1_684_807_200)  // 2023-05-23T02:00:00Z
        for text in ["2023-05-23T10:00:00+08:00", "2023-05-23T10:00+08:00", "2023-05-23T02:00:00Z", "2023-05-23T10:00:00+0800",
                     " 2023-05-23T02:00:00.000Z "] {
            #expect(InstantText.parse(text, defaultZone: utc) == expected, "\(text)")
        }
        #expect(InstantText.parse("2023-05-23T02:00:00.5Z", defaultZone: utc) == expected.addingTimeInterval(0.5))
        #expect(InstantText.parse("2023-05-23", defaultZone: TimeZone(secondsFromGMT: 8 * 3600)!) == expected.addingTimeInterval(-10 * 3600))
        #expect(InstantText.parse("2024-02-29T10:00+08:00", defaultZone: utc) != nil)
    }

    @Test func impossibleDatesTimesAndOffsetsAreRefusedNotRolledOver() {
        func refusal(_ text: String) -> InstantText.Refusal? {
            if case .failure(let r) = InstantText.read(text, defaultZone: utc) { return r }
            return nil
        }
        #expect(refusal("2023-02-29T10:00:00+08:00") == .noSuchDay(year: 2023, month: 2, day: 29))
        #expect(refusal("2023-06-31") == .noSuchDay(year: 2023, month: 6, day: 31))
        #expect(refusal("2023-13-01T10:00Z") == .noSuchDay(year: 2023, month: 13, day: 1))
        #expect(refusal("2023-05-23T24:00Z") == .noSuchTime)
        #expect(refusal("2023-05-23T10:60Z") == .noSuchTime)
        #expect(refusal("2023-05-23T10:00:00+25:00") == .offsetOutOfRange)
        #expect(refusal("2023-05-23T10:00:00-14:01") == .offsetOutOfRange)
        #expect(refusal("2023-05-23T10:00:00+14:00") == nil)
        #expect(refusal("1899-12-31T23:59:59Z") == .yearOutOfRange(1899))
        #expect(refusal("2201-01-01T00:00Z") == .yearOutOfRange(2201))
        #expect(refusal("9999-12-31T23:59:59Z") == .yearOutOfRange(9999))
        #expect(refusal("0001-01-01T00:00:00Z") == .yearOutOfRange(1))
        #expect(refusal("1900-01-01T00:00Z") == nil)
        #expect(refusal("2200-12-31T23:59:59Z") == nil)
        for text in ["", "yesterday", "2023-05-23T10:00", "2023-05-23 10:00Z", "2023-5-23", "2023-05-23T10:00:00+08:00x", "+2023-05-23"] {
            #expect(refusal(text) == .notATime, "\(text)")
        }
    }

    @Test func monthArithmeticWalksYearBoundariesAndTheRangeEndsBothWays() {
        // Every first of month from year 0 back and forth across years 1, 1900, 2200,
        // 9999 and 10000: adding months agrees with stepping month by month.
        for start in [(-1, 11), (0, 1), (1, 1), (1899, 12), (1900, 1), (1999, 12), (2200, 12), (9999, 12), (10000, 1)] {
            var date = CivilDate(firstOf: start.1, year: start.0)
            for step in 1...30 {
                let next = date.firstOfNextMonth
                #expect(CivilDate(firstOf: start.1, year: start.0).adding(months: step) == next)
                #expect(next.adding(months: -step) == CivilDate(firstOf: start.1, year: start.0))
                #expect((1...12).contains(next.month) && next.day == 1)
                #expect(CivilDate(dayNumber: next.dayNumber) == next)
                #expect(next.dayNumber - date.dayNumber == CivilDate.daysIn(month: date.month, year: date.year))
                date = next
            }
        }
        // 31 January + 1 month clamps, at the range ends too.
        for year in [0, 1900, 2200, 10000] {
            let end = CivilDate(firstOf: 1, year: year).adding(days: 30)
            #expect(end.adding(months: 1).day == (CivilDate.isLeap(year) ? 29 : 28))
        }
    }

    @Test func aRetirementDateIsTotalForAnyBirthYear() {
        for year in [1, 1900, 1965, 9941, 9999] {
            let born = CivilDate(year: year, month: 12, day: 31)!
            let tmt = RetirementAge.effectiveDate(born: born, age: 60)
            #expect(tmt.year == year + 61 && tmt.month == 1 && tmt.day == 1)
        }
    }

    @Test func theRetirementMonthChartIsTotalAtEveryClockNetraCanBeSetTo() {
        // The demo, frozen at the range ends and at the instants whose local date falls
        // outside it (the westmost and eastmost offsets): the chart has its months.
        for instant in ["1900-01-01T00:00:00-14:00", "1900-01-01T00:00:00Z", "1900-01-01T00:00:00+14:00",
                        "2200-12-31T23:59:59Z", "2200-12-31T23:59:59-14:00", "1999-12-31T23:59:59Z"] {
            let situation = Situation(dataset: DataFolder.read(from: DemoFiles()).dataset, now: at(instant))
            let months = RetirementCalendar.perMonth(situation, months: 12)
            #expect(months.count == 12)
            #expect(months.first?.month == situation.today.firstOfMonth)
            #expect(zip(months, months.dropFirst()).allSatisfy { $0.month.firstOfNextMonth == $1.month })
        }
    }
}

/// The demo folder, from memory.
private struct DemoFiles: FileSource {
    func contents(of file: DataFile) throws -> [UInt8]? { DemoData.files[file].map { Array($0.utf8) } }
}
