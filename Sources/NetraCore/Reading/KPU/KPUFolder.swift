import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a `FileSource` finds in the data folder's `kpu/` subfolder.
public enum KPUFolderListing: Sendable, Equatable {
    /// No `kpu/` at all: nothing to cross-check, nothing to say.
    case absent
    /// `kpu/` is there but may not be read (a link out of the data folder, a file
    /// named `kpu`, no permission): the message says why.
    case refused(SafeFile.Refusal)
    /// The names of its entries (files only, one level), sorted.
    case files([String])
}

extension FolderFiles {
    /// `kpu/` is looked at with the same suspicion as any file: a link that leads out
    /// of the data folder is refused (every file under it would be read from
    /// elsewhere), as is anything that is not a folder. Hidden names and the lock files
    /// spreadsheets leave (`~$…`, `.~lock…`) are not lists.
    public func kpuListing() -> KPUFolderListing {
        let path = folder.appendingPathComponent(KPUFolder.name).path
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT ? .absent : .refused(.system(errno)) }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else { return .refused(errno == ELOOP ? .linkLoop : .danglingLink) }
            let target = String(cString: resolved)
            free(resolved)
            guard SafeFile.isInside(target, folder: folder.path) else { return .refused(.linkOutsideFolder) }
            guard stat(target, &info) == 0 else { return .refused(.system(errno)) }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .refused(.notAFile(.unknown)) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return .refused(.system(EACCES)) }
        return .files(names.filter(KPUFolder.isCandidateName).sorted())
    }

    /// A file of `kpu/`, through `SafeFile` (regular file, bounded, no link out).
    public func contents(ofKPUFile name: String) throws -> [UInt8]? {
        guard KPUFolder.isCandidateName(name) else { return nil }
        do {
            return try SafeFile.read(folder.appendingPathComponent(KPUFolder.name).appendingPathComponent(name).path,
                                     inside: folder.path, limit: KPUFolder.fileSizeLimit)
        } catch .missing {
            return nil
        }
    }
}

/// Reads every list of `kpu/` (see README, "kpu/"): CSV, `.xlsx` or `.ods`, one file
/// per list or per dapil, through the same table and workbook readers as the rest of
/// the folder.
public enum KPUFolder {
    public static let name = "kpu"
    /// A candidate list is a few hundred rows; a province's a few thousand. 64 MB is
    /// far above any real one and far below what would hurt a kiosk.
    static let fileSizeLimit: Int64 = 64 << 20
    /// More files than this is not an office's folder of lists.
    static let fileCountLimit = 2_000

    /// Names that may be lists: not hidden, not a spreadsheet's lock file.
    static func isCandidateName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.hasPrefix("~$") && !name.contains("/") && name != ".." && name != "."
    }

    /// The form a name says it is in, `nil` for anything else (a PDF, a note).
    static func form(of name: String) -> TableForm? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return TableForm(rawValue: name[name.index(after: dot)...].lowercased())
    }

    /// Reads the folder's lists. `exists` is false when there is no `kpu/`.
    static func read(from source: FileSource) -> FileOutcome {
        let listing = source.kpuListing()
        switch listing {
        case .absent:
            return FileOutcome(file: .kpu, records: nil, diagnostics: [], exists: false)
        case .refused(let refusal):
            let problem = Diagnostic(.error, .dataFile(.kpu), Messages.kpuFolderRefused(refusal))
            return FileOutcome(file: .kpu, records: nil, diagnostics: [problem], exists: true)
        case .files(let names):
            var lists = KPULists()
            var diagnostics: [Diagnostic] = []
            var skipped: [String] = []
            for name in names.prefix(fileCountLimit) {
                let path = KPUFolder.name + "/" + name
                guard let form = form(of: name) else {
                    skipped.append(name)
                    continue
                }
                var place = Diagnostic.Location.dataFile(.kpu)
                place.path = path
                let bytes: [UInt8]
                do {
                    guard let read = try source.contents(ofKPUFile: name) else { continue }
                    bytes = read
                } catch {
                    let message = (error as? SafeFile.Refusal).map(Messages.refusal) ?? Messages.unreadable(error.localizedDescription)
                    diagnostics.append(Diagnostic(.error, place, message))
                    continue
                }
                let result = readList(bytes, form: form, path: path)
                diagnostics += result.diagnostics
                if result.usable {
                    lists.files.append(path)
                    lists.entries += result.entries
                }
            }
            if names.count > fileCountLimit {
                diagnostics.append(Diagnostic(.warning, .dataFile(.kpu), Messages.kpuTooManyFiles(names.count, limit: fileCountLimit)))
            }
            if !skipped.isEmpty {
                diagnostics.append(Diagnostic(.warning, .dataFile(.kpu), Messages.kpuNotTables(skipped)))
            }
            return FileOutcome(file: .kpu, records: .kpuLists(lists), diagnostics: diagnostics, exists: true)
        }
    }

    /// One list's entries, its problems placed in its file (and cell, for a workbook).
    static func readList(_ bytes: [UInt8], form: TableForm, path: String) -> (entries: [KPUEntry], diagnostics: [Diagnostic], usable: Bool) {
        guard form != .csv else { return KPUListReader.read(csv: bytes, path: path) }
        let sheet: WorkbookSheet
        do {
            sheet = try Workbook.sheet(bytes, preferring: ["dcs", "dct", "daftar calon", "daftar calon sementara", "daftar calon tetap", "paslon", "calon"])
        } catch {
            var place = Diagnostic.Location.dataFile(.kpu)
            place.path = path
            return ([], [Diagnostic(.error, place, Messages.workbook(error, file: path))], false)
        }
        let heading = WorkbookTable.headingPosition(sheet, file: .kpu)
        // Only the columns KPU heads reach the reader (far-right or repeated cells cost nothing).
        let layout = SheetLayout(headings: heading.map { WorkbookTable.texts(sheet.rows[$0]) } ?? [], file: .kpu)
        let (csv, notes) = WorkbookTable.csvText(sheet, heading: heading, layout: layout, nipColumn: { _ in false }, file: .kpu)
        let origin = SheetOrigin(file: .kpu, form: form, sheet: sheet.name, headings: [])
        let result = KPUListReader.read(csv: csv, path: path)
        let placed = (notes + result.diagnostics.map(layout.inSheet)).map { d -> Diagnostic in
            var located = origin.locate(d)
            located.location.path = path
            return located
        }
        return (result.entries, placed, result.usable)
    }
}

extension FileSource {
    /// Default for sources without a `kpu/` folder (test dictionaries).
    public func kpuListing() -> KPUFolderListing { .absent }
    public func contents(ofKPUFile name: String) throws -> [UInt8]? { nil }
}
