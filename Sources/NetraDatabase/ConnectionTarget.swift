import Foundation
import NetraCore

/// Where and as whom to connect, worked out the way libpq does, so an administrator's
/// `.pgpass`, `pg_service.conf` and `PG*` variables mean the same to Netra as to `psql`:
/// the URL's own parts first, then the service file's (`service=` or `PGSERVICE`), then
/// the environment, then the defaults. A password is never taken from the URL (it would
/// sit in the shell history and in `ps`): only from `PGPASSWORD` or the password file.
public struct ConnectionTarget: Sendable, Equatable {
    /// How much TLS to insist on (libpq's `sslmode`).
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// A host name, or the folder of a Unix socket (a host starting with `/`).
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var password: String?
    public var sslMode: SSLMode

    public init(host: String, port: Int, user: String, database: String, password: String?, sslMode: SSLMode) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.password = password
        self.sslMode = sslMode
    }

    /// The socket file when `host` names a folder (libpq's `.s.PGSQL.<port>`).
    public var socketPath: String? { host.hasPrefix("/") ? host + "/.s.PGSQL.\(port)" : nil }

    /// Why a connection string is refused before anything is sent.
    public enum Refusal: Error, Equatable {
        case notPostgresURL(String)
        case passwordInURL
        case badPort(String)
        case badSSLMode(String)
        case unknownService(String)
    }

    /// The message for a refusal, in both languages.
    public static func message(_ refusal: Refusal) -> Message {
        switch refusal {
        case .notPostgresURL(let text): Messages.databaseNotAURL(text)
        case .passwordInURL: Messages.databasePasswordInURL
        case .badPort(let text): Messages.databaseBadPort(text)
        case .badSSLMode(let text): Messages.databaseBadSSLMode(text, modes: SSLMode.allCases.map(\.rawValue))
        case .unknownService(let name): Messages.databaseUnknownService(name)
        }
    }

    /// Is `text` meant as a database (`postgresql://` or `postgres://`)?
    public static func isDatabaseURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Resolves `url` against `environment` (`PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`,
    /// `PGSSLMODE`, `PGSERVICE`, `PGSERVICEFILE`, `PGSYSCONFDIR`, `PGPASSWORD`,
    /// `PGPASSFILE`, `HOME`, `USER`) and the files they name.
    public static func resolve(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Refusal) -> ConnectionTarget {
        let parts = try URLParts.parse(url)
        var settings = parts.parameters
        for (key, value) in [("host", parts.host), ("port", parts.port), ("user", parts.user), ("dbname", parts.database)] {
            if let value, !value.isEmpty { settings[key] = value }
        }
        if settings["password"] != nil { throw .passwordInURL }
        // The service file fills what the URL left open.
        if let service = settings["service"] ?? environment["PGSERVICE"] {
            guard let entries = ServiceFile.lookup(service, environment: environment) else { throw .unknownService(service) }
            for (key, value) in entries where settings[key] == nil && key != "password" { settings[key] = value }
        }
        for (key, variable) in [("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"), ("dbname", "PGDATABASE"), ("sslmode", "PGSSLMODE")] {
            if settings[key] == nil, let value = environment[variable], !value.isEmpty { settings[key] = value }
        }
        let portText = settings["port"] ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw .badPort(portText) }
        let modeText = settings["sslmode"] ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else { throw .badSSLMode(modeText) }
        let user = settings["user"] ?? environment["USER"] ?? "postgres"
        var target = ConnectionTarget(host: settings["host"] ?? "/var/run/postgresql", port: port, user: user,
                                      database: settings["dbname"] ?? user, password: nil, sslMode: mode)
        target.password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            ?? PasswordFile.lookup(for: target, environment: environment)
        return target
    }

    /// The target as a URL without any password, for messages and logs.
    public var displayURL: String {
        let place = host.hasPrefix("/") ? "?host=\(host)" : ""
        let server = host.hasPrefix("/") ? "" : host
        return "postgresql://\(user)@\(server):\(port)/\(database)\(place)"
    }
}

