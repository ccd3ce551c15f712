import Foundation
import NetraCore
import PostgresNIO

/// Reads the current snapshots of the sites the connected role may see. Nothing here
/// filters by site: row-level security does, in the server.
public enum ProvinceReader {
    /// Each visible site's current generation (a site granted but never pushed is
    /// left out): the cheap question a reader asks after a NOTIFY, and every few
    /// seconds on a standby, where notifications do not arrive.
    public static func generations(_ connection: PostgresConnection) async throws -> [String: Int64] {
        var found: [String: Int64] = [:]
        let rows = try await connection.query(
            "SELECT site, current_generation FROM netra.sites WHERE current_generation IS NOT NULL", logger: DatabaseSession.quiet)
        for try await (site, generation) in rows.decode((String, Int64).self) { found[site] = generation }
        return found
    }

    /// The current snapshot of each of `sites` (all visible ones when `nil`), read
    /// into the model through the folder's own reading path. The rows come ordered by
    /// site; a site is handed to its reading as soon as its last file has arrived, so
    /// the reading of one site overlaps the transfer of the next and of the others
    /// (as many at once as there are cores), and a site's bytes are let go once read,
    /// instead of the whole province's files being held until the last row.
    /// `progress` is told of every row (a screen's stall watch counts from the last).
    public static func read(_ connection: PostgresConnection, sites: [String]? = nil,
                            progress: (@Sendable () -> Void)? = nil) async throws -> [SiteReading] {
        let rows: PostgresRowSequence
        let select = """
            SELECT s.site, s.current_generation, s.pushed_at, f.name, f.modified, f.bytes
            FROM netra.sites s JOIN netra.files f ON f.site = s.site AND f.generation = s.current_generation
            """
        if let sites {
            rows = try await connection.query("\(unescaped: select) WHERE s.site = ANY(\(sites)) ORDER BY s.site, f.name",
                                              logger: DatabaseSession.quiet)
        } else {
            rows = try await connection.query("\(unescaped: select) ORDER BY s.site, f.name", logger: DatabaseSession.quiet)
        }
        // Readings in flight beyond the cores would only hold more sites' bytes.
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: SiteReading.self) { group in
            var readings: [SiteReading] = []
            var inFlight = 0
            var pending: Snapshot?
            for try await (site, generation, pushedAt, name, modified, bytes) in rows.decode((String, Int64, Date?, String, Date?, ByteBuffer).self) {
                progress?()
                let file = StoredFile(name: name, bytes: Array(bytes.readableBytesView), modified: modified)
                if pending?.site == site {
                    pending!.files.append(file)
                    continue
                }
                if let done = pending {
                    if inFlight >= width, let read = try await group.next() {
                        readings.append(read)
                        inFlight -= 1
                    }
                    group.addTask { done.reading() }
                    inFlight += 1
                }
                pending = Snapshot(site: site, generation: generation, pushedAt: pushedAt, files: [file])
            }
            if let done = pending { group.addTask { done.reading() } }
            for try await done in group { readings.append(done) }
            return readings.sorted { $0.site < $1.site }
        }
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

    /// Reads as `read(_:sites:)` does, over `connections` connections at once (this one
    /// and more opened to `target`, closed afterwards), each reading its share of the
    /// sites. A whole province is half a gigabyte of files: over a network, one stream
    /// waits a round trip per buffer it asks for, and the server detoasts one site at a
    /// time per connection; several streams overlap both. (On this machine's local
    /// socket it measured the same as one: there the folder reading is the cost, see
    /// README, Benchmarks.) Each site is still read whole from one statement, so each is
    /// one consistent snapshot; sites read on different connections may be a push apart,
    /// as with any two reads.
    public static func read(_ connection: PostgresConnection, target: ConnectionTarget, sites: [String]? = nil,
                            connections: Int = 4, progress: (@Sendable () -> Void)? = nil) async throws -> [SiteReading] {
        var wanted = try await generations(connection).keys.sorted()
        if let sites { wanted = wanted.filter(Set(sites).contains) }
        let count = min(max(1, connections), wanted.count)
        guard count > 1 else { return try await read(connection, sites: wanted, progress: progress) }
        // Dealt out in turn: neighbours in id order land on different connections.
        let shares = (0..<count).map { share in stride(from: share, to: wanted.count, by: count).map { wanted[$0] } }
        return try await withThrowingTaskGroup(of: [SiteReading].self) { group in
            group.addTask { try await read(connection, sites: shares[0], progress: progress) }
            for share in shares.dropFirst() {
                group.addTask {
                    let extra = try await DatabaseSession.connect(target)
                    do {
                        let readings = try await read(extra, sites: share, progress: progress)
                        try? await extra.close()
                        return readings
                    } catch {
                        try? await extra.close()
                        throw error
                    }
                }
            }
            var all: [SiteReading] = []
            for try await readings in group { all += readings }
            return all.sorted { $0.site < $1.site }
        }
    }

    /// Reads the whole province in one connection.
    public static func province(_ target: ConnectionTarget) async throws -> Province {
        let connection = try await DatabaseSession.connect(target)
        do {
            let sites = try await read(connection, target: target)
            try? await connection.close()
            return Province(sites: sites)
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
