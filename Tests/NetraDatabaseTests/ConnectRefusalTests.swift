import Foundation
import NetraCore
@testable import NetraDatabase
import Testing

/// libpq gives no SQLSTATE for a connection it could not make: its message (as libpq
/// 15 words it, with the server's part after `FATAL:`) is read into what Netra says.
@Suite struct ConnectRefusalTests {
    @Test func theServersRefusalsAreToldApart() {
        let prefix = "connection to server at \"127.0.0.1\", port 5432 failed: "
        #expect(ConnectRefusal(prefix + "FATAL:  password authentication failed for user \"office\"\n") == .passwordRefused)
        #expect(ConnectRefusal(prefix + "FATAL:  no pg_hba.conf entry for host \"127.0.0.1\", user \"o\", database \"netra\", no encryption\n")
                == .needsTLS("no pg_hba.conf entry for host \"127.0.0.1\", user \"o\", database \"netra\", no encryption"))
        #expect(ConnectRefusal(prefix + "FATAL:  database \"nodb\" does not exist\n") == .server("database \"nodb\" does not exist"))
        // Starting up or shutting down: away, not refusing (the feed retries).
        #expect(ConnectRefusal(prefix + "FATAL:  the database system is shutting down\n")
                == .unreachable("the database system is shutting down"))
    }

    @Test func libpqsOwnReasonsAreToldApart() {
        #expect(ConnectRefusal("connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password supplied\n") == .passwordMissing)
        #expect(ConnectRefusal("server does not support SSL, but SSL was required\n") == .noTLS)
        #expect(ConnectRefusal("connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: No such file or directory\n"
                               + "\tIs the server running locally and accepting connections on that socket?\n")
                == .unreachable("No such file or directory"))
        #expect(ConnectRefusal("could not translate host name \"db.example\" to address: Name or service not known\n")
                == .unreachable("could not translate host name \"db.example\" to address: Name or service not known"))
    }

    @Test func aRefusalIsSaidForTheTarget() throws {
        let target = try ConnectionTarget.resolve("postgresql://office@127.0.0.1:5432/netra?sslmode=disable", environment: [:])
        let needs = DatabaseSession.describe(DatabaseFailure.connecting("failed: FATAL:  no pg_hba.conf entry for host \"127.0.0.1\", no encryption"),
                                             target: target)
        #expect(needs.text(.en).contains("sslmode=disable"))
        let missing = DatabaseSession.describe(DatabaseFailure.connecting("failed: fe_sendauth: no password supplied"), target: target)
        #expect(missing.text(.en).contains("127.0.0.1:5432:netra"))
        let schema = DatabaseSession.describe(DatabaseFailure.refused(sqlState: "3F000", message: "schema \"netra\" does not exist"), target: target)
        #expect(schema == Messages.databaseSchemaMissing(target.displayURL))
        // A silent server is said in the user's language, reason included.
        let silent = DatabaseSession.describe(DatabaseFailure.stalled(10), target: target)
        #expect(silent.text(.id).contains("tidak ada jawaban selama 10 detik"))
        #expect(silent.text(.en).contains("no answer for 10 s"))
    }
}
