import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

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
    /// Sorted and searched row lists, remembered per model (see `Rows`).
    let cache = RowCache()
    /// Files that broke after a change (their last good data is shown), with since when.
    public var broken: [LiveFolder.BrokenFile] = []
    /// When the folder itself disappeared, if it is gone.
    public var folderMissingSince: Date?
    /// Rows (officer NIPs, case ids, alert ids) that are new or changed since the
    /// previous reload, and when that reload happened: highlighted for a few seconds.
    public var changedRows: Set<String> = []
    public var changedAt: Date?

    /// How long changed rows stay highlighted.
    public static let highlightSeconds: TimeInterval = 5

    /// Whether `id` changed in a reload less than `highlightSeconds` ago.
    public func isFreshlyChanged(_ id: String, now: Date) -> Bool {
        guard let changedAt, now.timeIntervalSince(changedAt) < Self.highlightSeconds else { return false }
        return changedRows.contains(id)
    }

    /// Marks what differs from `previous`: officers and cases by their fields, alerts
    /// that were not there before. Runs on the reload queue, not the UI thread.
    public mutating func markChanges(since previous: DashboardModel, files: Set<DataFile>, at now: Date) {
        var changed: Set<String> = []
        if files.contains(.officers) {
            let old = previous.dataset.roster
            for o in dataset.officers {
                guard let before = old[o.nip] else { changed.insert(o.nip.description); continue }
                if before.name != o.name || before.unit != o.unit || before.position != o.position || before.grade != o.grade
                    || before.candidacy != o.candidacy || before.party != o.party || before.district != o.district {
                    changed.insert(o.nip.description)
                }
            }
        }
        if files.contains(.cases) {
            let old = Dictionary(previous.dataset.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for c in dataset.cases {
                guard let before = old[c.id] else { changed.insert(c.id); continue }
                if before.status != c.status || before.dueOn != c.dueOn || before.summary != c.summary || before.nip != c.nip
                    || before.source != c.source || before.category != c.category {
                    changed.insert(c.id)
                }
            }
        }
        let oldAlerts = Set(previous.situation.alerts.map(Rows.alertID))
        for alert in situation.alerts where !oldAlerts.contains(Rows.alertID(alert)) { changed.insert(Rows.alertID(alert)) }
        changedRows = changed
        changedAt = changed.isEmpty ? nil : now
    }

    public init(live: LiveFolder.State, now: Date) {
        self.init(reading: live.reading, now: now)
        broken = live.broken
        folderMissingSince = live.folderMissingSince
    }

    public init(reading: FolderReading, now: Date, loadedAt: Date? = nil) {
        self.reading = reading
        self.situation = Situation(dataset: reading.dataset, now: now)
        self.loadedAt = loadedAt ?? now
        let officers = reading.dataset.officers
        officerIndex = LazyIndex {
            SearchIndex(officers.map { [$0.name, $0.nip.description, $0.unit, $0.position, $0.party, $0.district].joined(separator: "\u{1}") })
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
        var model = DashboardModel(reading: reading, now: now, loadedAt: loadedAt, officerIndex: officerIndex, caseIndex: caseIndex)
        model.broken = broken
        model.folderMissingSince = folderMissingSince
        model.changedRows = changedRows
        model.changedAt = changedAt
        return model
    }

    private init(reading: FolderReading, now: Date, loadedAt: Date, officerIndex: LazyIndex, caseIndex: LazyIndex) {
        self.reading = reading
        self.situation = Situation(dataset: reading.dataset, now: now)
        self.loadedAt = loadedAt
        self.officerIndex = officerIndex
        self.caseIndex = caseIndex
    }

    public var dataset: Dataset { reading.dataset }
}

/// Case- and accent-insensitive substring search over many short texts.
///
/// The folded texts sit in one byte buffer, so a keystroke over 100k officers is a
/// scan of a few megabytes with `memmem`, not 100k string comparisons.
public struct SearchIndex: Sendable {
    private let blob: [UInt8]
    private let starts: [Int]

    public init(_ texts: [String]) {
        var blob: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            starts.append(blob.count)
            blob.append(contentsOf: SearchIndex.fold(text).utf8)
        }
        starts.append(blob.count)
        self.blob = blob
        self.starts = starts
    }

    public var count: Int { starts.count - 1 }

    /// Lowercase, without accents (`É` → `e`), so `jose` finds `José`.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The items among `candidates` (in their order) that contain `query`. The buffers
    /// are opened once and the search is inlined: per-item calls cost more than the
    /// search itself (the first letter over 100k officers went from ≈18 ms to ≈10 ms).
    public func filter(_ candidates: [Int], query: String) -> [Int] {
        let folded = Array(SearchIndex.fold(query).utf8)
        if folded.isEmpty { return candidates }
        return blob.withUnsafeBufferPointer { b in
            folded.withUnsafeBufferPointer { q in
                starts.withUnsafeBufferPointer { starts in
                    guard let base = b.baseAddress, let needle = q.baseAddress else { return [] }
                    let first = Int32(needle.pointee), rest = q.count - 1
                    var found: [Int] = []
                    found.reserveCapacity(candidates.count / 8)
                    for i in candidates {
                        // memchr to each occurrence of the first byte, memcmp the rest.
                        var at = base + starts[i]
                        let last = base + starts[i + 1] - q.count  // last possible start
                        while at <= last {
                            guard let hit = memchr(at, first, last - at + 1) else { break }
                            let p = hit.assumingMemoryBound(to: UInt8.self)
                            if rest == 0 || memcmp(p + 1, needle + 1, rest) == 0 {
                                found.append(i)
                                break
                            }
                            at = UnsafePointer(p) + 1
                        }
                    }
                    return found
                }
            }
        }
    }
}

