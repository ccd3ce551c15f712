import NetraCore

/// Netra's tables in the `netra` schema, created and migrated by Netra itself: an
/// ordered list of migrations, each applied once, in one transaction, under an
/// advisory lock so two `netra db migrate` at once cannot both apply one. See
/// docs/database.md for what each table holds and why.
public enum Schema {
    /// The steps, oldest first; version N is `migrations[N-1]`. Never edit a released
    /// step: add one.
    static let migrations: [[String]] = [
        // 1: sites, their snapshots (each the folder's files), who may see what.
        [
            "CREATE SCHEMA IF NOT EXISTS netra",
            """
            CREATE TABLE netra.sites (
                site text PRIMARY KEY CHECK (site ~ '^[a-z0-9_-]{1,63}$'),
                current_generation bigint,
                pushed_at timestamptz,
                pushed_by name)
            """,
            "CREATE SEQUENCE netra.generations",
            """
            CREATE TABLE netra.snapshots (
                site text NOT NULL REFERENCES netra.sites ON DELETE CASCADE,
                generation bigint NOT NULL,
                pushed_at timestamptz NOT NULL DEFAULT now(),
                pushed_by name NOT NULL DEFAULT current_user,
                errors integer NOT NULL,
                PRIMARY KEY (site, generation))
            """,
            """
            CREATE TABLE netra.files (
                site text NOT NULL,
                generation bigint NOT NULL,
                name text NOT NULL,
                modified timestamptz,
                bytes bytea NOT NULL,
                PRIMARY KEY (site, generation, name),
                FOREIGN KEY (site, generation) REFERENCES netra.snapshots ON DELETE CASCADE)
            """,
            """
            CREATE TABLE netra.access (
                role name NOT NULL,
                site text NOT NULL REFERENCES netra.sites ON DELETE CASCADE,
                may_push boolean NOT NULL DEFAULT false,
                PRIMARY KEY (role, site))
            """,
            // Membership through pg_roles' oid: a granted role that was later dropped
            // must not make pg_has_role fail for every reader.
            """
            CREATE VIEW netra.my_sites WITH (security_barrier) AS
                SELECT a.site, bool_or(a.may_push) AS may_push FROM netra.access a
                JOIN pg_roles r ON r.rolname = a.role
                WHERE pg_has_role(current_user, r.oid, 'MEMBER') GROUP BY a.site
            """,
            "ALTER TABLE netra.access ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE netra.sites ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE netra.snapshots ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE netra.files ENABLE ROW LEVEL SECURITY",
            """
            CREATE POLICY member ON netra.access FOR SELECT USING (
                EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role AND pg_has_role(current_user, r.oid, 'MEMBER')))
            """,
        ] + policies(table: "sites", insert: false) + policies(table: "snapshots", insert: true) + policies(table: "files", insert: true),
        // 2: each site's journal of changes, written by its pushes (`SiteJournal`).
        [
            // The event as the folder's journal line (`json`, not `jsonb`: kept as
            // written, and a `\u0000` in a name cannot fail the push); `at`, `kind` and
            // `key` beside it for SQL.
            """
            CREATE TABLE netra.journal (
                site text NOT NULL REFERENCES netra.sites ON DELETE CASCADE,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                generation bigint NOT NULL,
                at timestamptz NOT NULL,
                kind text NOT NULL,
                key text NOT NULL,
                event json NOT NULL,
                PRIMARY KEY (site, seq))
            """,
            "CREATE INDEX journal_site_at ON netra.journal (site, at)",
            // What the site's last push recorded: `summary.tsv` and `officers.tsv` of a
            // folder's journal, so every push machine compares with the same state.
            """
            CREATE TABLE netra.journal_state (
                site text PRIMARY KEY REFERENCES netra.sites ON DELETE CASCADE,
                generation bigint NOT NULL,
                recorded_at timestamptz NOT NULL,
                summary bytea NOT NULL,
                officers bytea NOT NULL)
            """,
            "ALTER TABLE netra.journal ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE netra.journal_state ENABLE ROW LEVEL SECURITY",
            // The roles granted before this version get the new tables as `db grant`
            // gives them now.
            """
            DO $$ DECLARE r record; BEGIN
                FOR r IN SELECT a.role, bool_or(a.may_push) AS push FROM netra.access a
                         JOIN pg_roles p ON p.rolname = a.role GROUP BY a.role LOOP
                    EXECUTE format('GRANT SELECT ON netra.journal, netra.journal_state TO %I', r.role);
                    IF r.push THEN
                        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON netra.journal, netra.journal_state TO %I', r.role);
                    END IF;
                END LOOP;
            END $$
            """,
        ] + policies(table: "journal", insert: true) + policies(table: "journal_state", insert: true),
    ]

