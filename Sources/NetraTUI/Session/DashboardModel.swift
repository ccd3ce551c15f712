import Foundation
import NetraCore

/// Everything the screens draw from: one folder reading and what was derived from it.
///
/// Built off the UI thread and swapped in whole; views only read it.
public struct DashboardModel: Sendable {
    public let reading: FolderReading
    public let situation: Situation
    /// When the data was read (for "updated HH:MM:SS").
    public let loadedAt: Date
    /// Case- and accent-folded text per officer: name, NIP, unit, position, party.
    /// Built on first use (≈130 ms at 100k officers), not on the reload path.
    public var officerSearch: SearchIndex { officerIndex.value }
    /// Folded text per case: id, category, summary, officer's name.
    public var caseSearch: SearchIndex { caseIndex.value }
    private let officerIndex: LazyIndex
    private let caseIndex: LazyIndex
    /// Sorted and searched row lists, remembered per model (see `RowCache`).
    let cache = RowCache()
    /// What depends on the reading and its derivation alone — the alerts listed, their
    /// grouping, the overview's figures — shared with the same derivation under a newer
    /// digest (`with(sinceLook:)`): made again there, they were 30 MB and 96 ms at 1M
    /// officers, held twice until the replaced model was freed (`netra-bench --memory`).
    let derived: RowCache
    /// What depends on the reading alone (a column's codes and ranks, the name order),
    /// shared with the same data at later moments (`at`): the minute's re-derivation
    /// must not throw away 100 ms of list preparation.
    let lasting: RowCache
    /// Files that broke after a change (their last good data is shown), with since when.
    public var broken: [LiveFolder.BrokenFile] = []
    /// When the folder itself disappeared (or the database could not be reached), if it is gone.
    public var folderMissingSince: Date?
    /// The data comes from the province database (`--source`): a missing source is the
    /// database being unreachable, and is worded so.
    public var sourceIsDatabase = false
    /// Rows (officer NIPs, case ids, alert ids) that are new or changed since the
    /// previous reload, and when that reload happened: highlighted for a few seconds.
    public var changedRows: Set<RowID> = []
    public var changedAt: Date?

    /// What the journal recorded since the user last left the dashboard (`q`): the
    /// overview's *Sejak kemarin* row and the marks on changed rows. `nil` until the
    /// journal's first recording after start (it is written after the first frame).
    public var sinceLook: ChangesDigest?

    /// The province's sites, each its own model, when the data is a province of several
    /// sites (`--source` without `--site`); `nil` for a folder or one site.
    public var province: ProvinceLens?

    /// Whether the row changed since the last look (a lasting mark, unlike `isFreshlyChanged`).
    public func changedSinceLook(_ id: RowID) -> Bool {
        guard let d = sinceLook, !d.isEmpty else { return false }
        switch id {
        case .officer(let nip): return d.keys.contains("officer:\(nip)") || d.keys.contains("retirement:\(nip)") || d.requestNIPs.contains(nip.description)
        case .request(let nip, _): return d.requestNIPs.contains(nip.description)
        case .ageRetirement(let nip): return d.keys.contains("retirement:\(nip)")
        case .case(let caseID): return d.keys.contains("case:" + caseID)
        case .circular(let circularID): return d.circularIDs.contains(circularID)
        case .unit(let name): return d.units.contains(name)
        default: return false
        }
    }

    /// How long changed rows stay highlighted.
    public static let highlightSeconds: TimeInterval = 5

    /// Whether `id` changed in a reload less than `highlightSeconds` ago.
    public func isFreshlyChanged(_ id: RowID, now: Date) -> Bool {
        guard let changedAt, now.timeIntervalSince(changedAt) < Self.highlightSeconds else { return false }
        return changedRows.contains(id)
    }

