import ArgumentParser
import Foundation
import NetraCore

/// The `netra` command: a live terminal dashboard for a regional secretary in an
/// election year, and its companions for scripts and reports.
struct Netra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netra",
        abstract: "Live terminal dashboard: candidate officers, retirements, KPU stage countdowns and neutrality cases.",
        discussion: "Netra only reads the data folder; it never writes to it. See README.md for the folder's format.",
        subcommands: [Dashboard.self, Demo.self, Check.self, Snapshot.self, Themes.self],
        defaultSubcommand: Dashboard.self
    )
}

/// Options every command that reads a data folder shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder.", valueName: "DIR"))
    var data: String = "."

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Freeze \"now\" at TIME (ISO 8601 with offset, e.g. 2023-05-23T10:00:00+08:00).", valueName: "TIME"))
    var asOf: String?

    /// The frozen instant, or `nil` for the real clock.
    func frozenInstant() throws -> Date? {
        guard let asOf else { return nil }
        guard let date = InstantText.parse(asOf, defaultZone: Settings().timeZone) else {
            throw ValidationError("--as-of '\(UntrustedText.sanitized(asOf))' is not a time: use ISO 8601 with an offset, e.g. 2023-05-23T10:00:00+08:00")
        }
        return date
    }
}

/// Output forms of `netra check`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a data folder: one line per problem, then a summary.",
        discussion: """
        Prints FILE:LINE: error|warning: MESSAGE for each problem (LINE counts the heading \
        as 1), then one summary line. Exit status: 0 no errors (warnings allowed), 1 errors, \
        2 usage problem (missing or unreadable folder, bad option).
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let now = try options.frozenInstant() ?? Date()
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.description) }
        let reading = DataFolder.read(from: FolderFiles(folder: URL(fileURLWithPath: options.data)))
        let report = CheckReport(folder: options.data, reading: reading, now: now)
        Output.write(format == .json ? report.json : report.text)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the built-in Balikpapan demo folder (May 2023) and show it.",
        discussion: """
        The demo's clock starts at the story's moment, 23 May 2023 10:00 WITA, and runs \
        forward in real time unless --as-of says otherwise. An existing demo folder keeps \
        your edits; --reset writes it afresh. Netra refuses to write into a folder that \
        holds other files.
        """
    )

    @Argument(help: ArgumentHelp("Where to write the demo folder.", valueName: "DIR"))
    var folder: String = "netra-demo"

    @Flag(name: .customLong("write-only"), help: "Only write the folder; do not open the dashboard.")
    var writeOnly = false

    @Flag(help: "Overwrite the demo files even if they were edited.")
    var reset = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Freeze the demo's clock at TIME.", valueName: "TIME"))
    var asOf: String?

    func run() throws {
        let frozen = try DataOptions.parse(asOf.map { ["--as-of", $0] } ?? []).frozenInstant()
        let url = URL(fileURLWithPath: folder)
        let wrote: Bool
        do { wrote = try DemoData.write(to: url, reset: reset) } catch let problem as DemoData.WriteProblem {
            throw UsageFailure(problem.description)
        } catch {
            throw UsageFailure("cannot write the demo folder '\(UntrustedText.sanitized(folder))': \(error.localizedDescription)")
        }
        let shown = UntrustedText.sanitized(folder)
        Output.write(wrote ? "Demo data written to \(shown)/\n" : "Using the existing demo folder \(shown)/ (--reset writes it afresh)\n")
        if writeOnly { return }

        // Until the dashboard lands, the demo shows what `netra check` sees at the
        // story's moment.
        let clock: TimeSource = frozen.map { FrozenTime($0) } ?? StoryTime(startingAt: DemoData.storyMoment)
        let reading = DataFolder.read(from: FolderFiles(folder: url))
        let report = CheckReport(folder: folder, reading: reading, now: clock.now())
        Output.write("DEMO · clock at \(Output.localStamp(report.situation.now, zone: report.situation.zone)) (the story's moment)\n")
        Output.write(report.text)
        Output.write("The dashboard is not built yet; edit the files in \(shown)/ and run `netra check --data \(shown) --as-of 2023-05-23T10:00:00+08:00`.\n")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the live dashboard (not yet available).")
    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("Theme name or file.", valueName: "NAME|FILE")) var theme: String?
    @Flag(help: "Run as an unattended kiosk.") var kiosk = false
    @Option(help: ArgumentHelp("Interface language: id or en.", valueName: "id|en")) var lang: String?

    func run() throws { throw NotYet(command: "dashboard") }
}

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one dashboard frame as plain text (not yet available).")
    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("Frame size.", valueName: "COLSxROWS")) var size = "120x40"
    @Option(help: ArgumentHelp("View to show.", valueName: "NAME")) var view: String?
    @Flag(help: "Show the kiosk frame.") var kiosk = false
    @Option(help: ArgumentHelp("Theme name or file.", valueName: "NAME|FILE")) var theme: String?
    @Option(help: ArgumentHelp("Interface language: id or en.", valueName: "id|en")) var lang: String?

    func run() throws { throw NotYet(command: "snapshot") }
}

struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the colour themes Netra can find (not yet available).")
    func run() throws { throw NotYet(command: "themes") }
}

/// A command whose issue has not landed yet.
struct NotYet: Error, CustomStringConvertible {
    let command: String
    var description: String {
        "netra \(command) is not available yet; `netra check --data DIR` validates a folder and `netra demo` writes the sample data"
    }
}

/// A usage problem (exit status 2): missing folder, unwritable demo folder.
struct UsageFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Writing to the standard streams.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("netra: " + text + "\n").utf8))
    }

    /// `23 May 2023 10:00 WITA`-style stamp in a zone.
    static func localStamp(_ date: Date, zone: TimeZone) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "d MMM yyyy HH:mm"
        return f.string(from: date) + " " + zoneLabel(zone, at: date)
    }

    /// WIB, WITA, WIT for Indonesia's zones; `UTC+h` otherwise.
    static func zoneLabel(_ zone: TimeZone, at date: Date) -> String {
        switch zone.secondsFromGMT(for: date) {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        case let s: "UTC" + (s >= 0 ? "+" : "-") + String(abs(s) / 3600)
        }
    }
}
