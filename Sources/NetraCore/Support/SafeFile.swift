import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Netra reads a file it was pointed at: data files, `netra.toml`,
/// `schedule.toml` and themes all come through here.
///
/// Whoever can write the shared folder decides what sits there, so a "file" may be a
/// named pipe (an ordinary `open` would wait for a writer forever), a device (`/dev/zero`
/// never ends), a 100 GB sparse file (allocating its size aborts the process), or a link
/// to `/etc/shadow`. The rules, in order:
///
/// 1. A symbolic link is resolved first: a loop or a dangling link is said as such.
/// 2. Only a regular file is opened at all; anything else is named (pipe, device, …).
/// 3. When a folder is given, a link whose target lies outside it is refused.
/// 4. The open never blocks (`O_NONBLOCK`, `O_NOFOLLOW`, `O_NOCTTY`), and `fstat` on
///    the open descriptor checks rule 2 again, in case the name was swapped meanwhile.
/// 5. Nothing is allocated from `st_size`: bytes are read in bounded chunks, and a file
///    larger than `limit` (or one that grows past it while read) is refused by size.
public enum SafeFile {
    /// The largest file Netra reads: far above any real roster (100,000 officers are
    /// about 12 MB), far below what would exhaust a kiosk's memory.
    public static let sizeLimit: Int64 = 1 << 30

    /// What a path is when it is not a regular file.
    public enum Kind: Sendable, Equatable {
        case directory, namedPipe, characterDevice, blockDevice, socket, unknown