    /// Marks what differs from `previous`: officers and cases by their fields, alerts
    /// that were not there before. Runs on the reload queue, not the UI thread.
    public mutating func markChanges(since previous: DashboardModel, files: Set<DataFile>, at now: Date) {
        var changed: Set<RowID> = []
        if files.contains(.officers) {
            let old = previous.dataset.roster
            let officers = dataset.officers, earlier = old.officers
            // Rows mostly keep their place (a cell edited, a row added at the end), so
            // the old row at the same place, shifted by the last insertion or removal
            // met, is tried before the NIP index; rows are compared where they lie.
            // Copying each officer and looking each one up was 45 ms of a 100k reload,
            // a fifth of the time from a rename to the screen.
            var shift = 0
            for i in officers.indices {
                let nip = officers[i].nip
                var j = i + shift
                if j < 0 || j >= earlier.count || earlier[j].nip != nip {
                    guard let found = old.indexByNIP[nip] else { changed.insert(.officer(nip)); continue }
                    j = found
                    shift = found - i
                }
                if Self.differ(earlier[j], officers[i]) { changed.insert(.officer(nip)) }
            }
        }
        if files.contains(.cases) {
            let old = Dictionary(previous.dataset.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for c in dataset.cases {
                guard let before = old[c.id] else { changed.insert(.case(c.id)); continue }
                if before.status != c.status || before.dueOn != c.dueOn || before.summary != c.summary || before.nip != c.nip
                    || before.source != c.source || before.category != c.category {
                    changed.insert(.case(c.id))
                }
            }
        }
        let oldAlerts = Set(previous.situation.alerts.map(AlertSubject.init))
        for alert in situation.alerts {
            let subject = AlertSubject(alert)
            if !oldAlerts.contains(subject) { changed.insert(.alert(subject)) }
        }
        changedRows = changed
        changedAt = changed.isEmpty ? nil : now
    }

    /// Whether an officer's row reads differently: the fields the lists show.
    private static func differ(_ before: Officer, _ now: Officer) -> Bool {
        before.candidacy != now.candidacy || before.name != now.name || before.unit != now.unit || before.position != now.position
            || before.grade != now.grade || before.party != now.party || before.district != now.district
    }

    /// A model of a live folder's state. With `previous` (the model shown before this
    /// reload), what depends on the roster alone — the Pegawai list's orders, codes and
    /// ranks, and the officers' search index — is taken over when the roster is the one
    /// `previous` had (another file changed): a `cases.csv` edit beside 100k officers
    /// must not cost the ≈500 ms of preparing the Pegawai list again.
    public init(live: LiveFolder.State, now: Date, previous: DashboardModel? = nil) {
        let sameRoster = previous.map { $0.dataset.rosterFacts === live.reading.dataset.rosterFacts } ?? false
        self.init(reading: live.reading, now: now, loadedAt: nil,
                  keeping: sameRoster ? previous.map { ($0.officerIndex, $0.lasting) } : nil)
        broken = live.broken
        folderMissingSince = live.folderMissingSince
    }

    public init(reading: FolderReading, now: Date, loadedAt: Date? = nil) {
        self.init(reading: reading, now: now, loadedAt: loadedAt, keeping: nil)
    }

    private init(reading: FolderReading, now: Date, loadedAt: Date?, keeping: (officerIndex: LazyIndex, lasting: RowCache)?) {
        self.reading = reading
        self.situation = Situation(dataset: reading.dataset, now: now)
        self.loadedAt = loadedAt ?? now
        lasting = keeping?.lasting ?? RowCache()
        derived = RowCache()
        let officers = reading.dataset.officers
        officerIndex = keeping?.officerIndex ?? LazyIndex {
            // Name and NIP are each officer's own; unit, position, party and district
            // repeat across the roster and are kept once each (`SearchIndex`).
            SearchIndex(count: officers.count, own: { officers[$0].name + "\u{1}" + officers[$0].nip.description },
                        shared: [{ officers[$0].unit }, { officers[$0].position }, { officers[$0].party }, { officers[$0].district }])
        }
        let cases = situation.cases
        caseIndex = LazyIndex {
            SearchIndex(cases.map {
                [$0.item.id, $0.item.category, $0.item.summary, $0.officer?.name ?? "", $0.item.nip?.description ?? ""].joined(separator: "\u{1}")
            })
        }
    }

    /// Builds the search indexes now (the reload queue calls this after handing the
    /// model over, so the first keystroke does not wait).
    public func prepareSearch() {
        _ = officerIndex.value
        _ = caseIndex.value
    }

    /// The same data at a later moment: countdowns and alerts re-derived.
    public func at(_ now: Date) -> DashboardModel {
        var model = DashboardModel(reading: reading, now: now, loadedAt: loadedAt, officerIndex: officerIndex, caseIndex: caseIndex, lasting: lasting)
        model.broken = broken
        model.folderMissingSince = folderMissingSince
        model.sourceIsDatabase = sourceIsDatabase
        model.changedRows = changedRows
        model.changedAt = changedAt
        model.sinceLook = sinceLook
        model.province = province?.at(now)
        return model
    }

    /// The same data and derivation with the journal's newest digest. Nothing is derived
    /// again (the digest changes only marks and the overview's *Sejak kemarin* row), so the
    /// terminal loop can take it between two keys: deriving anew here cost 21 ms at 100k
    /// officers and 330 ms at 1M on the UI thread after every reload. The row cache is a
    /// fresh one, as the overview's rows gain a line; what the digest does not change
    /// (`derived`) is shared.
    public func with(sinceLook digest: ChangesDigest?) -> DashboardModel {
        var model = DashboardModel(reading: reading, situation: situation, loadedAt: loadedAt,
                                   officerIndex: officerIndex, caseIndex: caseIndex, lasting: lasting, derived: derived)
        model.broken = broken
        model.folderMissingSince = folderMissingSince
        model.sourceIsDatabase = sourceIsDatabase
        model.changedRows = changedRows
        model.changedAt = changedAt
        model.sinceLook = digest
        model.province = province
        return model
    }

    private init(reading: FolderReading, now: Date, loadedAt: Date, officerIndex: LazyIndex, caseIndex: LazyIndex, lasting: RowCache) {
        self.init(reading: reading, situation: Situation(dataset: reading.dataset, now: now), loadedAt: loadedAt,
                  officerIndex: officerIndex, caseIndex: caseIndex, lasting: lasting)
    }

    private init(reading: FolderReading, situation: Situation, loadedAt: Date, officerIndex: LazyIndex, caseIndex: LazyIndex, lasting: RowCache,
                 derived: RowCache = RowCache()) {
        self.reading = reading
        self.lasting = lasting
        self.derived = derived
        self.situation = situation
        self.loadedAt = loadedAt
        self.officerIndex = officerIndex
        self.caseIndex = caseIndex
    }

    public var dataset: Dataset { reading.dataset }
}
