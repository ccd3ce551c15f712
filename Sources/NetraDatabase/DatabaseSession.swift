import Foundation
import NetraCore

/// Opens connections to the province database, and says what went wrong in a sentence
/// a clerk can act on. Netra keeps no pool: a command uses one connection and closes
/// it; a dashboard keeps one for reading and one for LISTEN.
public enum DatabaseSession {
    /// Connects as `target` says, with TLS as its `sslmode` asks (libpq's own handling:
    /// a Unix socket never uses TLS; only `verify-ca`/`verify-full` check the server's
    /// certificate, against `~/.postgresql/root.crt` or `PGSSLROOTCERT`).
    public static func connect(_ target: ConnectionTarget) throws -> DatabaseConnection {
        try DatabaseConnection(target)
    }

    /// Runs `body` on a new connection to `target`, closed afterwards.
    public static func with<T>(_ target: ConnectionTarget, _ body: (DatabaseConnection) throws -> T) throws -> T {
        let connection = try connect(target)
        defer { connection.close() }
        return try body(connection)
    }

    /// A failure as a sentence: the server's own message when it sent one (it is in
    /// the server's language), else what the connection met.
    public static func describe(_ error: any Error, target: ConnectionTarget) -> Message {
        if let failure = error as? DatabaseRefusal { return failure.message }
        guard let failure = error as? DatabaseFailure else {
            return Messages.databaseUnreachable(target.displayURL, reason: UntrustedText.sanitized(String(describing: error)))
        }
        switch failure {
        case .refused(let state, let text):
            switch state {
            case "3F000", "42P01": return Messages.databaseSchemaMissing(target.displayURL)
            default: return Messages.databaseRefused(UntrustedText.sanitized(text))
            }
        case .connecting(let text):
            let said = ConnectRefusal(text)
            switch said {
            case .passwordRefused: return Messages.databasePasswordRefused(role: target.user)
            case .passwordMissing:
                let place = target.socketPath == nil ? "\(target.host):\(target.port):\(target.database)" : "localhost:\(target.port):\(target.database)"
                return Messages.databasePasswordMissing(role: target.user, place: place)
            // pg_hba.conf's "no pg_hba.conf entry for host …, no encryption": only
            // hostssl lines match, and the client asked for none.
            case .needsTLS where target.sslMode == .disable: return Messages.databaseNeedsTLS(target.displayURL)
            case .noTLS: return Messages.databaseNoTLS(target.displayURL, mode: target.sslMode.rawValue)
            case .server(let words), .needsTLS(let words): return Messages.databaseRefused(UntrustedText.sanitized(words))
            case .unreachable(let reason): return Messages.databaseUnreachable(target.displayURL, reason: UntrustedText.sanitized(reason))
            }
        case .lost(let reason):
            return Messages.databaseUnreachable(target.displayURL, reason: UntrustedText.sanitized(firstLine(reason)))
        case .stalled(let seconds):
            return Messages.databaseSilent(target.displayURL, seconds: Int(seconds))
        }
    }

    static func firstLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
    }
}

/// What libpq's message says of a connection that could not be made. libpq gives no
/// SQLSTATE for a refused connection, so its message is read: the server's part
/// follows `FATAL:`; the rest is libpq's own (in English).
enum ConnectRefusal: Equatable {
    case passwordRefused
    case passwordMissing
    case needsTLS(String)
    case noTLS
    case server(String)
    case unreachable(String)

    init(_ message: String) {
        let lines = message.split(whereSeparator: \.isNewline).map { String($0) }
        if let line = lines.first(where: { $0.contains("FATAL:") }), let mark = line.range(of: "FATAL:") {
            let words = line[mark.upperBound...].trimmingCharacters(in: .whitespaces)
            // A server starting up or shutting down is away, not refusing.
            if words.contains("the database system is") { self = .unreachable(words); return }
            if words.contains("password authentication failed") { self = .passwordRefused; return }
            if words.hasSuffix("no encryption") { self = .needsTLS(words); return }
            self = .server(words)
            return
        }
        if message.contains("no password supplied") { self = .passwordMissing; return }
        if message.contains("server does not support SSL") { self = .noTLS; return }
        // `connection to server at "…", port 5432 failed: Connection refused`: the
        // reason after the last `failed:`, or the first line.
        let first = DatabaseSession.firstLine(message)
        if let failed = first.range(of: "failed: ", options: .backwards) {
            self = .unreachable(String(first[failed.upperBound...]))
        } else {
            self = .unreachable(first)
        }
    }
}

/// A refusal Netra itself raises against the database's answer (schema too new, site
/// not granted), carrying its message.
public struct DatabaseRefusal: Error, Sendable {
    public let message: Message
    public init(_ message: Message) { self.message = message }
}
