import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The kiosk's wrong PINs and block survive a restart (issue 24, row 4): two sessions,
/// as two processes would, share the state directory.
@Suite struct PINLockoutStoreTests {
    func kioskModel() throws -> DashboardModel {
        let hash = try PINHash.make("4829")
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
        return demoModel(replacing: [.settings: settings])
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-lockout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func threeWrongPINsStayBlockedAcrossARestart() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeAll(at: root) }
        let data = root.appendingPathComponent("data"), state = root.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let environment = ["STATE_DIRECTORY": state.path, "HOME": root.path]
        let model = try kioskModel()

        // The first process: three wrong PINs, stored as the host stores them.
        var first = Replay(model: model, options: .init(kiosk: true))
        first.run("F12 1 1 1 1 Enter F12 2 2 2 2 Enter F12 3 3 3 3 Enter")
        #expect(first.session.kioskLockout(at: first.running).failures == 3)
        #expect(first.session.kioskLockout(at: first.running).blockedSeconds == KioskLock.firstBlock)
        let store = try #require(PINLockoutStore(folder: data, environment: environment))
        #expect(store.save(first.session.kioskLockout(at: first.running)))
        let attributes = try FileManager.default.attributesOfItem(atPath: store.file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(store.file.path.hasPrefix(state.path) && !store.file.path.hasPrefix(data.path))

        // The restarted process (a new store, a new session): the right PIN waits out the block.
        var second = Replay(model: model, options: .init(kiosk: true))
        let again = try #require(PINLockoutStore(folder: data, environment: environment))
        second.restoreKioskLockout(again.load())
        second.run("F12 4 8 2 9 Enter")
        #expect(second.session.isKioskLocked, "a restart must not give new tries")
        second.run("+31s F12 4 8 2 9 Enter")
        #expect(!second.session.isKioskLocked)

        // Without a restore (as before), the right PIN opened at once: the test can fail.
        var unrestored = Replay(model: model, options: .init(kiosk: true))
        unrestored.run("F12 4 8 2 9 Enter")
        #expect(!unrestored.session.isKioskLocked)
    }

    @Test func theStateDirectoryFollowsSystemdThenXDGThenHomeAndNeverTheDataFolder() throws {
        let data = URL(fileURLWithPath: "/srv/netra/data")
        #expect(PINLockoutStore(folder: data, environment: ["STATE_DIRECTORY": "/var/lib/netra:/other", "XDG_STATE_HOME": "/x", "HOME": "/h"])?
            .file.deletingLastPathComponent().path == "/var/lib/netra")
        #expect(PINLockoutStore(folder: data, environment: ["XDG_STATE_HOME": "/x", "HOME": "/h"])?.file.deletingLastPathComponent().path == "/x/netra")
        #expect(PINLockoutStore(folder: data, environment: ["HOME": "/h"])?.file.deletingLastPathComponent().path == "/h/.local/state/netra")
        #expect(PINLockoutStore(folder: data, environment: ["STATE_DIRECTORY": "/srv/netra/data/state"]) == nil)
        #expect(PINLockoutStore(folder: data, environment: [:]) == nil)
        // One file per data folder.
        let other = PINLockoutStore(folder: URL(fileURLWithPath: "/srv/netra/other"), environment: ["HOME": "/h"])
        #expect(other?.file != PINLockoutStore(folder: data, environment: ["HOME": "/h"])?.file)
    }

    @Test func aGarbledOrMissingFileIsNoLockout() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeAll(at: root) }
        let store = try #require(PINLockoutStore(folder: root.appendingPathComponent("d"), environment: ["XDG_STATE_HOME": root.path]))
        #expect(store.load() == .none)
        try FileManager.default.createDirectory(at: store.file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("failures=x\nblocked_until=\u{0}\n".utf8).write(to: store.file)
        #expect(store.load() == .none)
        #expect(store.save(PINLockout(failures: 4, blockedSeconds: 60), now: Date(timeIntervalSince1970: 1000)))
        #expect(store.load(now: Date(timeIntervalSince1970: 1030)) == PINLockout(failures: 4, blockedSeconds: 30))
    }
}

private extension FileManager {
    func removeAll(at url: URL) throws { try removeItem(at: url) }
}
