import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One inotify record, decoded from the bytes `read(2)` returned.
struct InotifyEvent: Equatable {
    let wd: Int32
    let mask: UInt32
    /// The entry's name inside the watched folder; empty for events on the folder itself.
    let name: String

    func has(_ flags: Int32) -> Bool { mask & UInt32(bitPattern: flags) != 0 }

    /// The records in `bytes`. Swift does not import `inotify_event.name` (a flexible
    /// array member): the name follows the fixed header, NUL-padded to `len` bytes.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        let header = MemoryLayout<inotify_event>.size
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + header <= bytes.count {
            let raw = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            let end = min(bytes.count, offset + header + Int(raw.len))
            let nameBytes = bytes[(offset + header)..<end].prefix { $0 != 0 }
            events.append(InotifyEvent(wd: raw.wd, mask: raw.mask, name: String(decoding: nameBytes, as: UTF8.self)))
            offset += header + Int(raw.len)
        }
        return events
    }
}

/// What an inotify record means for a watcher that watches the data folder (`folderWD`)
/// and, to notice the folder's *path* being pointed elsewhere, the folder's parent
/// (`parentWD`).
///
/// Records of any other descriptor are stale: a watch that was replaced still delivers
/// its last records (at least `IN_IGNORED`) after the new one is in place, and letting
/// them act on the new watch made a folder swap spin forever.
enum WatchSignal: Equatable {
    /// Nothing to do: another or an old watch, or an uninteresting name.
    case ignore
    /// A data file changed; `completed` when the writer is done with it.
    case file(DataFile, completed: Bool)
    /// The watched folder itself went away or moved: look again.
    case folderGone
    /// The kernel ended the folder's watch (the folder was deleted or unmounted).
    case watchEnded
    /// Something happened to the folder's name in its parent, or to the parent: look again.
    case pathChanged
    /// The parent's watch ended (the parent went away).
    case parentGone
    /// The kernel dropped records: anything may have changed.
    case overflow

    static func of(_ event: InotifyEvent, folderWD: Int32, parentWD: Int32, folderName: String) -> WatchSignal {
        if event.has(IN_Q_OVERFLOW) { return .overflow }
        if folderWD >= 0 && event.wd == folderWD {
            if event.has(IN_IGNORED) { return .watchEnded }
            if event.has(IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT) { return .folderGone }
            // Any stored form of a table counts: officers.csv, .xlsx or .ods.
            guard let file = DataFile(storedName: event.name) else { return .ignore }
            return .file(file, completed: event.has(IN_CLOSE_WRITE | IN_MOVED_TO))
        }
        if parentWD >= 0 && event.wd == parentWD {
            if event.has(IN_IGNORED) { return .parentGone }
            if event.has(IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT) { return .pathChanged }
            return event.name == folderName ? .pathChanged : .ignore
        }
        return .ignore
    }
}
