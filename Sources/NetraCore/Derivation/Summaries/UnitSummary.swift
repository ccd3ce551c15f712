/// One unit (OPD) seen whole, for the Unit view: its people, candidates and their
/// decrees, pending retirements, requests past their limit, open cases, and which
/// officers have an open matter.
public struct UnitSummary: Sendable {
    /// Index into `situation.units.units`.
    public let unit: Int
    public let name: String
    public let headcount: Int
    public var candidates = 0
    public var candidatesWithoutDecree = 0
    /// Officers, each counted once, with a request in process or an age retirement to settle.
    public var pendingRetirements = 0
    public var overdueRequests = 0
    public var openCases = 0
    /// Officers with an open matter (unresolved candidacy, pending retirement, open case), in roster order.
    public var officersWithMatters: [NIP] = []
    /// Open cases about this unit's officers (ids).
    public var caseIDs: [String] = []

    public var openMatters: Int { candidatesWithoutDecree + overdueRequests + openCases + pendingRetirements }

    /// Every unit of `officers.csv`, by name.
    public static func all(_ situation: Situation) -> [UnitSummary] {
        let directory = situation.units
        var rows = directory.units.enumerated().map { UnitSummary(unit: $0, name: $1.name, headcount: $1.headcount) }
        var people: [[NIP]] = Array(repeating: [], count: rows.count)
        var pendingSeen: [Set<NIP>] = Array(repeating: [], count: rows.count)
        func at(_ officer: Officer?, _ change: (inout UnitSummary, Int) -> Void) {
            guard let officer, let i = directory.index(ofOfficerUnit: officer.unit) else { return }
            change(&rows[i], i)
        }
        for c in situation.candidates {
            at(c.officer) { row, i in
                row.candidates += 1
                if !c.isResolved { row.candidatesWithoutDecree += 1; people[i].append(c.officer.nip) }
            }
        }
        for p in situation.pendingRequests {
            at(p.officer) { row, i in
                if p.isProcessingOverdue { row.overdueRequests += 1 }
                if pendingSeen[i].insert(p.request.nip).inserted { row.pendingRetirements += 1; people[i].append(p.request.nip) }
            }
        }
        for a in situation.ageRetirements where a.isPending {
            at(a.officer) { row, i in
                if pendingSeen[i].insert(a.officer.nip).inserted { row.pendingRetirements += 1; people[i].append(a.officer.nip) }
            }
        }
        for c in situation.cases where c.isOpen {
            at(c.officer) { row, i in
                row.openCases += 1
                row.caseIDs.append(c.item.id)
                if let nip = c.item.nip { people[i].append(nip) }
            }
        }
        for i in rows.indices {
            var seen = Set<NIP>()
            rows[i].officersWithMatters = people[i].filter { seen.insert($0).inserted }
        }
        return rows
    }
}
