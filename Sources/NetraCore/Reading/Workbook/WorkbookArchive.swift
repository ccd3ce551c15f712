import Foundation
import ZIPFoundation

/// The zip container of a workbook, read in memory on a budget.
///
/// Nothing is ever extracted to disk, so an entry named `../../etc/passwd` is just a
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

    /// Opens `bytes` as a zip archive; tells an old or encrypted Office file and
    /// anything that is no zip at all apart.
    init(_ bytes: [UInt8], limits: Limits = Limits()) throws(WorkbookProblem) {
        self.limits = limits
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if bytes.starts(with: ole) { throw .legacyOrEncrypted }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw .notArchive }
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else { throw .corrupt("zip") }
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
    @discardableResult
    func stream(_ path: String, into consumer: (UnsafeRawBufferPointer) -> Bool) throws(WorkbookProblem) -> Bool {
        guard let entry = entries[path], entry.type == .file else { return false }
        let budget = limits.inflatedBytes
        if entry.uncompressedSize > UInt64(max(0, budget - inflated)) { throw .hostile(.expands(limit: budget)) }
        enum Halt: Error { case overBudget, stopped }
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { [self] data in
                inflated += data.count
                if inflated > budget { throw Halt.overBudget }
                let goOn = data.withUnsafeBytes { consumer($0) }
                if !goOn { throw Halt.stopped }
            }
        } catch Halt.overBudget {
            throw .hostile(.expands(limit: budget))
        } catch Halt.stopped {
            return true
        } catch {
            throw .corrupt(path)
        }
        return true
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
