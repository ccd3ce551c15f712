import Foundation
import NetraCore

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
    static func record(_ c: DatabaseConnection, site: String, generation: Int64, step: JournalStep) throws -> JournalStep.Outcome {
        var previous: JournalSummary?
        for row in try c.query("SELECT summary FROM netra.journal_state WHERE site = $1 FOR UPDATE", [.text(site)]) {
            previous = JournalSummary.parse(String(decoding: row.bytes(0), as: UTF8.self))
        }
        // The officers' lines (a whole roster) only when the roster changed.
        var officers: Data?
        if step.needsOfficers(previous) {
            for row in try c.query("SELECT officers FROM netra.journal_state WHERE site = $1", [.text(site)]) {
                officers = Data(row.bytes(0))
            }
        }
        let outcome = step.compare(with: previous, officersData: { officers })
        for event in outcome.events {
            try c.query("""
                INSERT INTO netra.journal (site, generation, at, kind, key, event) VALUES ($1, $2, $3, $4, $5, $6::json)
                """, [.text(site), .int(generation), .date(event.at), .text(event.kind.rawValue), .text(event.key), .text(event.jsonLine())])
        }
        // A baseline, or a new roster: the whole state; else the summary alone.
        if let summary = outcome.summaryData, let lines = outcome.officersData {
            try c.query("""
                INSERT INTO netra.journal_state (site, generation, recorded_at, summary, officers)
                VALUES ($1, $2, now(), $3, $4)
                ON CONFLICT (site) DO UPDATE SET generation = excluded.generation, recorded_at = excluded.recorded_at,
                    summary = excluded.summary, officers = excluded.officers
                """, [.text(site), .int(generation), .data(summary), .data(lines)])
        } else if let summary = outcome.summaryData {
            try c.query("UPDATE netra.journal_state SET generation = $1, recorded_at = now(), summary = $2 WHERE site = $3",
                        [.int(generation), .data(summary), .text(site)])
        }
        if !outcome.events.isEmpty {
            try c.query("""
                DELETE FROM netra.journal WHERE site = $1 AND seq <= (
                    SELECT seq FROM netra.journal WHERE site = $1 ORDER BY seq DESC OFFSET $2 LIMIT 1)
                """, [.text(site), .int(Int64(keep))])
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
    public static func read(_ c: DatabaseConnection, site: String, since: Date, until: Date) throws -> Reading {
        let exists = try !c.query("SELECT 1 FROM netra.journal_state WHERE site = $1", [.text(site)]).isEmpty
        var events: [JournalEvent] = []
        var skipped = 0
        try c.stream("SELECT event::text FROM netra.journal WHERE site = $1 AND at > $2 AND at <= $3 ORDER BY seq",
                     [.text(site), .date(since), .date(until)]) { row in
            if let text = row.text(0), let event = JournalEvent.parse(Substring(text)) { events.append(event) } else { skipped += 1 }
        }
        return Reading(events: events, exists: exists, skipped: skipped)
    }

    /// The site's current `netra.toml` alone (its zone and language), as a folder.
    public static func settings(_ c: DatabaseConnection, site: String) throws -> StoredFolder {
        let rows = try c.query("""
            SELECT f.name, f.modified, f.bytes FROM netra.files f
            JOIN netra.sites s ON s.site = f.site AND s.current_generation = f.generation
            WHERE f.site = $1 AND f.name = $2
            """, [.text(site), .text(DataFile.settings.fileName)])
        return StoredFolder(files: rows.compactMap { row in
            row.text(0).map { StoredFile(name: $0, bytes: row.bytes(2), modified: row.date(1)) }
        })
    }

    /// The sites the role sees a journal of (for `--site` when it sees several).
    public static func sites(_ c: DatabaseConnection) throws -> [String] {
        try c.query("SELECT site FROM netra.sites ORDER BY site").compactMap { $0.text(0) }
    }
}
