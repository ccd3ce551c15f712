import Foundation

/// Everything derived from a dataset at one moment: what the screens show.
///
/// Pure: the same dataset and instant always give the same situation. Each family of
/// rules lives in its own file: `StageRules` (stages, elections' deadlines),
/// `CandidateRules`, `RequestRules` (requests, age retirements) and `CaseRules`.
public struct Situation: Sendable {
    public let now: Date
    public let zone: TimeZone
    public let today: CivilDate
    public let stages: [StageStatus]
    /// Every election of the schedule, in file order.
    public let elections: [ElectionStatus]
    public let candidates: [CandidateStatus]
    public let pendingRequests: [PendingRequest]
    public let ageRetirements: [AgeRetirement]
    public let cases: [CaseState]
    public let alerts: [Alert]
    public let counts: Counts
    /// Circulars and how each unit stands with them; the units of `officers.csv`.
    public let circulars: CircularLedger
    /// The roster checked against KPU's lists in `kpu/` (empty without them).
    public let kpu: KPUCrossCheck
    public var units: UnitDirectory { circulars.directory }
    /// Every figure the surfaces show, counted once (see `Figures`).
    public let figures: Figures
    /// Dates the files give for what has already happened that lie after today
    /// (`FutureDates`), unlocated: `check` and the problems panel show the same.
    public let futureDates: [Diagnostic]

    /// The primary election's (first legislative) deadline and fixing stage.
    public var resignationDeadline: DeadlineStatus? { primaryElection?.deadline }
    public var dctDeadline: DeadlineStatus? { primaryElection?.fixing }
    public var primaryElection: ElectionStatus? { elections.first { $0.election.kind == .pileg } ?? elections.first }

    /// Stages running now (they may overlap).
    public var runningStages: [StageStatus] { stages.filter { $0.phase == .running } }
    /// The next stage to start.
    public var nextStage: StageStatus? {
        stages.filter { $0.phase == .upcoming }.min { $0.stage.start < $1.stage.start }
    }

    public init(dataset: Dataset, now: Date) {
        let context = DerivationContext(dataset: dataset, now: now)
        self.now = now
        zone = context.zone
        today = context.today
        stages = StageRules.stages(context)
        let deadlines = StageRules.elections(context)

        // The families of rules read the same dataset and write nothing shared: on two
        // cores they run at once. At a million officers the candidate rules (50k
        // candidates) take about as long as the request, case, circular and KPU rules
        // together, so each core gets one side.
        // The dates after today go with the candidates: that side is the shorter, and
        // they walk every officer (≈15 ms at a million, once in the first frame).
        var candidateSide: (rules: CandidateRules, alerts: [Alert], keys: [Alert.UrgencyKey], futureDates: [Diagnostic])?
        var otherSide: (RequestRules, CaseRules, CircularLedger, KPUCrossCheck, [Alert], [Alert.UrgencyKey])?
        Parallel.forEach(2) { side in
            if side == 0 {
                var rules = CandidateRules(context, elections: deadlines)
                var alerts = rules.takeAlerts()
                let keys = Alert.sortByUrgency(&alerts)
                candidateSide = (rules, alerts, keys, FutureDates.warnings(dataset, today: context.today))
            } else {
                var requests = RequestRules(context, elections: deadlines)
                var cases = CaseRules(context)
                let ledger = CircularLedger(dataset, today: context.today)
                let kpu = dataset.kpuCheck ?? KPUCrossCheck(dataset: dataset)
                // In the order the alerts were always gathered: ties keep it.
                var alerts = requests.takeAlerts()
                let caseAlerts = cases.takeAlerts()
                let circularAlerts = CircularRules.alerts(ledger), kpuAlerts = KPUAlerts.alerts(kpu, dataset: dataset)
                alerts.reserveCapacity(alerts.count + caseAlerts.count + circularAlerts.count + kpuAlerts.count)
                alerts.append(contentsOf: caseAlerts)
                alerts.append(contentsOf: circularAlerts)
                alerts.append(contentsOf: kpuAlerts)
                let keys = Alert.sortByUrgency(&alerts)
                otherSide = (requests, cases, ledger, kpu, alerts, keys)
            }
        }
        let candidates = candidateSide!.rules
        let (requests, cases, ledger, kpu, otherAlerts, otherKeys) = otherSide!

        // Counted in one pass: a filtered copy of the statuses per election was 35 MB
        // of a million-officer check's peak (heaptrack). By the election's position; an
        // election whose id an earlier one already has shares that one's count, as when
        // counted by id.
        let sameID = Self.firstPositionOfEachID(deadlines)
        var tally = [(candidates: Int, unresolved: Int)](repeating: (0, 0), count: deadlines.count)
        candidates.statuses.withUnsafeBufferPointer { statuses in
            for i in statuses.indices {
                let at = Int(candidates.electionPositions[i])
                guard at >= 0 else { continue }
                tally[at].candidates += 1
                if !statuses[i].isResolved { tally[at].unresolved += 1 }
            }
        }
        elections = deadlines.indices.map { k in
            let e = deadlines[k], own = tally[sameID[k]]
            return ElectionStatus(election: e.election, deadline: e.deadline, fixing: e.fixing,
                                  candidates: own.candidates, unresolved: own.unresolved)
        }
        self.candidates = candidates.statuses
        pendingRequests = requests.pending
        ageRetirements = requests.ageRetirements
        self.cases = cases.states
        // The candidates' alerts came first when all were gathered, so they win ties.
        alerts = Alert.mergedByUrgency(candidateSide!.alerts, candidateSide!.keys, otherAlerts, otherKeys)
        futureDates = candidateSide!.futureDates
        candidateSide = nil
        otherSide = nil
        self.kpu = kpu
        circulars = ledger
        counts = Counts(officers: dataset.roster.officers.count, candidates: candidates.statuses.count,
                        pendingRetirements: requests.pendingOfficers, openCases: cases.openCount)
        figures = Figures(elections: elections, sameID: sameID, candidates: candidates.statuses, positions: candidates.electionPositions,
                          pending: requests.pending, ages: requests.ageRetirements,
                          cases: cases.states, ledger: ledger, today: context.today, pendingRetirements: requests.pendingOfficers)
    }

    /// For each election, the position of the first election with its id (itself, but
    /// for a schedule that repeats an id: candidates follow the first, `FollowedElection`).
    static func firstPositionOfEachID(_ elections: [ElectionDeadlines]) -> [Int] {
        var first: [String: Int] = [:]
        return elections.indices.map { k in
            if let earlier = first[elections[k].election.id] { return earlier }
            first[elections[k].election.id] = k
            return k
        }
    }
}
