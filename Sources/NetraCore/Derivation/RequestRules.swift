/// Requests in process and retirements by age.
///
/// - A resignation or early retirement (APS) must be decreed within
///   `processing_working_days` (14) working days of filing, the filing day not counted:
///   overdue from the calendar day after the last allowed working day.
/// - An age (BUP) request has no working-day limit; its decree must be there by the
///   TMT: a warning within `warning_days`, critical within `critical_days` and after.
/// - An officer past the TMT with no pension request at all is the most urgent case:
///   dismissed by law, yet still paid.
/// - Pending retirements count officers once: a request in process, or an age
///   retirement within `age_retirement_months` (or already past) that no decree and
///   no earlier resignation settles.
/// - An officer whom SIASN already lists as dismissed, retired or deceased raises no
///   decree alert: the request stays listed, the decree is evidently there.
struct RequestRules {
    private(set) var pending: [PendingRequest] = []
    private(set) var ageRetirements: [AgeRetirement] = []
    private(set) var alerts: [Alert] = []
    private(set) var pendingOfficers = 0

    /// The alerts, handed over whole (left empty here): `Situation` sorts them where
    /// they lie instead of sorting a copy while these are still held.
    mutating func takeAlerts() -> [Alert] {
        var taken: [Alert] = []
        swap(&taken, &alerts)
        return taken
    }
    /// Working days waited and the last day in time, by filing date: requests share
    /// filing dates, and each count walks the days and looks each up among the holidays
    /// (20k requests beside a million officers: ≈15 ms of these rules).
    private var byFilingDay: [CivilDate: (waited: Int, lastDay: CivilDate)] = [:]
    /// Countdowns to the start of a day: many officers share a TMT, and each countdown
    /// asks the time zone for its offset.
    private var countdowns: [CivilDate: Countdown] = [:]

