import Foundation
import NetraCore

/// A province on the dashboard: every site's own model (its reading, its situation
/// derived with its own zone and holidays, its own row caches and search indexes) and
/// the province's situation made of them. Built once per reading off the UI thread;
/// the minute's re-derivation re-derives each site as a folder's model is.
///
/// The views see one site's model when the user narrowed to it (`UIState.site`), or
/// the province's rooms (`ViewID.room(for:)`) over all of them: nothing is merged.
public struct ProvinceLens: Sendable {
    public let situation: ProvinceSituation
    /// Per site, in the province's order.
    public let sites: [DashboardModel]

    public init(province: Province, now: Date) {
        let sites = province.sites.map { DashboardModel(reading: $0.reading, now: now) }
        self.init(province: province, sites: sites, now: now)
    }

    private init(province: Province, sites: [DashboardModel], now: Date) {
        self.sites = sites
        situation = ProvinceSituation(province: province, situations: sites.map(\.situation), now: now)
    }

    /// The same sites at a later moment (countdowns, alerts and freshness re-derived;
    /// each site keeps its list preparation).
    func at(_ now: Date) -> ProvinceLens {
        ProvinceLens(province: situation.province, sites: sites.map { $0.at(now) }, now: now)
    }

    /// The site ids, in order.
    public var siteIDs: [String] { situation.province.sites.map(\.site) }

    /// The model of site `id`.
    public func model(of id: String) -> DashboardModel? { situation.index(of: id).map { sites[$0] } }

    /// The site's name as the Wilayah column shows it (its region, else its id).
    func name(of index: Int) -> String { situation.summaries[index].name }

    /// The site a lone-site province always shows (nothing to choose).
    var onlySite: String? { sites.count == 1 ? siteIDs.first : nil }
}

extension DashboardModel {
    /// The province's model: a reading of its own stands for the province where one is
    /// needed (the chrome, the kiosk's settings), and `province` holds every site.
    public init(province: Province, now: Date) {
        let lens = ProvinceLens(province: province, now: now)
        self.init(reading: lens.situation.placeholderReading, now: now)
        self.province = lens
    }

    /// What the views read under the lens `site`: that site's own model (so every figure
    /// is its folder's), or this model for the whole province. The province's state of
    /// the source (the database away) stays on the site's model.
    func lensed(_ site: String?) -> DashboardModel {
        guard let province, let id = site ?? province.onlySite, var model = province.model(of: id) else { return self }
        model.folderMissingSince = folderMissingSince
        model.sourceIsDatabase = sourceIsDatabase
        return model
    }

    /// Builds each site's lists ahead (the reload queue's work): every index when the
    /// whole province is within `everyIndexAheadUpTo` officers, else only what each
    /// site's Pegawai list needs for its first frame. Each site is small, but a national
    /// province is 4.3 million officers: every column's codes and ranks of all of them
    /// would be about a gigabyte, for sorts nobody may ask of most sites.
    public func prepareSites(language: Language, glyphs: Glyphs) {
        let sites = province?.sites ?? []
        let everyColumn = sites.reduce(0) { $0 + $1.dataset.officers.count } <= Self.everyIndexAheadUpTo
        for site in sites { site.prepareLists(language: language, glyphs: glyphs, everyColumn: everyColumn) }
    }
}
