import Foundation
import Testing
@testable import NetraCore

@Suite(.serialized) struct WatchingTests {
    @Test func inPlaceRewrite() throws {
        let w = try WatchedFolder()
        #expect(w.officerCount() == 40)
        try WatchedFolder.officers(3).write(toFile: w.path(.officers), atomically: false, encoding: .utf8)
        #expect(w.log.wait { $0.contains(.officers) })
        #expect(w.live.reload([.officers], at: Date(), settled: true).reading.dataset.officers.map(\.name) == ["Pegawai 1", "Pegawai 2", "Pegawai 3"])
    }

    @Test func writeThenRename() throws {
        let w = try WatchedFolder()
        let temp = w.url.appendingPathComponent(".officers.csv.tmp").path
        try WatchedFolder.officers(5).write(toFile: temp, atomically: false, encoding: .utf8)
        #expect(rename(temp, w.path(.officers)) == 0)
        #expect(w.log.wait { $0.contains(.officers) })
        #expect(w.live.reload([.officers], at: Date(), settled: true).reading.dataset.officers.count == 5)
    }

    @Test func deleteAndRecreate() throws {
        let w = try WatchedFolder()
        try FileManager.default.removeItem(atPath: w.path(.cases))
        #expect(w.log.wait { $0.contains(.cases) })
        let gone = w.live.reload([.cases], at: Date(), settled: true)
        #expect(gone.reading.dataset.cases.isEmpty)
        w.log.reset()
        try "id,nip,reported_on,source,summary,status\nK-1,,23/05/2023,kipp,x,baru\n".write(toFile: w.path(.cases), atomically: false, encoding: .utf8)
        #expect(w.log.wait { $0.contains(.cases) })
        #expect(w.live.reload([.cases], at: Date(), settled: true).reading.dataset.cases.map(\.id) == ["K-1"])
    }

    @Test func aBurstOfFiftyWritesEndsWithTheLastContent() throws {
        let w = try WatchedFolder()
        for i in 1...50 { try WatchedFolder.officers(i).write(toFile: w.path(.officers), atomically: false, encoding: .utf8) }
        #expect(w.log.wait { $0.contains(.officers) })
        usleep(400_000)  // let the debounce close the burst
        #expect(w.live.reload([.officers], at: Date(), settled: true).reading.dataset.officers.count == 50)
        // Debounced: far fewer reports than writes.
        #expect(w.log.all.count < 50)
    }

    @Test func halfWrittenFileIsRetriedNotDeclaredBroken() throws {
        let w = try WatchedFolder()
        _ = w.live.loadAll(at: Date())
        let full = WatchedFolder.officers(4, name: "Baru")
        // An editor mid-write: the file ends inside a quoted value.
        try "nip,name,unit,position,grade,candidacy\n197003141996031001,\"Baru 1, still being wri".write(toFile: w.path(.officers), atomically: false, encoding: .utf8)
        let first = w.live.reloadReporting([.officers], at: Date(), settled: false)
        #expect(first.needsRetry == [.officers])
        #expect(first.state.broken.isEmpty)
        #expect(first.state.reading.dataset.officers.count == 40)  // the last good data stays
        try full.write(toFile: w.path(.officers), atomically: false, encoding: .utf8)
        let settled = w.live.reload([.officers], at: Date(), settled: true)
        #expect(settled.reading.dataset.officers.map(\.name).first == "Baru 1")
        #expect(settled.broken.isEmpty)
    }

    @Test func brokenFileKeepsLastGoodDataUntilFixed() throws {
        let w = try WatchedFolder()
        _ = w.live.loadAll(at: Date())
        try "NIP;NAMA\n197003141996031001;A\n".write(toFile: w.path(.officers), atomically: false, encoding: .utf8)
        let since = Date(timeIntervalSince1970: 1_700_000_000)
        let broken = w.live.reload([.officers], at: since, settled: true)
        #expect(broken.reading.dataset.officers.count == 40)
        #expect(broken.broken.map(\.file) == [.officers])
        #expect(broken.broken.first?.since == since)
        #expect(broken.broken.first?.diagnostics.first?.formatted().hasPrefix("officers.csv:1: error: missing required columns") == true)
        // Still broken later: "since" stays the first moment.
        #expect(w.live.reload([.officers], at: since.addingTimeInterval(60), settled: true).broken.first?.since == since)
        try WatchedFolder.officers(2).write(toFile: w.path(.officers), atomically: false, encoding: .utf8)
        let fixed = w.live.reload([.officers], at: Date(), settled: true)
        #expect(fixed.broken.isEmpty)
        #expect(fixed.reading.dataset.officers.count == 2)
    }

    @Test func folderRemovedAndRecreated() throws {
        let w = try WatchedFolder()
        _ = w.live.loadAll(at: Date())
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("netra-saved-\(UUID().uuidString)")
        try FileManager.default.moveItem(at: w.url, to: saved)
        #expect(w.log.wait { $0 == Set(DataFile.allCases) })
        let missing = w.live.reload(Set(DataFile.allCases), at: Date(), settled: true)
        #expect(missing.folderMissingSince != nil)
        #expect(missing.reading.dataset.officers.count == 40)  // last good data stays
        w.log.reset()
        try FileManager.default.moveItem(at: saved, to: w.url)
        try WatchedFolder.officers(7).write(toFile: w.path(.officers), atomically: false, encoding: .utf8)
        #expect(w.log.wait { $0.contains(.officers) })
        let back = w.live.reload(Set(DataFile.allCases), at: Date(), settled: true)
        #expect(back.folderMissingSince == nil)
        #expect(back.reading.dataset.officers.count == 7)
    }

    @Test func pollingMode() throws {
        let w = try WatchedFolder(pollInterval: 0.1)
        #expect(w.watcher.mode == .polling(0.1))
        try WatchedFolder.officers(9).write(toFile: w.path(.officers), atomically: false, encoding: .utf8)
        #expect(w.log.wait { $0.contains(.officers) })
        #expect(w.live.reload([.officers], at: Date(), settled: true).reading.dataset.officers.count == 9)
    }

    @Test func networkFileSystemsAreRecognisedFromTheMountTable() {
        let mounts = """
        /dev/sda1 / ext4 rw 0 0
        server:/export /srv/netra nfs4 rw 0 0
        //nas/share /mnt/kantor\\040data cifs rw 0 0
        """
        #expect(FileSystemKind.type(of: "/srv/netra/data", mounts: mounts) == "nfs4")
        #expect(FileSystemKind.type(of: "/mnt/kantor data/x", mounts: mounts) == "cifs")
        #expect(FileSystemKind.type(of: "/home/x", mounts: mounts) == "ext4")
        #expect(FileSystemKind.type(of: "/srv/netra2", mounts: mounts) == "ext4")
    }
}
