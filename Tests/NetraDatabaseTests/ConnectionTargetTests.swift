import Foundation
import NetraDatabase
import Testing

/// The connection string is resolved the way libpq resolves it, and a password never
/// comes from it.
@Suite struct ConnectionTargetTests {
    let home: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-pgtarget-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test func urlPartsWinOverTheEnvironment() throws {
        let target = try ConnectionTarget.resolve("postgresql://office@db.kaltim.go.id:6543/netra?sslmode=require",
                                                  environment: ["PGHOST": "elsewhere", "PGPORT": "1", "PGUSER": "other", "PGDATABASE": "x"])
        #expect(target == ConnectionTarget(host: "db.kaltim.go.id", port: 6543, user: "office", database: "netra", password: nil, sslMode: .require))
        #expect(target.socketPath == nil)
    }

    @Test func theEnvironmentFillsWhatTheURLLeavesOpen() throws {
        let target = try ConnectionTarget.resolve("postgresql://", environment: ["PGHOST": "/run/pg", "PGPORT": "5433", "PGUSER": "kaltim",
                                                                               "PGDATABASE": "prov", "PGSSLMODE": "disable"])
        #expect(target.host == "/run/pg")
        #expect(target.socketPath == "/run/pg/.s.PGSQL.5433")
        #expect(target.user == "kaltim")
        #expect(target.database == "prov")
        #expect(target.sslMode == .disable)
        // Without anything: libpq's defaults (Debian's socket folder, the login name, prefer).
        let bare = try ConnectionTarget.resolve("postgres://", environment: ["USER": "clerk"])
        #expect(bare.host == "/var/run/postgresql" && bare.port == 5432 && bare.user == "clerk" && bare.database == "clerk" && bare.sslMode == .prefer)
    }

    @Test func aPasswordInTheURLIsRefused() {
        #expect(throws: ConnectionTarget.Refusal.passwordInURL) { try ConnectionTarget.resolve("postgresql://u:secret@h/db", environment: [:]) }
        #expect(throws: ConnectionTarget.Refusal.passwordInURL) { try ConnectionTarget.resolve("postgresql://u:@h/db", environment: [:]) }
        #expect(throws: ConnectionTarget.Refusal.passwordInURL) { try ConnectionTarget.resolve("postgresql://u@h/db?password=x", environment: [:]) }
        #expect(!ConnectionTarget.message(.passwordInURL).text(.id).isEmpty)
    }

    @Test func badPortsModesAndSchemesAreRefused() {
        #expect(throws: ConnectionTarget.Refusal.badPort("99999")) { try ConnectionTarget.resolve("postgresql://h:99999/db", environment: [:]) }
        #expect(throws: ConnectionTarget.Refusal.badSSLMode("maybe")) { try ConnectionTarget.resolve("postgresql://h/db?sslmode=maybe", environment: [:]) }
        #expect(throws: ConnectionTarget.Refusal.notPostgresURL("mysql://h/db")) { try ConnectionTarget.resolve("mysql://h/db", environment: [:]) }
    }

    @Test func thePasswordFileIsReadWhenOnlyTheOwnerMayReadIt() throws {
        let file = home.appendingPathComponent("pgpass")
        try "# comment\nother:*:*:*:wrong\ndb.kaltim.go.id:5432:netra:office:s3cr\\:et\n*:*:*:*:fallback\n".write(to: file, atomically: true, encoding: .utf8)
        chmod(file.path, 0o600)
        let environment = ["PGPASSFILE": file.path]
        #expect(try ConnectionTarget.resolve("postgresql://office@db.kaltim.go.id/netra", environment: environment).password == "s3cr:et")
        #expect(try ConnectionTarget.resolve("postgresql://x@elsewhere/y", environment: environment).password == "fallback")
        // Readable by others: ignored, as libpq does.
        chmod(file.path, 0o644)
        #expect(try ConnectionTarget.resolve("postgresql://office@db.kaltim.go.id/netra", environment: environment).password == nil)
        // PGPASSWORD comes first.
        chmod(file.path, 0o600)
        #expect(try ConnectionTarget.resolve("postgresql://office@db.kaltim.go.id/netra",
                                             environment: environment.merging(["PGPASSWORD": "env"]) { $1 }).password == "env")
    }

    @Test func aServiceEntryFillsTheRest() throws {
        let file = home.appendingPathComponent("services")
        try "[kaltim]\nhost=db.kaltim.go.id\nport=6000\ndbname=netra\nuser=kaltim\nsslmode=require\n\n[other]\nhost=x\n".write(to: file, atomically: true, encoding: .utf8)
        let target = try ConnectionTarget.resolve("postgresql://?service=kaltim", environment: ["PGSERVICEFILE": file.path])
        #expect(target == ConnectionTarget(host: "db.kaltim.go.id", port: 6000, user: "kaltim", database: "netra", password: nil, sslMode: .require))
        let viaEnvironment = try ConnectionTarget.resolve("postgresql://office@/", environment: ["PGSERVICEFILE": file.path, "PGSERVICE": "kaltim"])
        #expect(viaEnvironment.user == "office" && viaEnvironment.port == 6000)
        #expect(throws: ConnectionTarget.Refusal.unknownService("nope")) {
            try ConnectionTarget.resolve("postgresql://?service=nope", environment: ["PGSERVICEFILE": file.path, "PGSYSCONFDIR": home.path])
        }
    }
}
