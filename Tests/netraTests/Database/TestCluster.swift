import Foundation

/// A throw-away PostgreSQL cluster for the database tests: `initdb` in a temporary
/// folder, started with `pg_ctl` on a Unix socket in that folder only (no TCP, so no
/// port can collide with anything on the machine), stopped and removed at the end.
/// Debian keeps the server's programs in /usr/lib/postgresql/<version>/bin.
final class TestCluster: @unchecked Sendable {
    /// The folder holding initdb, pg_ctl, psql and pg_basebackup; `nil` when PostgreSQL
    /// is not installed (the tests then say so and skip).
    static let binaries: URL? = {
        let base = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(base)/\(version)/bin/initdb") {
            return URL(fileURLWithPath: "\(base)/\(version)/bin")
        }
        return nil
    }()

    static var skipReason: String? {
        binaries == nil ? "PostgreSQL server programs not found in /usr/lib/postgresql/*/bin (apt-get install postgresql): database tests skipped" : nil
    }

    let root: URL
    let data: URL
    let port: Int
    let admin = "netra_admin"
    let database = "netra"

    /// The socket folder doubles as the host in URLs (`?host=/…`).
    var socketFolder: String { root.path }

    init(port: Int = 5432, primary: TestCluster? = nil) throws {
        root = URL(fileURLWithPath: "/tmp").appendingPathComponent("netra-pg-\(UUID().uuidString.prefix(8))")
        data = root.appendingPathComponent("data")
        self.port = port
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // The server refuses to run as root (CI containers are root): the cluster is
        // then the Debian package's `postgres` user's.
        if let owner = Self.serverUser { chown(root.path, owner.uid, owner.gid) }
        if let primary {
            // A standby streaming from `primary` (pg_basebackup -R writes its connection).
            try run("pg_basebackup", ["-h", primary.socketFolder, "-p", String(primary.port), "-U", admin, "-D", data.path, "-R", "-X", "stream"])
        } else {
            try run("initdb", ["-D", data.path, "-U", admin, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"])
        }
        try start()
        if primary == nil { _ = try psql("CREATE DATABASE \(database)", database: "postgres") }
    }

    deinit {
        try? run("pg_ctl", ["-D", data.path, "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(at: root)
    }

    func start() throws {
        // fsync off and small WAL: a test cluster's data is worth nothing after the run.
        let options = "-p \(port) -k \(root.path) -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            + "-c full_page_writes=off -c max_wal_senders=4 -c wal_level=replica -c hot_standby=on -c shared_buffers=16MB"
        try run("pg_ctl", ["-D", data.path, "-o", options, "-l", root.appendingPathComponent("log").path, "-w", "start"])
    }

    func stop() throws { try run("pg_ctl", ["-D", data.path, "-m", "fast", "-w", "stop"]) }

    /// The URL a role uses (trust authentication on the socket: no password).
    func url(user: String? = nil) -> String {
        "postgresql://\(user ?? admin)@/\(database)?host=\(socketFolder)&port=\(port)"
    }

    /// Runs SQL through psql as `user`; the unaligned, tuples-only output. Throws with
    /// psql's message when it fails.
    @discardableResult
    func psql(_ sql: String, user: String? = nil, database: String? = nil) throws -> String {
        try run("psql", ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", socketFolder, "-p", String(port),
                         "-U", user ?? admin, "-d", database ?? self.database, "-c", sql])
    }

    /// psql's error message when `sql` fails as `user`, `nil` when it succeeds.
    func psqlFailure(_ sql: String, user: String) -> String? {
        do { _ = try psql(sql, user: user); return nil } catch { return "\(error)" }
    }

    /// Under root: the `postgres` user the server programs run as.
    static let serverUser: (uid: uid_t, gid: gid_t)? = {
        guard geteuid() == 0, let entry = getpwnam("postgres") else { return nil }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }()

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    @discardableResult
    func run(_ program: String, _ arguments: [String]) throws -> String {
        guard let binaries = Self.binaries else { throw Failure(description: Self.skipReason!) }
        let process = Process()
        if Self.serverUser != nil && program != "psql" {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "postgres", "--", binaries.appendingPathComponent(program).path] + arguments
        } else {
            process.executableURL = binaries.appendingPathComponent(program)
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment.removeValue(forKey: "PGPASSWORD")
        process.environment = environment
        // pg_ctl's server could hold a pipe open for its whole life: its output goes
        // to a file, read once it has exited.
        let outFile = root.appendingPathComponent("out-\(UUID().uuidString.prefix(6))")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        let out = try FileHandle(forWritingTo: outFile)
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        let text = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: outFile)
        let problem = text
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(program) failed (\(process.terminationStatus)): \(problem)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
