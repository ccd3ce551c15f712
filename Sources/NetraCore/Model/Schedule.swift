import Foundation

/// One stage of the election commission's (KPU) schedule.
public struct Stage: Sendable, Equatable {
    public var id: String
    public var name: String
    public var start: Date
    public var end: Date
    /// The election the stage belongs to (`election = "…"` in its table), if named.
    public var election: String?
    /// The zones its start and end were written in (`+07:00` is WIB): `H-N` counts
    /// calendar days there, so a WIB deadline is `H-0` on the date KPU published.
    /// `nil`: the office's zone.
    public var startZone: TimeZone?
    public var endZone: TimeZone?
    /// The line of the stage's `[[stage]]` header in `schedule.toml`.
    public var line: Int

    public init(id: String, name: String, start: Date, end: Date, election: String? = nil,
                startZone: TimeZone? = nil, endZone: TimeZone? = nil, line: Int = 0) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.election = election
        self.startZone = startZone
        self.endZone = endZone
        self.line = line
    }
}

/// The contents of `schedule.toml`.
public struct Schedule: Sendable {
    /// Stages in start order.
    public var stages: [Stage]
    /// The elections, in file order. A folder written before election tables existed
    /// has one: a legislative election built from its top-level keys.
    public var elections: [Election]
    /// Non-working days besides weekends.
    public var holidays: Set<CivilDate>

    public init(stages: [Stage], elections: [Election], holidays: Set<CivilDate> = []) {
        self.stages = stages.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.elections = elections
        self.holidays = holidays
    }

    /// The form of a folder with one legislative election: the stage by whose end
    /// decrees must be in (Pemilu 2024: the end of *pencermatan rancangan DCT*,
    /// 3 Oct 2023) and the stage that fixes the DCT.
    public init(stages: [Stage], resignationDeadlineID: String? = nil, dctStageID: String? = nil,
                holidays: Set<CivilDate> = []) {
        self.init(stages: stages, elections: [Election(id: Election.impliedID, name: "Pemilu", kind: .pileg,
                                                       resignationDeadlineID: resignationDeadlineID, fixingStageID: dctStageID)],
                  holidays: holidays)
    }

    public func stage(id: String?) -> Stage? {
        guard let id else { return nil }
        return stages.first { $0.id == id }
    }

    /// The election shown first: the first legislative one, else the first.
    public var primaryElection: Election? { elections.first { $0.kind == .pileg } ?? elections.first }

    /// The primary election's deadline and fixing stage (the single-election names).
    public var resignationDeadlineID: String? { primaryElection?.resignationDeadlineID }
    public var dctStageID: String? { primaryElection?.fixingStageID }
    public var resignationDeadline: Stage? { stage(id: resignationDeadlineID) }
    public var dctStage: Stage? { stage(id: dctStageID) }

    /// Every election's deadline and fixing stage ids, for marking them in lists.
    public var deadlineStageIDs: Set<String> { Set(elections.compactMap(\.resignationDeadlineID)) }
    public var fixingStageIDs: Set<String> { Set(elections.compactMap(\.fixingStageID)) }
}
