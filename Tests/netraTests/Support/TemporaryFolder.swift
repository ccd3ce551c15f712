import Foundation

/// A fresh temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }
    var path: String { url.path }

    /// Writes the demo folder into `name` and returns its path.
    func demo(_ name: String = "demo") throws -> String {
        let path = url.appendingPathComponent(name).path
        _ = try NetraProcess.run(["demo", path, "--write-only"])
        return path
    }
}

/// The demo story's moment, as `--as-of` takes it.
let storyMoment = "2023-05-23T10:00:00+08:00"
