import Foundation
import NetraDatabase
import Testing

/// The libpq connection against a real server of its own: values go out and come back
/// exactly; a silent query is given up, one that keeps sending is not, a stopped owner
/// ends the wait; a refused statement leaves the connection usable. Nothing here
/// measures time: each case is decided by what came back (rows or which failure).
@Suite(.serialized) struct DatabaseConnectionTests {
    static let cluster: TestCluster? = {
        guard TestCluster.binaries != nil else { return nil }
        return try? TestCluster()
    }()

    static func connect() throws -> DatabaseConnection? {
        guard let cluster else { print(TestCluster.skipReason ?? "database cluster did not start"); return nil }
        return try DatabaseConnection(try ConnectionTarget.resolve(cluster.url(), environment: [:]))
    }

    @Test func valuesGoOutAndComeBackExactly() throws {
        guard let c = try Self.connect() else { return }
        defer { c.close() }
        let moment = Date(timeIntervalSince1970: 1_684_807_200.123456)  // 23 May 2023 02:00:00.123456 UTC
        let bytes: [UInt8] = [0, 1, 0xff, 0x5c, 0x27, 0, 0x80]
        let rows = try c.query("SELECT $1::text, $2::bigint, $3::boolean, $4::timestamptz, $5::bytea, $6::text[], $7::text, $8::int4, $9::int2",
                               [.text("Dinas \"Kesehatan\" \\ é ❤"), .int(-9_007_199_254_740_993), .bool(true), .date(moment),
                                .bytes(bytes), .texts(["a\"b", "c\\d", ""]), .null, .int(-5), .int(300)])
        #expect(rows.count == 1)
        let row = rows[0]
        #expect(row.text(0) == "Dinas \"Kesehatan\" \\ é ❤")
        #expect(row.int(1) == -9_007_199_254_740_993)
        #expect(row.bool(2) == true)
        #expect(abs(row.date(3)!.timeIntervalSince1970 - moment.timeIntervalSince1970) < 0.000_001)
        #expect(row.bytes(4) == bytes)
        #expect(row.isNull(6) && row.text(6) == nil)
        #expect(row.int(7) == -5 && row.int(8) == 300)
        // The array came back whole: asked element by element.
        let elements = try c.query("SELECT unnest($1::text[])", [.texts(["a\"b", "c\\d", ""])]).map { $0.text(0) }
        #expect(elements == ["a\"b", "c\\d", ""])
    }

    @Test func textIsUTF8WhateverTheDatabasesEncoding() throws {
        guard let cluster = Self.cluster, try Self.connect() != nil else { return }
        // A LATIN1 database would send its own encoding unless the client asks for
        // UTF-8 (postgres-nio always did): `é` would come back as one byte 0xE9.
        _ = try? cluster.psql("CREATE DATABASE latin ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0", database: "postgres")
        var target = try ConnectionTarget.resolve(cluster.url(), environment: [:])
        target.database = "latin"
        let c = try DatabaseConnection(target)
        defer { c.close() }
        let rows = try c.query("SELECT convert_from('\\xe9'::bytea, 'LATIN1'), $1::text", [.text("Sulawesi é")])
        #expect(rows.first?.text(0) == "é")
        #expect(rows.first?.text(1) == "Sulawesi é")
    }

