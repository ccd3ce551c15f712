import Foundation

/// Whether a folder lives on a network file system, where inotify sees nothing of
/// changes made by other machines (NFS, SMB/CIFS, FUSE mounts such as sshfs, 9p).
///
/// Reads the file-system type of the mount holding the folder from
/// `/proc/self/mounts` (the longest matching mount point): `statfs(2)` is not exposed
/// by Swift's Glibc module, and the core has no C target to declare it.
public enum FileSystemKind {
    static let networkTypes: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "afs", "glusterfs", "lustre", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs"]

    public static func isNetwork(_ path: String) -> Bool {
        guard let type = type(of: path, mounts: (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? "") else { return false }
        return networkTypes.contains(type) || type.hasPrefix("nfs") || type.hasPrefix("fuse.")
    }

    /// The file-system type of the mount that holds `path`, from mounts-table text.
    static func type(of path: String, mounts: String) -> String? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let inside = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
            if inside && point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        return best?.type
    }
}
