import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the data files come from. The disk in production; a dictionary in tests.
public protocol FileSource: Sendable {
    /// The file's bytes, `nil` when it does not exist; throws when it exists but
    /// cannot be read.
    func contents(of file: DataFile) throws -> [UInt8]?
    /// The forms of a table present (`officers.csv`, `.xlsx`, `.ods`); defaults to
    /// the CSV name only (TableForms.swift).
    func storedForms(of file: DataFile) -> [StoredForm]
    /// The bytes of a table stored in `form`, `nil` when absent.
    func contents(of file: DataFile, as form: TableForm) throws -> [UInt8]?
}

/// Reads files from a folder on disk.
public struct FolderFiles: FileSource {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public func contents(of file: DataFile) throws -> [UInt8]? {
        let url = folder.appendingPathComponent(file.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try FileBytes.read(url.path)
    }
}

/// Why a folder cannot be looked at at all (a usage problem, not a data problem).
public enum FolderProblem: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case notAFolder(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .missing(let p): "data folder '\(UntrustedText.sanitized(p))' does not exist"
        case .notAFolder(let p): "'\(UntrustedText.sanitized(p))' is not a folder"
        case .unreadable(let p): "data folder '\(UntrustedText.sanitized(p))' cannot be read (permissions?)"
        }
    }
}

/// The outcome of reading every file of a data folder.
public struct FolderReading: Sendable {
    public var dataset: Dataset
    /// Every problem, in file order then line order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be used at all (missing required file, not CSV, …).
    public var unusableFiles: Set<DataFile>
}

/// What reading one file gave: its records (typed per file) or nothing usable, and
/// its problems. A live reload keeps one of these per file and re-reads only the
/// files that changed.
public struct FileOutcome: Sendable {
    public enum Records: Sendable {
        case settings(Settings)
        case officers(OfficerRoster)
        case retirements([RetirementRequest])
        case cases([NeutralityCase])
        case schedule(Schedule)
    }

    public let file: DataFile
    /// `nil` when the file is missing or unusable.
    public var records: Records?
    public var diagnostics: [Diagnostic]
    /// The file exists (a missing file is not "broken").
    public var exists: Bool

    /// Present but unusable: the last good records should stay on screen.
    public var isBroken: Bool { exists && records == nil }
}

