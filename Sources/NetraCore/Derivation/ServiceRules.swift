/// Working days: Monday to Friday, except listed holidays (national holidays and
/// collective leave).
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

    /// The `count`-th working day after `start` (the filing day itself is not
    /// counted): the last day a decree is still in time.
    public static func day(_ count: Int, after start: CivilDate, holidays: Set<CivilDate>) -> CivilDate {
        var day = start
        var left = max(0, count)
        while left > 0 {
            day = day.adding(days: 1)
            if !day.isWeekend && !holidays.contains(day) { left -= 1 }
        }
        return day
    }
}

/// Whether a resignation or early retirement keeps the right to a pension: the
/// officer must be at least 50 and have at least 20 years of service (counted from the
/// TMT CPNS in the NIP) on the day it takes effect, both inclusive. This is BKN's
/// practice; PP 11/2017 itself names 45 years of age.
public struct PensionAssessment: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        case withPension, withoutPension
        /// PPPK officers are not in the civil-service pension scheme.
        case notApplicable
        /// Judged on two possible effective dates with different outcomes: the
        /// decree's TMT decides (see `byDate`).
        case dependsOnEffectiveDate
    }

    public static let minimumAge = 50
    public static let minimumServiceYears = 20

    /// The day the assessment is made for (the effective date, or the deadline).
    public let date: CivilDate
    public let age: Int?
    public let serviceYears: Int?
    public let verdict: Verdict
    /// When judged on more than one possible date: each date's assessment, earliest
    /// first. Empty for a single date.
    public let byDate: [PensionAssessment]

    public init(officer: Officer, on date: CivilDate) {
        self.date = date
        byDate = []
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

    /// A candidate without a stated effective date: the dismissal may take effect by
    /// the deadline or at the end of the month in which he is fixed as a candidate
    /// (PP 11/2017 Pasal 254(5) as amended by PP 17/2020). Judged on both; when the
    /// verdicts differ, it depends on the TMT the decree sets.
    public init(officer: Officer, on date: CivilDate, orOn later: CivilDate?) {
        let first = PensionAssessment(officer: officer, on: date)
        guard let later, later != date else {
            self = first
            return
        }
        let second = PensionAssessment(officer: officer, on: later)
        self.date = first.date
        self.age = first.age
        self.serviceYears = first.serviceYears
        self.verdict = first.verdict == second.verdict ? first.verdict : .dependsOnEffectiveDate
        self.byDate = first.date < second.date ? [first, second] : [second, first]
    }
}

extension CivilDate {
    /// The last day of this date's month.
    public var endOfMonth: CivilDate { firstOfNextMonth.adding(days: -1) }
}
