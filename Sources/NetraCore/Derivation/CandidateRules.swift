/// How each registered candidate stands against the resignation deadline of the
/// election the candidacy belongs to.
///
/// A candidate must be dismissed (decree in hand) by the end of the election's
/// `resignation_deadline` stage. Alerts, most urgent first: no request (warning),
/// request pending (info), request rejected (warning), each escalating within
/// `warning_days` / `critical_days`; once the deadline has passed without a decree,
/// critical for a fixed candidate (DCT, paslon) and a warning for one who is left off
/// the list. A candidate whose age retirement comes on or before the deadline needs no
/// resignation: an info line says so. Without a deadline (no schedule, or an election
/// without `resignation_deadline`) every candidate lacking a decree gets a warning
/// that the deadline cannot be checked.
struct CandidateRules {
    private(set) var statuses: [CandidateStatus] = []
    private(set) var alerts: [Alert] = []
    /// Each status's election as its position in the elections given (-1: none), so
    /// that tallies by election count in arrays instead of copying each status's
    /// election and hashing its id (twice 50k at a million officers).
    private(set) var electionPositions: [Int32] = []

    /// The alerts, handed over whole (left empty here): `Situation` sorts them where
    /// they lie instead of sorting a copy while these are still held.
    mutating func takeAlerts() -> [Alert] {
        var taken: [Alert] = []
        swap(&taken, &alerts)
        return taken
    }

    init(_ c: DerivationContext, elections: [ElectionDeadlines]) {
        // Dismissed, retired or deceased officers (SIASN status) leave nothing to chase.
        let officers = c.dataset.roster.officers
        var followed = FollowedElection(c, elections: elections)
        // Per election once, not per candidate: the end of the fixing month is date
        // arithmetic, and a copy of an election's deadlines retains all it holds.
        let pensionDates = elections.map(\.pensionDates)
        // In name order already (kept with the roster): the statuses need no sort.
        let order = c.dataset.rosterFacts.activeCandidatesByName(in: c.dataset.roster)
        statuses.reserveCapacity(order.count)
        alerts.reserveCapacity(order.count)
        for index in order {
            let officer = officers[Int(index)]
            guard officer.isInService else { continue }
            let at = followed.index(of: officer)
            let own = c.requestsByNIP[officer.nip] ?? []
            let leaving = own.filter { $0.kind.endsServiceForCandidacy }
            let decisive = leaving.first { $0.stage == .decreed }
                ?? leaving.filter { $0.stage.isPending }.max { $0.filedOn < $1.filedOn }
                ?? leaving.filter { $0.stage == .rejected }.max { $0.filedOn < $1.filedOn }
            let deadline = at.flatMap { elections[$0].deadline }

            // Retirement by age on or before the deadline dismisses him anyway.
            let ageRequest = own.first { $0.kind == .age && $0.stage != .rejected }
            let tmt = c.ageTMT(officer, request: ageRequest)
            let retiresFirst = tmt.flatMap { tmt in deadline.flatMap { tmt <= $0.day ? tmt : nil } }

            let pension: PensionAssessment
            if let effective = decisive?.effectiveOn {
                pension = PensionAssessment(officer: officer, on: effective)
            } else if let at, let dates = pensionDates[at] {
                pension = PensionAssessment(officer: officer, on: dates.deadline, orOn: dates.fixingMonthEnd)
            } else {
                pension = PensionAssessment(officer: officer, on: c.today)
            }
            let election = at.map { elections[$0].election }
            statuses.append(CandidateStatus(officer: officer, election: election, deadline: deadline, request: decisive,
                                            pension: pension, retiresByAgeOn: retiresFirst))
            electionPositions.append(Int32(at ?? -1))

            guard decisive?.stage != .decreed else { continue }
            guard let deadline else {
                alerts.append(Alert(kind: .candidateDeadlineUnknown, severity: .warning, nip: officer.nip, election: election?.id))
                continue
            }
            let countdown = deadline.countdown
            let id = election?.id
            func alert(_ kind: Alert.Kind, _ severity: Alert.Severity, date: CivilDate? = nil) {
                alerts.append(Alert(kind: kind, severity: severity, nip: officer.nip, countdown: countdown, date: date, election: id))
            }
            if let retiresFirst {
                if !countdown.hasPassed { alert(.candidateRetiresFirst, .info, date: retiresFirst) }
            } else if countdown.hasPassed {
                alert(.candidateMissedDeadline, officer.candidacy.isFixed ? .critical : .warning, date: deadline.day)
            } else if let decisive, decisive.stage == .rejected {
                alert(.candidateRequestRejected, c.severity(for: countdown, atLeast: .warning))
            } else if decisive != nil {
                alert(.candidateRequestPending, c.severity(for: countdown, atLeast: .info))
            } else {
                alert(.candidateWithoutRequest, c.severity(for: countdown, atLeast: .warning))
            }
        }
    }
}


/// The election a candidate is followed under: the one their `election` cell (or their
/// candidacy's kind) chooses from the schedule, with its deadlines. The candidate rules
/// and the request rules each ask it for their own officers, so the two can run at once
/// (`Situation`) instead of one waiting for a table the other built.
struct FollowedElection {
    private var choices: ElectionChoices?
    private let elections: [ElectionDeadlines]
    /// Elections by id, looked up once per candidate instead of scanned.
    private let index: [String: Int]

    init(_ c: DerivationContext, elections: [ElectionDeadlines]) {
        choices = c.dataset.schedule.map(ElectionChoices.init)
        self.elections = elections
        index = Dictionary(elections.enumerated().map { ($1.election.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Where `officer`'s election is in the elections given, while they are an active
    /// candidate in service; else `nil`.
    mutating func index(of officer: Officer) -> Int? {
        guard officer.candidacy.isActiveCandidate, officer.isInService else { return nil }
        return choices?.position(for: officer, among: index)
    }
}
