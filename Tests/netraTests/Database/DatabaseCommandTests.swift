import Foundation
import NetraCore
import NetraDatabase
import Testing

/// `netra db`, `netra push` and `--source` against a real PostgreSQL started for the
/// run (`TestCluster`): one cluster for the whole suite, roles and sites made by SQL
/// as an administrator would, row-level security asserted in SQL, not through Netra.
@Suite(.serialized) struct DatabaseCommandTests {
    /// One cluster for every test of the suite (initdb costs seconds); `nil` without
    /// PostgreSQL.
    static let shared: TestCluster? = {
        guard TestCluster.binaries != nil else { return nil }
        return try? TestCluster()
    }()

    /// The cluster, initialised and granted once: sites `balikpapan` (the demo),
    /// `samarinda` (WIB) and `jayapura` (WIT), a push role per site, and a province
    /// role reading all three.
    nonisolated(unsafe) static let prepared: (cluster: TestCluster, folders: [String: String], holder: TemporaryFolder)? = {
        guard let cluster = shared, let holder = try? TemporaryFolder() else { return nil }
        do {
            let initialised = try NetraProcess.run(["db", "init", "--to", cluster.url(), "--lang", "en"])
            guard initialised.status == 0 else { return nil }
            try cluster.psql("""
                CREATE ROLE office_balikpapan LOGIN; CREATE ROLE office_samarinda LOGIN; CREATE ROLE office_jayapura LOGIN;
                CREATE ROLE kaltim LOGIN;
                """)
            var folders: [String: String] = [:]
            for (site, zone, drop) in [("balikpapan", "Asia/Makassar", 0), ("samarinda", "Asia/Jakarta", 5), ("jayapura", "Asia/Jayapura", 2)] {
                folders[site] = try variant(of: try holder.demo(site), region: "Kota " + site.capitalized, zone: zone, dropOfficers: drop)
                for (role, push) in [("office_" + site, true), ("kaltim", false)] {
                    var arguments = ["db", "grant", "--to", cluster.url(), "--role", role, "--site", site]
                    if push { arguments.append("--push") }
                    guard try NetraProcess.run(arguments).status == 0 else { return nil }
                }
            }
            return (cluster, folders, holder)
        } catch {
            return nil
        }
    }()

