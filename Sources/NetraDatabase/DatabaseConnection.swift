import CLibPQ
import Foundation
import NetraCore

/// One connection to PostgreSQL through libpq, PostgreSQL's own client library (why
/// libpq and not postgres-nio: docs/decisions.md, "The province's client"). Used by
/// one thread at a time; every wait for the server is a `poll` on the connection's
/// socket, so a query can be given up when the server goes silent (`stallLimit`) or
/// when its owner stops (`cancelled`), instead of waiting in the library for good.
public final class DatabaseConnection: @unchecked Sendable {
    private var handle: OpaquePointer?
    /// Where this connection goes: a wait past `stallLimit` asks the server, on a
    /// connection of its own, whether it still answers.
    private let target: ConnectionTarget
    /// A probe's own waits give up without probing again.
    private var isProbe = false
    /// Seconds without a byte from the server after which a query is given up, unless
    /// the server still answers another connection (a statement waiting for a lock, as
    /// a second push of one site waits for the first, sends nothing meanwhile either).
    /// A long read that keeps moving is never cut off: the limit counts from the last byte.
    public var stallLimit: TimeInterval = 10
    /// Asked while waiting: true gives the query up (a screen that stops following).
    public var cancelled: @Sendable () -> Bool = { false }

    /// Connects as `target` says (libpq does the TLS `sslmode` asks, and reads the
    /// `PGSSL*` variables for certificates).
    public init(_ target: ConnectionTarget) throws {
        self.target = target
        // UTF-8 always (as postgres-nio asked): else the server speaks the database's
        // encoding, or `PGCLIENTENCODING`'s, and names would not decode.
        var keywords = ["host", "port", "user", "dbname", "sslmode", "connect_timeout", "application_name", "client_encoding"]
        var values = [target.host, String(target.port), target.user, target.database, target.sslMode.rawValue, "5", "netra", "UTF8"]
        if let password = target.password { keywords.append("password"); values.append(password) }
        let cKeywords = keywords.map { strdup($0) } + [nil]
        let cValues = values.map { strdup($0) } + [nil]
        defer { (cKeywords + cValues).forEach { free($0) } }
        let connection = cKeywords.withUnsafeBufferPointer { k in
            cValues.withUnsafeBufferPointer { v in
                k.withMemoryRebound(to: UnsafePointer<CChar>?.self) { k in
                    v.withMemoryRebound(to: UnsafePointer<CChar>?.self) { v in PQconnectdbParams(k.baseAddress, v.baseAddress, 0) }
                }
            }
        }
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let text = connection.map { String(cString: PQerrorMessage($0)) } ?? "out of memory"
            PQfinish(connection)
            throw DatabaseFailure.connecting(text)
        }
        // The server's notices (`relation … already exists, skipping`) are not the
        // user's business: libpq would print them on stderr.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        // Non-blocking sends: a blocking libpq waits in `poll` without a timeout while
        // a statement's bytes (a 100-MB officers.csv) do not fit the socket, so a
        // server that stops reading would hold a push for good; `flush` waits instead.
        guard PQsetnonblocking(connection, 1) == 0 else {
            let text = String(cString: PQerrorMessage(connection))
            PQfinish(connection)
            throw DatabaseFailure.connecting(text)
        }
        handle = connection
    }

    deinit { close() }

    /// Ends the connection (again is harmless).
    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    /// Whether the connection is gone (closed here, or lost).
    public var isClosed: Bool { handle.map { PQstatus($0) != CONNECTION_OK } ?? true }

    /// Runs `sql` and hands each row to `row` as it arrives (libpq's single-row mode: a
    /// province's files are never all held at once by the client library).
    public func stream(_ sql: String, _ parameters: [SQLValue] = [], row: (DatabaseRow) throws -> Void) throws {
        let connection = try open()
        try send(connection, sql, parameters, singleRow: true)
        try collect(connection, row)
    }

    /// Runs `sql` and returns its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [SQLValue] = []) throws -> [DatabaseRow] {
        var rows: [DatabaseRow] = []
        let connection = try open()
        try send(connection, sql, parameters)
        try collect(connection) { rows.append($0) }
        return rows
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it
    /// throws (or, when the connection is gone, by the server).
    public func transaction<T>(_ body: (DatabaseConnection) throws -> T) throws -> T {
        try query("BEGIN")
        do {
            let value = try body(self)
            try query("COMMIT")
            return value
        } catch {
            if !isClosed { _ = try? query("ROLLBACK") }
            throw error
        }
    }

    /// Waits up to `seconds` for a notification on a channel this connection LISTENs
    /// on; true when one (or more) came. Throws when the connection is lost.
    public func awaitNotification(_ seconds: TimeInterval) throws -> Bool {
        let connection = try open()
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if drainNotifications(connection) { return true }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || cancelled() { return false }
            if try readable(connection, within: min(left, 0.25)) {
                guard PQconsumeInput(connection) == 1 else { throw DatabaseFailure.lost(message(connection)) }
            }
        }
    }

    private func drainNotifications(_ connection: OpaquePointer) -> Bool {
        var any = false
        while let notice = PQnotifies(connection) {
            any = true
            PQfreemem(notice)
        }
        return any
    }

    private func open() throws -> OpaquePointer {
        guard let handle, PQstatus(handle) == CONNECTION_OK else { throw DatabaseFailure.lost(handle.map(message) ?? "connection closed") }
        return handle
    }

    private func message(_ connection: OpaquePointer) -> String { String(cString: PQerrorMessage(connection)) }

    /// Sends the statement with its parameters: text, but bytes as binary (a file is
    /// sent as it is, not doubled into hex); results are asked in binary.
    private func send(_ connection: OpaquePointer, _ sql: String, _ parameters: [SQLValue], singleRow: Bool = false) throws {
        let encoded = parameters.map { $0.encoded() }
        var types = encoded.map(\.type)
        var formats = encoded.map { Int32($0.binary ? 1 : 0) }
        var lengths = encoded.map { Int32($0.length) }
        let buffers = encoded.map(\.buffer)
        defer { buffers.forEach { $0?.deallocate() } }
        let sent = buffers.withUnsafeBufferPointer { values in
            values.withMemoryRebound(to: UnsafePointer<CChar>?.self) { values in
                PQsendQueryParams(connection, sql, Int32(parameters.count), &types, values.baseAddress, &lengths, &formats, 1)
            }
        }
        guard sent == 1 else { throw DatabaseFailure.lost(message(connection)) }
        // Single-row mode is asked before anything of the answer is read.
        if singleRow && PQsetSingleRowMode(connection) != 1 { throw DatabaseFailure.lost(message(connection)) }
        try flush(connection)
    }

    /// Waits until libpq has handed the whole statement to the socket, under the same
    /// stall limit and cancel as a result: a server that takes no byte for
    /// `stallLimit` seconds is given up. What it sends meanwhile is read, so a server
    /// that answers early (an error) is never left waiting on us.
    private func flush(_ connection: OpaquePointer) throws {
        var lastByte = Date()
        while true {
            let left = PQflush(connection)
            if left == 0 { return }
            guard left == 1 else { throw DatabaseFailure.lost(message(connection)) }
            if cancelled() { close(); throw DatabaseFailure.lost("cancelled") }
            let ready = try pollSocket(connection, events: POLLIN | POLLOUT, within: 0.25)
            if ready & Int16(POLLIN) != 0 {
                guard PQconsumeInput(connection) == 1 else { throw DatabaseFailure.lost(message(connection)) }
            }
            if ready != 0 {
                lastByte = Date()
            } else if -lastByte.timeIntervalSinceNow >= stallLimit {
                close()
                throw DatabaseFailure.stalled(stallLimit)
            }
        }
    }

    /// Reads the results of the statement sent, handing rows to `row`; the first error
    /// the server reports is thrown once every result is read (the connection is then
    /// ready for the next statement).
    private func collect(_ connection: OpaquePointer, _ row: (DatabaseRow) throws -> Void) throws {
        var failure: (any Error)?
        while true {
            try waitForResult(connection)
            guard let result = PQgetResult(connection) else { break }
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_SINGLE_TUPLE, PGRES_TUPLES_OK:
                guard failure == nil else { continue }
                for index in 0..<PQntuples(result) {
                    do { try row(DatabaseRow(result: result, row: index)) } catch { failure = failure ?? error }
                }
            case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                continue
            default:
                failure = failure ?? DatabaseFailure.server(result, connection: connection)
            }
        }
        if let failure { throw failure }
    }

    /// Waits until libpq can hand a result over without blocking.
    private func waitForResult(_ connection: OpaquePointer) throws {
        var lastByte = Date()
        while PQisBusy(connection) == 1 {
            if cancelled() { close(); throw DatabaseFailure.lost("cancelled") }
            if try readable(connection, within: 0.25) {
                guard PQconsumeInput(connection) == 1 else { throw DatabaseFailure.lost(message(connection)) }
                lastByte = Date()
            } else if -lastByte.timeIntervalSinceNow >= stallLimit {
                // Busy (a lock, a long statement) while the server answers others:
                // waited for, another `stallLimit` at a time.
                if serverAnswers() { lastByte = Date(); continue }
                // A server that went silent (a network cut, a shutdown that never
                // finished): given up, and the connection with it.
                close()
                throw DatabaseFailure.stalled(stallLimit)
            }
        }
    }

    /// Whether the server answers a new connection within the limits (libpq's
    /// 5-second connect timeout, then `stallLimit` for `SELECT 1`). A refusal (too many
    /// connections) is an answer; a timeout or a closed port is not.
    private func serverAnswers() -> Bool {
        guard !isProbe else { return false }
        do {
            let probe = try DatabaseConnection(target)
            defer { probe.close() }
            probe.isProbe = true
            probe.stallLimit = stallLimit
            probe.cancelled = cancelled
            return (try? probe.query("SELECT 1")) != nil
        } catch DatabaseFailure.connecting(let text) {
            if case .unreachable = ConnectRefusal(text) { return false }
            return true
        } catch {
            return false
        }
    }

    /// Whether the socket has something to read within `seconds` (an error or a closed
    /// socket counts: libpq then says what happened).
    private func readable(_ connection: OpaquePointer, within seconds: TimeInterval) throws -> Bool {
        try pollSocket(connection, events: POLLIN, within: seconds) != 0
    }

    /// The socket's `poll` events among `events` within `seconds` (0: none); an error
    /// or a hang-up counts as all of them, so libpq's next call says what happened.
    private func pollSocket(_ connection: OpaquePointer, events: Int32, within seconds: TimeInterval) throws -> Int16 {
        var descriptor = pollfd(fd: PQsocket(connection), events: Int16(events), revents: 0)
        guard descriptor.fd >= 0 else { throw DatabaseFailure.lost(message(connection)) }
        let ready = poll(&descriptor, 1, Int32(seconds * 1000))
        if ready < 0 { return errno == EINTR ? 0 : Int16(events) }
        guard ready > 0 else { return 0 }
        return descriptor.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0 ? Int16(events) : descriptor.revents
    }
}