    init(_ c: DerivationContext, elections: [ElectionDeadlines]) {
        var pendingNIPs = Set<NIP>()
        var followed = FollowedElection(c, elections: elections)
        // Per election once, not per request (date arithmetic, and a copy of an
        // election's deadlines retains all it holds).
        let pensionDates = elections.map(\.pensionDates)
        for request in c.dataset.requests where request.stage.isPending {
            pendingNIPs.insert(request.nip)
            pending.append(watch(request, c, &followed, elections: elections, pensionDates: pensionDates))
        }
        // Sorted as positions by keys read once, then put in that order in place: a
        // pending request carries its officer, and sorting the requests themselves moved
        // each one many times (the largest sort of deriving a million officers, `perf`).
        // Ties keep the order of `retirements.csv`, as the stable sort did.
        let keys = pending.indices.map { (pending[$0].deadline?.secondsLeft ?? Int.max, pending[$0].request.filedOn.dayNumber) }
        Permutation.gather(&pending, pending.indices.sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) })

        let horizon = c.today.adding(months: c.limits.ageRetirementMonths)
        // Dismissed, retired or deceased officers (SIASN status) leave nothing to chase.
        let officers = c.dataset.roster.officers
        // Officers counted on top of `pendingNIPs` (roster NIPs are unique): hashing
        // every officer into the set cost more than the rest of the loop at 100k.
        var pendingByAgeOnly = 0
        // Only the officers retiring by the horizon (a prefix of the roster's retirements
        // in date order, kept while the roster is unchanged): not every officer.
        for retirement in c.dataset.rosterFacts.retirements(through: horizon, in: c.dataset.roster) {
            let index = Int(retirement.index)
            let officer = officers[index]
            guard officer.isInService else { continue }
            let tmt = retirement.date
            let own = c.requestsByNIP[officer.nip] ?? []
            let ageRequest = own.first { $0.kind == .age && $0.stage == .decreed }
                ?? own.first { $0.kind == .age && $0.stage.isPending }
            let leavesEarlier = own.first {
                $0.kind.endsServiceForCandidacy && $0.stage != .rejected && ($0.effectiveOn ?? $0.filedOn) < tmt
            }
            let isPast = tmt <= c.today
            // Gone already: decreed and past, or left earlier by a decreed resignation.
            if isPast && ageRequest?.stage == .decreed { continue }
            if let leavesEarlier, leavesEarlier.stage == .decreed, (leavesEarlier.effectiveOn ?? leavesEarlier.filedOn) <= c.today { continue }
            let isPending = ageRequest?.stage != .decreed && leavesEarlier == nil
            ageRetirements.append(AgeRetirement(officers: officers, index: index, date: tmt, hasRequest: ageRequest != nil || leavesEarlier != nil,
                                                isPast: isPast, isPending: isPending))
            if isPending && !own.contains(where: { $0.stage.isPending }) { pendingByAgeOnly += 1 }
            if isPast && ageRequest == nil && leavesEarlier == nil {
                let countdown = self.countdown(toStartOf: tmt, c)
                alerts.append(Alert(kind: .pastRetirementAge, severity: .critical, nip: officer.nip, countdown: countdown, date: tmt))
            }
        }
        ageRetirements = Self.byDateThenName(ageRetirements)
        pendingOfficers = pendingNIPs.count + pendingByAgeOnly
    }

    /// By date, then name, equal ones in the order given. Each name is read once: the
    /// officer copied out of the roster at every comparison (most compare names, as
    /// many share a TMT) was a quarter of these rules' time at 1M officers (`perf`).
    static func byDateThenName(_ retirements: [AgeRetirement]) -> [AgeRetirement] {
        let dates = retirements.map(\.date)
        let names = retirements.map(\.officer.name)
        let order = retirements.indices.sorted { a, b in
            if dates[a] != dates[b] { return dates[a] < dates[b] }
            if names[a] != names[b] { return names[a] < names[b] }
            return a < b
        }
        return order.map { retirements[$0] }
    }

    private mutating func watch(_ request: RetirementRequest, _ c: DerivationContext, _ followed: inout FollowedElection,
                                elections: [ElectionDeadlines], pensionDates: [(deadline: CivilDate, fixingMonthEnd: CivilDate?)?])
        -> PendingRequest {
        let officer = c.dataset.roster[request.nip]
        let days = workingDays(filedOn: request.filedOn, c)
        let waited = days.waited
        let at = officer.flatMap { followed.index(of: $0) }
        // SIASN already says the officer left (dismissed, retired, deceased): the decree
        // exists somewhere, so a request row the office has not closed is no alarm.
        let hasLeft = officer.map { !$0.isInService } ?? false

        guard request.kind.endsServiceForCandidacy else {
            // Age request: watched against its TMT.
            let tmt = c.ageTMT(officer, request: request)
            var countdown: Countdown?
            if let tmt { countdown = self.countdown(toStartOf: tmt, c) }
            if !hasLeft, let tmt, let countdown, countdown.hasPassed || countdown.dayOffset <= c.limits.warningDays {
                alerts.append(Alert(kind: .ageDecreeDue, severity: c.severity(for: countdown, atLeast: .warning),
                                    nip: request.nip, countdown: countdown, date: tmt))
            }
            return PendingRequest(request: request, officer: officer, pension: nil, workingDaysWaiting: waited,
                                  lastAllowedDay: nil, isProcessingOverdue: false, deadline: countdown)
        }

        let lastDay = days.lastDay
        let overdue = c.today > lastDay
        let countdown = at.flatMap { elections[$0].deadline?.countdown }
        let electionID = at.map { elections[$0].election.id }
        var pension: PensionAssessment?
        if let officer {
            if let effective = request.effectiveOn {
                pension = PensionAssessment(officer: officer, on: effective)
            } else if let at, let dates = pensionDates[at] {
                pension = PensionAssessment(officer: officer, on: dates.deadline, orOn: dates.fixingMonthEnd)
            } else {
                pension = PensionAssessment(officer: officer, on: c.today)
            }
        }
        if overdue && !hasLeft {
            alerts.append(Alert(kind: .processingOverdue, severity: at != nil ? c.severity(for: countdown, atLeast: .warning) : .warning,
                                nip: request.nip, countdown: countdown, days: waited, date: lastDay,
                                limit: c.limits.processingWorkingDays, election: electionID))
        }
        if !hasLeft, request.kind == .early, pension?.verdict == .withoutPension {
            alerts.append(Alert(kind: .earlyRetirementWithoutPension, severity: .info, nip: request.nip, countdown: countdown,
                                election: electionID))
        }
        return PendingRequest(request: request, officer: officer, pension: pension, workingDaysWaiting: waited,
                              lastAllowedDay: lastDay, isProcessingOverdue: overdue, deadline: countdown)
    }

    private mutating func countdown(toStartOf day: CivilDate, _ c: DerivationContext) -> Countdown {
        if let known = countdowns[day] { return known }
        let countdown = c.countdown(toStartOf: day)
        countdowns[day] = countdown
        return countdown
    }

    private mutating func workingDays(filedOn: CivilDate, _ c: DerivationContext) -> (waited: Int, lastDay: CivilDate) {
        if let known = byFilingDay[filedOn] { return known }
        let days = (WorkingDays.between(filedOn, and: c.today, holidays: c.holidays),
                    WorkingDays.day(c.limits.processingWorkingDays, after: filedOn, holidays: c.holidays))
        byFilingDay[filedOn] = days
        return days
    }
}
