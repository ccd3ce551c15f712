import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// The kiosk's wrong PINs and the seconds left of its block.
public struct PINLockout: Equatable, Sendable {
    public var failures: Int
    public var blockedSeconds: TimeInterval
    public init(failures: Int, blockedSeconds: TimeInterval) {
        self.failures = failures
        self.blockedSeconds = blockedSeconds
    }
    public static let none = PINLockout(failures: 0, blockedSeconds: 0)
}

/// Keeps the kiosk's failed-PIN count and block across restarts (issue 24, row 4):
/// before, `kill -HUP` (and systemd restarting the unit) gave three new tries.
///
/// One small file per data folder, named by a hash of the folder's real path, in the
/// state directory: `$STATE_DIRECTORY` (systemd's `StateDirectory=netra`), else
/// `$XDG_STATE_HOME/netra`, else `~/.local/state/netra`. Never inside the data folder,
/// whose writers must not be able to reset the count; mode 0600 in a 0700 folder.
/// The block is stored as a wall-clock instant, the one clock two processes share.
/// Reading is forgiving: a missing or garbled file is no lockout (the count then
/// starts again, as it always did).
public struct PINLockoutStore: Sendable {
    /// The file for this data folder.
    public let file: URL

    /// The store for `folder`, or `nil` when no state directory can be named, or the
    /// one named is inside the data folder.
    public init?(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let directory = Self.directory(environment) else { return nil }
        let data = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let state = directory.resolvingSymlinksInPath().standardizedFileURL.path
        if state == data || state.hasPrefix(data.hasSuffix("/") ? data : data + "/") { return nil }
        file = directory.appendingPathComponent("kiosk-pin-\(Self.fnv1a(data)).state")
    }

    /// Netra's state directory (`StateDirectory.base`), shared with the journal.
    static func directory(_ environment: [String: String]) -> URL? { StateDirectory.base(environment) }

    /// What a previous process left, at `now` (wall clock).
    public func load(now: Date = Date()) -> PINLockout {
        guard let data = try? Data(contentsOf: file), data.count < 256 else { return .none }
        var failures = 0, until = 0.0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0] == "failures" { failures = Int(parts[1]) ?? 0 }
            if parts[0] == "blocked_until" { until = Double(parts[1]) ?? 0 }
        }
        return PINLockout(failures: max(0, failures), blockedSeconds: max(0, until - now.timeIntervalSince1970))
    }

    /// Writes the lockout (atomically, 0600); best effort: a kiosk that cannot write its
    /// state keeps running, with the count it holds in memory.
    @discardableResult
    public func save(_ lockout: PINLockout, now: Date = Date()) -> Bool {
        let directory = file.deletingLastPathComponent().path
        guard mkdirs(directory) else { return false }
        let until = lockout.blockedSeconds > 0 ? now.timeIntervalSince1970 + lockout.blockedSeconds : 0
        let text = "failures=\(lockout.failures)\nblocked_until=\(Int(until.rounded(.up)))\n"
        let temporary = file.path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return false }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fchmod(fd, 0o600)
        close(fd)
        guard written == bytes.count else { unlink(temporary); return false }
        return rename(temporary, file.path) == 0
    }

    /// Creates the folder and its parents (0700 for the ones made here).
    private func mkdirs(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                         attributes: [.posixPermissions: 0o700])) != nil
    }

    /// A stable name for a path (FNV-1a, 64 bits, hex): not a secret, only distinct.
    /// Unpadded, as lockout files have always been named (a kiosk keeps its count
    /// across an upgrade).
    static func fnv1a(_ text: String) -> String { String(StateDirectory.fnv1a(text), radix: 16) }
}
