import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file of Netra's state (the journal's tables, a kept roster reading) in place
/// of the old one — a temporary file beside it, then a rename, so a reader sees the old
/// file or the new one, never half of one — from chunks of about a megabyte, never the
/// whole file in memory.
///
/// Why: at a million officers `officers.tsv` is 46 MB and `summary.tsv` 9 MB. Each was
/// first made whole as a `String`, then copied into a `Data` to be written: for the
/// summary that was ≈26 MB more (the text, its copy, the sorted keys' bytes) at the
/// dashboard's busiest moment, the journal's first record beside the lists' preparation.
enum ReplacedFile {
    /// Writes what `chunks` hands over to `url` (owner-only: these files name officers).
    /// When `chunks` throws (the writer gave up), nothing is left behind and the old
    /// file stays. A temporary file another process left when it ended mid-write is
    /// removed first (`sweep`).
    static func write(to url: URL, chunks: (_ emit: (UnsafeRawBufferPointer) -> Void) throws -> Void) throws {
        sweep(beside: url)
        let temporary = temporaryFile(for: url, process: getpid())
        // Never through a link planted at the temporary name.
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw JournalStoreError.cannotOpen(temporary.path, errno) }
        var failure: Int32 = 0
        do {
            try chunks { raw in
                guard failure == 0 else { return }
                var done = 0
                while done < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    done += n
                }
            }
        } catch {
            close(fd)
            unlink(temporary.path)
            throw error
        }
        close(fd)
        guard failure == 0, rename(temporary.path, url.path) == 0 else {
            let code = failure != 0 ? failure : errno
            unlink(temporary.path)
            throw JournalStoreError.cannotWrite(url.path, code)
        }
    }

    /// A writer's temporary file beside `url`: named by its process, so two processes
    /// writing the same file never share one.
    static func temporaryFile(for url: URL, process: Int32) -> URL {
        url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".\(process).tmp")
    }

    /// Removes the temporary files beside `url` that a process left when it ended
    /// mid-write (a quit, a kiosk's power cut): its process is gone, or the file is an
    /// hour old. Each process writes under its own number, so they would pile up — at a
    /// million officers ≈110 MB each for a kept reading.
    static func sweep(beside url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + ".", suffix = ".tmp"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let hourAgo = Date().addingTimeInterval(-3600)
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) {
            let path = folder.appendingPathComponent(name).path
            let owner = Int32(name.dropFirst(prefix.count).dropLast(suffix.count)) ?? 0
            guard owner != getpid() else { continue }
            let gone = owner <= 0 || (kill(owner, 0) != 0 && errno == ESRCH)
            let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            if gone || (modified.map { $0 < hourAgo } ?? true) { unlink(path) }
        }
    }

    /// The size a chunk is handed over at.
    static let chunkSize = 1 << 20

    /// A journal table's bytes: `header`, then `count` lines of `key TAB state TAB label`
    /// (`line` appends line `i`'s key and returns its state and label), handed to `emit`
    /// about a megabyte at a time.
    static func lines(header: String, count: Int, line: (_ i: Int, _ key: inout [UInt8]) -> (state: String, label: String),
                      emit: ([UInt8]) -> Void) {
        var out: [UInt8] = Array(header.utf8) + [10]
        out.reserveCapacity(min(chunkSize, count * 64) + 4096)
        for i in 0..<count {
            let (state, label) = line(i, &out)
            out.append(9)
            out.append(contentsOf: JournalSummary.clean(state).utf8)
            out.append(9)
            out.append(contentsOf: JournalSummary.clean(label).utf8)
            out.append(10)
            if out.count >= chunkSize {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { emit(out) }
    }
}
