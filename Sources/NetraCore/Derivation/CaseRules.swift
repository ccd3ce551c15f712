/// Neutrality cases: due dates, overdue and due-soon alerts.
///
/// A case at Bawaslu (reported, in review) past its due date (`due_on`, else
/// `reported_on` + `case_due_days`) is overdue: a warning, critical when the officer is
/// a candidate. One due today or tomorrow is an info line.
struct CaseRules {
    private(set) var states: [CaseState] = []
    private(set) var alerts: [Alert] = []

    /// The alerts, handed over whole (left empty here): `Situation` sorts them where
    /// they lie instead of sorting a copy while these are still held.
    mutating func takeAlerts() -> [Alert] {
        var taken: [Alert] = []
        swap(&taken, &alerts)
        return taken
    }
    private(set) var openCount = 0

    init(_ c: DerivationContext) {
        for item in c.dataset.cases {
            let due = item.dueOn ?? item.reportedOn.adding(days: c.limits.caseDueDays)
            let officer = item.nip.flatMap { c.dataset.roster[$0] }
            let isCandidate = officer?.candidacy.isActiveCandidate ?? false
            let late = c.today.dayNumber - due.dayNumber
            let stage = CaseStage.of(item)
            // Bawaslu's follow-up period ends when the case leaves Bawaslu: which clock
            // runs is the stage's (not whether follow-up columns are filled), so the
            // alerts name exactly the cases `isPastStageDue` counts.
            let atBawaslu = CaseClock.of(stage) == .bawaslu
            let overdue = atBawaslu && late > 0
            var state = CaseState(item: item, due: due, isOverdue: overdue, daysPastDue: overdue ? late : 0,
                                  officerIsCandidate: isCandidate, officer: officer)
            state.stage = stage
            state.ppkDue = CaseFollowRules.ppkDue(item, c)
            state.stageDue = Self.stageDue(state, c)
            states.append(state)
            guard stage.isOpen else { continue }
            openCount += 1
            if !atBawaslu {
                alerts += CaseFollowRules.alerts(state, c)
                continue
            }
            let countdown = c.countdown(toStartOf: due, secondsIntoDay: 86_399)
            if overdue {
                alerts.append(Alert(kind: .caseOverdue, severity: isCandidate ? .critical : .warning,
                                    nip: item.nip, caseID: item.id, countdown: countdown, days: late))
            } else if late >= -1 {
                alerts.append(Alert(kind: .caseDueSoon, severity: .info, nip: item.nip, caseID: item.id, countdown: countdown))
            }
        }
        states.sort { ($0.due, $0.item.id) < ($1.due, $1.item.id) }
    }

    /// The deadline of the case's current stage: reported or with Bawaslu, Bawaslu's
    /// follow-up date; forwarded to KASN/BKN, the day `[cases] forwarded_days` after
    /// forwarding, when a missing recommendation becomes a warning; recommended or
    /// blocked, the PPK's decision date; decided or closed, none.
    static func stageDue(_ state: CaseState, _ c: DerivationContext) -> CivilDate? {
        switch state.stage {
        case .reported, .atBawaslu: state.due
        case .forwarded: state.item.followUp.forwardedOn?.adding(days: c.dataset.settings.cases.forwardedDays)
        case .recommended, .blocked: state.ppkDue
        case .decided, .closed: nil
        }
    }
}
