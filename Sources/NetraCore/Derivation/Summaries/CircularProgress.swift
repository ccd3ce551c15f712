/// The current circular at a glance, for the overview: units done out of units due,
/// how many are late and which, days to its due date.
public struct CircularProgress: Sendable, Equatable {
    public let circularID: String
    public let number: String
    public let issuer: String
    public let done: Int
    public let due: Int
    /// Units not done after the due date, by name.
    public let lateUnits: [String]
    public let daysToDue: Int?
    public var late: Int { lateUnits.count }
    /// 0…1.
    public var fraction: Double { due == 0 ? 1 : Double(done) / Double(due) }

    /// The circular the region is working on now (see `CircularLedger.current`); `nil`
    /// without circulars. The kiosk shows these numbers as counts only (`lateUnits`
    /// names units, and a unit of one officer names a person).
    public static func current(_ situation: Situation) -> CircularProgress? { situation.figures.circular }

    /// The current circular of `ledger`.
    static func current(_ ledger: CircularLedger) -> CircularProgress? {
        guard let entry = ledger.current.first else { return nil }
        return CircularProgress(circularID: entry.circular.id, number: entry.circular.number, issuer: entry.circular.issuer,
                                done: entry.done, due: entry.due,
                                lateUnits: entry.units.filter(\.isLate).map { ledger.directory.units[$0.unit].name },
                                daysToDue: entry.daysToDue)
    }
}

extension CircularLedger {
    /// Circulars still being worked on, the latest issued first: those addressed to
    /// some unit that are not complete, or whose due date is at most 30 days past.
    /// When none is, the latest addressed to some unit.
    public var current: [Entry] {
        let addressed = entries.filter { $0.due > 0 }.sorted { ($0.circular.issuedOn, $0.circular.id) > ($1.circular.issuedOn, $1.circular.id) }
        let open = addressed.filter { !$0.isComplete || ($0.daysToDue.map { $0 >= -30 } ?? false) }
        return open.isEmpty ? Array(addressed.prefix(1)) : open
    }
}

/// Cases counted by where they are in the chain: reported → at Bawaslu → forwarded →
/// recommended → decided; blocked and closed beside it.
public struct CasePipeline: Sendable, Equatable {
    public private(set) var counts: [CaseStage: Int] = [:]

    public init(_ cases: [CaseState]) {
        for c in cases { counts[c.stage, default: 0] += 1 }
    }

    public subscript(stage: CaseStage) -> Int { counts[stage] ?? 0 }

    /// The pipeline's stages in order, with their counts (blocked and closed excluded).
    public var steps: [(stage: CaseStage, count: Int)] {
        [.reported, .atBawaslu, .forwarded, .recommended, .decided].map { ($0, self[$0]) }
    }

    public var blocked: Int { self[.blocked] }
}