/// The pieces of a `postgresql://user@host:port/db?key=value` URL, percent-decoded.
struct URLParts {
    var user: String?
    var host: String?
    var port: String?
    var database: String?
    var parameters: [String: String] = [:]

    static func parse(_ url: String) throws(ConnectionTarget.Refusal) -> URLParts {
        guard let schemeEnd = url.range(of: "://"), ConnectionTarget.isDatabaseURL(url) else { throw .notPostgresURL(url) }
        var rest = Substring(url[schemeEnd.upperBound...])
        var parts = URLParts()
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                parts.parameters[decode(kv[0])] = kv.count > 1 ? decode(kv[1]) : ""
            }
            rest = rest[..<question]
        }
        if let slash = rest.firstIndex(of: "/") {
            parts.database = decode(rest[rest.index(after: slash)...])
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            // `user:password@` is refused outright, even with an empty password.
            if credentials.contains(":") { throw .passwordInURL }
            parts.user = decode(credentials)
            rest = rest[rest.index(after: at)...]
        }
        if let colon = rest.lastIndex(of: ":"), !rest.hasPrefix("[") || rest[..<colon].hasSuffix("]") {
            parts.port = decode(rest[rest.index(after: colon)...])
            rest = rest[..<colon]
        }
        let host = decode(rest).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        parts.host = host.isEmpty ? nil : host
        return parts
    }

    private static func decode<S: StringProtocol>(_ text: S) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }
}

/// libpq's connection service file: `[name]` sections of `key=value` lines, looked for
/// in `PGSERVICEFILE` (else `~/.pg_service.conf`), then `PGSYSCONFDIR/pg_service.conf`.
enum ServiceFile {
    static func lookup(_ name: String, environment: [String: String]) -> [String: String]? {
        var paths: [String] = []
        if let file = environment["PGSERVICEFILE"] { paths.append(file) } else if let home = environment["HOME"] { paths.append(home + "/.pg_service.conf") }
        paths.append((environment["PGSYSCONFDIR"] ?? "/etc/postgresql-common") + "/pg_service.conf")
        for path in paths {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            if let found = section(name, in: text) { return found }
        }
        return nil
    }

    static func section(_ name: String, in text: String) -> [String: String]? {
        var current: String?
        var found: [String: String]?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                if current == name { found = found ?? [:] }
                continue
            }
            guard current == name, let eq = line.firstIndex(of: "=") else { continue }
            found?[line[..<eq].trimmingCharacters(in: .whitespaces)] = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        }
        return found
    }
}

/// libpq's password file: `host:port:database:user:password` lines, `*` matching
/// anything, `\:` and `\\` escaped; `PGPASSFILE`, else `~/.pgpass`. Like libpq, a
/// file others may read is ignored: a password there is not a secret.
enum PasswordFile {
    static func lookup(for target: ConnectionTarget, environment: [String: String]) -> String? {
        guard let path = environment["PGPASSFILE"] ?? environment["HOME"].map({ $0 + "/.pgpass" }) else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return password(in: text, for: target)
    }

    static func password(in text: String, for target: ConnectionTarget) -> String? {
        // A socket connection matches `localhost` as well as the socket's folder.
        let hosts: Set<String> = target.host.hasPrefix("/") ? [target.host, "localhost"] : [target.host]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            func matches(_ field: String, _ values: Set<String>) -> Bool { field == "*" || values.contains(field) }
            if matches(fields[0], hosts) && matches(fields[1], [String(target.port)])
                && matches(fields[2], [target.database]) && matches(fields[3], [target.user]) {
                return fields[4]
            }
        }
        return nil
    }

    private static func split<S: StringProtocol>(_ line: S) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for c in line {
            if escaped { fields[fields.count - 1].append(c); escaped = false }
            else if c == "\\" { escaped = true }
            else if c == ":" && fields.count < 5 { fields.append("") }
            else { fields[fields.count - 1].append(c) }
        }
        return fields
    }
}
