import Foundation
import NetraCore
import PostgresNIO

/// Follows the province database for a screen that stays open: reads the visible
/// sites' current snapshots, then re-reads a site when its generation moves. It learns
/// of a push by LISTEN (on a primary, within a few milliseconds of the commit) and by
/// asking every `pollInterval` seconds (on a read-only standby, where LISTEN is refused
/// and notifications never arrive). When the database is unreachable it reports since
/// when, keeps the last province it read, and reconnects with a backoff (1 s doubling
/// to 30 s).
public final class ProvinceFeed: @unchecked Sendable {
    /// What the feed reports, on its own task.
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
    private var task: Task<Void, Never>?
    private var province: Province?
    private var awaySince: Date?
    private let executor = FeedExecutor()

    /// - Parameter site: follow this site only (`--site`); `nil`: every visible site.
    public init(target: ConnectionTarget, site: String? = nil, pollInterval: TimeInterval = 2,
                onEvent: @escaping @Sendable (Event) -> Void) {
        self.target = target
        self.site = site
        self.pollInterval = pollInterval
        self.onEvent = onEvent
    }

    deinit { task?.cancel() }

    public func start() {
        lock.lock()
        defer { lock.unlock() }
        guard task == nil else { return }
        task = Task(executorPreference: executor) { [self] in await run() }
    }

    public func stop() {
        lock.lock()
        let running = task
        task = nil
        lock.unlock()
        running?.cancel()
    }

    /// The last province read, if any.
    public var last: Province? { lock.withLock { province } }

    private func run() async {
        var backoff: TimeInterval = 1
        while !Task.isCancelled {
            do {
                let connection = try await DatabaseSession.connect(target)
                // Closed however following ends (a failure, or `stop()`): the client
                // requires it before the connection goes.
                var failure: (any Error)?
                do {
                    try await refreshInTime(connection)
                    backoff = 1
                    try await follow(connection)
                } catch {
                    failure = error
                }
                try? await connection.close()
                if let failure { throw failure }
            } catch {
                if Task.isCancelled { return }
                let since = lock.withLock { () -> Date in
                    let since = awaySince ?? Date()
                    awaySince = since
                    return since
                }
                onEvent(.away(since: since, reason: DatabaseSession.describe(error, target: target)))
                try? await Task.sleep(nanoseconds: UInt64(backoff * 1_000_000_000))
                backoff = min(backoff * 2, 30)
            }
        }
    }

    /// Waits for a notification or the poll, and refreshes; returns (throws) only
    /// when the connection fails. LISTEN has a connection of its own: a query sent on
    /// the connection that is setting up LISTEN could wait forever (seen with
    /// postgres-nio 1.33.2), and the queries must never wait on the listener. The
    /// listener and the poll are unstructured tasks: a notification sequence does not
    /// end on cancellation, only when its connection closes, and a task group would
    /// wait for it forever.
    private func follow(_ connection: PostgresConnection) async throws {
        let (wakes, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let interval = UInt64(max(0.1, pollInterval) * 1_000_000_000)
        // Without a listening connection (refused, or a standby) the poll alone follows.
        let listening = try? await DatabaseSession.connect(target)
        let listener = Task(executorPreference: executor) {
            guard let listening else { return }
            do {
                try await listening.listen(on: SnapshotPush.channel) { notifications in
                    for try await _ in notifications { wake.yield() }
                }
            } catch {
                // A standby refuses LISTEN (the poll alone follows it); a lost
                // connection shows at the next refresh, asked for now.
                wake.yield()
            }
        }
        let poller = Task(executorPreference: executor) {
            while !Task.isCancelled {
                try await Task.sleep(nanoseconds: interval)
                wake.yield()
            }
        }
        defer {
            listener.cancel()
            poller.cancel()
            wake.finish()
        }
        do {
            for await _ in wakes { try await refreshInTime(connection) }
        } catch {
            try? await listening?.close()
            throw error
        }
        try? await listening?.close()
    }

    /// How long a refresh may wait for the server before the connection is given up.
    static let stallLimit: TimeInterval = 10

    private func refreshInTime(_ connection: PostgresConnection) async throws {
        try await Deadline.run(Self.stallLimit, on: executor, gone: { connection.isClosed }) { [self] progress in
            try await refresh(connection, progress: progress)
        }
    }

    /// Asks for the generations; reads the sites that moved (all after a time away).
    private func refresh(_ connection: PostgresConnection, progress: Progress) async throws {
        var generations = try await ProvinceReader.generations(connection)
        if let site { generations = generations.filter { $0.key == site } }
        let (known, wasAway) = lock.withLock { (province, awaySince != nil) }
        let moved = generations.filter { known?.generations[$0.key] != $0.value }.map(\.key).sorted()
        let dropped = Set(known?.generations.keys.map { $0 } ?? []).subtracting(generations.keys)
        guard known == nil || !moved.isEmpty || !dropped.isEmpty || wasAway else { return }
        // Several sites (the first read of a province, or after a time away) are read
        // over several connections at once; one site on this connection alone.
        let fresh = moved.isEmpty ? []
            : moved.count == 1 ? try await ProvinceReader.read(connection, sites: moved, progress: progress.beat)
            : try await ProvinceReader.read(connection, target: target, sites: moved, progress: progress.beat)
        let next = (known ?? Province(sites: [])).updated(with: fresh, visible: Set(generations.keys))
        lock.withLock {
            province = next
            awaySince = nil
        }
        onEvent(.province(next))
    }
}
