import Foundation
import NetraCore

/// The overview's figures, computed once per model (the model is re-derived every
/// minute and after each reload) and remembered with it: a kiosk or a seconds countdown
/// redraws every second, and at 100k officers these summaries cost more than drawing.
struct OverviewFigures {
    let tallies: [(election: ElectionStatus, tally: CandidateTally)]
    let withoutDecree: Int
    let cases: CaseSummary
    let pipeline: CasePipeline
    let circular: CircularProgress?
    let units: [UnitAttention]
    /// Open matters whose officer has no unit: shown apart, never ranked as a unit.
    let unitless: UnitAttention?
    let months: [(month: CivilDate, count: Int)]
    /// Age retirements past their TMT without a decree, then the coming ones by date.
    let pastTMT: [AgeRetirement]
    let coming: [AgeRetirement]
    let overdueRequests: Int

    init(_ s: Situation) {
        tallies = CandidateTally.perElection(s)
        withoutDecree = s.figures.candidates.withoutDecree
        cases = CaseSummary(s.cases, today: s.today)
        pipeline = CasePipeline(s.cases)
        circular = s.figures.circular
        (units, unitless) = UnitAttention.both(s)
        months = RetirementCalendar.perMonth(s, months: 12)
        pastTMT = s.ageRetirements.filter { $0.isPast && $0.isPending }  // its count is `figures.pastRetirementAge`
        coming = s.ageRetirements.filter { !$0.isPast && $0.isPending }.sorted { $0.date < $1.date }
        overdueRequests = s.figures.overdueRequests.count
    }

    /// The figures of `input`'s derivation, computed on first use.
    static func of(_ input: ViewInput) -> OverviewFigures {
        input.model.derived.rows(RowQuery(view: .overview, filter: -1, sort: -1, search: "\u{0}figures", publicOnly: false)) {
            OverviewFigures(input.situation)
        }
    }
}
