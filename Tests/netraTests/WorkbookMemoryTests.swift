import Foundation
import Testing

/// `netra check` on workbooks whose sheets span far more area than they hold (issue 21,
/// part 4): each is read correctly in a child process whose peak memory stays under
/// 100 MB. A bound on behaviour (memory), not a timing: before the rows were held
/// sparse these took 1 to 10 GB.
@Suite(.serialized) struct WorkbookMemoryTests {
    static let shapes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NetraCoreTests/Fixtures/Workbooks/shapes")

    /// GNU time measures: it forks the command from its own small process. A child
    /// spawned straight from this test would not do: Linux carries the spawning
    /// process's peak into the child's `ru_maxrss` across exec (glibc spawns with a
    /// shared address space), so every child would report the test runner's own peak.
    static let time = "/usr/bin/time"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: time), "needs GNU time to read a child's own peak"),
          arguments: [("hidden-sheet.xlsx", 40), ("very-hidden-sheet.xlsx", 40), ("active-sheet.xlsx", 40),
                      ("hidden-and-active.ods", 40), ("far-right.xlsx", 2_000), ("repeated-rows.ods", 1),
                      ("repeated-columns.ods", 2_000)])
    func readsInUnder100MB(name: String, officers: Int) throws {
        let tmp = try TemporaryFolder()
        let stored = "officers." + (name.hasSuffix(".ods") ? "ods" : "xlsx")
        try tmp.write(stored, bytes: Array(try Data(contentsOf: Self.shapes.appendingPathComponent(name))))
        let peak = tmp.path + "/peak.txt", output = tmp.path + "/out.txt"
        let run = try NetraProcess.run(program: URL(fileURLWithPath: Self.time),
                                       ["-f", "%M", "-o", peak, NetraProcess.executable.path,
                                        "check", "--lang", "en", "--data", tmp.path, "--as-of", storyMoment],
                                       environment: NetraProcess.withoutLocale)
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: output))
        #expect(!run.signalled, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("\(officers) officer"), "\(run.stdout)")
        let kilobytes = try #require(Int((try String(contentsOfFile: peak, encoding: .utf8)).split(separator: "\n").last ?? ""))
        #expect(kilobytes > 1_000, "a peak of \(kilobytes) KB is not a measurement")
        #expect(kilobytes < 100 * 1024, "peak RSS \(kilobytes / 1024) MB for \(name)")
    }
}
