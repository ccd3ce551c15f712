import Foundation

/// Where an election stage stands relative to now.
public struct StageStatus: Sendable, Equatable {
    public enum Phase: String, Sendable { case upcoming, running, done }
    public let stage: Stage
    public let phase: Phase
    /// To the start while upcoming, to the end while running or done.
    public let countdown: Countdown
    /// Elapsed fraction 0…1 of the stage.
    public let progress: Double
}

/// A deadline stage with the time left until its end.
public struct DeadlineStatus: Sendable, Equatable {
    public let stage: Stage
    public let countdown: Countdown
}

/// A registered candidate and how their resignation stands.
public struct CandidateStatus: Sendable {
    public let officer: Officer
    /// The request that decides their situation: a decreed one, else the latest
    /// pending, else the latest rejected.
    public let request: RetirementRequest?
    public let pension: PensionAssessment
    public var isResolved: Bool { request?.stage == .decreed }
}

/// A retirement or resignation request still being processed.
public struct PendingRequest: Sendable {
    public let request: RetirementRequest
    public let officer: Officer?
    /// For resignations and early retirements.
    public let pension: PensionAssessment?
    public let workingDaysWaiting: Int
    public let isProcessingOverdue: Bool
    /// Time left until the resignation deadline, when the officer is a candidate.
    public let deadline: Countdown?
}

/// An officer whose retirement by age is coming up.
public struct AgeRetirement: Sendable {
    public let officer: Officer
    public let date: CivilDate
    /// Whether a request of kind `age` is already in process.
    public let hasRequest: Bool
}

/// A neutrality case with its derived due date.
public struct CaseState: Sendable {
    public let item: NeutralityCase
    public let due: CivilDate
    public let isOverdue: Bool
    /// Positive when overdue.
    public let daysPastDue: Int
    /// The reported officer is a registered candidate.
    public let officerIsCandidate: Bool
    public let officer: Officer?
}

/// Headline numbers for the overview and `netra check`.
public struct Counts: Sendable, Equatable {
    public var officers = 0
    public var candidates = 0
    public var pendingRetirements = 0
    public var openCases = 0
}

/// Everything derived from a dataset at one moment: what the screens show.
///
/// Pure: the same dataset and instant always give the same situation.
public struct Situation: Sendable {
    public let now: Date
    public let zone: TimeZone
    public let today: CivilDate
    public let stages: [StageStatus]
    public let resignationDeadline: DeadlineStatus?
    public let dctDeadline: DeadlineStatus?
    public let candidates: [CandidateStatus]
    public let pendingRequests: [PendingRequest]
    public let ageRetirements: [AgeRetirement]
    public let cases: [CaseState]
    public let alerts: [Alert]
    public let counts: Counts

    /// Stages running now (they may overlap).
    public var runningStages: [StageStatus] { stages.filter { $0.phase == .running } }
    /// The next stage to start.
    public var nextStage: StageStatus? {
        stages.filter { $0.phase == .upcoming }.min { $0.stage.start < $1.stage.start }
    }

