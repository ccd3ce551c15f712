import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal's files for one data folder, in the state directory — never in the
/// data folder: `$STATE_DIRECTORY` (systemd), else `$XDG_STATE_HOME/netra`, else
/// `~/.local/state/netra`, then `<folder id>/`, the folder id being a stable hash of
/// the folder's real path (so `./data` and `/srv/netra/data` share one journal).
///
/// - `journal`: append-only, one JSON event per line; past `maxBytes` it becomes
///   `journal.1` (the one before is dropped), so the journal never grows without bound.
/// - `summary.tsv`: the last recorded state (`JournalSummary`), replaced whole; the
///   officers' part in `officers.tsv`, replaced only when the roster changed.
/// - `lock`: held with `flock` while a writer reads the summary, appends and replaces
///   it, so two processes (a dashboard and a cron `check`) never record a change twice
///   or interleave lines. Each batch of events is one `write` on an `O_APPEND` descriptor.
public struct JournalStore: Sendable {
    public let directory: URL
    /// Rotation bound of `journal` (bytes).
    public var maxBytes: Int

    public var journalFile: URL { directory.appendingPathComponent("journal") }
    public var rotatedFile: URL { directory.appendingPathComponent("journal.1") }
    public var summaryFile: URL { directory.appendingPathComponent("summary.tsv") }
    /// The officers' entries of the last recorded state, kept apart from `summary.tsv`
    /// and rewritten only when the roster changed (`JournalSummary.rosterFingerprint`).
    public var officersFile: URL { directory.appendingPathComponent("officers.tsv") }
    var lockFile: URL { directory.appendingPathComponent("lock") }
    /// New critical alerts not yet sent to `[notify]` (JSON lines), and the day's count.
    var pendingFile: URL { directory.appendingPathComponent("notify-pending") }
    var notifyCountFile: URL { directory.appendingPathComponent("notify-count") }
    /// Past this size nothing more is queued for `[notify]` (nobody has been delivering).
    static let pendingMaxBytes = 1 << 20

    public static let defaultMaxBytes = 8 << 20

    /// The store for `folder`, or `nil` when no state directory can be named or the one
    /// named lies inside the data folder.
    public init?(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment, maxBytes: Int = defaultMaxBytes) {
        guard let base = StateDirectory.base(environment) else { return nil }
        let data = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let state = base.resolvingSymlinksInPath().standardizedFileURL.path
        if state == data || state.hasPrefix(data.hasSuffix("/") ? data : data + "/") { return nil }
        directory = base.appendingPathComponent(StateDirectory.folderID(data))
        self.maxBytes = maxBytes
    }

    /// Creates the directory (0700: names and NIPs are personal data).
    func prepare() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    /// Runs `body` holding the journal's lock (blocking until the other writer is done).
    func locked<T>(_ body: () throws -> T) throws -> T {
        let fd = open(lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw JournalStoreError.cannotOpen(lockFile.path, errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw JournalStoreError.cannotOpen(lockFile.path, errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// The recorded summary; `nil` when there is none yet (or it is unreadable).
    func loadSummary() -> JournalSummary? {
        guard let data = try? Data(contentsOf: summaryFile) else { return nil }
        return JournalSummary.parse(String(decoding: data, as: UTF8.self))
    }

    /// The recorded summary's first line alone (roster fingerprint and content hash).
    func loadSummaryHead() -> JournalSummary.Head? {
        guard let handle = FileHandle(forReadingAtPath: summaryFile.path) else { return nil }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: 128) else { return nil }
        return JournalSummary.Head(fileStart: start)
    }

    func saveSummary(_ summary: JournalSummary) throws {
        try ReplacedFile.write(to: summaryFile) { emit in summary.writeChunks { $0.withUnsafeBytes(emit) } }
    }

    /// The officers recorded with a split summary; `nil` when absent or unreadable.
    func loadOfficers() -> OfficerLines? {
        guard let data = try? Data(contentsOf: officersFile) else { return nil }
        return OfficerLines.parse(data)
    }

    func saveOfficers(_ officers: OfficerLines) throws {
        try officers.write(to: officersFile)
    }

    /// Appends `events` in one `write` (rotating first when the journal is past its bound).
    /// A torn earlier tail (a writer killed mid-line) is closed with a line break first,
    /// so the new events start on a line of their own.
    func append(_ events: [JournalEvent]) throws {
        guard !events.isEmpty else { return }
        rotateIfNeeded()
        try append(events, to: journalFile)
    }

    /// Queues new critical alerts for `[notify]` (bounded: see `pendingMaxBytes`).
    func queueForNotify(_ events: [JournalEvent]) throws {
        var info = stat()
        if stat(pendingFile.path, &info) == 0, Int(info.st_size) >= Self.pendingMaxBytes { return }
        try append(events, to: pendingFile)
    }

    private func append(_ events: [JournalEvent], to file: URL) throws {
        guard !events.isEmpty else { return }
        let journalFile = file
        let fd = open(journalFile.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)  // read: the torn-tail check
        guard fd >= 0 else { throw JournalStoreError.cannotOpen(journalFile.path, errno) }
        defer { close(fd) }
        var text = endsTorn(fd) ? "\n" : ""
        for event in events { text += event.jsonLine() + "\n" }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw JournalStoreError.cannotWrite(journalFile.path, errno)
            }
            written += n
        }
    }

    /// Whether the file's last byte is not a line break (a partial line).
    private func endsTorn(_ fd: Int32) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return false }
        var last: UInt8 = 0
        return pread(fd, &last, 1, off_t(info.st_size - 1)) == 1 && last != UInt8(ascii: "\n")
    }

    private func rotateIfNeeded() {
        var info = stat()
        guard stat(journalFile.path, &info) == 0, Int(info.st_size) >= maxBytes else { return }
        _ = rename(journalFile.path, rotatedFile.path)
    }

    /// Every event kept (the rotated file first), and how many lines were skipped
    /// because they are not whole events.
    public func read() -> (events: [JournalEvent], skipped: Int) {
        var events: [JournalEvent] = []
        var skipped = 0
        for file in [rotatedFile, journalFile] {
            guard let data = try? Data(contentsOf: file) else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
                if let event = JournalEvent.parse(line) { events.append(event) } else { skipped += 1 }
            }
        }
        return (events, skipped)
    }
}

/// Why the journal could not be written (said once, never fatal).
enum JournalStoreError: Error {
    case cannotOpen(String, Int32)
    case cannotWrite(String, Int32)

    var path: String {
        switch self {
        case .cannotOpen(let p, _), .cannotWrite(let p, _): p
        }
    }

    var reason: String {
        switch self {
        case .cannotOpen(_, let e), .cannotWrite(_, let e): String(cString: strerror(e))
        }
    }
}

/// Where Netra keeps its own state (journal, last look, notifications): never the
/// data folder, whose writers must not be able to change it.
public enum StateDirectory {
    /// `$STATE_DIRECTORY` (its first entry), `$XDG_STATE_HOME/netra`, `~/.local/state/netra`.
    public static func base(_ environment: [String: String]) -> URL? {
        if let systemd = environment["STATE_DIRECTORY"]?.split(separator: ":").first, systemd.hasPrefix("/") {
            return URL(fileURLWithPath: String(systemd))
        }
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("netra")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent(".local/state/netra")
        }
        return nil
    }

    /// A stable name for a folder's real path: FNV-1a 64 in hex (the same hash
    /// `PINLockoutStore` names its file with). Not secret, only stable.
    public static func folderID(_ path: String) -> String {
        let hex = String(fnv1a(path), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// FNV-1a, 64 bits, of `text`'s UTF-8.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
