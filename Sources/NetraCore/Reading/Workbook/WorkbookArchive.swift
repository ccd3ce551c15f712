import Foundation
import ZIPFoundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The zip container of a workbook, read on a budget.
///
/// No entry is ever extracted to disk, so an entry named `../../etc/passwd` is just a
/// name that no lookup asks for. Every byte inflated counts against one budget for
/// the whole workbook, checked against the size an entry declares *and* against the
/// bytes that actually come out (a zip bomb may lie in its headers).
final class WorkbookArchive {
    /// How much a workbook may cost to open.
    struct Limits: Sendable {
        /// Total bytes inflated across every part read. A 100k-row sheet is ~40 MB.
        var inflatedBytes = 200 << 20
        /// Entries in the archive. An Excel workbook has a dozen, one per sheet more.
        var entries = 10_000
    }

    private let archive: Archive
    private var entries: [String: Entry] = [:]
    private let limits: Limits
    /// Bytes inflated so far.
    private(set) var inflated = 0
    /// The archive's bytes.
    private let bytes: [UInt8]

    /// Opens `bytes` as a zip archive; tells an old or encrypted Office file and
    /// anything that is no zip at all apart.
    init(_ bytes: [UInt8], limits: Limits = Limits()) throws(WorkbookProblem) {
        self.limits = limits
        self.bytes = bytes
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if bytes.starts(with: ole) { throw .legacyOrEncrypted }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw .notArchive }
        // ZIPFoundation's in-memory backing traps when a corrupt header points past the
        // end (its read callback computes a negative length); through a real file the
        // same read is just short and becomes an error. So the bytes go to an unnamed
        // scratch file, removed as soon as the archive is open.
        guard let path = ScratchFile.write(bytes) else { throw .corrupt("zip") }
        defer { unlink(path) }
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            throw .corrupt("zip")
        }
        self.archive = archive
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.entries { throw .hostile(.entries(count)) }
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The names of every entry (for detection).
    var paths: Dictionary<String, Entry>.Keys { entries.keys }

    /// Inflates the entry at `path` piece by piece into `consumer`, which returns
    /// false to stop early. Returns false when there is no such entry.
    ///
    /// ZIPFoundation lists the entries and inflates, but not through its `extract`:
    /// that reads a deflate stream on past the entry until the stream ends, and at the
    /// end of the file it waits for more input for ever (a damaged workbook hung the
    /// fuzz test). Here its public inflater gets exactly the entry's stored bytes and
    /// an error after them; the entry's start comes from its local header.
    @discardableResult
    func stream(_ path: String, into consumer: (UnsafeRawBufferPointer) -> Bool) throws(WorkbookProblem) -> Bool {
        guard let entry = entries[path], entry.type == .file else { return false }
        let budget = limits.inflatedBytes
        if entry.uncompressedSize > UInt64(max(0, budget - inflated)) { throw .hostile(.expands(limit: budget)) }
        guard entry.compressedSize <= UInt64(bytes.count), let start = dataStart(of: entry),
              start + Int(entry.compressedSize) <= bytes.count else { throw .corrupt(path) }
        let stored = bytes[start..<(start + Int(entry.compressedSize))]
        enum Halt: Error { case overBudget, stopped, pastEnd }
        var checksum = Checksum()
        func take(_ data: Data) throws {
            inflated += data.count
            if inflated > budget { throw Halt.overBudget }
            data.withUnsafeBytes { checksum.update($0) }
            if !data.withUnsafeBytes({ consumer($0) }) { throw Halt.stopped }
        }
        let chunk = 64 * 1024
        do {
            if entry.isCompressed {
                // The checksum is ours (see Checksum): ZIPFoundation's is byte by byte.
                _ = try Data.decompress(size: Int64(stored.count), bufferSize: chunk, skipCRC32: true, provider: { position, size in
                    let from = stored.startIndex + Int(position)
                    guard from < stored.endIndex else { throw Halt.pastEnd }
                    // Always a full buffer: the inflater is told `size` bytes are there.
                    var piece = Data(count: size)
                    let available = stored[from..<min(stored.endIndex, from + size)]
                    piece.replaceSubrange(0..<available.count, with: available)
                    return piece
                }, consumer: take)
            } else {
                var offset = stored.startIndex
                while offset < stored.endIndex {
                    let piece = Data(stored[offset..<min(stored.endIndex, offset + chunk)])
                    try take(piece)
                    offset += chunk
                }
            }
            if checksum.value != entry.checksum { throw WorkbookProblem.corrupt(path) }
        } catch Halt.overBudget {
            throw .hostile(.expands(limit: budget))
        } catch Halt.stopped {
            return true
        } catch let problem as WorkbookProblem {
            throw problem
        } catch {
            throw .corrupt(path)
        }
        return true
    }

    /// Where an entry's stored bytes begin: after its local header, found as the first
    /// `PK\3\4` header that carries the entry's name. The header is 30 bytes, then the
    /// name and an extra field whose lengths it gives (APPNOTE 4.3.7).
    private func dataStart(of entry: Entry) -> Int? {
        let name = Array(entry.path.utf8)
        var position = 0
        while position + 30 + name.count <= bytes.count {
            guard let found = bytes[position...].firstRange(of: [0x50, 0x4B, 0x03, 0x04])?.lowerBound else { return nil }
            position = found + 1
            guard found + 30 <= bytes.count else { return nil }
            let nameLength = Int(bytes[found + 26]) | Int(bytes[found + 27]) << 8
            let extraLength = Int(bytes[found + 28]) | Int(bytes[found + 29]) << 8
            guard nameLength == name.count, found + 30 + nameLength <= bytes.count,
                  bytes[(found + 30)..<(found + 30 + nameLength)].elementsEqual(name) else { continue }
            return found + 30 + nameLength + extraLength
        }
        return nil
    }

    /// The whole entry, or `nil` when absent: for the small parts (workbook, styles).
    func read(_ path: String) throws(WorkbookProblem) -> [UInt8]? {
        var bytes: [UInt8] = []
        let found = try stream(path) { piece in
            bytes.append(contentsOf: piece)
            return true
        }
        return found ? bytes : nil
    }

    /// Resolves a relationship target against the folder of the part that names it:
    /// `worksheets/sheet1.xml` from `xl/workbook.xml` is `xl/worksheets/sheet1.xml`,
    /// `/xl/x.xml` is absolute. A target that climbs out of the archive's root is `nil`.
    static func resolve(_ target: String, from part: String) -> String? {
        var stack: [Substring] = target.hasPrefix("/") ? [] : part.split(separator: "/").dropLast()
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": guard stack.popLast() != nil else { return nil }
            default: stack.append(piece)
            }
        }
        return stack.joined(separator: "/")
    }
}

/// A private copy of a workbook's bytes for ZIPFoundation to read through stdio: in
/// `/dev/shm` (memory) when there is one, else the temporary folder; created `0600`
/// with a unique name, and unlinked by the caller once opened.
enum ScratchFile {
    static func write(_ bytes: [UInt8]) -> String? {
        var isDir: ObjCBool = false
        let shm = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDir) && isDir.boolValue
            && access("/dev/shm", W_OK) == 0
        let folder = shm ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/netra-workbook-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let path = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                unlink(path)
                return nil
            }
            written += n
        }
        return path
    }
}
