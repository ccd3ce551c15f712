import Foundation
import Testing
import NetraCore
@testable import NetraTUI

/// Issue 10, rows 1 and 11: theme files are read like data files (never blocking,
/// regular files only) and a file that is not a theme is never quoted.
@Suite(.timeLimit(.minutes(1))) final class ThemeFileSafetyTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("netra-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func aNameIsLookedUpOnTheSearchPathOnly() throws {
        _ = try write("calm.toml", "[styles]\ntext = { fg = \"white\" }\n")
        let (theme, problems) = ThemeFiles.load(named: "calm", searchPath: [folder.path])
        #expect(theme.style(.text).foreground == .indexed(7))
        #expect(problems.map(\.message) == ["no style for \(StyleRole.allCases.filter { $0 != .text }.map(\.rawValue).joined(separator: ", ")): using the default theme's"])
        for notAName in ["../calm", folder.path + "/calm.toml", "calm.toml", "/proc/self/environ", "", "a b"] {
            let (fallback, said) = ThemeFiles.load(named: notAName, searchPath: [folder.path])
            #expect(fallback == Theme.builtInDefault)
            #expect(said.first?.message.contains("is not a theme name") == true, "\(notAName)")
        }
    }

    @Test func aFileThatIsNotAThemeIsNotQuoted() throws {
        for text in ["PATH=/usr/bin:/hunter2\n", "hunter2 = [\n", "user = \"hunter2\"\npass = 1\n", "[styles\nhunter2"] {
            let path = try write("notes.toml", text)
            let (theme, problems) = ThemeFiles.load(file: path)
            #expect(theme.styles == Theme.builtInDefault.styles)
            #expect(problems.count == 1)
            #expect(problems.allSatisfy { !$0.formatted().contains("hunter2") && !$0.formatted().contains("user") }, "\(problems)")
        }
    }

    @Test func aPipeOrAFolderAsAThemeIsRefusedWithoutWaiting() throws {
        let pipe = folder.appendingPathComponent("pipe.toml").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let (theme, problems) = ThemeFiles.load(file: pipe)
        #expect(theme == Theme.builtInDefault)
        #expect(problems.map(\.message) == ["this is a named pipe (FIFO), not a file: Netra reads only ordinary files; using the default theme"])
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("dir.toml").path, withIntermediateDirectories: false)
        #expect(ThemeFiles.load(named: "dir", searchPath: [folder.path]).1.first?.message.hasPrefix("this is a folder") == true)
    }

    @Test func pathsInThemeProblemsAreSanitised() {
        let (_, problems) = ThemeFiles.load(commandLine: "/tmp/\u{1B}[2Jx.toml", searchPath: [])
        #expect(problems.count == 1)
        #expect(!problems[0].description.contains("\u{1B}"))
    }
}
