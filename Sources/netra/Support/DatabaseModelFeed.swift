import Foundation
import NetraCore
import NetraDatabase
import NetraTUI

/// The dashboard's models from the province database: one site's current snapshot
/// (`--site`, or the only site the role sees), or every visible site as a province
/// (the Wilayah view), followed by `ProvinceFeed` (NOTIFY, generation poll,
/// reconnection). Each new snapshot becomes a `DashboardModel` as a folder's reading
/// does (a province's, each site derived on its own); while the database
/// is away the last model stays, marked with since when (the banner, the kiosk's
/// "data unavailable" screen).
final class DatabaseModelFeed: ModelFeed, @unchecked Sendable {
    /// `nil`: every visible site.
    private let site: String?
    private let clock: TimeSource
    private let lists: ListPreparation?
    private let wake = WakePipe()
    private let lock = NSCondition()
    private var pending: DashboardModel?
    private var current: DashboardModel?
    private var feed: ProvinceFeed!

    init(target: ConnectionTarget, site: String?, clock: TimeSource, lists: ListPreparation?) {
        self.site = site
        self.clock = clock
        self.lists = lists
        feed = ProvinceFeed(target: target, site: site) { [weak self] event in self?.receive(event) }
    }

    /// Starts following; returns the first model: the site's snapshot, or an empty one
    /// under the banner when the database cannot be reached. It waits for the feed's
    /// first word either way, which always comes (a connection gives up after 5 s, a
    /// silent server after 10 s without a byte): a fixed wait would put a national
    /// province (its first read and derivation take 8–12 s here) under a false
    /// "unreachable" banner. The hour is only a guard against a bug.
    func start() -> DashboardModel {
        feed.start()
        let deadline = Date().addingTimeInterval(3600)
        lock.lock()
        while pending == nil && lock.wait(until: deadline) {}
        let first = pending ?? Self.empty(awaySince: clock.now())
        pending = nil
        current = first
        lock.unlock()
        wake.drain()
        return first
    }

    var wakeFD: Int32 { wake.fileDescriptor }

    func take() -> DashboardModel? {
        wake.drain()
        lock.lock()
        defer { lock.unlock() }
        let next = pending
        pending = nil
        if let next { current = next }
        return next
    }

    /// `r`: the database is asked again at the next poll; nothing to force.
    func reloadAll() {}

    func released() {}

    func stop() { feed.stop() }

    private func receive(_ event: ProvinceFeed.Event) {
        let now = clock.now()
        var model: DashboardModel
        var prepare = false
        switch event {
        case .province(let province):
            guard let next = Self.model(of: province, site: site, now: now) else { return }
            model = next
            prepare = lists != nil
            // Laid out once here, as the screen last drew, before it is handed over (`FrameWarmUp`).
            lock.lock()
            let drawn = current != nil || pending != nil
            lock.unlock()
            if drawn { lists?.frames?.warm(model, now: now) }
        case .away(let since, _):
            lock.lock()
            let last = pending ?? current
            lock.unlock()
            model = last ?? Self.empty(awaySince: since)
            model.folderMissingSince = since
            model.sourceIsDatabase = true
        }
        lock.lock()
        pending = model
        lock.signal()
        lock.unlock()
        wake.signal()
        // First paint first, as with a folder: the model is handed over, then its lists
        // are prepared here, on the feed's thread (the caches are shared by every copy of
        // the model; a key that needs one meanwhile waits for that one only).
        if prepare, let lists {
            let language = DashboardSession.language(chosen: lists.language, environment: lists.environment, model)
            model.prepareLists(language: language, glyphs: lists.glyphs)
            model.prepareSites(language: language, glyphs: lists.glyphs)
        }
    }

    /// The model of `site`, or with `nil` of the province: one visible site is shown as
    /// that site (no Wilayah tab), several as the province.
    static func model(of province: Province, site: String?, now: Date) -> DashboardModel? {
        if let site { return province.site(site).map { DashboardModel(reading: $0.reading, now: now) } }
        if province.sites.count == 1, let only = province.sites.first { return DashboardModel(reading: only.reading, now: now) }
        return DashboardModel(province: province, now: now)
    }

    /// Nothing read yet: an empty site, under the banner.
    static func empty(awaySince: Date) -> DashboardModel {
        var model = DashboardModel(reading: DataFolder.read(from: StoredFolder(files: [])), now: awaySince)
        model.folderMissingSince = awaySince
        model.sourceIsDatabase = true
        return model
    }
}
