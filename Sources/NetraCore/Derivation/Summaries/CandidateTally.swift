/// Registered candidates by the state of their decisive request: decree issued, in
/// process (by stage), not filed, rejected — the Sekda's first question.
public struct CandidateTally: Sendable, Equatable {
    public var decreed = 0
    /// In process, by stage (filed, verified, sent to BKN).
    public var inProcess: [RequestStage: Int] = [:]
    public var notFiled = 0
    public var rejected = 0
    /// No decree needed: their age retirement (TMT) comes on or before the deadline.
    public var retiringFirst = 0

    public var total: Int { decreed + inProcessCount + notFiled + rejected + retiringFirst }
    public var inProcessCount: Int { inProcess.values.reduce(0, +) }
    /// Candidates who still need a dismissal decree and have none.
    public var withoutDecree: Int { total - decreed - retiringFirst }

    public init() {}

    public init(_ candidates: [CandidateStatus]) {
        candidates.withUnsafeBufferPointer { all in
            for i in all.indices { add(all[i]) }
        }
    }

    /// Counts one more candidate. Takes the status where it lies (`add(all[i])` on a
    /// buffer): a status is large, and copying each of 50k was most of the tally.
    mutating func add(_ c: borrowing CandidateStatus) {
        let stage = c.request?.stage
        if stage != .decreed && c.retiresByAgeOn != nil {
            retiringFirst += 1
            return
        }
        switch stage {
        case nil: notFiled += 1
        case .decreed?: decreed += 1
        case .rejected?: rejected += 1
        case let stage?: inProcess[stage, default: 0] += 1
        }
    }
}

extension CandidateTally {
    /// The tally of each election's candidates, in the schedule's order.
    public static func perElection(_ situation: Situation) -> [(election: ElectionStatus, tally: CandidateTally)] {
        situation.figures.elections.map { ($0.election, $0.tally) }
    }
}
