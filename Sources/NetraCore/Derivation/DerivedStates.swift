import Foundation

/// Where an election stage stands relative to now.
public struct StageStatus: Sendable, Equatable {
    public enum Phase: String, Sendable { case upcoming, running, done }
    public let stage: Stage
    public let phase: Phase
    /// To the start while upcoming, to the end while running or done; days counted in
    /// the zone that boundary was written in.
    public let countdown: Countdown
    /// Elapsed fraction 0…1 of the stage.
    public let progress: Double
}

/// A deadline stage with the time left until its end, counted in the zone the end
/// was written in (`countdown.zone`).
public struct DeadlineStatus: Sendable, Equatable {
    public let stage: Stage
    public let countdown: Countdown

    /// The deadline's date as published (in its own zone).
    public var day: CivilDate { countdown.day }
}

/// One election's deadlines and how its candidates stand.
public struct ElectionStatus: Sendable {
    public let election: Election
    /// The end of the stage by which dismissal decrees must be in.
    public let deadline: DeadlineStatus?
    /// The end of the stage that fixes the candidates (DCT, penetapan paslon).
    public let fixing: DeadlineStatus?
    /// Active candidates followed under this election.
    public let candidates: Int
    /// Of those, how many still lack a dismissal decree and do not retire by age first.
    public let unresolved: Int
}

/// A registered candidate and how their resignation stands.
public struct CandidateStatus: Sendable {
    public let officer: Officer
    /// The election the candidacy belongs to, when the schedule has one.
    public let election: Election?
    /// That election's resignation deadline, counted in the zone it was written in:
    /// the only deadline any surface shows beside this person (a Pilkada hopeful's is
    /// not the Pemilu's). `nil` when the election or its deadline is unknown.
    public let deadline: DeadlineStatus?
    /// The request that decides their situation: a decreed one, else the latest
    /// pending, else the latest rejected.
    public let request: RetirementRequest?
    /// On the request's effective date; without one, on the deadline's date and on
    /// the end of the month in which candidates are fixed.
    public let pension: PensionAssessment
    /// The age-retirement TMT when it comes on or before the deadline: the pension
    /// decree then dismisses the officer anyway.
    public let retiresByAgeOn: CivilDate?

    /// Nothing more is needed for the candidacy: a decree, or retirement by age first.
    public var isResolved: Bool { request?.stage == .decreed || retiresByAgeOn != nil }
}

/// A retirement or resignation request still being processed.
public struct PendingRequest: Sendable {
    public let request: RetirementRequest
    public let officer: Officer?
    /// For resignations and early retirements.
    public let pension: PensionAssessment?
    public let workingDaysWaiting: Int
    /// Resignations and early retirements: the last working day the decree is in
    /// time (`processing_working_days` after filing). `nil` for age requests, which
    /// are watched against their TMT instead.
    public let lastAllowedDay: CivilDate?
    public let isProcessingOverdue: Bool
    /// Time left until what the decree must beat: the resignation deadline when the
    /// officer is a candidate, the TMT for an age request.
    public let deadline: Countdown?
}

/// An officer whose retirement by age is coming up, or whose TMT has passed while
/// the decree is still missing.
public struct AgeRetirement: Sendable {
    /// The officer, looked up in the roster this was derived from. Not stored as a copy:
    /// an `Officer` is a few hundred bytes, and a roster where every officer is near or
    /// past the TMT made a second 100k-officer array per derivation (≈36 MB at 100k,
    /// re-derived every minute and after each reload).
    public var officer: Officer { officers[index] }
    /// The roster's officers (a shared buffer, not a copy) and this one's position.
    private let officers: [Officer]
    private let index: Int
    /// The TMT pensiun.
    public let date: CivilDate
    /// A request already handles it: an age request in process or decreed, or a
    /// resignation / early retirement taking effect before the TMT.
    public let hasRequest: Bool
    /// The TMT is today or earlier.
    public let isPast: Bool
    /// Still to be settled: no decreed age request and no earlier departure.
    public let isPending: Bool

