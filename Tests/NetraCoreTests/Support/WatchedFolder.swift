import Foundation
@testable import NetraCore

/// Collects what a watcher reports, across threads.
final class ChangeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [Set<DataFile>] = []
    func add(_ b: Set<DataFile>) { lock.lock(); batches.append(b); lock.unlock() }
    var all: [Set<DataFile>] { lock.lock(); defer { lock.unlock() }; return batches }

    /// Waits (up to 10 s) until some batch satisfies `condition`.
    func wait(_ condition: (Set<DataFile>) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if all.contains(where: condition) { return true }
            usleep(20_000)
        }
        return false
    }
    func reset() { lock.lock(); batches = []; lock.unlock() }
}

struct WatcherNotArmed: Error {}

/// A demo folder in a temporary directory, with a watcher and a live reader on it.
final class WatchedFolder {
    let url: URL
    let log = ChangeLog()
    var watcher: FolderWatcher!
    let live: LiveFolder

    init(pollInterval: TimeInterval? = nil) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-watch-\(UUID().uuidString)")
        try DemoData.write(to: url)
        let path = url.path
        live = LiveFolder(source: FolderFiles(folder: url), folderExists: { FileManager.default.fileExists(atPath: path) })
        let log = self.log
        watcher = FolderWatcher(folder: url.path, pollInterval: pollInterval) { log.add($0) }
        watcher.start()
        // No head start: the watcher says when it sees changes (a test fails otherwise).
        guard watcher.waitUntilArmed(timeout: 10) else { throw WatcherNotArmed() }
    }

    deinit {
        watcher.stop()
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ file: DataFile) -> String { url.appendingPathComponent(file.fileName).path }

    /// officers.csv with `count` officers (valid NIPs).
    static func officers(_ count: Int, name: String = "Pegawai") -> String {
        "nip,name,unit,position,grade,candidacy\n" + (1...max(1, count)).map { i in
            "1970031419960310\(String(format: "%02d", i)),\(name) \(i),Unit,Staf,III/a,-"
        }.joined(separator: "\n") + "\n"
    }

    func officerCount() -> Int { live.loadAll(at: Date()).reading.dataset.officers.count }
}
