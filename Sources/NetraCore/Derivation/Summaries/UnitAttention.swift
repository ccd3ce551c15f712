/// The units (OPD) with the most open matters: candidates without a decree, requests
/// past their processing limit, open neutrality cases.
public struct UnitAttention: Sendable, Equatable {
    public let unit: String
    public var candidatesWithoutDecree = 0
    public var overdueRequests = 0
    public var openCases = 0

    public var total: Int { candidatesWithoutDecree + overdueRequests + openCases }

    /// Units with at least one open matter, the most first (then by name).
    public static func ranking(_ situation: Situation) -> [UnitAttention] {
        var units: [String: UnitAttention] = [:]
        func bump(_ unit: String, _ change: (inout UnitAttention) -> Void) {
            let key = unit.isEmpty ? "—" : unit
            var entry = units[key] ?? UnitAttention(unit: key)
            change(&entry)
            units[key] = entry
        }
        for c in situation.candidates where !c.isResolved { bump(c.officer.unit) { $0.candidatesWithoutDecree += 1 } }
        for p in situation.pendingRequests where p.isProcessingOverdue { bump(p.officer?.unit ?? "") { $0.overdueRequests += 1 } }
        for c in situation.cases where c.isOpen { bump(c.officer?.unit ?? "") { $0.openCases += 1 } }
        return units.values.sorted { ($1.total, $0.unit) < ($0.total, $1.unit) }
    }
}
