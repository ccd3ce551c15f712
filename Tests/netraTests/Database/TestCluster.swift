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
    /// Also listening on 127.0.0.1:`port` with TLS and passwords only (see `init`).
    let secured: Bool

    /// The socket folder doubles as the host in URLs (`?host=/…`).
    var socketFolder: String { root.path }

    /// - Parameter secured: also listen on TCP (127.0.0.1, a free port) with TLS on (a
    ///   self-signed certificate made by `openssl req` for the run) and an hba that
    ///   accepts TCP only over TLS and only with a password (`hostssl … scram-sha-256`);
    ///   the socket stays `trust` for the administrator's SQL.
    init(port: Int = 5432, primary: TestCluster? = nil, secured: Bool = false) throws {
        root = URL(fileURLWithPath: "/tmp").appendingPathComponent("netra-pg-\(UUID().uuidString.prefix(8))")
        data = root.appendingPathComponent("data")
        self.secured = secured
        self.port = try secured ? Self.freePort() : port
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // The server refuses to run as root (CI containers are root): the cluster is
        // then the Debian package's `postgres` user's.
        if let owner = Self.serverUser { chown(root.path, owner.uid, owner.gid) }
        if let primary {
            // A standby streaming from `primary` (pg_basebackup -R writes its connection).
            try run("pg_basebackup", ["-h", primary.socketFolder, "-p", String(primary.port), "-U", admin, "-D", data.path, "-R", "-X", "stream", "-c", "fast"])
        } else {
            try run("initdb", ["-D", data.path, "-U", admin, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"])
        }
        if secured {
            // Made as the server's user, in its data folder: the server refuses a key
            // that others may read.
            try run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                                         "-keyout", data.appendingPathComponent("server.key").path,
                                         "-out", data.appendingPathComponent("server.crt").path])
            try "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
                .write(to: data.appendingPathComponent("pg_hba.conf"), atomically: false, encoding: .utf8)
        }
        try start()
        Self.remember(self)
        if primary == nil { _ = try psql("CREATE DATABASE \(database)", database: "postgres") }
    }

    deinit { tearDown() }

    func tearDown() {
        _ = try? run("pg_ctl", ["-D", data.path, "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(at: root)
    }

    /// A cluster kept in a static lives as long as the test process: stopped and
    /// removed when it exits.
    nonisolated(unsafe) private static var live: [TestCluster] = []
    private static let lock = NSLock()
    private static func remember(_ cluster: TestCluster) {
        lock.withLock {
            if live.isEmpty { atexit { TestCluster.lock.withLock { TestCluster.live }.forEach { $0.tearDown() } } }
            live.append(cluster)
        }
    }

    func start() throws {
        // fsync off and small WAL: a test cluster's data is worth nothing after the run.
        let options = "-p \(port) -k \(root.path) -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            + "-c full_page_writes=off -c max_wal_senders=4 -c wal_level=replica -c hot_standby=on -c shared_buffers=16MB"
            + (secured ? " -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key -c log_connections=on" : "")
        try run("pg_ctl", ["-D", data.path, "-o", options, "-l", root.appendingPathComponent("log").path, "-w", "start"])
    }

    func stop() throws { try run("pg_ctl", ["-D", data.path, "-m", "fast", "-w", "stop"]) }

    /// The URL a role uses (trust authentication on the socket: no password).
    func url(user: String? = nil) -> String {
        "postgresql://\(user ?? admin)@/\(database)?host=\(socketFolder)&port=\(port)"
    }

    /// The URL over TCP (a `secured` cluster): TLS and a password required.
    func tcpURL(user: String, sslMode: String? = nil) -> String {
        "postgresql://\(user)@127.0.0.1:\(port)/\(database)" + (sslMode.map { "?sslmode=\($0)" } ?? "")
    }

    /// The server's log so far (a `secured` cluster logs each connection, with its TLS).
    var log: String { (try? String(contentsOf: root.appendingPathComponent("log"), encoding: .utf8)) ?? "" }

    /// A TCP port nobody listens on now: the kernel's pick for port 0.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
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

    /// Runs a server program and waits for it. Spawned and reaped by hand: `pg_ctl
    /// start` leaves a server running that inherits the descriptors Foundation's
    /// `Process` watches, and `waitUntilExit` then never returns. Output goes to a file.
    @discardableResult
    func run(_ program: String, _ arguments: [String]) throws -> String {
        guard let binaries = Self.binaries else { throw Failure(description: Self.skipReason!) }
        let path = program.hasPrefix("/") ? program : binaries.appendingPathComponent(program).path
        // The server refuses to run as root: then as the package's `postgres` user.
        let argv = Self.serverUser != nil && program != "psql"
            ? ["/usr/sbin/runuser", "-u", "postgres", "--", path] + arguments : [path] + arguments
        let outFile = root.appendingPathComponent("out-\(UUID().uuidString.prefix(6))").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // A server started here must not keep another test's pipes open (`SpawnActions`).
        SpawnActions.closeInherited(&actions)
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment.removeValue(forKey: "PGPASSWORD")
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, cEnvironment)
        guard spawned == 0 else { throw Failure(description: "\(program): spawn failed (\(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outFile)
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited && code == 0 else { throw Failure(description: "\(program) failed (\(code)): \(text)") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
