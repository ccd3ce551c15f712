import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A large roster's last reading, kept in the state folder so that the next start on an
/// unchanged `officers.csv` shows its first screen without parsing the file again.
///
/// Why: parsing a million officers is ≈0.6 s of a ≈1.1 s first screen on two cores,
/// with no hot spot left (docs/decisions.md). The file changes when the office downloads
/// SIASN again — weekly — while the dashboard is started every morning and a lobby
/// kiosk after every power cut. Reading the kept form back takes a fraction of that.
///
/// When a kept reading is used — all of it, or it is read afresh:
/// - the file is the same version: device, inode, size, and the nanosecond times of
///   its last write and of its entry's last change (which its owner cannot set back);
/// - the same Netra binary wrote it (its own device, inode, size and times): another
///   build may read the file differently;
/// - the kept file is a regular file of this user's, whole (length and checksum), and
///   every count, case and text number in it is in range.
///
/// What is kept: only a CSV roster of `smallest` bytes or more (below, parsing is
/// cheaper than checking), read while it did not change, and last changed at least
/// `settling` before it was read — on a share whose clock counts whole seconds, a write
/// in the same second as the read would otherwise keep the same times. The writing
/// happens on a background thread after the reading is in use, in 1 MB chunks, into a
/// temporary file renamed into place (0600, in the 0700 state folder).
///
/// Only the live screens keep readings (`ReloadPipeline`); `netra check` and `snapshot`
/// always read the file.
public final class KeptRoster: @unchecked Sendable {
    /// Below 4 MB (≈35,000 officers) the file is parsed in tens of milliseconds.
    public static let defaultSmallest: Int64 = 4 << 20
    public static let fileName = "officers.kept"

    /// Where the kept reading lives.
    public let file: URL
    private let build: FileIdentity
    private let smallest: Int64
    private let settling: Int64
    private let clock: @Sendable () -> Int64

    private let lock = NSLock()
    private let idle = NSCondition()
    /// The version the last read of the file gave, when it may be kept.
    private var readVersion: FileIdentity?
    private var pending: (FileReading<OfficerRoster>, KeptRosterFormat.Key)?
    private var writing = false
    private var stopped = false

    /// The kept reading for `folder` in the user's state folder; `nil` when there is
    /// none to name, or the running binary cannot be identified.
    public convenience init?(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let store = JournalStore(folder: folder, environment: environment),
              let build = try? SafeFile.identity(of: "/proc/self/exe") else { return nil }
        self.init(file: store.directory.appendingPathComponent(Self.fileName), build: build)
    }

    /// A keeper with its own rules (tests: small files, no settling, a given clock).
    init(file: URL, build: FileIdentity, smallest: Int64 = defaultSmallest, settling: Int64 = 2_000_000_000,
         clock: @escaping @Sendable () -> Int64 = KeptRoster.nanosecondsNow) {
        self.file = file
        self.build = build
        self.smallest = smallest
        self.settling = settling
        self.clock = clock
    }

