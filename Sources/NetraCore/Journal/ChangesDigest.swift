import Foundation

/// What changed since someone last looked: the overview's *Sejak kemarin* line, its
/// list, and the marks on changed rows. Built from the journal after each recording.
public struct ChangesDigest: Sendable, Equatable {
    /// The moment of the last look (the last `q`), or a day before now without one.
    public let since: Date
    /// Whether `since` is the default (no look remembered): the line then says "since yesterday".
    public let sinceYesterday: Bool
    /// The events, oldest first (the newest `limit` of them).
    public let events: [JournalEvent]
    /// How many events there are of each family (all of them, not only those kept).
    public let counts: [JournalEvent.Family: Int]
    /// The keys of the rows changed (`case:NTR-2023-001`, `officer:…`).
    public let keys: Set<String>
    /// Officers (NIP) with a changed request, circulars and units with a changed
    /// acknowledgement: looked up per row drawn, so kept apart rather than searched.
    public let requestNIPs: Set<String>
    public let circularIDs: Set<String>
    public let units: Set<String>

    public static let limit = 500

    public init(since: Date, sinceYesterday: Bool, events: [JournalEvent]) {
        self.since = since
        self.sinceYesterday = sinceYesterday
        var counts: [JournalEvent.Family: Int] = [:]
        for e in events { counts[e.kind.family, default: 0] += 1 }
        self.counts = counts
        self.keys = Set(events.map(\.key))
        var nips = Set<String>(), circulars = Set<String>(), units = Set<String>()
        for key in keys {
            if key.hasPrefix("request:") {
                nips.insert(String(key.dropFirst("request:".count).prefix { $0 != ":" }))
            } else if key.hasPrefix("circular:") {
                let rest = key.dropFirst("circular:".count)
                circulars.insert(String(rest.prefix { $0 != "|" }))
                if let bar = rest.firstIndex(of: "|") { units.insert(String(rest[rest.index(after: bar)...])) }
            }
        }
        requestNIPs = nips
        circularIDs = circulars
        self.units = units
        self.events = Array(events.suffix(Self.limit))
    }

    public var isEmpty: Bool { counts.isEmpty }

    /// The digest for `folder` at `now`, since `lastLook` (else 24 hours back).
    public static func of(folder: URL, lastLook: Date?, now: Date,
                          environment: [String: String] = ProcessInfo.processInfo.environment) -> ChangesDigest {
        let since = lastLook ?? now.addingTimeInterval(-86_400)
        let events = Journal.events(for: folder, since: since, environment: environment).events.filter { $0.at <= now }
        return ChangesDigest(since: since, sinceYesterday: lastLook == nil, events: events)
    }
}

/// When this user last left the dashboard (`q`), per data folder: the start of "since
/// you last looked". One small file per user in the folder's state directory (a
/// systemd `StateDirectory=` may be shared by several logins).
public struct LastLook: Sendable {
    public let file: URL

    public init?(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let store = JournalStore(folder: folder, environment: environment) else { return nil }
        file = store.directory.appendingPathComponent(Self.fileName(environment))
    }

    /// The last look at something that is not a folder (a database's site): `key`
    /// names it (hashed as a folder's path is), in the same state directory.
    public init?(key: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let base = StateDirectory.base(environment) else { return nil }
        file = base.appendingPathComponent(StateDirectory.folderID(key)).appendingPathComponent(Self.fileName(environment))
    }

    private static func fileName(_ environment: [String: String]) -> String {
        let user = (environment["USER"] ?? environment["LOGNAME"] ?? String(getuid())).filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return "last-look." + (user.isEmpty ? String(getuid()) : user)
    }

    public func load() -> Date? {
        guard let data = try? Data(contentsOf: file), data.count < 64,
              let seconds = Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    public func save(_ moment: Date) {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        try? Data(String(Int(moment.timeIntervalSince1970)).utf8).write(to: file, options: .atomic)
    }
}