    /// The demo as another office: its own region and zone, fewer officers.
    static func variant(of folder: String, region: String, zone: String, dropOfficers: Int) throws -> String {
        let toml = folder + "/netra.toml"
        var text = try String(contentsOfFile: toml, encoding: .utf8)
        text = text.replacingOccurrences(of: "region = \"Kota Balikpapan\"", with: "region = \"\(region)\"")
            .replacingOccurrences(of: "timezone = \"Asia/Makassar\"", with: "timezone = \"\(zone)\"")
        try text.write(toFile: toml, atomically: true, encoding: .utf8)
        if dropOfficers > 0 {
            let officers = folder + "/officers.csv"
            // The demo's roster is a SIASN download: CRLF lines.
            let lines = try String(contentsOfFile: officers, encoding: .utf8).components(separatedBy: "\r\n")
            try (lines.dropLast(dropOfficers + 1).joined(separator: "\r\n") + "\r\n").write(toFile: officers, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func push(_ site: String, folder: String, cluster: TestCluster, as role: String? = nil, extra: [String] = [],
                     environment: [String: String]? = nil) throws -> NetraProcess.Outcome {
        try NetraProcess.run(["push", "--data", folder, "--to", cluster.url(user: role ?? "office_" + site), "--site", site,
                              "--lang", "en", "--as-of", storyMoment] + extra, environment: environment)
    }

    /// The parts of `check --format json` that are the figures (not where they came from).
    static func figures(_ json: String) throws -> [String: String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        var found: [String: String] = [:]
        for key in ["figures", "summary", "needsAction", "timezone", "elections", "stages", "problems"] {
            let data = try JSONSerialization.data(withJSONObject: object[key] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            found[key] = String(decoding: data, as: UTF8.self)
        }
        return found
    }

    @Test func initAndMigrateAreIdempotent() throws {
        guard let (cluster, _, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let again = try NetraProcess.run(["db", "init", "--to", cluster.url(), "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stdout == "schema already at version 2; nothing to do\n")
        let migrate = try NetraProcess.run(["db", "migrate", "--to", cluster.url(), "--lang", "en"])
        #expect(migrate.stdout == "schema already at version 2; nothing to do\n")
        #expect(try cluster.psql("SELECT count(*) FROM public.netra_schema_version") == "2")
        #expect(try cluster.psql("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'netra'")
                == "access,files,journal,journal_state,sites,snapshots")
    }

    @Test func pushedSitesReadBackWithTheirFoldersFigures() throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        for (site, folder) in folders.sorted(by: { $0.key < $1.key }) {
            let pushed = try Self.push(site, folder: folder, cluster: cluster)
            #expect(pushed.status == 0, "\(pushed.stderr)")
            #expect(pushed.stdout.hasPrefix("pushed site \(site): generation "))
        }
        var sums = [String: Int]()
        for (site, folder) in folders {
            let fromFolder = try NetraProcess.run(["check", "--data", folder, "--format", "json", "--lang", "en", "--as-of", storyMoment])
            let fromDatabase = try NetraProcess.run(["check", "--source", cluster.url(user: "kaltim"), "--site", site,
                                                     "--format", "json", "--lang", "en", "--as-of", storyMoment])
            #expect(fromDatabase.status == fromFolder.status)
            let expected = try Self.figures(fromFolder.stdout), got = try Self.figures(fromDatabase.stdout)
            for key in expected.keys.sorted() { #expect(got[key] == expected[key], "\(site) \(key)") }
            let object = try JSONSerialization.jsonObject(with: Data(fromFolder.stdout.utf8)) as? [String: Any] ?? [:]
            let summary = object["summary"] as? [String: Int] ?? [:]
            let figures = object["figures"] as? [String: Any] ?? [:]
            sums["officers", default: 0] += summary["officers"] ?? 0
            sums["candidatesWithoutDecree", default: 0] += figures["candidatesWithoutDecree"] as? Int ?? 0
            sums["overdueRequests", default: 0] += figures["overdueRequests"] as? Int ?? 0
        }
        // The province role sees the three sites; their sums are the folders' sums.
        let province = try NetraProcess.run(["check", "--source", cluster.url(user: "kaltim"), "--format", "json", "--as-of", storyMoment])
        let object = try JSONSerialization.jsonObject(with: Data(province.stdout.utf8)) as? [String: Any] ?? [:]
        #expect((object["sites"] as? [Any])?.count == 3)
        let total = object["total"] as? [String: Int] ?? [:]
        for (key, value) in sums { #expect(total[key] == value, "\(key)") }
        // The text: each site's report, a line per site, the sums last.
        let text = try NetraProcess.run(["check", "--source", cluster.url(user: "kaltim"), "--lang", "en", "--as-of", storyMoment])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("site samarinda (Kota Samarinda): 35 officers, ") })
        #expect(lines.last?.hasPrefix("province: 3 sites, \(sums["officers"] ?? -1) officers, ") == true)
        // A site's role sees its own site only: the same check is that folder's.
        let own = try NetraProcess.run(["check", "--source", cluster.url(user: "office_samarinda"), "--format", "json", "--as-of", storyMoment])
        #expect((try JSONSerialization.jsonObject(with: Data(own.stdout.utf8)) as? [String: Any])?["folder"] as? String == "samarinda")
    }

    @Test func rowLevelSecurityKeepsEachOfficeToItsOwnSite() throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        for (site, folder) in folders { _ = try Self.push(site, folder: folder, cluster: cluster) }
        // Asserted in SQL: another site's rows are simply not there for this role.
        #expect(try cluster.psql("SELECT count(*) FROM netra.files WHERE site = 'balikpapan'", user: "office_samarinda") == "0")
        #expect(try cluster.psql("SELECT count(*) FROM netra.snapshots WHERE site <> 'samarinda'", user: "office_samarinda") == "0")
        #expect(try cluster.psql("SELECT string_agg(site, ',' ORDER BY site) FROM netra.sites", user: "office_samarinda") == "samarinda")
        #expect(try cluster.psql("SELECT count(*) > 0 FROM netra.files WHERE site = 'samarinda'", user: "office_samarinda") == "t")
        // Nor can it be moved or written.
        #expect(try cluster.psql("WITH u AS (UPDATE netra.sites SET current_generation = 1 WHERE site = 'balikpapan' RETURNING 1) SELECT count(*) FROM u",
                                 user: "office_samarinda") == "0")
        let insert = cluster.psqlFailure("INSERT INTO netra.snapshots (site, generation, errors) VALUES ('balikpapan', 999999, 0)", user: "office_samarinda")
        #expect(insert?.contains("row-level security") == true)
        // The province role reads every site and writes none.
        #expect(try cluster.psql("SELECT count(DISTINCT site) FROM netra.files", user: "kaltim") == "3")
        #expect(cluster.psqlFailure("UPDATE netra.sites SET pushed_at = now()", user: "kaltim")?.contains("permission denied") == true)
        // Netra says the same: a push to a site the role may not push is refused.
        let refused = try Self.push("balikpapan", folder: folders["balikpapan"]!, cluster: cluster, as: "office_samarinda")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("role office_samarinda may not push site balikpapan"))
    }

    @Test func aKilledPushLeavesTheCurrentSnapshot() throws {
        guard let (cluster, folders, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let folder = folders["jayapura"]!
        #expect(try Self.push("jayapura", folder: folder, cluster: cluster).status == 0)
        let before = try cluster.psql("SELECT current_generation FROM netra.sites WHERE site = 'jayapura'")
        let marker = holder.url.appendingPathComponent("staged").path
        // A push that stops after staging its rows, and is killed there.
        let process = Process()
        process.executableURL = NetraProcess.executable
        process.arguments = ["push", "--data", folder, "--to", cluster.url(user: "office_jayapura"), "--site", "jayapura", "--as-of", storyMoment]
        var environment = NetraProcess.withoutLocale
        environment["NETRA_TEST_PUSH_PAUSE"] = marker
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker) && waited < 600 { usleep(50_000); waited += 1 }
        #expect(FileManager.default.fileExists(atPath: marker))
        // The staged rows are there, in the open transaction only.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try cluster.psql("SELECT current_generation FROM netra.sites WHERE site = 'jayapura'") == before)
        // The server rolls the dead transaction back: no staged generation stays.
        var leftovers = "?"
        for _ in 0..<100 {
            leftovers = try cluster.psql("SELECT count(*) FROM netra.snapshots WHERE site = 'jayapura' AND generation > \(before)")
            if leftovers == "0" { break }
            usleep(50_000)
        }
        #expect(leftovers == "0")
        let check = try NetraProcess.run(["check", "--source", cluster.url(user: "office_jayapura"), "--format", "json", "--as-of", storyMoment])
        #expect(check.status == 0)
    }

    @Test func foldersWithErrorsAreRefusedUnlessAllowed() throws {
        guard let (cluster, _, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let folder = try holder.demo("broken")
        try "nip;nama\n12;X\n".write(toFile: folder + "/officers.csv", atomically: true, encoding: .utf8)
        let before = try cluster.psql("SELECT coalesce(current_generation, 0) FROM netra.sites WHERE site = 'balikpapan'")
        let refused = try Self.push("balikpapan", folder: folder, cluster: cluster)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not pushed: the folder has"))
        #expect(try cluster.psql("SELECT coalesce(current_generation, 0) FROM netra.sites WHERE site = 'balikpapan'") == before)
        let allowed = try Self.push("balikpapan", folder: folder, cluster: cluster, extra: ["--allow-errors", "--keep", "2"])
        #expect(allowed.status == 0)
        #expect(try cluster.psql("SELECT count(*) <= 2 FROM netra.snapshots WHERE site = 'balikpapan'") == "t")
        // Put the demo back for the other tests.
        _ = try Self.push("balikpapan", folder: Self.prepared!.folders["balikpapan"]!, cluster: cluster)
    }

    @Test func aPasswordInTheURLIsRefused() throws {
        let refused = try NetraProcess.run(["push", "--data", ".", "--to", "postgresql://office:secret@db.example/netra", "--site", "x", "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the database address holds a password"))
        #expect(!refused.stderr.contains("secret"))
    }
}

extension DatabaseCommandTests {
    /// `push --watch` pushes the folder at once, then each settled change (the
    /// dashboard's own watcher), the changed netra.toml travelling with it.
    @Test func pushWatchFollowsTheFolder() async throws {
        guard let (cluster, _, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let folder = try Self.variant(of: try holder.demo("watched"), region: "Kota Watched", zone: "Asia/Makassar", dropOfficers: 0)
        let process = Process()
        process.executableURL = NetraProcess.executable
        process.arguments = ["push", "--watch", "--interval", "0.5", "--data", folder, "--to", cluster.url(user: "office_balikpapan"),
                             "--site", "balikpapan", "--as-of", storyMoment]
        process.environment = NetraProcess.withoutLocale
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        /// The region the site's current netra.toml names, as the database holds it.
        func currentRegion() throws -> String {
            try cluster.psql("""
                SELECT substring(convert_from(f.bytes, 'UTF8') from 'region = "([^"]*)"') FROM netra.files f
                JOIN netra.sites s ON s.site = f.site AND s.current_generation = f.generation
                WHERE f.site = 'balikpapan' AND f.name = 'netra.toml'
                """)
        }
        func waitFor(_ region: String) async throws -> Bool {
            for _ in 0..<300 {
                if try currentRegion() == region { return true }
                try await Task.sleep(nanoseconds: 100_000_000)
            }
            return false
        }
        #expect(try await waitFor("Kota Watched"))
        let toml = folder + "/netra.toml"
        let text = try String(contentsOfFile: toml, encoding: .utf8).replacingOccurrences(of: "Kota Watched", with: "Kota Changed")
        try text.write(toFile: toml, atomically: true, encoding: .utf8)
        #expect(try await waitFor("Kota Changed"))
    }
}