        init?(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: return nil
            case S_IFDIR: self = .directory
            case S_IFIFO: self = .namedPipe
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFSOCK: self = .socket
            default: self = .unknown
            }
        }
    }

    /// Why a file was not read. `Messages.refusal` words each case for the user.
    public enum Refusal: Error, Sendable, Equatable {
        case missing
        case notAFile(Kind)
        case tooLarge(bytes: Int64, limit: Int64)
        case linkLoop
        case danglingLink
        case linkOutsideFolder
        /// Any other failure of the system call, by `errno` (permissions, I/O error).
        case system(Int32)
    }

    /// The bytes of the regular file at `path`.
    ///
    /// - Parameter folder: when given, a symbolic link at `path` must lead to a file
    ///   inside this folder (links within the folder are fine).
    public static func read(_ path: String, inside folder: String? = nil, limit: Int64 = sizeLimit) throws(Refusal) -> [UInt8] {
        try readIdentified(path, inside: folder, limit: limit).bytes
    }

    /// The bytes, and which version of the file they are (`nil` when the file changed
    /// while it was read): what `KeptRoster` keys a kept reading by.
    public static func readIdentified(_ path: String, inside folder: String? = nil,
                                      limit: Int64 = sizeLimit) throws(Refusal) -> (bytes: [UInt8], identity: FileIdentity?) {
        let (fd, info) = try openRegular(path, inside: folder)
        defer { close(fd) }
        let size = Int64(info.st_size)
        guard size <= limit else { throw .tooLarge(bytes: size, limit: limit) }
        let before = FileIdentity(info)
        let bytes = try readAll(fd, expected: size, limit: limit)
        var after = stat()
        let unchanged = fstat(fd, &after) == 0 && FileIdentity(after) == before && Int64(bytes.count) == before.size
        return (bytes, unchanged ? before : nil)
    }

    /// Which version of the regular file at `path` is there now, by the same rules as
    /// `read` (a link leading out of `folder` is refused). Taken from an open descriptor,
    /// never blocking: on a network share, `stat` of a path may answer from the client's
    /// cache for up to a minute, while an open asks the server.
    public static func identity(of path: String, inside folder: String? = nil) throws(Refusal) -> FileIdentity {
        let (fd, info) = try openRegular(path, inside: folder)
        close(fd)
        return FileIdentity(info)
    }

    /// Rules 1–4: the open descriptor of the regular file at `path` and what `fstat`
    /// says of it (checked again on the descriptor, in case the name was swapped).
    private static func openRegular(_ path: String, inside folder: String?) throws(Refusal) -> (Int32, stat) {
        let fd = open(try resolve(path, inside: folder), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw errno == ENOENT ? .missing : .system(errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .system(code)
        }
        if let kind = Kind(mode: info.st_mode) {
            close(fd)
            throw .notAFile(kind)
        }
        return (fd, info)
    }

    /// Rules 1–3: the path to open (a link's target), or why not.
    private static func resolve(_ path: String, inside folder: String?) throws(Refusal) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw errno == ENOENT || errno == ENOTDIR ? .missing : .system(errno) }
        guard info.st_mode & S_IFMT == S_IFLNK else {
            if let kind = Kind(mode: info.st_mode) { throw .notAFile(kind) }
            return path
        }
        guard let resolved = realpath(path, nil) else {
            switch errno {
            case ELOOP: throw .linkLoop
            case ENOENT, ENOTDIR: throw .danglingLink
            default: throw .system(errno)
            }
        }
        let target = String(cString: resolved)
        free(resolved)
        guard stat(target, &info) == 0 else { throw errno == ENOENT ? .danglingLink : .system(errno) }
        // What it is comes first (a link to /dev/zero is "a device"), then where.
        if let kind = Kind(mode: info.st_mode) { throw .notAFile(kind) }
        if let folder, !isInside(target, folder: folder) { throw .linkOutsideFolder }
        return target
    }

    /// Files from this size on are read in two halves at once (`readAll`).
    static let splitReadSize = 16 << 20

    /// Reads to the end, refusing to go past `limit`.
    private static func readAll(_ fd: Int32, expected: Int64, limit: Int64) throws(Refusal) -> [UInt8] {
        // Straight into the array's own storage, sized by `stat` (+1 sees the end of the
        // file in one pass): reading through a scratch buffer copied every byte twice
        // (a 105 MB roster: ≈13 % of a snapshot at 1M officers).
        //
        // A large file is read in two halves on two cores (`pread`, each at its own
        // offset): the kernel's copy and the zeroing of fresh pages for 105 MB took
        // ≈100 ms on one thread before the first row of a million officers was parsed.
        let capacity = Int(max(0, expected)) + 1
        var failure: Refusal?
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            let base = buffer.baseAddress!
            guard capacity > splitReadSize else {
                count = fill(fd, base, from: 0, to: capacity, failure: &failure)
                return
            }
            let half = capacity / 2
            var got = [0, 0]
            var failures: [Refusal?] = [nil, nil]
            got.withUnsafeMutableBufferPointer { got in
                failures.withUnsafeMutableBufferPointer { failures in
                    Parallel.forEach(2) { k in
                        got[k] = fill(fd, base, from: k == 0 ? 0 : half, to: k == 0 ? half : capacity, failure: &failures[k])
                    }
                }
            }
            failure = failures[0] ?? failures[1]
            // A file that shrank while read ends where the first half stopped short.
            count = got[0] < half ? got[0] : half + got[1]
        }
        if let failure { throw failure }
        if Int64(bytes.count) > limit { throw .tooLarge(bytes: Int64(bytes.count), limit: limit) }
        guard bytes.count == capacity else { return bytes }
        // The file grew while being read: the rest in chunks, refused by the size seen so far.
        let chunk = 1 << 20
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { scratch.deallocate() }
        while true {
            let n = pread(fd, scratch, chunk, off_t(bytes.count))
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if n == 0 { return bytes }
            if Int64(bytes.count + n) > limit { throw .tooLarge(bytes: Int64(bytes.count + n), limit: limit) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: scratch, count: n))
        }
    }

    /// Reads `fd` from `start` into `base[start..<end]` until full or at the end of the
    /// file; the bytes read. A failure is put in `failure`.
    private static func fill(_ fd: Int32, _ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int,
                             failure: inout Refusal?) -> Int {
        var at = start
        while at < end {
            let n = pread(fd, base + at, end - at, off_t(at))
            if n < 0 {
                if errno == EINTR { continue }
                failure = .system(errno)
                break
            }
            if n == 0 { break }
            at += n
        }
        return at - start
    }

    /// Whether the resolved `path` lies within `folder` (itself resolved, so a data
    /// folder reached through a link still counts as itself).
    static func isInside(_ path: String, folder: String) -> Bool {
        guard let resolved = realpath(folder, nil) else { return false }
        let root = String(cString: resolved)
        free(resolved)
        if root == "/" { return true }
        return path.hasPrefix(root + "/")
    }
}

/// One version of a file on disk: where it lives (device, inode), its size, and when its
/// contents and its entry last changed (nanoseconds). Any write, rename into place or
/// `touch` changes one of them; the change time cannot be set back by the file's owner.
public struct FileIdentity: Sendable, Equatable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modified: Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec))
    }
}
