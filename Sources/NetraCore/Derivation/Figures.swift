/// Every figure the product shows, computed once per situation by one pure function
/// and read by every surface: the overview, the list filters and their counts, `netra
/// export`'s named filters, `netra check` (text and JSON) and the kiosk. A surface that
/// needs a number reads it here rather than counting for itself, so "lewat batas" is
/// one set of cases wherever it is written.
public struct Figures: Sendable {
    /// One election's candidates by the state of their decisive request.
    public struct ElectionFigure: Sendable {
        public let election: ElectionStatus
        public let tally: CandidateTally
    }

    /// Per election, in the schedule's order.
    public let elections: [ElectionFigure]
    /// Every active candidate, whatever their election.
    public let candidates: CandidateTally
    /// Resignations and early retirements past their last allowed working day without
    /// a decree (the Pensiun list's "overdue" filter, `processingOverdue` alerts).
    public let overdueRequests: [PendingRequest]
    /// Officers with a request in process or an age retirement nothing settles yet.
    public let pendingRetirements: Int
    /// Age retirements past the TMT without a decree.
    public let pastRetirementAge: Int
    /// Cases still needing someone to act (by stage).
    public let openCases: Int
    /// Open cases past the date of the stage they are in (`CaseState.isPastStageDue`),
    /// in the cases' order: the one meaning of an overdue case.
    public let overdueCases: [CaseState]
    /// The circular the region works on now, its completion and lateness.
    public let circular: CircularProgress?
    /// Circulars past their due date with units not done (one `circularLate` alert each).
    public let lateCirculars: [CircularLedger.Entry]

    /// The overdue cases whose missed deadline is `clock`'s.
    public func overdueCases(_ clock: CaseClock) -> [CaseState] { overdueCases.filter { $0.clock == clock } }

    /// `positions`: each candidate's election as its place in `elections` (-1: none);
    /// `sameID`: for each election, the first with its id (`Situation`).
    init(elections: [ElectionStatus], sameID: [Int], candidates: [CandidateStatus], positions: [Int32], pending: [PendingRequest],
         ages: [AgeRetirement], cases: [CaseState], ledger: CircularLedger, today: CivilDate, pendingRetirements: Int) {
        // One pass, each status counted where it lies: grouping copies of the statuses
        // per election was a fifth of a million-officer derivation.
        var byElection = [CandidateTally](repeating: CandidateTally(), count: elections.count)
        var all = CandidateTally()
        candidates.withUnsafeBufferPointer { statuses in
            for i in statuses.indices {
                all.add(statuses[i])
                if positions[i] >= 0 { byElection[Int(positions[i])].add(statuses[i]) }
            }
        }
        self.elections = elections.indices.map { ElectionFigure(election: elections[$0], tally: byElection[sameID[$0]]) }
        self.candidates = all
        overdueRequests = pending.filter(\.isProcessingOverdue)
        self.pendingRetirements = pendingRetirements
        pastRetirementAge = ages.lazy.filter { $0.isPast && $0.isPending }.count
        openCases = cases.lazy.filter(\.isOpen).count
        overdueCases = cases.filter { $0.isPastStageDue(today: today) }
        circular = CircularProgress.current(ledger)
        lateCirculars = ledger.entries.filter { $0.late > 0 && ($0.daysToDue ?? 0) < 0 }
    }
}
