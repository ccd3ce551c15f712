import Foundation

/// One file of a data folder as a snapshot keeps it: its name in the folder
/// (`officers.xlsx`, `netra.toml`, `kpu/dct.csv`), its bytes and when it was changed.
public struct StoredFile: Sendable, Equatable {
    /// The name in the folder; a file of `kpu/` carries the `kpu/` prefix.
    public var name: String
    public var bytes: [UInt8]
    public var modified: Date?

    public init(name: String, bytes: [UInt8], modified: Date? = nil) {
        self.name = name
        self.bytes = bytes
        self.modified = modified
    }
}

/// A data folder held in memory as the files it had: what a database snapshot stores
/// and gives back. It is a `FileSource`, so a snapshot read back goes through exactly
/// the reading and validation a folder does (`DataFolder.read`): one code path, every
/// rule and every message the same (docs/decisions.md, "A snapshot is the folder's files").
public struct StoredFolder: FileSource {
    public let files: [String: StoredFile]

    public init(files: [StoredFile]) {
        var byName: [String: StoredFile] = [:]
        for file in files { byName[file.name] = file }
        self.files = byName
    }

    /// Every file of `folder` that Netra reads, read as Netra reads them (through
    /// `SafeFile`: bounded, no link out of the folder). A file that cannot be read is
    /// left out: `netra check` of the same folder names it as an error, and a push
    /// refuses a folder with errors.
    public static func collect(from folder: FolderFiles) -> StoredFolder {
        var found: [StoredFile] = []
        for file in DataFile.allCases where file != .kpu {
            let forms = file.isTable ? folder.storedForms(of: file) : [StoredForm(.csv, modified: folder.modified(of: file))]
            for stored in forms {
                guard let bytes = try? folder.contents(of: file, as: stored.form) else { continue }
                found.append(StoredFile(name: file.fileName(as: stored.form), bytes: bytes,
                                        modified: stored.modified ?? folder.modified(of: file)))
            }
        }
        if case .files(let names) = folder.kpuListing() {
            let kpuPath = folder.folder.appendingPathComponent(KPUFolder.name)
            for name in names {
                guard let bytes = try? folder.contents(ofKPUFile: name) else { continue }
                let modified = (try? FileManager.default.attributesOfItem(atPath: kpuPath.appendingPathComponent(name).path))?[.modificationDate] as? Date
                found.append(StoredFile(name: KPUFolder.name + "/" + name, bytes: bytes, modified: modified))
            }
        }
        return StoredFolder(files: found)
    }

    /// Every file, by name: the order a push writes them in.
    public var sortedFiles: [StoredFile] { files.keys.sorted().compactMap { files[$0] } }

    public func contents(of file: DataFile) throws -> [UInt8]? { files[file.fileName]?.bytes }

    public func modified(of file: DataFile) -> Date? { files[file.fileName]?.modified }

    public func storedForms(of file: DataFile) -> [StoredForm] {
        let forms: [TableForm] = file.isTable ? TableForm.allCases : [.csv]
        return forms.compactMap { form in files[file.fileName(as: form)].map { StoredForm(form, modified: $0.modified) } }
    }

    public func contents(of file: DataFile, as form: TableForm) throws -> [UInt8]? { files[file.fileName(as: form)]?.bytes }

    public func kpuListing() -> KPUFolderListing {
        let prefix = KPUFolder.name + "/"
        let names = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        return names.isEmpty ? .absent : .files(names.sorted())
    }

    public func contents(ofKPUFile name: String) throws -> [UInt8]? { files[KPUFolder.name + "/" + name]?.bytes }
}