    @Test func aRefusedStatementSaysItsStateAndLeavesTheConnectionUsable() throws {
        guard let c = try Self.connect() else { return }
        defer { c.close() }
        #expect {
            try c.query("SELECT * FROM netra.no_such_table")
        } throws: { error in
            guard case .refused(let state, let message)? = error as? DatabaseFailure else { return false }
            return state == "42P01" && message.contains("no_such_table")
        }
        #expect(try c.query("SELECT 41 + 1").first?.int(0) == 42)
        // A failed transaction is rolled back, and the next one works.
        #expect(throws: DatabaseFailure.self) {
            try c.transaction { t in
                try t.query("CREATE TEMP TABLE kept (x int)")
                try t.query("SELECT 1/0")
            }
        }
        #expect(try c.query("SELECT to_regclass('pg_temp.kept') IS NULL").first?.bool(0) == true)
    }

    /// The cluster's postmaster, from its lock file's first line.
    static func postmaster(_ cluster: TestCluster) -> pid_t? {
        let text = try? String(contentsOf: cluster.data.appendingPathComponent("postmaster.pid"), encoding: .utf8)
        return text?.split(separator: "\n").first.flatMap { pid_t($0) }
    }

    @Test func aSilentServerIsGivenUp() throws {
        guard let cluster = Self.cluster, let c = try Self.connect(),
              let backend = try c.query("SELECT pg_backend_pid()").first?.int(0).map(pid_t.init),
              let postmaster = Self.postmaster(cluster) else { return }
        c.stallLimit = 0.5
        // The whole server stopped (its connection's process and the postmaster, which
        // would take a new one): neither the query nor a probe connection is answered.
        // Woken after the test, and after 60 s anyway so that a wait for good fails it.
        let stopped = [backend, postmaster]
        for process in stopped { kill(process, SIGSTOP) }
        let wake = DispatchWorkItem { for process in stopped { kill(process, SIGCONT) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: wake)
        defer { wake.cancel(); for process in stopped { kill(process, SIGCONT) } }
        #expect {
            try c.query("SELECT 1")
        } throws: { error in
            if case .stalled? = error as? DatabaseFailure { return true }
            return false
        }
        #expect(c.isClosed)
    }

    @Test func aBusyStatementOutlastsTheLimit() throws {
        guard let c = try Self.connect() else { return }
        defer { c.close() }
        c.stallLimit = 0.5
        // Nothing comes for two seconds (as for a push queued behind another push of its
        // site), but the server answers a probe: waited for.
        #expect(try c.query("SELECT pg_sleep(2), 7").first?.int(1) == 7)
        #expect(!c.isClosed)
    }

    @Test func aReadThatKeepsSendingOutlastsTheLimit() throws {
        guard let c = try Self.connect() else { return }
        defer { c.close() }
        c.stallLimit = 0.5
        // Twenty rows of 100 kB, 0.1 s apart (each fills the server's send buffer, so
        // it leaves at once): four times the limit in all, never half a second quiet.
        var count = 0
        try c.stream("SELECT repeat('x', 100000), pg_sleep(0.1) FROM generate_series(1, 20)") { row in
            #expect(row.text(0)?.utf8.count == 100_000)
            count += 1
        }
        #expect(count == 20)
    }

    @Test func aServerThatStopsReadingIsGivenUpMidSend() throws {
        guard let c = try Self.connect() else { return }
        c.stallLimit = 0.5
        guard let backend = try c.query("SELECT pg_backend_pid()").first?.int(0).map(pid_t.init) else { return }
        // The server process stopped (as by SIGSTOP on the host, or a peer that no longer
        // reads): a 16-MB file does not fit the socket, so its send has to wait, and is
        // given up like a silent read. Woken after the test; and after 60 s anyway, so
        // a send that waits for good fails this test instead of hanging the run.
        kill(backend, SIGSTOP)
        let wake = DispatchWorkItem { kill(backend, SIGCONT) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: wake)
        defer { wake.cancel(); kill(backend, SIGCONT) }
        let file = [UInt8](repeating: 0x41, count: 16 << 20)
        #expect {
            try c.query("SELECT length($1)", [.bytes(file)])
        } throws: { error in
            if case .stalled? = error as? DatabaseFailure { return true }
            return false
        }
        #expect(c.isClosed)
    }

    @Test func anOwnerThatStopsEndsTheWait() throws {
        guard let c = try Self.connect() else { return }
        c.cancelled = { true }
        #expect {
            try c.query("SELECT pg_sleep(60)")
        } throws: { error in
            if case .lost(let why)? = error as? DatabaseFailure { return why == "cancelled" }
            return false
        }
    }

    @Test func aNotificationWakesTheListener() throws {
        guard let listener = try Self.connect(), let sender = try Self.connect() else { return }
        defer { listener.close(); sender.close() }
        try listener.query("LISTEN netra_test")
        #expect(try listener.awaitNotification(0.05) == false)
        try sender.query("SELECT pg_notify('netra_test', '')")
        #expect(try listener.awaitNotification(30) == true)
    }
}
