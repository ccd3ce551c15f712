/// Whose deadline a case is waiting on at its stage: Bawaslu's follow-up (reported,
/// at Bawaslu), the recommendation from KASN/BKN (forwarded), or the PPK's decision
/// (recommended, blocked). Three genuinely different promises, so an overdue case is
/// always counted and named with the clock it missed, on every surface.
public enum CaseClock: String, Sendable, CaseIterable {
    case bawaslu, recommendation, ppk

    /// The clock a case at `stage` runs on; `nil` once it is settled.
    public static func of(_ stage: CaseStage) -> CaseClock? {
        switch stage {
        case .reported, .atBawaslu: .bawaslu
        case .forwarded: .recommendation
        case .recommended, .blocked: .ppk
        case .decided, .closed: nil
        }
    }
}

extension CaseState {
    /// The one definition of an overdue case: open and past the date its current
    /// stage must be done by (`stageDue`). The overview, the Kasus list's filter, the
    /// export, `netra check` and the kiosk all count this.
    public func isPastStageDue(today: CivilDate) -> Bool { daysPastStageDue(today: today) > 0 }

    /// The clock the case runs on now (`nil` when settled).
    public var clock: CaseClock? { CaseClock.of(stage) }
}
