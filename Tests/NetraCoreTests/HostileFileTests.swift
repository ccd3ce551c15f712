import Foundation
import Testing
@testable import NetraCore

/// A data folder in a temporary directory, for files that are not ordinary files.
final class HostileFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-hostile-\(UUID().uuidString)")
        try DemoData.write(to: url)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ file: DataFile) -> String { url.appendingPathComponent(file.fileName).path }

    /// Replaces `file` by whatever `make` creates at its path.
    func replace(_ file: DataFile, _ make: (String) throws -> Void) throws {
        try? FileManager.default.removeItem(atPath: path(file))
        try make(path(file))
    }

    func link(_ file: DataFile, to target: String) throws {
        try replace(file) { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: target) }
    }

    /// What reading `file` says, as `netra check` prints it.
    func messages(_ file: DataFile) -> [String] {
        DataFolder.read(file, from: FolderFiles(folder: url)).diagnostics.map(\.message)
    }
}

/// Issue 10, rows 1, 4, 12 and 20: files that are pipes, devices, huge, or links out of
/// the folder are refused with a message that names what they are, and never block.
/// A time limit guards each test: before the fix, the FIFO tests hung forever.
@Suite(.timeLimit(.minutes(1))) struct HostileFileTests {
    @Test func aNamedPipeIsRefusedWithoutWaitingForAWriter() throws {
        let folder = try HostileFolder()
        for file in [DataFile.officers, .settings, .schedule] {
            try folder.replace(file) { #expect(mkfifo($0, 0o644) == 0) }
            let outcome = DataFolder.read(file, from: FolderFiles(folder: folder.url))
            #expect(outcome.isBroken)
            #expect(outcome.diagnostics.map(\.message) == ["this is a named pipe (FIFO), not a file: Netra reads only ordinary files"])
        }
        // The whole folder too (what check and snapshot do), officers.csv being required.
        let reading = DataFolder.read(from: FolderFiles(folder: folder.url))
        #expect(reading.unusableFiles.contains(.officers))
    }

    @Test func aPipeAppearingWhileTheDashboardRunsNeitherStopsReloadsNorLosesData() throws {
        let folder = try HostileFolder()
        let live = LiveFolder(source: FolderFiles(folder: folder.url))
        let officers = live.loadAll(at: Date()).reading.dataset.officers.count
        try folder.replace(.officers) { #expect(mkfifo($0, 0o644) == 0) }
        let state = live.reload([.officers], at: Date(), settled: true)
        #expect(state.reading.dataset.officers.count == officers)
        #expect(state.broken.first?.diagnostics.first?.message.hasPrefix("this is a named pipe (FIFO)") == true)
        // Later reloads (another file, or `r` for all of them) still go through.
        try "nomor,nip,reported_on,source,category,summary,status\n".write(toFile: folder.path(.cases), atomically: false, encoding: .utf8)
        let later = live.reload(Set(DataFile.allCases), at: Date(), settled: true)
        #expect(later.reading.dataset.cases.isEmpty)
        #expect(later.reading.dataset.officers.count == officers)
    }

    @Test func aHundredGigabyteSparseFileIsRefusedBySizeWithoutAllocating() throws {
        let folder = try HostileFolder()
        try folder.replace(.officers) { path in
            let fd = open(path, O_CREAT | O_WRONLY, 0o644)
            #expect(fd >= 0)
            #expect(ftruncate(fd, 100 << 30) == 0)  // what `truncate -s 100G` does
            close(fd)
        }
        #expect(folder.messages(.officers) == ["the file is 100 GB; Netra reads files of at most 1 GB (is it the right file?)"])
    }

    /// The live screens read the roster through a keeper (`KeptRoster`), which takes the
    /// file's version before reading it: every hostile roster is refused in the same
    /// words, without waiting, and nothing is kept of it.
    @Test func aKeptReadingChangesNothingForAHostileRoster() throws {
        let folder = try HostileFolder()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("netra-outside-\(UUID().uuidString).csv")
        try Data(DemoData.files[.officers]!.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let state = folder.url.deletingLastPathComponent().appendingPathComponent("netra-kept-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let keeper = KeptRoster(file: state.appendingPathComponent(KeptRoster.fileName),
                                build: FileIdentity(device: 1, inode: 2, size: 3, modified: 4, changed: 5), smallest: 0, settling: 0)
        // Kept while it was an ordinary file inside the folder…
        _ = DataFolder.read(.officers, from: FolderFiles(folder: folder.url, keeper: keeper))
        keeper.writePending()
        keeper.waitUntilWritten()
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent(KeptRoster.fileName).path))
        let hostile: [(String, (String) throws -> Void)] = [
            ("a pipe", { #expect(mkfifo($0, 0o644) == 0) }),
            ("a device", { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/dev/zero") }),
            ("a link out of the folder", { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: outside.path) }),
            ("100 GB, sparse", { path in
                let fd = open(path, O_CREAT | O_WRONLY, 0o644)
                #expect(ftruncate(fd, 100 << 30) == 0)
                close(fd)
            }),
        ]
        for (what, make) in hostile {
            try folder.replace(.officers, make)
            let plain = DataFolder.read(.officers, from: FolderFiles(folder: folder.url))
            let kept = DataFolder.read(.officers, from: FolderFiles(folder: folder.url, keeper: keeper))
            #expect(kept.isBroken, "\(what)")
            #expect(kept.diagnostics.map(\.message) == plain.diagnostics.map(\.message), "\(what)")
        }
    }

    @Test func theSizeClaimedIsNotTrustedWhileReading() throws {
        // Files in /proc claim 0 bytes and give more: the chunked read must stop at the
        // limit whatever `fstat` said (a file that grows while read looks the same).
        do {
            _ = try SafeFile.read("/proc/self/status", limit: 10)
            Issue.record("read past the limit")
        } catch {
            guard case .tooLarge(let bytes, let limit) = error else { Issue.record("\(error)"); return }
            #expect(bytes > 10)
            #expect(limit == 10)
        }
        let folder = try HostileFolder()
        try "0123456789abc".write(toFile: folder.path(.cases), atomically: false, encoding: .utf8)
        #expect(throws: SafeFile.Refusal.tooLarge(bytes: 13, limit: 12)) { try SafeFile.read(folder.path(.cases), limit: 12) }
        #expect(try SafeFile.read(folder.path(.cases), limit: 13) == Array("0123456789abc".utf8))
    }

    @Test func aLargeFileReadInTwoHalvesIsReadWhole() throws {
        let folder = try HostileFolder()
        // Sizes on both sides of the split, odd and even: every byte in its place.
        for size in [SafeFile.splitReadSize - 1, SafeFile.splitReadSize, SafeFile.splitReadSize + 1, SafeFile.splitReadSize + 12_345] {
            let written = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ ($0 >> 8) &+ ($0 >> 16)) }
            try Data(written).write(to: URL(fileURLWithPath: folder.path(.officers)))
            let read = try SafeFile.read(folder.path(.officers))
            #expect(read.count == size)
            #expect(read == written)
        }
    }

    @Test func aLinkToADeviceIsCalledADevice() throws {
        let folder = try HostileFolder()
        try folder.link(.officers, to: "/dev/zero")
        #expect(folder.messages(.officers) == ["this is a device, not a file: Netra reads only ordinary files"])
    }

    @Test func aFolderInPlaceOfAFileIsCalledAFolder() throws {
        let folder = try HostileFolder()
        try folder.replace(.cases) { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
        #expect(folder.messages(.cases) == ["this is a folder, not a file: Netra reads only ordinary files"])
    }

    @Test func aLinkOutOfTheFolderIsRefusedAndNothingOfItsTargetIsQuoted() throws {
        let folder = try HostileFolder()
        try folder.link(.officers, to: "/etc/passwd")
        let messages = folder.messages(.officers)
        #expect(messages == ["this is a link to a file outside the data folder; Netra reads only files inside it: copy the file into the folder instead"])
        #expect(!messages.joined().contains("root"))
        // Also through a relative link that climbs out.
        try folder.link(.schedule, to: "../../../../../../../../etc/hostname")
        #expect(folder.messages(.schedule).first?.contains("outside the data folder") == true)
    }

    @Test func aLinkInsideTheFolderIsFollowed() throws {
        let folder = try HostileFolder()
        try FileManager.default.moveItem(atPath: folder.path(.officers), toPath: folder.url.appendingPathComponent("pegawai-2023.csv").path)
        try folder.link(.officers, to: "pegawai-2023.csv")
        let outcome = DataFolder.read(.officers, from: FolderFiles(folder: folder.url))
        #expect(!outcome.isBroken)
        #expect(outcome.diagnostics.isEmpty)
        // And when the data folder itself is reached through a link.
        let alias = FileManager.default.temporaryDirectory.appendingPathComponent("netra-alias-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: folder.url)
        defer { try? FileManager.default.removeItem(at: alias) }
        #expect(DataFolder.read(.officers, from: FolderFiles(folder: alias)).diagnostics.isEmpty)
    }

    @Test func aLinkLoopAndADanglingLinkSayWhatTheyAre() throws {
        let folder = try HostileFolder()
        try folder.link(.officers, to: "officers.csv")
        #expect(folder.messages(.officers) == ["this is a symbolic link that leads back to itself (a loop of links)"])
        try folder.link(.cases, to: "no-such-file.csv")
        #expect(folder.messages(.cases) == ["this is a symbolic link to a file that does not exist"])
    }

    @Test func aLargeTOMLFileIsRefusedBySize() throws {
        let folder = try HostileFolder()
        try String(repeating: "# comment\n", count: 200_000).write(toFile: folder.path(.settings), atomically: false, encoding: .utf8)
        #expect(folder.messages(.settings) == ["the file is 1.9 MB; Netra reads files of at most 1 MB (is it the right file?)"])
        // The same bound for bytes that come from elsewhere than a disk.
        #expect(TOMLFiles.settings([UInt8](repeating: 0x23, count: 2 << 20)).diagnostics.map(\.message)
                == ["the file is 2 MB; a settings or schedule file is at most 1 MB (is it the right file?)"])
    }

    @Test func sizesAreWrittenAsPeopleRead() {
        #expect(Messages.byteSize(512).english == "512 bytes")
        #expect(Messages.byteSize(1536).text(.id) == "1,5 KB")
        #expect(Messages.byteSize(1536).english == "1.5 KB")
        #expect(Messages.byteSize(12 << 20).english == "12 MB")
        #expect(Messages.byteSize(100 << 30).english == "100 GB")
    }
}
