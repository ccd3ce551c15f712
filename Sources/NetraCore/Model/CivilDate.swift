import Foundation

/// A calendar date with no time or zone: a birthday, a filing date, a holiday.
///
/// Arithmetic is done on a day number (days since 1970-01-01) with plain integers, so
/// deriving a million retirement dates never touches `Calendar`.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date only if it exists on the Gregorian calendar (no 31 April, no
    /// 29 February outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day of `month` (1–12) of any year: total, unlike `init?`, whose year
    /// range is for dates read from files. Derived dates (a TMT 58 years after a birth,
    /// the month of a clock set to year 10000) go through here and never trap.
    public init(firstOf month: Int, year: Int) {
        precondition((1...12).contains(month), "month \(month)")
        self.init(unchecked: year, month, 1)
    }

    /// The first day of this date's month.
    public var firstOfMonth: CivilDate { CivilDate(unchecked: year, month, 1) }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before). The usual era-based conversion of the
    /// proleptic Gregorian calendar.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date with the given day number.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Adds calendar months, clamping the day to the end of a shorter month
    /// (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        // Floor division: before year 0 a truncating `/` and `%` would give month 0 or less.
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CivilDate(unchecked: y, m, min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// The first day of the month after this date's month.
    public var firstOfNextMonth: CivilDate {
        month == 12 ? CivilDate(unchecked: year + 1, 1, 1) : CivilDate(unchecked: year, month + 1, 1)
    }

    /// Whole years from `self` to `later` (an age or a length of service).
    public func wholeYears(until later: CivilDate) -> Int {
        var years = later.year - year
        if (later.month, later.day) < (month, day) { years -= 1 }
        return years
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2023-05-23`.
    public var description: String {
        // Digits by hand: String(format:) goes through CVarArg casts, and a workbook
        // turns every date cell into this text (10% of a 100k-row load).
        guard (0...9999).contains(year) else { return String(format: "%04d-%02d-%02d", year, month, day) }
        let digits: [UInt8] = [
            UInt8(48 + year / 1000), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10), 0x2D,
            UInt8(48 + month / 10 % 10), UInt8(48 + month % 10), 0x2D, UInt8(48 + day / 10 % 10), UInt8(48 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }

    /// The local calendar date of an instant in a zone.
    public init(_ instant: Date, in zone: TimeZone) {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        self.init(dayNumber: Int((local / 86_400).rounded(.down)))
    }

    /// The instant this date's local midnight (plus `secondsIntoDay`) happens in a zone.
    public func instant(in zone: TimeZone, secondsIntoDay: Int = 0) -> Date {
        let naive = Double(dayNumber * 86_400 + secondsIntoDay)
        // Use the offset in force near that moment; correct once for DST edges.
        let guess = Date(timeIntervalSince1970: naive - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: naive))))
        return Date(timeIntervalSince1970: naive - Double(zone.secondsFromGMT(for: guess)))
    }
}
