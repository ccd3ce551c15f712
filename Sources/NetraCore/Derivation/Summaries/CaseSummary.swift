/// Neutrality cases at a glance: open ones by status and by source, how many are
/// overdue, the oldest, and those that touch a registered candidate.
public struct CaseSummary: Sendable, Equatable {
    public var openByStatus: [CaseStatus: Int] = [:]
    public var openBySource: [CaseSource: Int] = [:]
    public var open = 0
    /// Open cases past the date that applies at their stage (`CaseState.stageDue`):
    /// Bawaslu's, the recommendation's or the PPK's — what the Kasus list marks *LEWAT*.
    public var overdue = 0
    /// Open cases about an officer who is a registered candidate.
    public var touchingCandidates = 0
    /// The open case reported longest ago.
    public var oldestOpen: CaseState?

    public init(_ cases: [CaseState], today: CivilDate) {
        for c in cases where c.isOpen {
            open += 1
            openByStatus[c.item.status, default: 0] += 1
            openBySource[c.item.source, default: 0] += 1
            if c.isPastStageDue(today: today) { overdue += 1 }
            if c.officerIsCandidate { touchingCandidates += 1 }
            if oldestOpen.map({ (c.item.reportedOn, c.item.id) < ($0.item.reportedOn, $0.item.id) }) ?? true { oldestOpen = c }
        }
    }

    public static func == (a: CaseSummary, b: CaseSummary) -> Bool {
        a.openByStatus == b.openByStatus && a.openBySource == b.openBySource && a.open == b.open && a.overdue == b.overdue
            && a.touchingCandidates == b.touchingCandidates && a.oldestOpen?.item.id == b.oldestOpen?.item.id
    }
}