/// A value sent with a statement (`$1`, `$2`, …).
public enum SQLValue: Sendable {
    case text(String)
    case int(Int64)
    case bool(Bool)
    case date(Date)
    case bytes([UInt8])
    case data(Data)
    case texts([String])
    case null

    /// The value as libpq takes it: its type's oid, a buffer of its bytes (the caller
    /// frees it) and whether they are binary. A file's bytes are copied once, here.
    func encoded() -> (type: Oid, buffer: UnsafeMutablePointer<CChar>?, length: Int, binary: Bool) {
        func copy<C: Collection>(_ bytes: C) -> (UnsafeMutablePointer<CChar>, Int) where C.Element == UInt8 {
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            let raw = UnsafeMutableRawBufferPointer(start: buffer, count: bytes.count + 1)
            _ = raw.initializeMemory(as: UInt8.self, from: bytes)
            buffer[bytes.count] = 0
            return (buffer, bytes.count)
        }
        let (type, binary): (Oid, Bool)
        let bytes: (UnsafeMutablePointer<CChar>, Int)?
        switch self {
        case .text(let text): (type, binary, bytes) = (25, false, copy(text.utf8))
        case .int(let value): (type, binary, bytes) = (20, false, copy(String(value).utf8))
        case .bool(let value): (type, binary, bytes) = (16, false, copy((value ? "t" : "f").utf8))
        case .date(let date): (type, binary, bytes) = (1184, false, copy(Self.timestamp(date).utf8))
        case .bytes(let data): (type, binary, bytes) = (17, true, copy(data))
        case .data(let data): (type, binary, bytes) = (17, true, copy(data))
        case .texts(let texts): (type, binary, bytes) = (1009, false, copy(Self.arrayLiteral(texts).utf8))
        case .null: (type, binary, bytes) = (0, false, nil)
        }
        return (type, bytes?.0, bytes?.1 ?? 0, binary)
    }

