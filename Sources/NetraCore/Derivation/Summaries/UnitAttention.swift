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
    public static func ranking(_ situation: Situation) -> [UnitAttention] { both(situation).ranking }

    /// The open matters that name no unit, when there are any.
    public static func unitless(_ situation: Situation) -> UnitAttention? { both(situation).unitless }

    /// The ranking and the unitless matters from one pass (the overview shows both).
    public static func both(_ situation: Situation) -> (ranking: [UnitAttention], unitless: UnitAttention?) {
        let all = tally(situation)
        return (all.filter { !$0.unit.isEmpty }.sorted { ($1.total, $0.unit) < ($0.total, $1.unit) }, all.first { $0.unit.isEmpty })
    }

    private static func tally(_ situation: Situation) -> [UnitAttention] {
        var units: [String: UnitAttention] = [:]
        func bump(_ unit: String, _ change: (inout UnitAttention) -> Void) {
            let key = isBlank(unit) ? "" : unit
            change(&units[key, default: UnitAttention(unit: key)])
        }
        // By index: `for c in candidates` copied each status and its officer (retaining
        // their texts) to read one unit, 15 ms of the first frame at a million officers.
        let candidates = situation.candidates, pending = situation.pendingRequests, cases = situation.cases
        for i in candidates.indices where !candidates[i].isResolved { bump(candidates[i].officer.unit) { $0.candidatesWithoutDecree += 1 } }
        for i in pending.indices where pending[i].isProcessingOverdue { bump(pending[i].officer?.unit ?? "") { $0.overdueRequests += 1 } }
        for i in cases.indices where cases[i].isOpen { bump(cases[i].officer?.unit ?? "") { $0.openCases += 1 } }
        return Array(units.values)
    }

    /// Empty or only white space. A unit name starts with a visible ASCII letter almost
    /// always: that byte settles it without walking the name's characters (50k
    /// candidates at a million officers made the walk the overview's slowest figure).
    static func isBlank(_ unit: String) -> Bool {
        guard let first = unit.utf8.first else { return true }
        if first > 0x20 && first < 0x7F { return false }
        return unit.allSatisfy(\.isWhitespace)
    }
}
