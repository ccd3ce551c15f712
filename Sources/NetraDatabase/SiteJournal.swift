import Foundation
import NetraCore
import PostgresNIO

/// A site's journal of changes in the province database: `netra.journal` (one row per
/// event) and `netra.journal_state` (the state recorded last, per site). `netra push`
/// writes them inside its own transaction, so a push that fails or is killed records
/// nothing, and two push machines of one office compare with the same recorded state
/// (the site's row is locked for the push: they take turns). Readers (`netra changes
/// --source`, the dashboard's *Sejak kemarin*) see the rows of the sites row-level
/// security grants them.
public enum SiteJournal {
    /// Events kept per site, newest first; older ones are deleted by the push that
    /// passes the bound (a year of a busy office is a few thousand events; a roster
    /// imported twice by mistake is a million).
    public static let keep = 200_000

    /// Compares the site's recorded state with `step` and writes the events and the new
    /// state, on `c` inside the push's transaction (the site's row already locked).
    static func record(_ c: PostgresConnection, site: String, generation: Int64, step: JournalStep) async throws -> JournalStep.Outcome {
        var previous: JournalSummary?
        for try await bytes in try await c.query("SELECT summary FROM netra.journal_state WHERE site = \(site) FOR UPDATE",
                                                 logger: DatabaseSession.quiet).decode(ByteBuffer.self) {
            previous = JournalSummary.parse(String(decoding: bytes.readableBytesView, as: UTF8.self))
        }
        // The officers' lines (a whole roster) only when the roster changed.
        var officers: Data?
        if step.needsOfficers(previous) {
            for try await bytes in try await c.query("SELECT officers FROM netra.journal_state WHERE site = \(site)",
                                                     logger: DatabaseSession.quiet).decode(ByteBuffer.self) {
                officers = Data(bytes.readableBytesView)
            }
        }
        let outcome = step.compare(with: previous, officersData: { officers })
        for event in outcome.events {
            try await c.query("""
                INSERT INTO netra.journal (site, generation, at, kind, key, event)
                VALUES (\(site), \(generation), \(event.at), \(event.kind.rawValue), \(event.key), \(event.jsonLine())::json)
                """, logger: DatabaseSession.quiet)
        }
        // A baseline, or a new roster: the whole state; else the summary alone.
        if let summary = outcome.summaryData, let lines = outcome.officersData {
            try await c.query("""
                INSERT INTO netra.journal_state (site, generation, recorded_at, summary, officers)
                VALUES (\(site), \(generation), now(), \(ByteBuffer(bytes: summary)), \(ByteBuffer(bytes: lines)))
                ON CONFLICT (site) DO UPDATE SET generation = excluded.generation, recorded_at = excluded.recorded_at,
                    summary = excluded.summary, officers = excluded.officers
                """, logger: DatabaseSession.quiet)
        } else if let summary = outcome.summaryData {
            try await c.query("""
                UPDATE netra.journal_state SET generation = \(generation), recorded_at = now(),
                summary = \(ByteBuffer(bytes: summary)) WHERE site = \(site)
                """, logger: DatabaseSession.quiet)
        }
        if !outcome.events.isEmpty {
            try await c.query("""
                DELETE FROM netra.journal WHERE site = \(site) AND seq <= (
                    SELECT seq FROM netra.journal WHERE site = \(site) ORDER BY seq DESC OFFSET \(keep) LIMIT 1)
                """, logger: DatabaseSession.quiet)
        }
        return outcome
    }

    /// What `netra changes --source` reads of one site.
    public struct Reading: Sendable {
        /// The events in the window, oldest first.
        public var events: [JournalEvent]
        /// Whether the site has a journal at all (a push recorded its starting point).
        public var exists: Bool
        /// Rows whose event could not be read back (edited by hand in SQL).
        public var skipped: Int
    }

    /// The events of `site` after `since` and not after `until`, as the role may see them.
    public static func read(_ c: PostgresConnection, site: String, since: Date, until: Date) async throws -> Reading {
        var exists = false
        for try await _ in try await c.query("SELECT 1 FROM netra.journal_state WHERE site = \(site)",
                                             logger: DatabaseSession.quiet) { exists = true }
        var events: [JournalEvent] = []
        var skipped = 0
        let rows = try await c.query("""
            SELECT event::text FROM netra.journal WHERE site = \(site) AND at > \(since) AND at <= \(until) ORDER BY seq
            """, logger: DatabaseSession.quiet)
        for try await text in rows.decode(String.self) {
            if let event = JournalEvent.parse(Substring(text)) { events.append(event) } else { skipped += 1 }
        }
        return Reading(events: events, exists: exists, skipped: skipped)
    }

    /// The site's current `netra.toml` alone (its zone and language), as a folder.
    public static func settings(_ c: PostgresConnection, site: String) async throws -> StoredFolder {
        var files: [StoredFile] = []
        for try await (name, modified, bytes) in try await c.query("""
            SELECT f.name, f.modified, f.bytes FROM netra.files f
            JOIN netra.sites s ON s.site = f.site AND s.current_generation = f.generation
            WHERE f.site = \(site) AND f.name = \(DataFile.settings.fileName)
            """, logger: DatabaseSession.quiet).decode((String, Date?, ByteBuffer).self) {
            files.append(StoredFile(name: name, bytes: Array(bytes.readableBytesView), modified: modified))
        }
        return StoredFolder(files: files)
    }

    /// The sites the role sees a journal of (for `--site` when it sees several).
    public static func sites(_ c: PostgresConnection) async throws -> [String] {
        var sites: [String] = []
        for try await site in try await c.query("SELECT site FROM netra.sites ORDER BY site", logger: DatabaseSession.quiet).decode(String.self) {
            sites.append(site)
        }
        return sites
    }
}
