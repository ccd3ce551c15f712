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
        var candidateSide: CandidateRules?
        var otherSide: (RequestRules, CaseRules, CircularLedger, [Alert], KPUCrossCheck, [Alert])?
        Parallel.forEach(2) { side in
            if side == 0 {
                candidateSide = CandidateRules(context, elections: deadlines)
            } else {
                let requests = RequestRules(context, elections: deadlines)
                let cases = CaseRules(context)
                let ledger = CircularLedger(dataset, today: context.today)
                let kpu = dataset.kpuCheck ?? KPUCrossCheck(dataset: dataset)
                otherSide = (requests, cases, ledger, CircularRules.alerts(ledger), kpu, KPUAlerts.alerts(kpu, dataset: dataset))
            }
        }
        let candidates = candidateSide!
        let (requests, cases, ledger, circularAlerts, kpu, kpuAlerts) = otherSide!

        // Counted in one pass: a filtered copy of the statuses per election was 35 MB
        // of a million-officer check's peak (heaptrack).
        var tally: [String: (candidates: Int, unresolved: Int)] = [:]
        candidates.statuses.withUnsafeBufferPointer { statuses in
            for i in statuses.indices {
                guard let id = statuses[i].election?.id else { continue }
                tally[id, default: (0, 0)].candidates += 1
                if !statuses[i].isResolved { tally[id, default: (0, 0)].unresolved += 1 }
            }
        }
        elections = deadlines.map { e in
            let own = tally[e.election.id] ?? (0, 0)
            return ElectionStatus(election: e.election, deadline: e.deadline, fixing: e.fixing,
                                  candidates: own.candidates, unresolved: own.unresolved)
        }
        self.candidates = candidates.statuses
        pendingRequests = requests.pending
        ageRetirements = requests.ageRetirements
        self.cases = cases.states
        // One array of the final size, sorted in place: `a + b + c` then `sorted` made
        // three more copies, and 100k officers past their TMT make 100k alerts (≈20 MB).
        var alerts: [Alert] = []
        alerts.reserveCapacity(candidates.alerts.count + requests.alerts.count + cases.alerts.count + circularAlerts.count + kpuAlerts.count)
        alerts.append(contentsOf: candidates.alerts)
        alerts.append(contentsOf: requests.alerts)
        alerts.append(contentsOf: cases.alerts)
        alerts.append(contentsOf: circularAlerts)
        self.kpu = kpu
        alerts.append(contentsOf: kpuAlerts)
        // Sorted as positions by keys taken once, then gathered: an alert is large, and
        // sorting the alerts themselves moved each one a dozen times and compared their
        // fields afresh each time (thousands of alerts at 100k officers).
        let keys = alerts.map(Alert.UrgencyKey.init)
        let order = keys.indices.sorted { Alert.UrgencyKey.precedes(keys[$0], keys[$1]) }
        self.alerts = order.map { alerts[$0] }
        circulars = ledger
        counts = Counts(officers: dataset.roster.officers.count, candidates: candidates.statuses.count,
                        pendingRetirements: requests.pendingOfficers, openCases: cases.openCount)
        figures = Figures(elections: elections, candidates: candidates.statuses, pending: requests.pending, ages: requests.ageRetirements,
                          cases: cases.states, ledger: ledger, today: context.today, pendingRetirements: requests.pendingOfficers)
    }
}
