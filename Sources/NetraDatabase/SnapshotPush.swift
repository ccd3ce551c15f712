import Foundation
import NetraCore

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
    public typealias Pause = @Sendable () -> Void

    public static func push(_ connection: DatabaseConnection, site: String, folder: StoredFolder, errors: Int, keep: Int,
                            role: String, journal: JournalStep? = nil, beforeCommit: Pause? = nil) throws -> Outcome {
        guard SiteID.isValid(site) else { throw DatabaseRefusal(Messages.pushBadSite(site)) }
        let keep = max(1, keep)
        let files = folder.sortedFiles
        return try connection.transaction { c in
            // The site row locked for the whole push: two pushes of one site queue up.
            // Row-level security hides a site the role may not push (or it does not exist).
            let visible = try c.query("SELECT site FROM netra.sites WHERE site = $1 FOR UPDATE", [.text(site)])
            guard !visible.isEmpty else { throw DatabaseRefusal(Messages.pushNotAllowed(site: site, role: role)) }
            guard let generation = try c.query("SELECT nextval('netra.generations')").first?.int(0) else {
                throw DatabaseFailure.lost("no generation")
            }
            try c.query("INSERT INTO netra.snapshots (site, generation, errors) VALUES ($1, $2, $3)",
                        [.text(site), .int(generation), .int(Int64(errors))])
            for file in files {
                try c.query("INSERT INTO netra.files (site, generation, name, modified, bytes) VALUES ($1, $2, $3, $4, $5)",
                            [.text(site), .int(generation), .text(file.name), file.modified.map(SQLValue.date) ?? .null, .bytes(file.bytes)])
            }
            // The site's journal in the same transaction: a push that fails records nothing.
            var recorded: [JournalEvent]?
            if let journal { recorded = try SiteJournal.record(c, site: site, generation: generation, step: journal).events }
            beforeCommit?()
            try c.query("""
                UPDATE netra.sites SET current_generation = $1, pushed_at = now(), pushed_by = current_user WHERE site = $2
                """, [.int(generation), .text(site)])
            let old = "SELECT generation FROM netra.snapshots WHERE site = $1 ORDER BY generation DESC OFFSET $2"
            try c.query("DELETE FROM netra.files WHERE site = $1 AND generation IN (\(old))", [.text(site), .int(Int64(keep))])
            try c.query("DELETE FROM netra.snapshots WHERE site = $1 AND generation IN (\(old))", [.text(site), .int(Int64(keep))])
            try c.query("SELECT pg_notify($1, '')", [.text(channel)])
            let kept = try c.query("SELECT count(*) FROM netra.snapshots WHERE site = $1", [.text(site)]).first?.int(0) ?? 0
            return Outcome(generation: generation, files: files.count, kept: Int(kept), journal: recorded)
        }
    }
}
