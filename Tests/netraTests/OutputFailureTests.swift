import Foundation
import Testing

/// Output that cannot be written (a full disk, a closed pipe) is said in one line on
/// stderr and ends with status 1: never a trap, a register dump or "Fatal error".
@Suite struct OutputFailureTests {
    /// Every command that prints, with what it needs.
    static let commands: [(name: String, arguments: @Sendable (String) -> [String], input: String?)] = [
        ("check", { ["check", "--lang", "en", "--data", $0, "--as-of", storyMoment] }, nil),
        ("check json", { ["check", "--lang", "en", "--data", $0, "--as-of", storyMoment, "--format", "json"] }, nil),
        ("snapshot", { ["snapshot", "--data", $0, "--as-of", storyMoment] }, nil),
        ("snapshot kiosk", { ["snapshot", "--kiosk", "--data", $0, "--as-of", storyMoment] }, nil),
        ("snapshot all", { ["snapshot", "--all", "--view", "officers", "--data", $0, "--as-of", storyMoment] }, nil),
        ("export csv", { ["export", "--view", "officers", "--data", $0, "--as-of", storyMoment] }, nil),
        ("export json", { ["export", "--view", "cases", "--format", "json", "--lang", "en", "--data", $0, "--as-of", storyMoment] }, nil),
        ("export xlsx", { ["export", "--view", "retirements", "--format", "xlsx", "--data", $0, "--as-of", storyMoment] }, nil),
        ("manual", { _ in ["manual"] }, nil),
        ("themes", { _ in ["themes", "--lang", "en"] }, nil),
        ("demo", { ["demo", $0, "--write-only", "--lang", "en"] }, nil),
        ("kiosk-pin", { _ in ["kiosk-pin"] }, "482913\n"),
        ("help", { _ in ["snapshot", "--help"] }, nil),
    ]

    /// The process ended by exit(1) with one short line, and nothing of a crash.
    /// The language is the command's: `--lang en` where given, else Indonesian (the
    /// tests run without a locale).
    func expectCleanFailure(_ run: NetraProcess.Outcome, _ name: String, arguments: [String], reason: (en: String, id: String)) {
        #expect(!run.signalled, "\(name): ended by a signal")
        #expect(run.status == 1, "\(name)")
        let english = arguments.contains("en")
        let said = english ? "netra: cannot write the output: \(reason.en)" : "netra: keluaran tidak dapat ditulis: \(reason.id)"
        #expect(run.stderr.contains(said), "\(name): \(run.stderr)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Backtrac"), "\(name): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(name): \(run.stderr)")
    }

    @Test func aFullDiskEndsWithStatusOne() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for command in Self.commands {
            let run = try NetraProcess.run(command.arguments(demo), input: command.input, stdout: .file("/dev/full"))
            expectCleanFailure(run, command.name, arguments: command.arguments(demo),
                               reason: ("No space left on device", "ruang penyimpanan habis"))
        }
    }

    @Test func aClosedPipeEndsWithStatusOneWhenSIGPIPEIsIgnored() throws {
        // With SIGPIPE at its default the kernel ends netra quietly, as it does `cat`;
        // ignored (as a supervisor may leave it), the write fails with EPIPE instead.
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for command in Self.commands {
            let run = try NetraProcess.run(program: URL(fileURLWithPath: "/bin/sh"),
                                           ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", NetraProcess.executable.path] + command.arguments(demo),
                                           input: command.input, stdout: .closedPipe)
            expectCleanFailure(run, command.name, arguments: command.arguments(demo), reason: Self.closedPipe)
        }
    }

    static let closedPipe = (en: "the reader closed it early (Broken pipe)", id: "pembacanya menutupnya lebih awal (Broken pipe)")

    @Test func aReaderThatIsGoneEndsEveryCommandWithStatusOneNotSIGPIPE() throws {
        // SIGPIPE at its default, as a shell leaves it for `netra check | head -1`.
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for command in Self.commands {
            let run = try NetraProcess.run(command.arguments(demo), input: command.input, stdout: .closedPipe)
            expectCleanFailure(run, command.name, arguments: command.arguments(demo), reason: Self.closedPipe)
        }
    }

    @Test func aReaderThatClosesAfterTheFirstLineEndsWithStatusOne() throws {
        // `| head -1` on output larger than a pipe holds: the first write succeeds, a
        // later one meets the closed end.
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for arguments in [["snapshot", "--size", "2000x1000", "--data", demo, "--as-of", storyMoment, "--lang", "en"],
                          ["snapshot", "--kiosk", "--size", "2000x1000", "--data", demo, "--as-of", storyMoment]] {
            let run = try NetraProcess.run(arguments, stdout: .closesAfter(bytes: 100))
            #expect(run.stdout.utf8.count == 100)
            expectCleanFailure(run, arguments.joined(separator: " "), arguments: arguments, reason: Self.closedPipe)
        }
    }

    @Test func aUsageProblemKeepsStatusTwoAndDataErrorsStillFailWhenTheOutputCannotBeWritten() throws {
        let missing = try NetraProcess.run(["check", "--lang", "en", "--data", "/nonexistent/netra"], stdout: .file("/dev/full"))
        #expect(missing.status == 2 && !missing.signalled)
        #expect(missing.stderr.contains("does not exist"))
        let empty = try TemporaryFolder()
        let errors = try NetraProcess.run(["check", "--lang", "en", "--data", empty.path], stdout: .file("/dev/full"))
        #expect(errors.status == 1 && !errors.signalled)
    }

    @Test func aFullStderrDoesNotCrashTheThemeWarning() throws {
        // The dashboard says theme problems on stderr before the screen opens; here it
        // then refuses the missing terminal, with its usual status.
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let run = try NetraProcess.run(["dashboard", "--data", demo, "--theme", "no-such-theme"], stderr: .file("/dev/full"))
        #expect(!run.signalled)
        #expect(run.status == 2)
        // And with a readable stderr, the warning is there.
        let said = try NetraProcess.run(["dashboard", "--data", demo, "--theme", "no-such-theme"])
        #expect(said.status == 2)
        #expect(said.stderr.contains("no-such-theme"))
    }
}
