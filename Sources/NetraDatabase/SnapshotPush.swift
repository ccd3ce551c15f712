import Foundation
import NetraCore
import PostgresNIO

/// Writes one folder's files as a site's new snapshot, in one transaction: the new
/// generation's rows are written first (staging: no reader looks at a generation the
/// site's `current_generation` does not name), then the pointer moves, then the
/// generations beyond `keep` go, then readers are told (NOTIFY, delivered at commit).
/// A push that fails or is killed before COMMIT leaves nothing behind: the server
/// rolls the transaction back and the site's current snapshot is the one it was.
public enum SnapshotPush {
    /// The channel readers LISTEN on. The payload is empty: which sites changed is
    /// asked through row-level security, so no office learns another's name from it.
    public static let channel = "netra_push"

    /// What a push did.
    public struct Outcome: Sendable, Equatable {
        public let generation: Int64
        public let files: Int
        public let kept: Int
        /// The events the push recorded in the site's journal (`nil`: no journal asked).
        public var journal: [JournalEvent]? = nil
    }

    /// Test seam: called between the staged rows and the pointer move (a test stops
    /// the process there to show a killed push changes nothing).
    public typealias Pause = @Sendable () async -> Void

    public static func push(_ connection: PostgresConnection, site: String, folder: StoredFolder, errors: Int, keep: Int,
                            role: String, journal: JournalStep? = nil, beforeCommit: Pause? = nil) async throws -> Outcome {
        guard SiteID.isValid(site) else { throw DatabaseRefusal(Messages.pushBadSite(site)) }
        let keep = max(1, keep)
        let files = folder.sortedFiles
        return try await connection.withTransaction(logger: DatabaseSession.quiet) { c in
            // The site row locked for the whole push: two pushes of one site queue up.
            // Row-level security hides a site the role may not push (or it does not exist).
            var visible = false
            for try await _ in try await c.query("SELECT site FROM netra.sites WHERE site = \(site) FOR UPDATE",
                                                 logger: DatabaseSession.quiet) { visible = true }
            guard visible else { throw DatabaseRefusal(Messages.pushNotAllowed(site: site, role: role)) }
            var generation: Int64 = 0
            for try await value in try await c.query("SELECT nextval('netra.generations')", logger: DatabaseSession.quiet).decode(Int64.self) {
                generation = value
            }
            try await c.query("INSERT INTO netra.snapshots (site, generation, errors) VALUES (\(site), \(generation), \(errors))",
                              logger: DatabaseSession.quiet)
            for file in files {
                let bytes = ByteBuffer(bytes: file.bytes)
                try await c.query("""
                    INSERT INTO netra.files (site, generation, name, modified, bytes)
                    VALUES (\(site), \(generation), \(file.name), \(file.modified), \(bytes))
                    """, logger: DatabaseSession.quiet)
            }
            // The site's journal in the same transaction: a push that fails records nothing.
            var recorded: [JournalEvent]?
            if let journal { recorded = try await SiteJournal.record(c, site: site, generation: generation, step: journal).events }
            if let beforeCommit { await beforeCommit() }
            try await c.query("""
                UPDATE netra.sites SET current_generation = \(generation), pushed_at = now(), pushed_by = current_user
                WHERE site = \(site)
                """, logger: DatabaseSession.quiet)
            let old = "SELECT generation FROM netra.snapshots WHERE site = $1 ORDER BY generation DESC OFFSET $2"
            try await c.query(PostgresQuery(unsafeSQL: "DELETE FROM netra.files WHERE site = $1 AND generation IN (\(old))",
                                            binds: try binds(site, keep)), logger: DatabaseSession.quiet)
            try await c.query(PostgresQuery(unsafeSQL: "DELETE FROM netra.snapshots WHERE site = $1 AND generation IN (\(old))",
                                            binds: try binds(site, keep)), logger: DatabaseSession.quiet)
            try await c.query("SELECT pg_notify(\(channel), '')", logger: DatabaseSession.quiet)
            var kept = 0
            for try await count in try await c.query("SELECT count(*) FROM netra.snapshots WHERE site = \(site)",
                                                     logger: DatabaseSession.quiet).decode(Int.self) { kept = count }
            return Outcome(generation: generation, files: files.count, kept: kept, journal: recorded)
        }
    }

    private static func binds(_ site: String, _ keep: Int) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(site)
        binds.append(keep)
        return binds
    }
}
