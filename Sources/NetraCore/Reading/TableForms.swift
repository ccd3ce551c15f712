import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a table of the data folder is stored: CSV text or a workbook.
public enum TableForm: String, CaseIterable, Sendable {
    case csv, xlsx, ods

    /// Workbooks first: when two forms were changed at the same instant, the CSV is
    /// most likely an export of the workbook.
    static let preference: [TableForm] = [.xlsx, .ods, .csv]
}

extension DataFile {
    /// The tabular files, which may also be workbooks; settings and schedule are TOML.
    public var isTable: Bool { self != .settings && self != .schedule }

    /// The file's name when stored in `form` (`officers.xlsx`).
    public func fileName(as form: TableForm) -> String {
        guard isTable, form != .csv else { return fileName }
        return String(fileName.dropLast(4)) + "." + form.rawValue
    }

    /// Every name the file may have in the folder.
    public var storedNames: [String] { isTable ? TableForm.allCases.map { fileName(as: $0) } : [fileName] }

    /// The data file a name in the folder stands for: `officers.ods` is `.officers`.
    public init?(storedName name: String) {
        guard let file = DataFile.allCases.first(where: { $0.storedNames.contains(name) }) else { return nil }
        self = file
    }

    /// Sheet names that hold this table, compared like headings: the English file
    /// name and the Indonesian words offices use. Otherwise the first sheet is read.
    var sheetNames: [String] {
        switch self {
        case .officers: ["officers", "pegawai", "data pegawai", "daftar pegawai", "asn", "data asn"]
        case .candidates: ["candidates", "calon", "pencalonan", "daftar calon", "asn calon"]
        case .retirements: ["retirements", "pensiun", "usulan pensiun", "pemberhentian"]
        case .cases: ["cases", "kasus", "laporan", "pelanggaran", "netralitas"]
        case .circulars: ["circulars", "edaran", "surat edaran", "daftar edaran"]
        case .acknowledgements: ["acknowledgements", "tindak lanjut", "tindak lanjut edaran", "laporan edaran"]
        case .schedule, .settings: []
        }
    }
}

extension Diagnostic.Location {
    /// A place in a table as the folder stores it: `officers.xlsx:7` is still the
    /// officers table (`dataFile`), but the path the user sees is the workbook's.
    static func stored(_ file: DataFile, as form: TableForm, line: Int? = nil) -> Diagnostic.Location {
        var place = Diagnostic.Location.dataFile(file, line: line)
        place.path = file.fileName(as: form)
        return place
    }
}

/// One stored form of a table that is present in the folder.
public struct StoredForm: Sendable, Equatable {
    public var form: TableForm
    /// Last modification; `nil` when the source cannot tell (tests).
    public var modified: Date?

    public init(_ form: TableForm, modified: Date? = nil) {
        self.form = form
        self.modified = modified
    }
}

extension FileSource {
    /// Default for sources that know only the CSV names: the CSV form, assumed present.
    public func storedForms(of file: DataFile) -> [StoredForm] { [StoredForm(.csv)] }

    /// Default: only the CSV form exists.
    public func contents(of file: DataFile, as form: TableForm) throws -> [UInt8]? {
        form == .csv ? try contents(of: file) : nil
    }
}

extension FolderFiles {
    public func storedForms(of file: DataFile) -> [StoredForm] {
        let forms: [TableForm] = file.isTable ? TableForm.allCases : [.csv]
        return forms.compactMap { form in
            var info = stat()
            guard stat(folder.appendingPathComponent(file.fileName(as: form)).path, &info) == 0 else { return nil }
            let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            return StoredForm(form, modified: Date(timeIntervalSince1970: seconds))
        }
    }

    public func contents(of file: DataFile, as form: TableForm) throws -> [UInt8]? {
        guard form != .csv else { return try contents(of: file) }
        // The same rules as a CSV: a regular file of bounded size, opened without
        // blocking, and no link that leads out of the folder.
        do {
            return try SafeFile.read(folder.appendingPathComponent(file.fileName(as: form)).path, inside: folder.path)
        } catch .missing {
            return nil
        }
    }
}

/// Which form of a table is read when the folder holds more than one.
enum TableChoice {
    /// The form to read, when it was last changed (if the source knows), and a
    /// warning when another form was passed over.
    static func choose(_ file: DataFile, in source: FileSource) -> (form: TableForm, modified: Date?, notes: [Diagnostic]) {
        guard file.isTable else { return (.csv, nil, []) }
        let present = source.storedForms(of: file)
        guard present.count > 1 else { return (present.first?.form ?? .csv, present.first?.modified, []) }
        // The one changed last wins; equal times go to the workbook (see `preference`).
        let rank = { (f: StoredForm) in TableForm.preference.firstIndex(of: f.form) ?? 0 }
        let chosen = present.max {
            let a = $0.modified ?? .distantPast, b = $1.modified ?? .distantPast
            return a != b ? a < b : rank($0) > rank($1)
        }!
        let others = present.filter { $0.form != chosen.form }.map { file.fileName(as: $0.form) }
        let note = Diagnostic(.warning, .stored(file, as: chosen.form),
                              Messages.severalForms(read: file.fileName(as: chosen.form), others: others))
        return (chosen.form, chosen.modified, [note])
    }
}

extension FileStamp {
    /// One stamp for every stored form of `file` in `folder` (`officers.csv`, `.xlsx`,
    /// `.ods`), `nil` when none is there: it changes when any of them is written,
    /// replaced, added or removed, which is all polling needs to know.
    static func table(_ file: DataFile, in folder: String) -> FileStamp? {
        var combined: FileStamp?
        for (index, name) in file.storedNames.enumerated() {
            var s = stat()
            guard stat(folder + "/" + name, &s) == 0 else { continue }
            let modified = Int(s.st_mtim.tv_sec) * 1_000_000_000 + Int(s.st_mtim.tv_nsec)
            // The form's position is mixed into the inode, so that the same file
            // renamed from one form to another still counts as a change.
            let inode = UInt(s.st_ino) &* UInt(2 * index + 1)
            combined = FileStamp(size: (combined?.size ?? 0) &+ Int(s.st_size) &* (index + 1),
                                 modified: max(combined?.modified ?? .min, modified),
                                 inode: (combined?.inode ?? 0) ^ inode)
        }
        return combined
    }
}
