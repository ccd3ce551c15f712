/// The JSON of cases after Bawaslu and of circulars, in `netra check --format json`
/// (documented in `docs/check-json.md`).
extension JSONReport {
    struct CaseEntry: Encodable {
        let id: String
        let line: Int
        let status: String
        /// Derived: reported, at_bawaslu, forwarded, recommended, decided, blocked, closed.
        let stage: String
        let open: Bool
        let due: String
        /// Past Bawaslu's date while at Bawaslu (kept for scripts that read it).
        let overdue: Bool
        /// The date of the stage the case is in, and whose it is (`bawaslu`,
        /// `recommendation`, `ppk`); `pastStageDue` is the one meaning of an overdue
        /// case, what `figures.overdueCases` lists.
        let stageDue: String?
        let clock: String?
        let pastStageDue: Bool
        let forwardedTo, forwardedOn, channel, refNo: String?
        let recommendationOn, recommendationNo, sanction: String?
        /// `ppk_due`, else the recommendation + `[cases] ppk_days`.
        let ppkDue: String?
        let decidedOn, decisionNo: String?
        let blocked: Bool
    }

    struct CircularUnitEntry: Encodable {
        let unit: String
        let headcount: Int
        /// none, received, passed_on, partly_signed, done.
        let state: String
        let signedCount: Int?
        let late: Bool
        let line: Int?
    }

    struct CircularEntry: Encodable {
        let id, number, issuer, issuedOn, subject: String
        let follows: String?
        let dueOn: String?
        let daysToDue: Int?
        let asksPact: Bool
        let unitsDue, unitsDone, unitsLate: Int
        let units: [CircularUnitEntry]
    }

    static func caseEntries(_ s: Situation) -> [CaseEntry] {
        s.cases.sorted { ($0.item.line, $0.item.id) < ($1.item.line, $1.item.id) }.map { c in
            let f = c.item.followUp
            func text(_ value: String) -> String? { value.isEmpty ? nil : UntrustedText.sanitized(value) }
            return CaseEntry(id: UntrustedText.sanitized(c.item.id), line: c.item.line, status: c.item.status.canonicalName,
                             stage: c.stage.rawValue, open: c.isOpen, due: c.due.description, overdue: c.isOverdue,
                             stageDue: c.stageDue?.description, clock: c.clock?.rawValue, pastStageDue: c.isPastStageDue(today: s.today),
                             forwardedTo: f.forwardedTo?.canonicalName, forwardedOn: f.forwardedOn?.description,
                             channel: f.channel?.canonicalName, refNo: text(f.refNo), recommendationOn: f.recommendationOn?.description,
                             recommendationNo: text(f.recommendationNo), sanction: f.sanction?.canonicalName, ppkDue: c.ppkDue?.description,
                             decidedOn: f.decidedOn?.description, decisionNo: text(f.decisionNo), blocked: f.blocked)
        }
    }

    static func circularEntries(_ s: Situation) -> [CircularEntry] {
        let ledger = s.circulars
        return ledger.entries.map { e in
            let c = e.circular
            let units = e.units.map { u in
                let unit = ledger.directory.units[u.unit]
                let state = switch u.progress {
                case .none: "none"
                case .received: "received"
                case .passedOn: "passed_on"
                case .partlySigned: "partly_signed"
                case .done: "done"
                }
                return CircularUnitEntry(unit: UntrustedText.sanitized(unit.name), headcount: unit.headcount, state: state,
                                         signedCount: u.acknowledgement?.signedCount, late: u.isLate, line: u.acknowledgement?.line)
            }
            return CircularEntry(id: UntrustedText.sanitized(c.id), number: UntrustedText.sanitized(c.number),
                                 issuer: UntrustedText.sanitized(c.issuer), issuedOn: c.issuedOn.description,
                                 subject: UntrustedText.sanitized(c.subject),
                                 follows: e.parent.map { UntrustedText.sanitized(ledger.entries[$0].circular.id) },
                                 dueOn: c.dueOn?.description, daysToDue: e.daysToDue, asksPact: c.asksPact,
                                 unitsDue: e.due, unitsDone: e.done, unitsLate: e.late, units: units)
        }
    }
}