/// Remembers row lists for one model, so that a frame over 100k officers does not
/// sort them again, and a search keystroke only scans the already-sorted order.
final class RowCache: @unchecked Sendable {
    private let lock = NSLock()
    private var searched: [String: [Int]] = [:]
    private var ids: (key: String, value: [String])?
    private var values: [String: Any] = [:]

    /// Any list derived from the model and UI state, remembered by `key`.
    func value<T>(_ key: String, _ compute: () -> T) -> T {
        lock.lock()
        if let hit = values[key] as? T { lock.unlock(); return hit }
        lock.unlock()
        let value = compute()
        lock.lock()
        if values.count > 64 { values.removeAll() }
        values[key] = value
        lock.unlock()
        return value
    }

    /// The row identities for `key`, remembering only the latest list.
    func ids(_ key: String, _ compute: () -> [String]) -> [String] {
        lock.lock()
        if let hit = ids, hit.key == key { lock.unlock(); return hit.value }
        lock.unlock()
        let value = compute()
        lock.lock()
        ids = (key, value)
        lock.unlock()
        return value
    }

    /// The last search result for `key` (one per view, so memory stays small).
    /// `compute` gets the previous result when the query only grew (typing one more
    /// letter): every match of "hen" is among the matches of "he".
    func search(_ key: String, query: String, _ compute: (_ narrowerThan: [Int]?) -> [Int]) -> [Int] {
        let full = key + "\u{0}" + query
        lock.lock()
        if let hit = searched[full] { lock.unlock(); return hit }
        let previous = searched.first { entry in
            entry.key.hasPrefix(key + "\u{0}") && query.hasPrefix(String(entry.key.dropFirst(key.count + 1)))
        }?.value
        lock.unlock()
        let value = compute(previous)
        lock.lock()
        searched = searched.filter { !$0.key.hasPrefix(key + "\u{0}") }
        searched[full] = value
        lock.unlock()
        return value
    }
}

/// A search index built once, on first use, from any thread.
final class LazyIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: SearchIndex?
    private var build: (() -> SearchIndex)?

    init(_ build: @escaping () -> SearchIndex) { self.build = build }

    var value: SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = build!()
        built = index
        build = nil  // drop what the builder captured
        return index
    }
}
