/// The `figures`, `needsAction` and `candidates` parts of `netra check --format json`:
/// what the overview, the lists, the export and the kiosk show, read from the same
/// `Figures` (documented in `docs/check-json.md`).
extension JSONReport {
    struct OverdueCases: Encodable {
        let total: Int
        /// Per clock (`bawaslu`, `recommendation`, `ppk`): the case numbers, in the cases' order.
        let bawaslu, recommendation, ppk: [String]
    }
    struct ElectionFigure: Encodable {
        let id: String
        let candidates, decreed, inProcess, notFiled, rejected, retiringFirst, withoutDecree: Int
    }
    struct CircularFigure: Encodable {
        let id: String
        let unitsDone, unitsDue, unitsLate: Int
        let daysToDue: Int?
    }
    struct FiguresEntry: Encodable {
        let openCases: Int
        let overdueCases: OverdueCases
        let overdueRequests: Int
        let pendingRetirements: Int
        let pastRetirementAge: Int
        let candidatesWithoutDecree: Int
        let elections: [ElectionFigure]
        let circular: CircularFigure?
        /// Ids of the circulars past due with units not done (one alert each).
        let lateCirculars: [String]
    }
    /// One candidate and the deadline of their own election.
    struct CandidateEntry: Encodable {
        let nip: String
        let election: String?
        let deadline: Deadline?
        /// A decree is in, or the age retirement comes first: nothing to chase.
        let resolved: Bool
    }

    static func figuresEntry(_ s: Situation) -> FiguresEntry {
        let f = s.figures
        func ids(_ clock: CaseClock) -> [String] { f.overdueCases(clock).map { UntrustedText.sanitized($0.item.id) } }
        return FiguresEntry(
            openCases: f.openCases,
            overdueCases: OverdueCases(total: f.overdueCases.count, bawaslu: ids(.bawaslu), recommendation: ids(.recommendation), ppk: ids(.ppk)),
            overdueRequests: f.overdueRequests.count, pendingRetirements: f.pendingRetirements, pastRetirementAge: f.pastRetirementAge,
            candidatesWithoutDecree: f.candidates.withoutDecree,
            elections: f.elections.map { e in
                let t = e.tally
                return ElectionFigure(id: UntrustedText.sanitized(e.election.election.id), candidates: t.total, decreed: t.decreed,
                                      inProcess: t.inProcessCount, notFiled: t.notFiled, rejected: t.rejected,
                                      retiringFirst: t.retiringFirst, withoutDecree: t.withoutDecree)
            },
            circular: f.circular.map { CircularFigure(id: UntrustedText.sanitized($0.circularID), unitsDone: $0.done, unitsDue: $0.due,
                                                      unitsLate: $0.late, daysToDue: $0.daysToDue) },
            lateCirculars: f.lateCirculars.map { UntrustedText.sanitized($0.circular.id) })
    }
}

/// Words an alert as a sentence in a language. The dashboard owns those sentences
/// (NetraTUI's `UIText`); `netra check` passes them in so the JSON quotes exactly what
/// the screen says.
public typealias AlertWording = @Sendable (Alert, Language) -> String
