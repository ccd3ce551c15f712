import Foundation
import NetraCore

/// Reads the current snapshots of the sites the connected role may see. Nothing here
/// filters by site: row-level security does, in the server.
public enum ProvinceReader {
    /// Each visible site's current generation (a site granted but never pushed is
    /// left out): the cheap question a reader asks after a NOTIFY, and every few
    /// seconds on a standby, where notifications do not arrive.
    public static func generations(_ connection: DatabaseConnection) throws -> [String: Int64] {
        var found: [String: Int64] = [:]
        for row in try connection.query("SELECT site, current_generation FROM netra.sites WHERE current_generation IS NOT NULL") {
            if let site = row.text(0), let generation = row.int(1) { found[site] = generation }
        }
        return found
    }

    static let select = """
        SELECT s.site, s.current_generation, s.pushed_at, f.name, f.modified, f.bytes
        FROM netra.sites s JOIN netra.files f ON f.site = s.site AND f.generation = s.current_generation
        """

    /// The current snapshot of each of `sites` (all visible ones when `nil`), read
    /// into the model through the folder's own reading path. The rows come ordered by
    /// site, one at a time (single-row mode); a site is handed to its reading as soon
    /// as its last file has arrived, so the reading of one site overlaps the transfer
    /// of the next (as many readings at once as there are cores), and a site's bytes
    /// are let go once read, instead of the whole province's files being held until
    /// the last row.
    public static func read(_ connection: DatabaseConnection, sites: [String]? = nil) throws -> [SiteReading] {
        let readings = Readings()
        do { try stream(connection, sites: sites, into: readings) } catch {
            readings.finish()  // the readings in flight end before the error is told
            throw error
        }
        return readings.finish()
    }

    private static func stream(_ connection: DatabaseConnection, sites: [String]?, into readings: Readings) throws {
        var pending: Snapshot?
        let rows: (DatabaseRow) -> Void = { row in
            guard let site = row.text(0), let generation = row.int(1), let name = row.text(3) else { return }
            let file = StoredFile(name: name, bytes: row.bytes(5), modified: row.date(4))
            if pending?.site == site {
                pending!.files.append(file)
                return
            }
            if let done = pending { readings.add(done) }
            pending = Snapshot(site: site, generation: generation, pushedAt: row.date(2), files: [file])
        }
        if let sites {
            try connection.stream("\(select) WHERE s.site = ANY($1) ORDER BY s.site, f.name", [.texts(sites)], row: rows)
        } else {
            try connection.stream("\(select) ORDER BY s.site, f.name", row: rows)
        }
        if let done = pending { readings.add(done) }
    }

    /// One site's current files, as the rows bring them.
    private struct Snapshot: Sendable {
        let site: String
        let generation: Int64
        let pushedAt: Date?
        var files: [StoredFile]

        func reading() -> SiteReading {
            SiteReading(site: site, generation: generation, pushedAt: pushedAt, folder: StoredFolder(files: files))
        }
    }

    /// Sites' readings made beside the transfer, at most one per core at once (more
    /// in flight would only hold more sites' bytes), at the background priority.
    private final class Readings: @unchecked Sendable {
        private let lock = NSLock()
        private let group = DispatchGroup()
        private let slots = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))
        private var done: [SiteReading] = []

        func add(_ snapshot: Snapshot) {
            slots.wait()
            group.enter()
            DispatchQueue.global(qos: .utility).async { [self] in
                let reading = snapshot.reading()
                lock.withLock { done.append(reading) }
                slots.signal()
                group.leave()
            }
        }

        /// Waits for the readings in flight; the readings so far, in site order.
        @discardableResult
        func finish() -> [SiteReading] {
            group.wait()
            return lock.withLock { done.sorted { $0.site < $1.site } }
        }
    }

    /// Reads as `read(_:sites:)` does, over `connections` connections at once (this one
    /// and more opened to `target`, closed afterwards), each reading its share of the
    /// sites. A whole province is half a gigabyte of files: over a network, one stream
    /// waits a round trip per buffer it asks for, and the server detoasts one site at a
    /// time per connection; several streams overlap both. (On this machine's local
    /// socket it measured the same as one: there the folder reading is the cost, see
    /// README, Benchmarks.) Each site is still read whole from one statement, so each is
    /// one consistent snapshot; sites read on different connections may be a push apart,
    /// as with any two reads.
    public static func read(_ connection: DatabaseConnection, target: ConnectionTarget, sites: [String]? = nil,
                            connections: Int = 4) throws -> [SiteReading] {
        var wanted = try generations(connection).keys.sorted()
        if let sites { wanted = wanted.filter(Set(sites).contains) }
        let count = min(max(1, connections), wanted.count)
        guard count > 1 else { return try read(connection, sites: wanted) }
        // Dealt out in turn: neighbours in id order land on different connections.
        let shares = (0..<count).map { share in stride(from: share, to: wanted.count, by: count).map { wanted[$0] } }
        let readings = Readings()
        let failures = FirstFailure()
        let (stall, cancelled) = (connection.stallLimit, connection.cancelled)
        // A thread per connection: each mostly waits on the network.
        let streams = DispatchGroup()
        for share in 1..<count {
            streams.enter()
            Thread.detachNewThread {
                defer { streams.leave() }
                do {
                    let extra = try DatabaseSession.connect(target)
                    defer { extra.close() }
                    extra.stallLimit = stall
                    extra.cancelled = cancelled
                    try stream(extra, sites: shares[share], into: readings)
                } catch {
                    failures.keep(error)
                }
            }
        }
        do { try stream(connection, sites: shares[0], into: readings) } catch { failures.keep(error) }
        streams.wait()
        let all = readings.finish()
        if let error = failures.first { throw error }
        return all
    }

    /// The first error of several threads.
    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var error: (any Error)?
        func keep(_ e: any Error) { lock.withLock { error = error ?? e } }
        var first: (any Error)? { lock.withLock { error } }
    }

    /// Reads the whole province in one connection.
    public static func province(_ target: ConnectionTarget) throws -> Province {
        try DatabaseSession.with(target) { Province(sites: try read($0, target: target)) }
    }
}