    public init(dataset: Dataset, now: Date) {
        let settings = dataset.settings
        let zone = settings.timeZone
        let limits = settings.thresholds
        let today = CivilDate(now, in: zone)
        self.now = now
        self.zone = zone
        self.today = today
        let holidays = dataset.schedule?.holidays ?? []

        // Stages
        stages = (dataset.schedule?.stages ?? []).map { stage in
            let phase: StageStatus.Phase = now < stage.start ? .upcoming : (now <= stage.end ? .running : .done)
            let length = stage.end.timeIntervalSince(stage.start)
            let progress = length <= 0 ? (phase == .upcoming ? 0 : 1)
                : min(1, max(0, now.timeIntervalSince(stage.start) / length))
            let target = phase == .upcoming ? stage.start : stage.end
            return StageStatus(stage: stage, phase: phase, countdown: Countdown(to: target, from: now, in: zone), progress: progress)
        }
        let deadline = dataset.schedule?.resignationDeadline.map {
            DeadlineStatus(stage: $0, countdown: Countdown(to: $0.end, from: now, in: zone))
        }
        resignationDeadline = deadline
        dctDeadline = dataset.schedule?.dctStage.map {
            DeadlineStatus(stage: $0, countdown: Countdown(to: $0.end, from: now, in: zone))
        }
        let deadlineDay = deadline.map { CivilDate($0.stage.end, in: zone) }

        var alerts: [Alert] = []
        func severity(for countdown: Countdown?, atLeast base: Alert.Severity) -> Alert.Severity {
            guard let countdown else { return base }
            if countdown.hasPassed || countdown.dayOffset <= limits.criticalDays { return .critical }
            if countdown.dayOffset <= limits.warningDays { return max(base, .warning) }
            return base
        }

        // Requests by officer
        var requestsByNIP: [NIP: [RetirementRequest]] = [:]
        for request in dataset.requests { requestsByNIP[request.nip, default: []].append(request) }

        // Candidates
        var candidates: [CandidateStatus] = []
        var counts = Counts()
        counts.officers = dataset.roster.officers.count
        var ageRetirements: [AgeRetirement] = []
        let ageHorizon = today.adding(months: limits.ageRetirementMonths)
        // Dismissed, retired or deceased officers (SIASN status) leave nothing to chase.
        for officer in dataset.roster.officers where officer.isInService {
            if let date = officer.ageRetirementDate, date > today, date <= ageHorizon {
                let hasRequest = requestsByNIP[officer.nip]?.contains { $0.kind == .age && $0.stage != .rejected } ?? false
                ageRetirements.append(AgeRetirement(officer: officer, date: date, hasRequest: hasRequest))
            }
            guard officer.candidacy.isActiveCandidate else { continue }
            counts.candidates += 1
            let own = (requestsByNIP[officer.nip] ?? []).filter { $0.kind.endsServiceForCandidacy }
            let decisive = own.first { $0.stage == .decreed }
                ?? own.filter { $0.stage.isPending }.max { $0.filedOn < $1.filedOn }
                ?? own.filter { $0.stage == .rejected }.max { $0.filedOn < $1.filedOn }
            let assessedOn = decisive?.effectiveOn ?? deadlineDay ?? today
            candidates.append(CandidateStatus(officer: officer, request: decisive,
                                              pension: PensionAssessment(officer: officer, on: assessedOn)))

            guard decisive?.stage != .decreed, let deadline else { continue }
            let countdown = deadline.countdown
            if countdown.hasPassed {
                alerts.append(Alert(kind: .candidateMissedDeadline,
                                    severity: officer.candidacy == .dct ? .critical : .warning,
                                    nip: officer.nip, countdown: countdown))
            } else if let decisive, decisive.stage == .rejected {
                alerts.append(Alert(kind: .candidateRequestRejected, severity: severity(for: countdown, atLeast: .warning),
                                    nip: officer.nip, countdown: countdown))
            } else if decisive != nil {
                alerts.append(Alert(kind: .candidateRequestPending, severity: severity(for: countdown, atLeast: .info),
                                    nip: officer.nip, countdown: countdown))
            } else {
                alerts.append(Alert(kind: .candidateWithoutRequest, severity: severity(for: countdown, atLeast: .warning),
                                    nip: officer.nip, countdown: countdown))
            }
        }
        self.candidates = candidates.sorted { $0.officer.name < $1.officer.name }

        // Pending requests
        var pending: [PendingRequest] = []
        for request in dataset.requests where request.stage.isPending {
            let officer = dataset.roster[request.nip]
            let waited = WorkingDays.between(request.filedOn, and: today, holidays: holidays)
            let overdue = waited > limits.processingWorkingDays
            let isCandidate = officer?.candidacy.isActiveCandidate ?? false
            let countdown = isCandidate ? deadline?.countdown : nil
            var pension: PensionAssessment?
            if request.kind.endsServiceForCandidacy, let officer {
                pension = PensionAssessment(officer: officer, on: request.effectiveOn ?? (isCandidate ? deadlineDay : nil) ?? today)
            }
            pending.append(PendingRequest(request: request, officer: officer, pension: pension,
                                          workingDaysWaiting: waited, isProcessingOverdue: overdue, deadline: countdown))
            if overdue {
                alerts.append(Alert(kind: .processingOverdue, severity: isCandidate ? severity(for: countdown, atLeast: .warning) : .warning,
                                    nip: request.nip, countdown: countdown, days: waited))
            }
            if request.kind == .early, pension?.verdict == .withoutPension {
                alerts.append(Alert(kind: .earlyRetirementWithoutPension, severity: .info, nip: request.nip, countdown: countdown))
            }
        }
        pendingRequests = pending.sorted {
            ($0.deadline?.secondsLeft ?? Int.max, $0.request.filedOn.dayNumber) < ($1.deadline?.secondsLeft ?? Int.max, $1.request.filedOn.dayNumber)
        }
        self.ageRetirements = ageRetirements.sorted { $0.date < $1.date }
        counts.pendingRetirements = pending.count + ageRetirements.filter { !$0.hasRequest }.count

        // Cases
        var caseStates: [CaseState] = []
        for item in dataset.cases {
            let due = item.dueOn ?? item.reportedOn.adding(days: limits.caseDueDays)
            let officer = item.nip.flatMap { dataset.roster[$0] }
            let isCandidate = officer?.candidacy.isActiveCandidate ?? false
            let late = today.dayNumber - due.dayNumber
            let overdue = item.status.isOpen && late > 0
            caseStates.append(CaseState(item: item, due: due, isOverdue: overdue, daysPastDue: max(0, late),
                                        officerIsCandidate: isCandidate, officer: officer))
            guard item.status.isOpen else { continue }
            counts.openCases += 1
            let countdown = Countdown(to: due.instant(in: zone, secondsIntoDay: 86_399), from: now, in: zone)
            if overdue {
                alerts.append(Alert(kind: .caseOverdue, severity: isCandidate ? .critical : .warning,
                                    nip: item.nip, caseID: item.id, countdown: countdown, days: late))
            } else if late >= -1 {
                alerts.append(Alert(kind: .caseDueSoon, severity: .info, nip: item.nip, caseID: item.id, countdown: countdown))
            }
        }
        cases = caseStates.sorted { ($0.due, $0.item.id) < ($1.due, $1.item.id) }
        self.alerts = alerts.sorted(by: Alert.mostUrgentFirst)
        self.counts = counts
    }
}