    /// `2023-05-23 02:00:00.000000+00`: to the microsecond, in UTC.
    static func timestamp(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        var seconds = time_t(micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000)
        let fraction = micros - Int64(seconds) * 1_000_000
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d.%06lld+00", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec, fraction)
    }

    /// `{"a","b"}`, each element quoted with `"` and `\` escaped.
    static func arrayLiteral(_ texts: [String]) -> String {
        "{" + texts.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }
}

/// One row of a result, its values copied out of libpq's result (binary format), read
/// by column index with the type the statement gives it.
public struct DatabaseRow: Sendable {
    private let values: [[UInt8]?]

    init(result: OpaquePointer, row: Int32) {
        values = (0..<PQnfields(result)).map { column in
            guard PQgetisnull(result, row, column) == 0 else { return nil }
            let length = Int(PQgetlength(result, row, column))
            guard length > 0, let value = PQgetvalue(result, row, column) else { return [] }
            return value.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
        }
    }

    public func isNull(_ column: Int) -> Bool { values[column] == nil }

    /// The column's bytes, as the server sent them (empty for NULL).
    public func bytes(_ column: Int) -> [UInt8] { values[column] ?? [] }

    /// A `text`, `name` or `json` column.
    public func text(_ column: Int) -> String? { values[column].map { String(decoding: $0, as: UTF8.self) } }

