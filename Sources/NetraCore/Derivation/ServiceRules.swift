/// Working days: Monday to Friday, except listed holidays.
public enum WorkingDays {
    /// Working days after `start` up to and including `end` (0 when `end <= start`).
    public static func between(_ start: CivilDate, and end: CivilDate, holidays: Set<CivilDate>) -> Int {
        let first = start.dayNumber + 1, last = end.dayNumber
        guard last >= first else { return 0 }
        // Whole weeks contribute five days each; walk only the remainder.
        let total = last - first + 1
        var count = total / 7 * 5
        var day = first + total / 7 * 7
        while day <= last {
            if !CivilDate(dayNumber: day).isWeekend { count += 1 }
            day += 1
        }
        for holiday in holidays where !holiday.isWeekend && (first...last).contains(holiday.dayNumber) {
            count -= 1
        }
        return count
    }
}

/// Whether a resignation or early retirement keeps the right to a pension: the
/// officer must be at least 50 and have at least 20 years of service (counted from the
/// TMT CPNS in the NIP) on the day it takes effect. This is BKN's practice; PP 11/2017
/// itself names 45 years of age.
public struct PensionAssessment: Sendable {
    public enum Verdict: String, Sendable {
        case withPension, withoutPension
        /// PPPK officers are not in the civil-service pension scheme.
        case notApplicable
    }

    public static let minimumAge = 50
    public static let minimumServiceYears = 20

    /// The day the assessment is made for (the effective date, or the deadline).
    public let date: CivilDate
    public let age: Int?
    public let serviceYears: Int?
    public let verdict: Verdict

    public init(officer: Officer, on date: CivilDate) {
        self.date = date
        guard officer.employment == .pns, let birth = officer.birthDate, let start = officer.serviceStart else {
            age = nil
            serviceYears = nil
            verdict = .notApplicable
            return
        }
        let age = birth.wholeYears(until: date)
        let service = max(0, start.wholeYears(until: date))
        self.age = age
        self.serviceYears = service
        verdict = age >= Self.minimumAge && service >= Self.minimumServiceYears ? .withPension : .withoutPension
    }
}
