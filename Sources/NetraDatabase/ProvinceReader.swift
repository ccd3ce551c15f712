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
    /// into the model through the folder's own reading path.
    public static func read(_ connection: PostgresConnection, sites: [String]? = nil) async throws -> [SiteReading] {
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
        var snapshots: [(site: String, generation: Int64, pushedAt: Date?, files: [StoredFile])] = []
        for try await (site, generation, pushedAt, name, modified, bytes) in rows.decode((String, Int64, Date?, String, Date?, ByteBuffer).self) {
            let file = StoredFile(name: name, bytes: Array(bytes.readableBytesView), modified: modified)
            if snapshots.last?.site == site { snapshots[snapshots.count - 1].files.append(file) }
            else { snapshots.append((site, generation, pushedAt, [file])) }
        }
        // Sites that have a generation but no files cannot exist (a push writes at least
        // netra.toml or the roster's row set); reading is per site, off the rows.
        return snapshots.map { SiteReading(site: $0.site, generation: $0.generation, pushedAt: $0.pushedAt, folder: StoredFolder(files: $0.files)) }
    }

    /// Reads the whole province in one connection.
    public static func province(_ target: ConnectionTarget) async throws -> Province {
        let connection = try await DatabaseSession.connect(target)
        do {
            let sites = try await read(connection)
            try? await connection.close()
            return Province(sites: sites)
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
