import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// Writes a list exported from the dashboard: into the working folder, never into
/// the data folder (Netra only reads that one; the home folder takes the file
/// instead), under a new name (an existing file is never overwritten, and a link
/// planted under the name is not followed).
public enum ExportWriter {
    public static func write(_ file: ExportFile, dataFolder: URL, workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                             home: URL = FileManager.default.homeDirectoryForCurrentUser) -> (path: String?, failure: String?) {
        let data = dataFolder.resolvingSymlinksInPath().standardizedFileURL.path
        let work = workingFolder.resolvingSymlinksInPath().standardizedFileURL.path
        let insideData = work == data || work.hasPrefix(data.hasSuffix("/") ? data : data + "/")
        let folder = insideData ? home : workingFolder
        let stem = (file.name as NSString).deletingPathExtension, ext = (file.name as NSString).pathExtension
        for attempt in 1...50 {
            let name = attempt == 1 ? file.name : "\(stem)-\(attempt).\(ext)"
            let path = folder.appendingPathComponent(name).path
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd < 0 {
                if errno == EEXIST { continue }
                return (nil, String(cString: strerror(errno)) + " (\(path))")
            }
            defer { close(fd) }
            var offset = 0
            while offset < file.bytes.count {
                let n = file.bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, file.bytes.count - offset) }
                if n > 0 { offset += n; continue }
                if n < 0 && errno == EINTR { continue }
                return (nil, String(cString: strerror(errno)) + " (\(path))")
            }
            return (path, nil)
        }
        return (nil, "\(folder.path)/\(file.name) exists")
    }
}
