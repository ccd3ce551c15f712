/// Something that needs attention, derived from the data and the clock.
///
/// Alerts carry facts, not sentences: each front end words them in its own language.
public struct Alert: Sendable, Equatable {
    public enum Severity: Int, Sendable, Comparable, CaseIterable {
        case info, warning, critical
        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
        public var name: String { ["info", "warning", "critical"][rawValue] }

        /// How many of `alerts` have each severity (those with none are absent).
        ///
        /// Read field by field: a `for a in alerts` copied every alert (its strings
        /// retained and released) to read one byte, 4 % of an overview keystroke at
        /// 100k officers, and a box title counts 66k alerts at 1M on every frame.
        public static func counts(in alerts: [Alert]) -> [Severity: Int] {
            var tally = [0, 0, 0]
            alerts.withUnsafeBufferPointer { buffer in
                for i in buffer.indices { tally[buffer[i].severity.rawValue] += 1 }
            }
            var counts: [Severity: Int] = [:]
            for severity in allCases where tally[severity.rawValue] > 0 { counts[severity] = tally[severity.rawValue] }
            return counts
        }
    }

    public enum Kind: String, Sendable, CaseIterable {
        /// A registered candidate has filed no resignation or early-retirement request.
        case candidateWithoutRequest
        /// A candidate's request is filed but its decree is not out yet.
        case candidateRequestPending
        /// A candidate's only request was rejected.
        case candidateRequestRejected
        /// The resignation deadline passed with no decree: critical for a fixed
        /// candidate (DCT, paslon), a warning for one who is left off the list.
        case candidateMissedDeadline
        /// A candidate retires by age on or before the deadline: the pension decree
        /// is the proof of dismissal (`date` is the TMT).
        case candidateRetiresFirst
        /// A candidate without a decree whose deadline is unknown: no `schedule.toml`,
        /// or their election names no resignation deadline. Never silence: "no
        /// alerts" would claim the deadline is met.
        case candidateDeadlineUnknown
        /// A resignation or early retirement has waited past its last allowed working
        /// day (`date`) for its decree; `days` is the working days waited, `limit` the
        /// allowed number.
        case processingOverdue
        /// An officer is past the retirement-age TMT (`date`) and no pension request
        /// is on file: salary paid after the TMT has to be recovered.
        case pastRetirementAge
        /// An age-retirement request has no decree and its TMT (`date`) is near or past.
        case ageDecreeDue
        /// An early-retirement request from an officer who does not meet 50 years of
        /// age and 20 of service: it would be a resignation without pension.
        case earlyRetirementWithoutPension
        /// An open neutrality case is past its follow-up date.
        case caseOverdue
        /// An open case must be followed up today or tomorrow.
        case caseDueSoon
        /// A case forwarded to KASN/BKN (`date`) has waited `days` for a recommendation,
        /// more than `limit` (`[cases] forwarded_days`).
        case caseAwaitingRecommendation
        /// The PPK's decision on a recommendation is due (`date`) soon or is past due.
        case casePPKDecisionDue
        /// BKN blocked the officer's personnel data (SIASN status 92): the PPK did not act.
        case caseDataBlocked
        /// A circular's due date (`date`) passed with units that have not done what it
        /// asks: one alert per circular, `units` of them late, `days` past the date.
        case circularLate
        /// An officer who is not a recorded candidate is likely on a KPU list (`kpu`
        /// names the entry and score): a warning, critical once `kpu-review.csv` confirms it.
        case kpuListedNotRecorded
        /// A recorded candidate is on none of the loaded KPU lists of their election.
        case kpuCandidateNotListed
    }

    public var kind: Kind
    public var severity: Severity
    /// The officer concerned, when known.
    public var nip: NIP?
    /// The case concerned, for case alerts.
    public var caseID: String?
    /// Time left until the deadline that makes this urgent.
    public var countdown: Countdown?
    /// Working days waited (processing) or days past due (cases).
    public var days: Int?
    /// The date the alert is about: a TMT, the last allowed working day.
    public var date: CivilDate?
    /// The allowed number of working days (processing).
    public var limit: Int?
    /// The election a candidate alert belongs to (its id).
    public var election: String?
    /// The circular a circular alert is about (its id in `circulars.csv`).
    public var circularID: String?
    /// How many units a circular alert counts.
    public var units: Int?
    /// The KPU list entry and score, for the KPU alerts.
    public var kpu: KPUAlertFacts?

    public init(kind: Kind, severity: Severity, nip: NIP? = nil, caseID: String? = nil,
                countdown: Countdown? = nil, days: Int? = nil, date: CivilDate? = nil, limit: Int? = nil,
                election: String? = nil, circularID: String? = nil, units: Int? = nil, kpu: KPUAlertFacts? = nil) {
        self.kpu = kpu
        self.kind = kind
        self.severity = severity
        self.nip = nip
        self.caseID = caseID
        self.countdown = countdown
        self.days = days
        self.date = date
        self.limit = limit
        self.election = election
        self.circularID = circularID
        self.units = units
    }

    /// What `mostUrgentFirst` compares, taken once per alert: sorting tens of thousands
    /// of alerts compared each pair's fields afresh (optional unwrapping, a kind's name,
    /// case ids) ≈17 times per alert.
    struct UrgencyKey {
        let severity: Int
        let seconds: Int
        let kind: String
        let nip: UInt64
        let id: String

        init(_ alert: Alert) {
            severity = alert.severity.rawValue
            seconds = alert.countdown?.secondsLeft ?? Int.max
            kind = alert.kind.rawValue
            nip = alert.nip?.value ?? 0
            id = alert.caseID ?? alert.circularID ?? ""
        }

        /// The order of `mostUrgentFirst`.
        static func precedes(_ a: UrgencyKey, _ b: UrgencyKey) -> Bool {
            if a.severity != b.severity { return a.severity > b.severity }
            if a.seconds != b.seconds { return a.seconds < b.seconds }
            if a.kind != b.kind { return a.kind < b.kind }
            return (a.nip, a.id) < (b.nip, b.id)
        }
    }

    /// Most urgent first: severity, then the nearest deadline, then a stable order.
    public static func mostUrgentFirst(_ a: Alert, _ b: Alert) -> Bool {
        UrgencyKey.precedes(UrgencyKey(a), UrgencyKey(b))
    }
}
