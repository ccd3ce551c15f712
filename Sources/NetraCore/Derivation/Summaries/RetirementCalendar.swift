/// Who leaves the service when: the number of officers leaving in each of the next
/// months, by age (their TMT) or by a request's effective date.
public enum RetirementCalendar {
    /// One count per month, starting with the month of `today`, for `months` months.
    /// Each officer counts once, in the month of their earliest known leaving date.
    public static func perMonth(_ situation: Situation, months: Int) -> [(month: CivilDate, count: Int)] {
        var leaving: [NIP: CivilDate] = [:]
        for a in situation.ageRetirements { leaving[a.officer.nip] = min(leaving[a.officer.nip] ?? a.date, a.date) }
        for p in situation.pendingRequests {
            guard let date = p.request.effectiveOn else { continue }
            leaving[p.request.nip] = min(leaving[p.request.nip] ?? date, date)
        }
        let first = CivilDate(year: situation.today.year, month: situation.today.month, day: 1)!
        var counts = Array(repeating: 0, count: max(0, months))
        for date in leaving.values {
            let index = (date.year - first.year) * 12 + date.month - first.month
            if counts.indices.contains(index) { counts[index] += 1 }
        }
        return counts.enumerated().map { (first.adding(months: $0.offset), $0.element) }
    }
}
