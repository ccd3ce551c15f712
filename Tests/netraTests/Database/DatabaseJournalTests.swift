import Foundation
@testable import NetraDatabase
import Testing

/// A site's journal of changes in the province database: written by `netra push` in
/// its own transaction, read by `netra changes --source`, kept to each role's sites by
/// row-level security. A cluster of its own (the other database suite's pushes must
/// not move these sites' journals under the assertions).
@Suite(.serialized) struct DatabaseJournalTests {
    /// The cluster with three sites (each pushed from a copy of the demo), a push role
    /// each, and the province role `kaltim` reading them all. Each test has a site of
    /// its own to begin on, so their order does not matter.
    nonisolated(unsafe) static let prepared: (cluster: TestCluster, holder: TemporaryFolder)? = {
        guard TestCluster.binaries != nil, let cluster = try? TestCluster(), let holder = try? TemporaryFolder() else { return nil }
        do {
            guard try NetraProcess.run(["db", "init", "--to", cluster.url(), "--lang", "en"]).status == 0 else { return nil }
            try cluster.psql("CREATE ROLE office_balikpapan LOGIN; CREATE ROLE office_samarinda LOGIN; CREATE ROLE office_bontang LOGIN; CREATE ROLE kaltim LOGIN;")
            for site in ["balikpapan", "samarinda", "bontang"] {
                for (role, push) in [("office_" + site, true), ("kaltim", false)] {
                    var arguments = ["db", "grant", "--to", cluster.url(), "--role", role, "--site", site]
                    if push { arguments.append("--push") }
                    guard try NetraProcess.run(arguments).status == 0 else { return nil }
                }
            }
            return (cluster, holder)
        } catch {
            return nil
        }
    }()

    /// 10:00 WITA on 23 + `n` May 2023.
    static func day(_ n: Int) -> String { "2023-05-\(23 + n)T10:00:00+08:00" }

    /// One office's push machine: its folder and its own state directory.
    struct Office {
        let site: String
        let folder: String
        let environment: [String: String]
        let cluster: TestCluster

        init(_ site: String, cluster: TestCluster, holder: TemporaryFolder, name: String? = nil) throws {
            self.site = site
            self.cluster = cluster
            folder = try holder.demo(name ?? site)
            var env = NetraProcess.withoutLocale
            env["XDG_STATE_HOME"] = holder.url.appendingPathComponent("state-" + (name ?? site)).path
            environment = env
        }

        func push(_ n: Int, extra: [String] = []) throws -> NetraProcess.Outcome {
            try NetraProcess.run(["push", "--data", folder, "--to", cluster.url(user: "office_" + site), "--site", site, "--lang", "en",
                                  "--as-of", DatabaseJournalTests.day(n)] + extra, environment: environment)
        }

        /// `netra changes --source` as `role` (the office's own by default).
        func changes(_ n: Int, role: String? = nil, _ extra: [String] = []) throws -> NetraProcess.Outcome {
            try NetraProcess.run(["changes", "--source", cluster.url(user: role ?? "office_" + site), "--site", site,
                                  "--as-of", DatabaseJournalTests.day(n)] + extra, environment: environment)
        }

        func edit(_ file: String, _ change: (String) -> String) throws {
            let path = folder + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(file) changed nothing")
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
        }

        /// The site's events as SQL sees them (as the tables' owner), oldest first.
        func rows() throws -> [String] {
            try cluster.psql("SELECT kind || ' ' || key FROM netra.journal WHERE site = '\(site)' ORDER BY seq")
                .split(separator: "\n").map(String.init)
        }
    }

    static func caseToBawaslu(_ text: String) -> String {
        text.replacingOccurrences(of: "status kepegawaiannya.\";Baru;", with: "status kepegawaiannya.\";Klarifikasi;")
    }