/// Reads a whole data folder into a `Dataset` and its diagnostics.
public enum DataFolder {
    /// Checks that `path` is a readable folder.
    public static func check(path: String) -> FolderProblem? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return .missing(path) }
        guard isDir.boolValue else { return .notAFolder(path) }
        guard FileManager.default.isReadableFile(atPath: path),
              (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else { return .unreadable(path) }
        return nil
    }

    /// Reads every file. Missing optional files are empty; a missing `officers.csv` is
    /// an error.
    public static func read(from source: FileSource) -> FolderReading {
        assemble(DataFile.allCases.map { read($0, from: source) })
    }

    /// Reads one file, in whichever form (CSV or workbook) the folder holds it.
    public static func read(_ file: DataFile, from source: FileSource) -> FileOutcome {
        let (form, notes) = TableChoice.choose(file, in: source)
        var outcome = form == .csv ? readText(file, from: source) : WorkbookTable.read(file, form: form, from: source)
        outcome.diagnostics = notes + outcome.diagnostics
        return outcome
    }

    /// Reads one file stored as text (CSV or TOML).
    static func readText(_ file: DataFile, from source: FileSource) -> FileOutcome {
        let bytes: [UInt8]?
        do { bytes = try source.contents(of: file) } catch {
            return FileOutcome(file: file, records: nil,
                               diagnostics: [Diagnostic(.error, file, line: nil, Messages.unreadable(error.localizedDescription))], exists: true)
        }
        guard let bytes else {
            let missing: Diagnostic? = switch file {
            case .officers: Diagnostic(.error, .officers, line: nil, Messages.fileMissing("Netra needs the list of officers"))
            case .retirements: Diagnostic(.warning, .retirements, line: nil, Messages.fileMissing("no retirement requests"))
            case .cases: Diagnostic(.warning, .cases, line: nil, Messages.fileMissing("no neutrality cases"))
            case .schedule: Diagnostic(.warning, .schedule, line: nil, Messages.fileMissing("no election stages to count down to"))
            case .settings: nil
            }
            return FileOutcome(file: file, records: nil, diagnostics: missing.map { [$0] } ?? [], exists: false)
        }
        func outcome<T>(_ reading: FileReading<T>, _ wrap: (T) -> FileOutcome.Records) -> FileOutcome {
            FileOutcome(file: file, records: reading.value.map(wrap),
                        diagnostics: reading.diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) }, exists: true)
        }
        switch file {
        case .settings: return outcome(TOMLFiles.settings(bytes)) { .settings($0) }
        case .officers: return outcome(RecordReaders.officers(bytes)) { .officers($0) }
        case .retirements: return outcome(RecordReaders.retirements(bytes)) { .retirements($0) }
        case .cases: return outcome(RecordReaders.cases(bytes)) { .cases($0) }
        case .schedule: return outcome(TOMLFiles.schedule(bytes)) { .schedule($0) }
        }
    }

    /// Builds the dataset from one outcome per file and adds the checks that span files.
    public static func assemble(_ outcomes: [FileOutcome]) -> FolderReading {
        var dataset = Dataset()
        var diagnostics: [Diagnostic] = []
        var unusable: Set<DataFile> = []
        var haveRoster = false
        for outcome in outcomes {
            diagnostics += outcome.diagnostics
            if outcome.records == nil && (outcome.exists || outcome.file == .officers) { unusable.insert(outcome.file) }
            switch outcome.records {
            case .settings(let v): dataset.settings = v
            case .officers(let v): dataset.roster = v; haveRoster = true
            case .retirements(let v): dataset.requests = v
            case .cases(let v): dataset.cases = v
            case .schedule(let v): dataset.schedule = v
            case nil: break
            }
        }
        if haveRoster { diagnostics += dataset.crossFileDiagnostics() }
        let order = Dictionary(uniqueKeysWithValues: DataFile.allCases.enumerated().map { ($1, $0) })
        diagnostics = diagnostics.enumerated().sorted {
            (order[$0.element.file]!, $0.element.line ?? 0, $0.offset) < (order[$1.element.file]!, $1.element.line ?? 0, $1.offset)
        }.map(\.element)
        return FolderReading(dataset: dataset, diagnostics: diagnostics, unusableFiles: unusable)
    }
}

/// Reads a whole file straight into `[UInt8]` with POSIX calls: `Data(contentsOf:)`
/// followed by `[UInt8](data)` copied a 120 MB file twice.
enum FileBytes {
    struct ReadError: Error, LocalizedError {
        let path: String
        let code: Int32
        var errorDescription: String? { String(cString: strerror(code)) }
    }

    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(path: path, code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(path: path, code: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw ReadError(path: path, code: EISDIR) }
        var bytes: [UInt8] = []
        var capacity = max(Int(info.st_size), 0) + 1  // +1 sees end-of-file in one pass
        while true {
            let start = bytes.count
            var failure: Int32 = 0
            bytes.append(contentsOf: repeatElement(0, count: capacity - start))
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                var total = 0
                while start + total < capacity {
                    let n = Foundation.read(fd, buffer.baseAddress! + start + total, capacity - start - total)
                    if n < 0 { if errno == EINTR { continue }; failure = errno; return -1 }
                    if n == 0 { break }
                    total += n
                }
                return total
            }
            if got < 0 { throw ReadError(path: path, code: failure) }
            bytes.removeLast(capacity - start - got)
            if start + got < capacity { return bytes }
            capacity *= 2  // the file grew while we read it
        }
    }
}
