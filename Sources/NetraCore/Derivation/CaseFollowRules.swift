/// Cases after they leave Bawaslu: the PPK's due date and the alerts of the chain.
///
/// - forwarded and no recommendation after `[cases] forwarded_days`: a warning;
/// - a recommendation whose PPK decision is due within `critical_days` or past due:
///   critical (within `warning_days`: a warning);
/// - the officer's data blocked by BKN (SIASN status 92): critical.
enum CaseFollowRules {
    static func ppkDue(_ item: NeutralityCase, _ c: DerivationContext) -> CivilDate? {
        item.followUp.ppkDue ?? item.followUp.recommendationOn?.adding(days: c.dataset.settings.cases.ppkDays)
    }

    static func alerts(_ state: CaseState, _ c: DerivationContext) -> [Alert] {
        let item = state.item
        switch state.stage {
        case .forwarded:
            guard let on = item.followUp.forwardedOn else { return [] }
            let waited = c.today.dayNumber - on.dayNumber
            guard waited > c.dataset.settings.cases.forwardedDays else { return [] }
            return [Alert(kind: .caseAwaitingRecommendation, severity: .warning, nip: item.nip, caseID: item.id, days: waited,
                          date: on, limit: c.dataset.settings.cases.forwardedDays)]
        case .recommended:
            guard let due = state.ppkDue else { return [] }
            let countdown = c.countdown(toStartOf: due, secondsIntoDay: 86_399)
            let severity = c.severity(for: countdown, atLeast: .info)
            guard severity >= .warning else { return [] }
            return [Alert(kind: .casePPKDecisionDue, severity: severity, nip: item.nip, caseID: item.id, countdown: countdown,
                          days: max(0, c.today.dayNumber - due.dayNumber), date: due)]
        case .blocked:
            return [Alert(kind: .caseDataBlocked, severity: .critical, nip: item.nip, caseID: item.id)]
        default:
            return []
        }
    }
}
