import Foundation

/// One site of a province as the database holds it: its id, the generation that is
/// current, when it was pushed, and its folder read through the folder's own path
/// (`DataFolder.read(from: StoredFolder)`), so it validates and derives exactly as
/// the office's folder does, with its own `netra.toml` zone, holidays and schedule.
public struct SiteReading: Sendable {
    public let site: String
    public let generation: Int64
    public let pushedAt: Date?
    public let reading: FolderReading

    public init(site: String, generation: Int64, pushedAt: Date?, reading: FolderReading) {
        self.site = site
        self.generation = generation
        self.pushedAt = pushedAt
        self.reading = reading
    }

    /// Reads a snapshot's files.
    public init(site: String, generation: Int64, pushedAt: Date?, folder: StoredFolder) {
        self.init(site: site, generation: generation, pushedAt: pushedAt, reading: DataFolder.read(from: folder))
    }
}

/// The sites a reader may see, each kept whole. A province is not one merged dataset:
/// each site has its own time zone, holidays and (Pilkada) schedule, so each is derived
/// on its own and the province's figures are the sums of the sites' (docs/decisions.md,
/// "A province is its sites side by side").
public struct Province: Sendable {
    /// By site id, in id order.
    public private(set) var sites: [SiteReading]

    public init(sites: [SiteReading]) { self.sites = sites.sorted { $0.site < $1.site } }

    /// The sites' generations, to compare with the database's.
    public var generations: [String: Int64] { Dictionary(uniqueKeysWithValues: sites.map { ($0.site, $0.generation) }) }

    /// Replaces the sites that were re-read and drops those no longer visible.
    public func updated(with fresh: [SiteReading], visible: Set<String>) -> Province {
        var bySite = Dictionary(uniqueKeysWithValues: sites.map { ($0.site, $0) })
        for site in fresh { bySite[site.site] = site }
        return Province(sites: bySite.values.filter { visible.contains($0.site) })
    }

    public func site(_ id: String) -> SiteReading? { sites.first { $0.site == id } }
}

/// What one site shows in the Wilayah view, derived at one instant.
public struct SiteSummary: Sendable {
    public let site: String
    /// The region netra.toml names, else the site id.
    public let name: String
    public let officers: Int
    /// Per election id, candidates without a decree.
    public let withoutDecree: [(election: String, count: Int)]
    public let candidatesWithoutDecree: Int
    public let overdueRequests: Int
    public let overdueCases: Int
    public let openCases: Int
    /// The current circular's completion (done of due), when there is one.
    public let circular: (done: Int, due: Int)?
    public let critical: Int
    public let pushedAt: Date?
    /// Silent for more than a day (or never pushed): an alert.
    public let isStale: Bool

    /// How long a site may stay silent before it is an alert.
    public static let staleAfter: TimeInterval = 24 * 3600

    public init(_ site: SiteReading, now: Date) {
        let situation = Situation(dataset: site.reading.dataset, now: now)
        self.init(site, situation: situation, now: now)
    }

    public init(_ site: SiteReading, situation: Situation, now: Date) {
        let f = situation.figures
        self.site = site.site
        let region = site.reading.dataset.settings.region
        name = region.isEmpty ? site.site : region
        officers = situation.counts.officers
        withoutDecree = f.elections.map { ($0.election.election.id, $0.tally.withoutDecree) }
        candidatesWithoutDecree = f.candidates.withoutDecree
        overdueRequests = f.overdueRequests.count
        overdueCases = f.overdueCases.count
        openCases = f.openCases
        circular = f.circular.map { ($0.done, $0.due) }
        critical = situation.alerts.lazy.filter { $0.severity == .critical }.count
        pushedAt = site.pushedAt
        isStale = site.pushedAt.map { now.timeIntervalSince($0) > Self.staleAfter } ?? true
    }

    /// Worst first: stale, then critical alerts, then candidates without decree.
    public static func worstFirst(_ a: SiteSummary, _ b: SiteSummary) -> Bool {
        (a.isStale ? 1 : 0, a.critical, a.candidatesWithoutDecree, b.site) > (b.isStale ? 1 : 0, b.critical, b.candidatesWithoutDecree, a.site)
    }
}
