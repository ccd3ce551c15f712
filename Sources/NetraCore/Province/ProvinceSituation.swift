import Foundation

/// A province at one instant: each site derived on its own (its own zone, holidays and
/// schedule), side by side, never merged into one dataset. What the Wilayah view, the
/// province's overview and the kiosk's site counts read; derived once per reading (and
/// again each minute, as a folder's situation is), never per frame.
public struct ProvinceSituation: Sendable {
    public let province: Province
    /// Per site, in the province's (site id) order.
    public let situations: [Situation]
    /// Per site, in the same order.
    public let summaries: [SiteSummary]
    public let now: Date

    /// Derives every site at `now`.
    public init(province: Province, now: Date) {
        self.init(province: province, situations: province.sites.map { Situation(dataset: $0.reading.dataset, now: now) }, now: now)
    }

    /// From situations already derived (one per site, in the province's order): a
    /// dashboard derives each site's model once and hands its situation over.
    public init(province: Province, situations: [Situation], now: Date) {
        precondition(situations.count == province.sites.count, "one situation per site")
        self.province = province
        self.situations = situations
        self.now = now
        summaries = zip(province.sites, situations).map { SiteSummary($0, situation: $1, now: now) }
    }

    /// More than one site: the province is shown as a province (the Wilayah view).
    public var hasSeveralSites: Bool { province.sites.count > 1 }

    /// The worst site first (`SiteSummary.worstFirst`): silent, then critical alerts,
    /// then candidates without a decree.
    public var worstFirst: [SiteSummary] { summaries.sorted(by: SiteSummary.worstFirst) }

    /// The site that needs attention first; `nil` without sites.
    public var worst: SiteSummary? { worstFirst.first }

    /// The index of site `id`.
    public func index(of id: String) -> Int? { province.sites.firstIndex { $0.site == id } }

    /// The sums over every site, named as `netra check --source` names them.
    public var totals: ProvinceReport.Totals {
        var t = ProvinceReport.Totals()
        for (i, s) in situations.enumerated() {
            let reading = province.sites[i].reading
            t.add(s, diagnostics: reading.diagnostics + CheckReport.findings(reading, s), silent: summaries[i].isStale)
        }
        return t
    }

    /// Candidates without a decree per election id, summed over the sites that hold
    /// that election, in the order the elections first appear.
    public var withoutDecreeByElection: [(election: String, count: Int)] {
        var order: [String] = [], sums: [String: Int] = [:]
        for summary in summaries {
            for e in summary.withoutDecree {
                if sums[e.election] == nil { order.append(e.election) }
                sums[e.election, default: 0] += e.count
            }
        }
        return order.map { ($0, sums[$0] ?? 0) }
    }

    /// The current circulars' completion summed over the sites that have one.
    public var circular: (done: Int, due: Int)? {
        let parts = summaries.compactMap(\.circular)
        guard !parts.isEmpty else { return nil }
        return (parts.reduce(0) { $0 + $1.done }, parts.reduce(0) { $0 + $1.due })
    }

    /// The newest data among the sites (the chrome's "data of" time).
    public var dataChangedAt: Date? { province.sites.compactMap(\.reading.dataChangedAt).max() }

    /// A reading with no data of its own, standing for the whole province where one
    /// reading is needed (the chrome, the kiosk's settings): its region names no site,
    /// so nothing of one office is shown as the province's.
    public var placeholderReading: FolderReading {
        FolderReading(dataset: Dataset(), diagnostics: [], unusableFiles: [], dataChangedAt: dataChangedAt)
    }
}
