#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension FileStamp {
    /// One stamp for the `kpu/` subfolder and every list in it, `nil` when there is
    /// none: it changes when a list is written, added, removed or renamed. The folder
    /// watch sees only `kpu` itself come and go, not writes inside it, so the watcher
    /// compares this stamp at each of its periodic looks (every 2 s) and polling
    /// compares it with the other files' stamps.
    static func kpuFolder(in folder: String) -> FileStamp? {
        let path = folder + "/" + KPUFolder.name
        var s = stat()
        guard stat(path, &s) == 0, (s.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var size = Int(s.st_size), modified = Int(s.st_mtim.tv_sec) * 1_000_000_000 + Int(s.st_mtim.tv_nsec)
        var inode = UInt(s.st_ino)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for (index, name) in names.sorted().prefix(KPUFolder.fileCountLimit).enumerated() where KPUFolder.isCandidateName(name) {
            guard stat(path + "/" + name, &s) == 0 else { continue }
            size = size &+ Int(s.st_size) &* (index + 2)
            modified = max(modified, Int(s.st_mtim.tv_sec) * 1_000_000_000 + Int(s.st_mtim.tv_nsec))
            inode ^= UInt(s.st_ino) &* UInt(2 * index + 3)
        }
        return FileStamp(size: size, modified: modified, inode: inode)
    }
}
