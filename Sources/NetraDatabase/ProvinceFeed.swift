import Foundation
import NetraCore

/// Follows the province database for a screen that stays open: reads the visible
/// sites' current snapshots, then re-reads a site when its generation moves. It learns
/// of a push by LISTEN (on a primary, within a few milliseconds of the commit) and by
/// asking every `pollInterval` seconds (on a read-only standby, where LISTEN is refused
/// and notifications never arrive). When the database is unreachable it reports since
/// when, keeps the last province it read, and reconnects with a backoff (1 s doubling
/// to 30 s).
public final class ProvinceFeed: @unchecked Sendable {
    /// What the feed reports, on its own thread.
    public enum Event: Sendable {
        /// A new province (the first read, or some site's new generation).
        case province(Province)
        /// The database cannot be reached (or refused): since when, and why.
        case away(since: Date, reason: Message)
    }

    private let target: ConnectionTarget
    private let site: String?
    private let pollInterval: TimeInterval
    private let onEvent: @Sendable (Event) -> Void
    private let lock = NSLock()
    /// Raised by `stop()`; every wait of the feed's thread looks at it.
    private var stopped = false
    private var started = false
    private var province: Province?
    private var awaySince: Date?

    /// - Parameter site: follow this site only (`--site`); `nil`: every visible site.
    public init(target: ConnectionTarget, site: String? = nil, pollInterval: TimeInterval = 2,
                onEvent: @escaping @Sendable (Event) -> Void) {
        self.target = target
        self.site = site
        self.pollInterval = pollInterval
        self.onEvent = onEvent
    }

    deinit { stop() }

    /// Starts following on a thread of its own (its waits are on sockets, not on a
    /// shared pool that a busy process could hold back).
    public func start() {
        let first = lock.withLock { () -> Bool in
            defer { started = true }
            return !started
        }
        guard first else { return }
        let thread = Thread { [self] in run() }
        thread.name = "netra-province-feed"
        thread.start()
    }

    /// Stops following: the thread ends within a quarter of a second (or when a
    /// connection being opened gives up, at most its 5-second timeout).
    public func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// The last province read, if any.
    public var last: Province? { lock.withLock { province } }

    private func run() {
        var backoff: TimeInterval = 1
        while !isStopped {
            do {
                let connection = try DatabaseSession.connect(target)
                defer { connection.close() }
                connection.stallLimit = Self.stallLimit
                connection.cancelled = { [weak self] in self?.isStopped ?? true }
                try refresh(connection)
                backoff = 1
                try follow(connection)
            } catch {
                if isStopped { return }
                let since = lock.withLock { () -> Date in
                    let since = awaySince ?? Date()
                    awaySince = since
                    return since
                }
                onEvent(.away(since: since, reason: DatabaseSession.describe(error, target: target)))
                pause(backoff)
                backoff = min(backoff * 2, 30)
            }
        }
    }

    /// Sleeps `seconds`, or less when stopped.
    private func pause(_ seconds: TimeInterval) {
        let end = Date().addingTimeInterval(seconds)
        while !isStopped && end.timeIntervalSinceNow > 0 { usleep(UInt32(min(0.25, end.timeIntervalSinceNow) * 1_000_000)) }
    }

    /// Waits for a notification or the poll, and refreshes; returns (throws) only
    /// when the connection fails or the feed stops. LISTEN has a connection of its
    /// own, so a refresh never waits behind the listener. Without one (refused, or a
    /// standby, which refuses LISTEN) the poll alone follows.
    private func follow(_ connection: DatabaseConnection) throws {
        var listening = listener()
        // A server that took LISTEN is asked again when the listener is lost (its
        // backend ended, a pooler cut it) while this connection still reads; a
        // standby, which refuses LISTEN, is not asked at every poll.
        let listens = listening != nil
        defer { listening?.close() }
        let interval = max(0.1, pollInterval)
        while !isStopped {
            var due = Date().addingTimeInterval(interval)
            if listens && listening == nil {
                listening = listener()
                // Read at once: a push made while nobody listened has to be seen.
                if listening != nil { due = Date() }
            }
            if let current = listening {
                do {
                    while !isStopped, due.timeIntervalSinceNow > 0 {
                        if try current.awaitNotification(min(0.25, due.timeIntervalSinceNow)) { due = Date() }
                    }
                } catch {
                    // A lost listener: the refresh below finds out whether the
                    // database went; the next time round listens anew (above).
                    current.close()
                    listening = nil
                }
            } else {
                pause(due.timeIntervalSinceNow)
            }
            if isStopped { return }
            try refresh(connection)
        }
    }

    /// A connection that LISTENs for pushes, or nil (a standby refuses LISTEN).
    private func listener() -> DatabaseConnection? {
        guard let connection = try? DatabaseSession.connect(target) else { return nil }
        connection.cancelled = { [weak self] in self?.isStopped ?? true }
        guard (try? connection.query("LISTEN \(SnapshotPush.channel)")) != nil else {
            connection.close()
            return nil
        }
        return connection
    }

    /// How long a refresh may wait for the server before the connection is given up.
    static let stallLimit: TimeInterval = 10

    /// Asks for the generations; reads the sites that moved (all after a time away).
    private func refresh(_ connection: DatabaseConnection) throws {
        var generations = try ProvinceReader.generations(connection)
        if let site { generations = generations.filter { $0.key == site } }
        let (known, wasAway) = lock.withLock { (province, awaySince != nil) }
        let moved = generations.filter { known?.generations[$0.key] != $0.value }.map(\.key).sorted()
        let dropped = Set(known?.generations.keys.map { $0 } ?? []).subtracting(generations.keys)
        guard known == nil || !moved.isEmpty || !dropped.isEmpty || wasAway else { return }
        // Several sites (the first read of a province, or after a time away) are read
        // over several connections at once; one site on this connection alone.
        let fresh = moved.isEmpty ? []
            : moved.count == 1 ? try ProvinceReader.read(connection, sites: moved)
            : try ProvinceReader.read(connection, target: target, sites: moved)
        let next = (known ?? Province(sites: [])).updated(with: fresh, visible: Set(generations.keys))
        lock.withLock {
            province = next
            awaySince = nil
        }
        onEvent(.province(next))
    }
}