    @Test func pushesRecordTheSitesJournalAndChangesListsIt() throws {
        guard let (cluster, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let office = try Office("bontang", cluster: cluster, holder: holder)
        // Before any push: no journal, said in the user's language.
        let none = try office.changes(0)
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout.hasPrefix("Belum ada jurnal untuk situs 'bontang'"), "\(none.stdout)")
        // The first push is the starting point: no events, the state kept per site.
        #expect(try office.push(0).status == 0)
        #expect(try office.rows().isEmpty)
        #expect(try cluster.psql("""
            SELECT j.generation = s.current_generation FROM netra.journal_state j JOIN netra.sites s USING (site) WHERE site = 'bontang'
            """) == "t")
        #expect(try office.changes(0).stdout == "Tidak ada perubahan tercatat sejak Sen 22 Mei 2023 10:00.\n")

        // Day 1: the KIPP report goes to Bawaslu; the push records it.
        try office.edit("cases.csv", Self.caseToBawaslu)
        let pushed = try office.push(1)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(try office.rows() == ["caseAdvanced case:NTR-2023-002"])
        #expect(try office.changes(1).stdout == """
            Perubahan sejak Sel 23 Mei 2023 10:00: 1
            Rab 24 Mei 2023 10:00  Kasus NTR-2023-002 — Andi Baso Ridwan: dilaporkan → di Bawaslu

            """)
        #expect(try office.changes(1, ["--lang", "en"]).stdout == """
            Changes since Tue 23 May 2023 10:00: 1
            Wed 24 May 2023 10:00  Case NTR-2023-002 — Andi Baso Ridwan: reported → at Bawaslu

            """)
        // The row holds the event as the folder's journal line, for SQL too.
        #expect(try cluster.psql("SELECT event->>'label' FROM netra.journal WHERE site = 'bontang'") == "NTR-2023-002 — Andi Baso Ridwan")
        // The database's journal says what the folder's own journal says (push keeps both).
        let fromFolder = try NetraProcess.run(["changes", "--data", office.folder, "--as-of", Self.day(1), "--format", "json"],
                                              environment: office.environment)
        let fromDatabase = try office.changes(1, ["--format", "json"])
        #expect(fromDatabase.stdout == fromFolder.stdout)

        // Day 2, from a second push machine (its own copy of the folder, its own state
        // directory): it compares with the state the database keeps, not with its own.
        let other = try Office("bontang", cluster: cluster, holder: holder, name: "bontang-laptop")
        try other.edit("cases.csv", Self.caseToBawaslu)
        try other.edit("acknowledgements.csv") { $0 + "SE-WALIKOTA-2023;Dinas Koperasi dan UMKM;25/05/2023;;;;;\n" }
        #expect(try other.push(2).status == 0)
        let day2 = try other.rows().dropFirst(1)
        #expect(day2.contains("circularAcknowledged circular:SE-WALIKOTA-2023|Dinas Koperasi dan UMKM"))
        #expect(!day2.contains("caseAdvanced case:NTR-2023-002"), "the laptop's first push is no new starting point")
        let week = try office.changes(2, ["--since", "2023-05-23", "--lang", "en"])
        #expect(week.stdout.hasPrefix("Changes since Tue 23 May 2023 00:00: "), "\(week.stdout)")
        #expect(week.stdout.contains("Circular SE-WALIKOTA-2023 · Dinas Koperasi dan UMKM: received"))
        #expect(week.stdout.contains("Case NTR-2023-002 — Andi Baso Ridwan: reported → at Bawaslu"))
        // A replay with --as-of sees only what was recorded up to its moment.
        #expect(!(try office.changes(1, ["--since", "7d"]).stdout.contains("SE-WALIKOTA-2023")))
    }

    @Test func eachOfficeReadsOnlyItsOwnSitesJournal() throws {
        guard let (cluster, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let samarinda = try Office("samarinda", cluster: cluster, holder: holder)
        #expect(try samarinda.push(0).status == 0)
        try samarinda.edit("cases.csv", Self.caseToBawaslu)
        #expect(try samarinda.push(1).status == 0)
        let balikpapan = try Office("balikpapan", cluster: cluster, holder: holder)
        #expect(try balikpapan.push(3).status == 0)
        try balikpapan.edit("cases.csv", Self.caseToBawaslu)
        #expect(try balikpapan.push(4).status == 0)
        // Asserted in SQL: another site's journal is simply not there for an office.
        #expect(try cluster.psql("SELECT count(*) FROM netra.journal WHERE site <> 'samarinda'", user: "office_samarinda") == "0")
        #expect(try cluster.psql("SELECT count(*) FROM netra.journal_state WHERE site <> 'samarinda'", user: "office_samarinda") == "0")
        #expect(try cluster.psql("SELECT count(*) > 0 FROM netra.journal WHERE site = 'samarinda'", user: "office_samarinda") == "t")
        #expect(try cluster.psql("SELECT count(*) > 0 FROM netra.journal WHERE site = 'balikpapan'") == "t")
        // Nor written.
        let forged = cluster.psqlFailure("""
            INSERT INTO netra.journal (site, generation, at, kind, key, event)
            VALUES ('balikpapan', 1, now(), 'caseOpened', 'case:X', '{}')
            """, user: "office_samarinda")
        #expect(forged?.contains("row-level security") == true, "\(forged ?? "inserted")")
        #expect(try cluster.psql("WITH d AS (DELETE FROM netra.journal WHERE site = 'balikpapan' RETURNING 1) SELECT count(*) FROM d",
                                 user: "office_samarinda") == "0")
        // The province role reads both sites' journals and writes none.
        #expect(try cluster.psql("SELECT count(DISTINCT site) >= 2 FROM netra.journal_state", user: "kaltim") == "t")
        #expect(cluster.psqlFailure("DELETE FROM netra.journal", user: "kaltim")?.contains("permission denied") == true)
        // Netra says the same: balikpapan's journal, asked as samarinda, is not there.
        let asked = try balikpapan.changes(4, role: "office_samarinda", ["--lang", "en"])
        #expect(asked.stdout.hasPrefix("No journal for site 'balikpapan' yet"), "\(asked.stdout)")
        // The province role reads either; without --site it is asked to choose.
        let province = try samarinda.changes(1, role: "kaltim", ["--lang", "en"])
        #expect(province.stdout.contains("Case NTR-2023-002 — Andi Baso Ridwan: reported → at Bawaslu"), "\(province.stdout)")
        let choose = try NetraProcess.run(["changes", "--source", cluster.url(user: "kaltim"), "--lang", "en"])
        #expect(choose.status == 2)
        #expect(choose.stderr.contains("the database shows 3 sites (balikpapan, bontang, samarinda): choose one with --site ID"), "\(choose.stderr)")
    }

    @Test func aFailedPushRecordsNoEvents() throws {
        guard let (cluster, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let office = try Office("samarinda", cluster: cluster, holder: holder, name: "samarinda-killed")
        #expect(try office.push(4).status == 0)
        let count = { try cluster.psql("SELECT count(*) FROM netra.journal WHERE site = 'samarinda'") }
        let state = { try cluster.psql("SELECT generation FROM netra.journal_state WHERE site = 'samarinda'") }
        let (before, stateBefore) = (try count(), try state())
        // A new case, pushed by a push that is killed after staging (and recording) its rows.
        try office.edit("cases.csv") {
            $0 + "NTR-2023-010;198101052009011001;28 Mei 2023;Masyarakat;Media sosial;\"Unggahan dukungan.\";Baru;;;;;;;;;;;;\n"
        }
        let marker = holder.url.appendingPathComponent("journal-staged").path
        var environment = office.environment
        environment["NETRA_TEST_PUSH_PAUSE"] = marker
        let process = Process()
        process.executableURL = NetraProcess.executable
        process.arguments = ["push", "--data", office.folder, "--to", cluster.url(user: "office_samarinda"), "--site", "samarinda",
                             "--as-of", Self.day(5)]
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker) && waited < 600 { usleep(50_000); waited += 1 }
        #expect(FileManager.default.fileExists(atPath: marker))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // The server rolls the dead transaction back: no event, the state as it was.
        var after = "?"
        for _ in 0..<100 {
            after = try count()
            if after == before { break }
            usleep(50_000)
        }
        #expect(after == before)
        #expect(try state() == stateBefore)
        // A push refused for errors records nothing either.
        let officers = office.folder + "/officers.csv"
        let roster = try Data(contentsOf: URL(fileURLWithPath: officers))
        try office.edit("officers.csv") { _ in "nip;nama\n12;X\n" }
        #expect(try office.push(5).status == 1)
        #expect(try count() == before)
        // The next push that completes records the change the killed one did not.
        try roster.write(to: URL(fileURLWithPath: officers))
        #expect(try office.push(5).status == 0)
        #expect(try office.rows().contains("caseOpened case:NTR-2023-010"))
    }

    /// A database made by an earlier netra (schema version 1, roles granted then) is
    /// brought to the journal's version by `netra db migrate`, its roles included.
    @Test func migrateBringsAVersionOneDatabaseAndItsRolesToTheJournal() throws {
        guard let (cluster, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        try cluster.psql("CREATE DATABASE netra_v1", database: "postgres")
        let v1 = "postgresql://\(cluster.admin)@/netra_v1?host=\(cluster.socketFolder)&port=\(cluster.port)"
        let statements = Schema.migrations[0] + [
            "CREATE TABLE public.netra_schema_version (version integer NOT NULL)",
            "INSERT INTO public.netra_schema_version VALUES (1)",
            "INSERT INTO netra.sites (site) VALUES ('samarinda')",
            "INSERT INTO netra.access (role, site, may_push) VALUES ('office_samarinda', 'samarinda', true)",
            "GRANT USAGE ON SCHEMA netra TO office_samarinda",
        ]
        for statement in statements { try cluster.psql(statement, database: "netra_v1") }
        let migrated = try NetraProcess.run(["db", "migrate", "--to", v1, "--lang", "en"])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        #expect(try cluster.psql("SELECT max(version) FROM public.netra_schema_version", database: "netra_v1") == String(Schema.latest))
        // The role granted under version 1 may now read and write its site's journal.
        #expect(try cluster.psql("SELECT has_table_privilege('office_samarinda', 'netra.journal', 'INSERT')", database: "netra_v1") == "t")
        #expect(try cluster.psql("SELECT has_table_privilege('office_samarinda', 'netra.journal_state', 'SELECT')", database: "netra_v1") == "t")
        let again = try NetraProcess.run(["db", "migrate", "--to", v1, "--lang", "en"])
        #expect(again.stdout == "schema already at version \(Schema.latest); nothing to do\n")
    }
}
