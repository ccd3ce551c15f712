/// Where a case is in the chain a region lives through: reported → at Bawaslu →
/// forwarded to KASN/BKN → recommendation issued → the PPK decided; or BKN blocked
/// the officer's data because nobody acted; or closed without a sanction.
///
/// Derived from what is filled, the most advanced fact winning, so a file written
/// before the forwarding columns existed gets its stage from `status` alone.
public enum CaseStage: String, Sendable, CaseIterable, Comparable {
    case reported
    case atBawaslu = "at_bawaslu"
    case forwarded, recommended, decided, blocked, closed

    /// The order of the pipeline (blocked and closed after it).
    public static func < (a: CaseStage, b: CaseStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Still needs someone to act.
    public var isOpen: Bool { self != .decided && self != .closed }

    /// The stage of a case. A blocked record wins over everything (it stays blocked
    /// until the clerk clears the column); then a decision (date, number, or status
    /// `sanctioned`); then a closing status; then a recommendation; then forwarding;
    /// then the status (`review` is with Bawaslu, `new` is reported).
    public static func of(_ item: NeutralityCase) -> CaseStage {
        let f = item.followUp
        if f.blocked { return .blocked }
        if f.isDecided || item.status == .sanctioned { return .decided }
        if item.status == .closed || item.status == .dismissed { return .closed }
        if f.isRecommended || item.status == .recommended { return .recommended }
        if f.isForwarded { return .forwarded }
        return item.status == .review ? .atBawaslu : .reported
    }
}
