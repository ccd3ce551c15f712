/// The units (OPD) with the most open matters: candidates without a decree, requests
/// past their processing limit, open neutrality cases.
public struct UnitAttention: Sendable, Equatable {
    /// The unit's name; empty for the matters whose officer has no unit in the files
    /// (a case about nobody known, a request for an officer not on the roster).
    public let unit: String
    public var candidatesWithoutDecree = 0
    public var overdueRequests = 0
    public var openCases = 0

    public var total: Int { candidatesWithoutDecree + overdueRequests + openCases }

    /// Units with at least one open matter, the most first (then by name). Matters
    /// with no unit are not a unit that needs attention: see `unitless`.
    public static func ranking(_ situation: Situation) -> [UnitAttention] {
        tally(situation).filter { !$0.unit.isEmpty }.sorted { ($1.total, $0.unit) < ($0.total, $1.unit) }
    }

    /// The open matters that name no unit, when there are any.
    public static func unitless(_ situation: Situation) -> UnitAttention? {
        tally(situation).first { $0.unit.isEmpty }
    }

    private static func tally(_ situation: Situation) -> [UnitAttention] {
        var units: [String: UnitAttention] = [:]
        func bump(_ unit: String, _ change: (inout UnitAttention) -> Void) {
            let key = unit.allSatisfy(\.isWhitespace) ? "" : unit
            var entry = units[key] ?? UnitAttention(unit: key)
            change(&entry)
            units[key] = entry
        }
        for c in situation.candidates where !c.isResolved { bump(c.officer.unit) { $0.candidatesWithoutDecree += 1 } }
        for p in situation.pendingRequests where p.isProcessingOverdue { bump(p.officer?.unit ?? "") { $0.overdueRequests += 1 } }
        for c in situation.cases where c.isOpen { bump(c.officer?.unit ?? "") { $0.openCases += 1 } }
        return Array(units.values)
    }
}