    static let nanosecondsNow: @Sendable () -> Int64 = {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    // MARK: Using

    /// The kept reading of the file at `version`, or `nil` (then it is parsed).
    func reading(for version: FileIdentity) -> FileReading<OfficerRoster>? {
        guard version.size >= smallest else { return nil }
        let fd = open(file.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
              Int(info.st_size) >= KeptRosterFormat.trailerSize else { return nil }
        let size = Int(info.st_size), bodySize = size - KeptRosterFormat.trailerSize
        // The trailer alone first: a changed file costs one small read, not the whole.
        var tail = [UInt8](repeating: 0, count: KeptRosterFormat.trailerSize)
        guard tail.withUnsafeMutableBytes({ pread(fd, $0.baseAddress, $0.count, off_t(bodySize)) }) == KeptRosterFormat.trailerSize,
              let trailer = try? tail.withUnsafeBytes({ bytes throws(KeptRosterFormat.Unusable) in try KeptRosterFormat.trailer(bytes) }),
              trailer.key == KeptRosterFormat.Key(build: build, file: version),
              trailer.bodyLength == UInt64(bodySize), bodySize % 16 == 0 else { return nil }
        // The whole file, by the data files' own careful reader (bounded, never blocking).
        guard let (bytes, identity) = try? SafeFile.readIdentified(file.path, limit: Int64(size)),
              identity != nil, bytes.count == size else { return nil }
        return bytes.withUnsafeBytes { all -> FileReading<OfficerRoster>? in
            guard (try? KeptRosterFormat.trailer(UnsafeRawBufferPointer(rebasing: all[bodySize...]))) == trailer else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: all[..<bodySize])
            var sum = KeptRosterFormat.checksumSeed
            KeptRosterFormat.checksum(body, into: &sum)
            guard KeptRosterFormat.finalChecksum(sum, length: trailer.bodyLength) == trailer.checksum else { return nil }
            return try? KeptRosterFormat.readBody(body, layout: trailer.layout)
        }
    }

    // MARK: Keeping

    /// The keeper's clock (nanoseconds since 1970): taken by `FolderFiles` before it
    /// opens the file, since the settling time counts to the start of the read.
    func now() -> Int64 { clock() }

    /// Notes the version of the file just read (`nil`: it changed while read), whose
    /// read began at `started` (`now()`): a write within `settling` before that moment
    /// may have a twin in the same tick of a coarse clock, during the read itself.
    func noteRead(_ version: FileIdentity?, started: Int64) {
        lock.lock()
        defer { lock.unlock() }
        guard let version, version.size >= smallest,
              started - max(version.modified, version.changed) >= settling else {
            readVersion = nil
            // A newer read of the file supersedes a reading still waiting to be kept
            // (which would otherwise hold a whole roster until the thread is idle).
            pending = nil
            return
        }
        readVersion = version
    }

    /// Keeps `reading`, made from the version last noted, once `writePending` is called.
    func keep(_ reading: FileReading<OfficerRoster>) {
        lock.lock()
        defer { lock.unlock() }
        guard let version = readVersion, reading.value != nil, !stopped else { return }
        readVersion = nil
        pending = (reading, KeptRosterFormat.Key(build: build, file: version))
    }

    /// Writes the reading last offered, if any, on a background thread. The reload
    /// thread calls this when it has nothing else to do: written while the lists were
    /// being prepared, a million officers' reading raised the dashboard's peak by
    /// ≈20 MB (372–376 MB without, 396–397 with, alternating).
    public func writePending() {
        lock.lock()
        defer { lock.unlock() }
        guard pending != nil, !writing, !stopped else { return }
        writing = true
        let thread = Thread { [self] in
            BackgroundPriority.run { writeWhilePending() }
        }
        thread.name = "netra-keep"
        thread.start()
    }

    /// Stops keeping: a write under way stops at its next chunk and leaves nothing
    /// behind (the screen is closing).
    public func stop() {
        lock.lock()
        stopped = true
        pending = nil
        lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Waits until nothing is being written (tests and the benchmark).
    public func waitUntilWritten() {
        idle.lock()
        defer { idle.unlock() }
        while isWriting { idle.wait() }
    }

    private var isWriting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return writing
    }

    private func writeWhilePending() {
        while true {
            lock.lock()
            guard let (reading, key) = pending else {
                writing = false
                lock.unlock()
                idle.lock()
                idle.broadcast()
                idle.unlock()
                return
            }
            pending = nil
            lock.unlock()
            write(reading, key: key)
        }
    }

    /// Writes through `ReplacedFile` (a temporary file renamed over the kept one, so a
    /// reader sees the old whole or the new whole; nothing left behind on a failure or
    /// when the screen closes mid-write). The trailer goes last: only then are the
    /// body's length, checksum and layout known, and nothing is written twice.
    private func write(_ reading: FileReading<OfficerRoster>, key: KeptRosterFormat.Key) {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        try? ReplacedFile.write(to: file) { emit in
            guard let body = try KeptRosterFormat.writeBody(reading, to: { chunk in
                if isStopped { throw KeptRosterFormat.Unusable(why: "stopped") }
                emit(chunk)
            }) else { throw KeptRosterFormat.Unusable(why: "not a reading") }
            KeptRosterFormat.trailerBytes(.init(key: key, bodyLength: body.length, checksum: body.checksum, layout: body.layout))
                .withUnsafeBytes(emit)
        }
    }
}
