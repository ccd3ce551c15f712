import Foundation
import Testing

/// `netra check` on workbooks whose sheets span far more area than they hold (issue 21,
/// part 4): each is read correctly in a child process whose peak memory stays under
/// 100 MB. A bound on behaviour (memory), not a timing: before the rows were held
/// sparse these took 1 to 10 GB.
@Suite(.serialized) struct WorkbookMemoryTests {
    static let shapes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NetraCoreTests/Fixtures/Workbooks/shapes")

    @Test(arguments: [("hidden-sheet.xlsx", 40), ("very-hidden-sheet.xlsx", 40), ("active-sheet.xlsx", 40),
                      ("hidden-and-active.ods", 40), ("far-right.xlsx", 2_000), ("repeated-rows.ods", 1),
                      ("repeated-columns.ods", 2_000)])
    func readsInUnder100MB(name: String, officers: Int) throws {
        let tmp = try TemporaryFolder()
        let stored = "officers." + (name.hasSuffix(".ods") ? "ods" : "xlsx")
        try tmp.write(stored, bytes: Array(try Data(contentsOf: Self.shapes.appendingPathComponent(name))))
        let run = try ChildUsage.run(NetraProcess.executable.path,
                                     ["check", "--lang", "en", "--data", tmp.path, "--as-of", storyMoment],
                                     output: tmp.path + "/out.txt", environment: NetraProcess.withoutLocale)
        let out = (try? String(contentsOfFile: tmp.path + "/out.txt", encoding: .utf8)) ?? ""
        #expect(!run.signalled, "\(out)")
        #expect(out.contains("\(officers) officer"), "\(out)")
        #expect(run.peakKB < 100 * 1024, "peak RSS \(run.peakKB / 1024) MB for \(name)")
    }
}

/// Runs a program and reports how it ended and its own peak resident memory
/// (`wait4`'s rusage of that one child, unaffected by other tests' children).
enum ChildUsage {
    struct Outcome {
        let signalled: Bool
        let status: Int32
        let peakKB: Int
    }

    static func run(_ program: String, _ arguments: [String], output: String, environment: [String: String]) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, output + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // WIFSIGNALED / WEXITSTATUS, which Swift does not import as functions.
        let signal = status & 0x7F
        return Outcome(signalled: signal != 0 && signal != 0x7F, status: (status >> 8) & 0xFF, peakKB: Int(usage.ru_maxrss))
    }
}
