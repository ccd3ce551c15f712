import Foundation
import Logging
import NetraCore
import PostgresNIO

/// Opens connections to the province database, and says what went wrong in a sentence
/// a clerk can act on. Netra keeps no pool: a command uses one connection and closes
/// it; a dashboard keeps one for reading and one for LISTEN.
public enum DatabaseSession {
    /// Connects as `target` says, with TLS as its `sslmode` asks (a Unix socket never
    /// uses TLS, as with libpq).
    public static func connect(_ target: ConnectionTarget) async throws -> PostgresConnection {
        let tls = try tlsMode(target)
        var configuration: PostgresConnection.Configuration
        if let socket = target.socketPath {
            configuration = .init(unixSocketPath: socket, username: target.user, password: target.password, database: target.database)
        } else {
            configuration = .init(host: target.host, port: target.port, username: target.user, password: target.password,
                                  database: target.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(5)
        return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: quiet)
    }

    /// `disable` sends no TLS request; `allow` and `prefer` use TLS when the server
    /// offers it; `require` insists; like libpq, only `verify-ca`/`verify-full` check
    /// the server's certificate (against the system's trusted roots).
    static func tlsMode(_ target: ConnectionTarget) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch target.sslMode {
        case .disable: return .disable
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: configuration))
        case .require:
            configuration.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: configuration))
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: configuration))
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: configuration))
        }
    }

    /// The client's own logging stays silent: Netra reports failures itself, in the
    /// user's language, and the operational log is the command's business.
    public static let quiet = Logger(label: "netra.database", factory: { _ in SwiftLogNoOpLogHandler() })

    /// A failure as a sentence: the server's own message when it sent one (it is in
    /// the server's language), else what the connection met.
    public static func describe(_ error: any Error, target: ConnectionTarget) -> Message {
        if let failure = error as? DatabaseRefusal { return failure.message }
        if let transaction = error as? PostgresTransactionError {
            return describe(transaction.closureError ?? transaction.commitError ?? transaction.beginError ?? error, target: target)
        }
        if let psql = error as? PSQLError {
            if let text = psql.serverInfo?[.message] {
                switch psql.serverInfo?[.sqlState] {
                case "3F000", "42P01": return Messages.databaseSchemaMissing(target.displayURL)
                case "28P01": return Messages.databasePasswordRefused(role: target.user)
                // pg_hba.conf's "no pg_hba.conf entry for host …, no encryption": only
                // hostssl lines match, and the client asked for none.
                case "28000" where target.sslMode == .disable && text.hasSuffix("no encryption"):
                    return Messages.databaseNeedsTLS(target.displayURL)
                default: return Messages.databaseRefused(UntrustedText.sanitized(text))
                }
            }
            if psql.code == .authMechanismRequiresPassword {
                let place = target.socketPath == nil ? "\(target.host):\(target.port):\(target.database)" : "localhost:\(target.port):\(target.database)"
                return Messages.databasePasswordMissing(role: target.user, place: place)
            }
            if psql.code == .sslUnsupported { return Messages.databaseNoTLS(target.displayURL, mode: target.sslMode.rawValue) }
            let reason = psql.underlying.map { String(describing: $0) } ?? psql.code.description
            return Messages.databaseUnreachable(target.displayURL, reason: UntrustedText.sanitized(reason))
        }
        return Messages.databaseUnreachable(target.displayURL, reason: UntrustedText.sanitized(String(describing: error)))
    }

    /// Is `error` the database being away (as opposed to it refusing something)?
    public static func isUnreachable(_ error: any Error) -> Bool {
        if let transaction = error as? PostgresTransactionError {
            return isUnreachable(transaction.closureError ?? transaction.commitError ?? transaction.beginError ?? error)
        }
        guard let psql = error as? PSQLError else { return !(error is DatabaseRefusal) }
        // Asked for a password there is none of, or no TLS where it is required:
        // refusals, as a wrong password is (28P01 below).
        if psql.code == .authMechanismRequiresPassword || psql.code == .sslUnsupported { return false }
        if let state = psql.serverInfo?[.sqlState] { return state.hasPrefix("08") || state.hasPrefix("57P") }
        return true
    }
}

/// A refusal Netra itself raises against the database's answer (schema too new, site
/// not granted), carrying its message.
public struct DatabaseRefusal: Error, Sendable {
    public let message: Message
    public init(_ message: Message) { self.message = message }
}

/// Runs async database work from the synchronous command line: the commands are plain
/// `ParsableCommand`s, and the database client is async only.
public enum Blocking {
    public static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// Written once by the task before it signals, read once after the wait.
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