    init(officers: [Officer], index: Int, date: CivilDate, hasRequest: Bool, isPast: Bool, isPending: Bool) {
        self.officers = officers
        self.index = index
        self.date = date
        self.hasRequest = hasRequest
        self.isPast = isPast
        self.isPending = isPending
    }
}

/// A neutrality case with its derived due dates.
public struct CaseState: Sendable {
    public let item: NeutralityCase
    /// Bawaslu's follow-up date (`due_on`, else reported + `case_due_days`): what
    /// `isOverdue` and the overdue alerts are about, while the case is at Bawaslu.
    public let due: CivilDate
    public let isOverdue: Bool
    /// Positive when overdue.
    public let daysPastDue: Int
    /// The reported officer is a registered candidate.
    public let officerIsCandidate: Bool
    public let officer: Officer?
    /// Derived from the filled columns (see `CaseStage.of`).
    public var stage: CaseStage = .reported
    /// When the PPK must decide: `ppk_due`, else the recommendation + `[cases] ppk_days`.
    public var ppkDue: CivilDate?
    /// The deadline that applies where the case is now (`CaseRules.stageDue`):
    /// Bawaslu's date while it is there, the recommendation's expected date once
    /// forwarded, the PPK's decision date once recommended or blocked; `nil` when the
    /// case is settled or the date that would apply is not known.
    public var stageDue: CivilDate?

    /// Days past `stageDue` while the case is open; 0 otherwise.
    public func daysPastStageDue(today: CivilDate) -> Int {
        guard isOpen, let stageDue else { return 0 }
        return max(0, today.dayNumber - stageDue.dayNumber)
    }

    /// Still needs someone to act (for a file without the forwarding columns: its status is open).
    public var isOpen: Bool { stage.isOpen }
}

/// Headline numbers for the overview and `netra check`.
public struct Counts: Sendable, Equatable {
    public var officers = 0
    public var candidates = 0
    /// Officers, each counted once, with a request in process or an age retirement
    /// within the horizon (or past) that nothing settles yet.
    public var pendingRetirements = 0
    public var openCases = 0

    public init(officers: Int = 0, candidates: Int = 0, pendingRetirements: Int = 0, openCases: Int = 0) {
        self.officers = officers
        self.candidates = candidates
        self.pendingRetirements = pendingRetirements
        self.openCases = openCases
    }
}

/// What every rule reads: the dataset, the moment, the settings, requests by officer.
struct DerivationContext {
    let dataset: Dataset
    let now: Date
    let zone: TimeZone
    let today: CivilDate
    let limits: AlertThresholds
    let holidays: Set<CivilDate>
    let requestsByNIP: [NIP: [RetirementRequest]]

    init(dataset: Dataset, now: Date) {
        self.dataset = dataset
        self.now = now
        zone = dataset.settings.timeZone
        today = CivilDate(now, in: zone)
        limits = dataset.settings.thresholds
        holidays = dataset.schedule?.holidays ?? []
        var byNIP: [NIP: [RetirementRequest]] = [:]
        for request in dataset.requests { byNIP[request.nip, default: []].append(request) }
        requestsByNIP = byNIP
    }

    /// A pending matter turns into a warning within `warning_days` of its deadline and
    /// critical within `critical_days` or once it has passed.
    func severity(for countdown: Countdown?, atLeast base: Alert.Severity) -> Alert.Severity {
        guard let countdown else { return base }
        if countdown.hasPassed || countdown.dayOffset <= limits.criticalDays { return .critical }
        if countdown.dayOffset <= limits.warningDays { return max(base, .warning) }
        return base
    }

    /// A civil date's midnight in the office's zone, as a countdown (TMTs, due dates).
    func countdown(toStartOf day: CivilDate, secondsIntoDay: Int = 0) -> Countdown {
        Countdown(to: day.instant(in: zone, secondsIntoDay: secondsIntoDay), from: now, in: zone)
    }

    /// The TMT an age retirement takes effect on: the request's, else the officer's.
    func ageTMT(_ officer: Officer?, request: RetirementRequest?) -> CivilDate? {
        request?.effectiveOn ?? officer?.ageRetirementDate
    }
}
