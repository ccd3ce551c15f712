import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a journal file in place of the old one — a temporary file beside it, then a
/// rename, so a reader sees the old file or the new one, never half of one — from
/// chunks of about a megabyte, never the whole file in memory.
///
/// Why: at a million officers `officers.tsv` is 46 MB and `summary.tsv` 9 MB. Each was
/// first made whole as a `String`, then copied into a `Data` to be written: for the
/// summary that was ≈26 MB more (the text, its copy, the sorted keys' bytes) at the
/// dashboard's busiest moment, the journal's first record beside the lists' preparation.
enum ReplacedFile {
    /// Writes what `chunks` hands over to `url` (owner-only: the journal names officers).
    static func write(to url: URL, chunks: (_ emit: ([UInt8]) -> Void) -> Void) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw JournalStoreError.cannotOpen(temporary.path, errno) }
        var failure: Int32 = 0
        chunks { chunk in
            guard failure == 0 else { return }
            chunk.withUnsafeBytes { raw in
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
        }
        close(fd)
        guard failure == 0, rename(temporary.path, url.path) == 0 else {
            let code = failure != 0 ? failure : errno
            unlink(temporary.path)
            throw JournalStoreError.cannotWrite(url.path, code)
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
