/// Registered candidates by the state of their decisive request: decree issued, in
/// process (by stage), not filed, rejected — the Sekda's first question.
public struct CandidateTally: Sendable, Equatable {
    public var decreed = 0
    /// In process, by stage (filed, verified, sent to BKN).
    public var inProcess: [RequestStage: Int] = [:]
    public var notFiled = 0
    public var rejected = 0

    public var total: Int { decreed + inProcessCount + notFiled + rejected }
    public var inProcessCount: Int { inProcess.values.reduce(0, +) }
    /// Candidates still without a dismissal decree.
    public var withoutDecree: Int { total - decreed }

    public init() {}

    public init(_ candidates: [CandidateStatus]) {
        for c in candidates {
            switch c.request?.stage {
            case nil: notFiled += 1
            case .decreed?: decreed += 1
            case .rejected?: rejected += 1
            case let stage?: inProcess[stage, default: 0] += 1
            }
        }
    }
}