    /// Read where the role is granted the site; write where it is granted to push.
    private static func policies(table: String, insert: Bool) -> [String] {
        let read = "EXISTS (SELECT 1 FROM netra.access a JOIN pg_roles r ON r.rolname = a.role WHERE a.site = \(table).site AND pg_has_role(current_user, r.oid, 'MEMBER'))"
        let push = "EXISTS (SELECT 1 FROM netra.access a JOIN pg_roles r ON r.rolname = a.role WHERE a.site = \(table).site AND a.may_push AND pg_has_role(current_user, r.oid, 'MEMBER'))"
        var statements = [
            "CREATE POLICY site_read ON netra.\(table) FOR SELECT USING (\(read))",
            "CREATE POLICY site_update ON netra.\(table) FOR UPDATE USING (\(push)) WITH CHECK (\(push))",
            "CREATE POLICY site_delete ON netra.\(table) FOR DELETE USING (\(push))",
        ]
        if insert { statements.append("CREATE POLICY site_insert ON netra.\(table) FOR INSERT WITH CHECK (\(push))") }
        return statements
    }

    /// The version this netra writes and reads.
    public static var latest: Int { migrations.count }

    /// Brings the schema to `latest` (creating it when absent); returns the version found
    /// and the version left. Idempotent: at `latest` it changes nothing.
    public static func migrate(_ connection: DatabaseConnection) throws -> (from: Int, to: Int) {
        try connection.transaction { c in
            // One migrator at a time, whatever the other holds.
            try c.query("SELECT pg_advisory_xact_lock(7283001)")
            try c.query("CREATE TABLE IF NOT EXISTS public.netra_schema_version (version integer NOT NULL)")
            let found = Int(try c.query("SELECT max(version) FROM public.netra_schema_version").first?.int(0) ?? 0)
            guard found <= latest else { throw DatabaseRefusal(Messages.databaseSchemaNewer(found, known: latest)) }
            for version in (found + 1)..<(latest + 1) where version > found {
                for statement in migrations[version - 1] { try c.query(statement) }
                try c.query("INSERT INTO public.netra_schema_version (version) VALUES ($1)", [.int(Int64(version))])
            }
            return (found, latest)
        }
    }

    /// The schema's version, 0 when Netra's tables are not there.
    public static func version(_ connection: DatabaseConnection) throws -> Int {
        let present = try connection.query("SELECT to_regclass('public.netra_schema_version') IS NOT NULL").first?.bool(0) ?? false
        guard present else { return 0 }
        return Int(try connection.query("SELECT coalesce(max(version), 0) FROM public.netra_schema_version").first?.int(0) ?? 0)
    }

    /// Lets `role` read `site` (and push it when `push`): creates the site when new,
    /// grants the table privileges the policies then narrow to the role's sites.
    public static func grant(_ connection: DatabaseConnection, role: String, site: String, push: Bool) throws {
        guard SiteID.isValid(site) else { throw DatabaseRefusal(Messages.pushBadSite(site)) }
        try connection.transaction { c in
            let quoted = quoteIdentifier(role)
            try c.query("INSERT INTO netra.sites (site) VALUES ($1) ON CONFLICT DO NOTHING", [.text(site)])
            try c.query("""
                INSERT INTO netra.access (role, site, may_push) VALUES ($1, $2, $3)
                ON CONFLICT (role, site) DO UPDATE SET may_push = excluded.may_push
                """, [.text(role), .text(site), .bool(push)])
            var statements = [
                "GRANT USAGE ON SCHEMA netra TO \(quoted)",
                "GRANT SELECT ON netra.sites, netra.snapshots, netra.files, netra.access, netra.my_sites TO \(quoted)",
                "GRANT SELECT ON netra.journal, netra.journal_state TO \(quoted)",
                "GRANT SELECT ON public.netra_schema_version TO \(quoted)",
            ]
            if push {
                statements += [
                    "GRANT UPDATE ON netra.sites TO \(quoted)",
                    "GRANT INSERT, DELETE ON netra.snapshots, netra.files TO \(quoted)",
                    "GRANT INSERT, UPDATE, DELETE ON netra.journal, netra.journal_state TO \(quoted)",
                    "GRANT USAGE ON SEQUENCE netra.generations TO \(quoted)",
                ]
            }
            for statement in statements { try c.query(statement) }
        }
    }

    /// A role name as an SQL identifier (doubled quotes inside).
    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A site's identifier: what `--site` takes and the database's check accepts.
public enum SiteID {
    public static func isValid(_ site: String) -> Bool {
        (1...63).contains(site.utf8.count) && site.utf8.allSatisfy { c in
            (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x2d || c == 0x5f
        }
    }
}
