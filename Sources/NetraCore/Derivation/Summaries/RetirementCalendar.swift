/// Who leaves the service when: the number of officers leaving in each of the next
/// months, by age (their TMT) or by a request's effective date.
public enum RetirementCalendar {
    /// One count per month, starting with the month of `today`, for `months` months.
    /// Each officer counts once, in the month of their earliest known leaving date.
    public static func perMonth(_ situation: Situation, months: Int) -> [(month: CivilDate, count: Int)] {
        // Requests are few; age retirements may be every officer, one entry each (the
        // roster's NIPs are unique), so only those with a request are looked up: a
        // dictionary over 100k officers cost ≈60 ms, redrawn every second by a kiosk.
        var byRequest: [NIP: CivilDate] = [:]
        for p in situation.pendingRequests {
            guard let date = p.request.effectiveOn else { continue }
            byRequest[p.request.nip] = min(byRequest[p.request.nip] ?? date, date)
        }
        let first = situation.today.firstOfMonth
        var counts = Array(repeating: 0, count: max(0, months))
        func count(_ date: CivilDate) {
            let index = (date.year - first.year) * 12 + date.month - first.month
            if counts.indices.contains(index) { counts[index] += 1 }
        }
        for a in situation.ageRetirements {
            let nip = a.officer.nip
            if !byRequest.isEmpty, let requested = byRequest.removeValue(forKey: nip) {
                count(min(a.date, requested))
            } else {
                count(a.date)
            }
        }
        for date in byRequest.values { count(date) }
        return counts.enumerated().map { (first.adding(months: $0.offset), $0.element) }
    }
}
