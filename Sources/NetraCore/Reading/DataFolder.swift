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
        var diagnostics: [Diagnostic] = []
        var unusable: Set<DataFile> = []

        func load<T>(_ file: DataFile, missing: Diagnostic?, _ reader: ([UInt8]) -> FileReading<T>) -> T? {
            let bytes: [UInt8]?
            do { bytes = try source.contents(of: file) } catch {
                diagnostics.append(Diagnostic(.error, file, line: nil, Messages.unreadable(error.localizedDescription)))
                unusable.insert(file)
                return nil
            }
            guard let bytes else {
                if let missing {
                    diagnostics.append(missing)
                    if missing.severity == .error { unusable.insert(file) }
                }
                return nil
            }
            let reading = reader(bytes)
            diagnostics += reading.diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
            if !reading.isUsable { unusable.insert(file) }
            return reading.value
        }

        let settings = load(.settings, missing: nil, TOMLFiles.settings) ?? Settings()
        let roster = load(.officers, missing: Diagnostic(.error, .officers, line: nil, Messages.fileMissing("Netra needs the list of officers")), RecordReaders.officers)
        let requests = load(.retirements, missing: Diagnostic(.warning, .retirements, line: nil, Messages.fileMissing("no retirement requests")), RecordReaders.retirements)
        let cases = load(.cases, missing: Diagnostic(.warning, .cases, line: nil, Messages.fileMissing("no neutrality cases")), RecordReaders.cases)
        let schedule = load(.schedule, missing: Diagnostic(.warning, .schedule, line: nil, Messages.fileMissing("no election stages to count down to")), TOMLFiles.schedule)

        let dataset = Dataset(settings: settings, roster: roster ?? OfficerRoster(), requests: requests ?? [],
                              cases: cases ?? [], schedule: schedule)
        if roster != nil { diagnostics += dataset.crossFileDiagnostics() }
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
