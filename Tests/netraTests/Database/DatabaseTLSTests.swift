import Foundation
import NetraCore
import NetraDatabase
import Testing

/// TLS and passwords against a real server: a cluster of its own that listens on
/// 127.0.0.1 with TLS on (a self-signed certificate made for the run) and accepts TCP
/// only over TLS and only with a password (`hostssl … scram-sha-256`), as a province's
/// data centre would. The password comes from a password file (`PGPASSFILE`, mode 0600),
/// as libpq takes it; what the server saw is asserted in SQL and in its log.
@Suite(.serialized) struct DatabaseTLSTests {
    static let role = "office_tls"
    static let password = "Sandi-Rahasia-7"

    /// The cluster with the schema, the role (with its password) granted the site `tls`,
    /// and a temporary folder holding the demo and the password files.
    nonisolated(unsafe) static let prepared: (cluster: TestCluster, holder: TemporaryFolder, demo: String)? = {
        guard TestCluster.binaries != nil, let cluster = try? TestCluster(secured: true), let holder = try? TemporaryFolder() else { return nil }
        do {
            guard try NetraProcess.run(["db", "init", "--to", cluster.url(), "--lang", "en"]).status == 0 else { return nil }
            try cluster.psql("CREATE ROLE \(role) LOGIN PASSWORD '\(password)'")
            guard try NetraProcess.run(["db", "grant", "--to", cluster.url(), "--role", role, "--site", "tls", "--push"]).status == 0 else { return nil }
            for (name, secret) in [("pgpass", password), ("pgpass-wrong", "not-the-password")] {
                let path = holder.url.appendingPathComponent(name).path
                try "# host:port:database:user:password\n127.0.0.1:\(cluster.port):netra:\(role):\(secret)\n"
                    .write(toFile: path, atomically: true, encoding: .utf8)
                chmod(path, 0o600)
            }
            return (cluster, holder, try holder.demo("demo"))
        } catch {
            return nil
        }
    }()

    /// netra's environment with `PGPASSFILE` naming one of the prepared password files.
    static func environment(_ file: String) -> [String: String] {
        var environment = NetraProcess.withoutLocale
        environment["PGPASSFILE"] = prepared!.holder.url.appendingPathComponent(file).path
        environment.removeValue(forKey: "PGPASSWORD")
        return environment
    }

    static func push(_ url: String, passfile: String = "pgpass", language: String = "en") throws -> NetraProcess.Outcome {
        try NetraProcess.run(["push", "--data", prepared!.demo, "--to", url, "--site", "tls", "--lang", language, "--as-of", storyMoment],
                             environment: environment(passfile))
    }

    /// How many connections the server has logged as authorised for the role over TLS,
    /// and how many it received at all.
    static func logged(_ cluster: TestCluster) -> (tls: Int, received: Int) {
        let lines = cluster.log.split(separator: "\n")
        return (lines.filter { $0.contains("connection authorized: user=\(role)") && $0.contains("SSL enabled") }.count,
                lines.filter { $0.contains("connection received: host=127.0.0.1") }.count)
    }

    @Test func requireAndPreferConnectOverTLSWithThePasswordFilesPassword() async throws {
        guard let (cluster, _, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        for mode in ["require", nil] {
            let before = Self.logged(cluster).tls
            let pushed = try Self.push(cluster.tcpURL(user: Self.role, sslMode: mode))
            #expect(pushed.status == 0, "sslmode \(mode ?? "(prefer)"): \(pushed.stderr)")
            #expect(pushed.stdout.hasPrefix("pushed site tls: generation "))
            // The push's own connection, as the server logged it: TLS.
            #expect(Self.logged(cluster).tls == before + 1, "\(cluster.log.suffix(2000))")
        }
        // Asked in SQL while a reader's connections are open: every one of them is TLS.
        let target = try ConnectionTarget.resolve(cluster.tcpURL(user: Self.role, sslMode: "require"), environment: Self.environment("pgpass"))
        #expect(target.password == Self.password)
        let events = DatabaseCommandTests.Events()
        let feed = ProvinceFeed(target: target, pollInterval: 3600, onEvent: events.add)
        feed.start()
        defer { feed.stop() }
        #expect(await events.wait { DatabaseCommandTests.generation($0, site: "tls") != nil }, "\(events.all)")
        let sessions = try cluster.psql("""
            SELECT count(*) FILTER (WHERE s.ssl) || ' of ' || count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
            WHERE a.usename = '\(Self.role)'
            """)
        // The feed's connections (its queries', and LISTEN's once it is set up): all TLS.
        let counts = sessions.components(separatedBy: " of ").compactMap { Int($0) }
        #expect(counts.count == 2 && counts[0] >= 1 && counts[0] == counts[1], "\(sessions)")
    }

    @Test func sslmodeDisableIsRefusedByAnHbaThatWantsTLS() throws {
        guard let (cluster, _, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let before = try cluster.psql("SELECT current_generation FROM netra.sites WHERE site = 'tls'")
        for (language, words) in [("en", "accepts this connection only over TLS"), ("id", "hanya menerima sambungan ini lewat TLS")] {
            let refused = try Self.push(cluster.tcpURL(user: Self.role, sslMode: "disable"), language: language)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains(words), "\(refused.stderr)")
            #expect(refused.stderr.contains("sslmode=disable"), "\(refused.stderr)")
        }
        #expect(try cluster.psql("SELECT current_generation FROM netra.sites WHERE site = 'tls'") == before)
    }

    @Test func aPasswordInTheURLIsRefusedBeforeAnythingIsSent() throws {
        guard let (cluster, _, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let before = Self.logged(cluster).received
        let url = "postgresql://\(Self.role):\(Self.password)@127.0.0.1:\(cluster.port)/netra?sslmode=require"
        for (language, words) in [("en", "the database address holds a password"), ("id", "alamat basis data memuat kata sandi")] {
            let refused = try Self.push(url, language: language)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains(words), "\(refused.stderr)")
            #expect(!refused.stderr.contains(Self.password))
        }
        // Not a byte reached the server.
        #expect(Self.logged(cluster).received == before)
    }

    @Test func aWrongOrMissingPasswordIsSaidInBothLanguages() throws {
        guard let (cluster, _, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let url = cluster.tcpURL(user: Self.role, sslMode: "require")
        for (language, words) in [("en", "refused the password of role office_tls"), ("id", "menolak kata sandi peran office_tls")] {
            let wrong = try Self.push(url, passfile: "pgpass-wrong", language: language)
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains(words), "\(wrong.stderr)")
            #expect(!wrong.stderr.contains("not-the-password"))
        }
        for (language, words) in [("en", "asks for a password for role office_tls"), ("id", "meminta kata sandi untuk peran office_tls")] {
            let missing = try Self.push(url, passfile: "no-such-file", language: language)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains(words), "\(missing.stderr)")
        }
    }
}
