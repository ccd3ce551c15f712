import Foundation

/// An ISO 8601 week (`2023-W21`: Monday 22 to Sunday 28 May 2023), the weekly
/// report's period, counted on the office's calendar.
public struct ISOWeek: Sendable, Equatable, CustomStringConvertible {
    public let year: Int
    public let week: Int
    /// Its Monday.
    public let monday: CivilDate

    /// `2023-W21` (also `2023W21`, `2023-w21`); `nil` for anything else or a week the
    /// year does not have.
    public init?(_ text: String) {
        let t = text.uppercased().replacingOccurrences(of: "-W", with: "W")
        let parts = t.split(separator: "W")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let week = Int(parts[1]),
              (1900...2200).contains(year), week >= 1, week <= ISOWeek.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
        monday = CivilDate(dayNumber: ISOWeek.firstMonday(year).dayNumber + (week - 1) * 7)
    }

    /// The week `day` falls in (early January may belong to the previous year's last week).
    public init(containing day: CivilDate) {
        var year = day.year + 1
        while ISOWeek.firstMonday(year) > day { year -= 1 }
        let week = (day.dayNumber - ISOWeek.firstMonday(year).dayNumber) / 7 + 1
        self.year = year
        self.week = week
        monday = CivilDate(dayNumber: ISOWeek.firstMonday(year).dayNumber + (week - 1) * 7)
    }

    public var sunday: CivilDate { CivilDate(dayNumber: monday.dayNumber + 6) }

    public var description: String { String(format: "%04d-W%02d", year, week) }

    /// The Monday of week 1: the week with the year's first Thursday (4 January is in it).
    static func firstMonday(_ year: Int) -> CivilDate {
        let january4 = CivilDate(firstOf: 1, year: year).dayNumber + 3
        let weekday = CivilDate(dayNumber: january4).isoWeekday  // 1 Monday … 7 Sunday
        return CivilDate(dayNumber: january4 - (weekday - 1))
    }

    static func weeks(in year: Int) -> Int { (firstMonday(year + 1).dayNumber - firstMonday(year).dayNumber) / 7 }
}
