import ArgumentParser
import Foundation
import NetraCore
import NetraDatabase

/// What every database command shares: resolving the URL (libpq conventions, no
/// password in it), and saying
/// a failure as one line in the user's language (exit 1: the database, not the usage).
enum DatabaseCLI {
    /// The target a `--to`/`--source` URL names; a refused URL is a usage problem.
    static func target(_ url: String, language: Language) throws -> ConnectionTarget {
        do { return try ConnectionTarget.resolve(url) } catch {
            throw UsageFailure(ConnectionTarget.message(error).text(language))
        }
    }

    /// Runs `body` on one connection to `target`, closed afterwards.
    static func withConnection<T>(_ target: ConnectionTarget, language: Language,
                                  _ body: (DatabaseConnection) throws -> T) throws -> T {
        do {
            return try DatabaseSession.with(target, body)
        } catch {
            Output.error(DatabaseSession.describe(error, target: target).text(language))
            throw ExitCode(1)
        }
    }
}