    /// An `int2`, `int4` or `int8` column (big-endian in binary format).
    public func int(_ column: Int) -> Int64? {
        guard let value = values[column], [2, 4, 8].contains(value.count) else { return nil }
        var number: Int64 = (value[0] & 0x80) != 0 ? -1 : 0
        for byte in value { number = number << 8 | Int64(byte) }
        return number
    }

    /// A `bool` column.
    public func bool(_ column: Int) -> Bool? { values[column].map { $0.first == 1 } }

    /// A `timestamptz` column: microseconds since 2000-01-01 UTC.
    public func date(_ column: Int) -> Date? {
        guard let micros = int(column) else { return nil }
        return Date(timeIntervalSince1970: 946_684_800 + Double(micros) / 1_000_000)
    }
}

/// What went wrong with the database, as libpq and the server said it.
public enum DatabaseFailure: Error, Sendable {
    /// The connection could not be made: libpq's message (which carries the server's
    /// refusal, when it refused).
    case connecting(String)
    /// The server refused a statement: its SQLSTATE and message.
    case refused(sqlState: String, message: String)
    /// The connection went away mid-way.
    case lost(String)
    /// The server said nothing for this many seconds.
    case stalled(TimeInterval)

    static func server(_ result: OpaquePointer, connection: OpaquePointer) -> DatabaseFailure {
        let field = { (code: Character) -> String? in
            PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
        }
        if let state = field("C") { return .refused(sqlState: state, message: field("M") ?? "") }
        return .lost(String(cString: PQerrorMessage(connection)))
    }
}
