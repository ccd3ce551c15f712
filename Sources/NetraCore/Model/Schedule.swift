import Foundation

/// One stage of the election commission's (KPU) schedule.
public struct Stage: Sendable {
    public var id: String
    public var name: String
    public var start: Date
    public var end: Date
    /// The line of the stage's `[[stage]]` header in `schedule.toml`.
    public var line: Int

    public init(id: String, name: String, start: Date, end: Date, line: Int = 0) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.line = line
    }
}

/// The contents of `schedule.toml`.
public struct Schedule: Sendable {
    /// Stages in start order.
    public var stages: [Stage]
    /// The stage by whose end candidates' dismissal decrees must be in (Pemilu 2024:
    /// the end of *pencermatan rancangan DCT*, 3 Oct 2023).
    public var resignationDeadlineID: String?
    /// The stage that fixes the final candidate list (DCT), shown beside the deadline
    /// because officials often speak of it as the moment to resign.
    public var dctStageID: String?
    /// Non-working days besides weekends.
    public var holidays: Set<CivilDate>

    public init(stages: [Stage], resignationDeadlineID: String? = nil, dctStageID: String? = nil,
                holidays: Set<CivilDate> = []) {
        self.stages = stages.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.resignationDeadlineID = resignationDeadlineID
        self.dctStageID = dctStageID
        self.holidays = holidays
    }

    public func stage(id: String?) -> Stage? {
        guard let id else { return nil }
        return stages.first { $0.id == id }
    }

    public var resignationDeadline: Stage? { stage(id: resignationDeadlineID) }
    public var dctStage: Stage? { stage(id: dctStageID) }
}
