import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

/// The `netra` command: a live terminal dashboard for a regional secretary in an
/// election year, and its companions for scripts and reports.
struct Netra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netra",
        abstract: "Live terminal dashboard: candidate officers, retirements, KPU stage countdowns and neutrality cases.",
        discussion: "Netra only reads the data folder; it never writes to it. See README.md for the folder's format.",
        subcommands: [Dashboard.self, Demo.self, Check.self, Snapshot.self, Themes.self, KioskPIN.self],
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
    func frozenInstant() throws -> Date? { try Self.instant(asOf) }

    /// Reads an `--as-of` value; `nil` stays `nil`.
    static func instant(_ asOf: String?) throws -> Date? {
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
        // The theme netra.toml names is part of what the folder asks for: check it too.
        let (_, themeProblems) = ThemeFiles.load(named: reading.dataset.settings.theme, searchPath: ThemeFiles.searchPath(
            environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0]))
        let report = CheckReport(folder: options.data, reading: reading, now: now, otherWarnings: themeProblems)
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

    @OptionGroup var look: LookOptions

    @Flag(help: "Show the demo as the kiosk (lobby) screen.") var kiosk = false

    func run() throws {
        let frozen = try DataOptions.instant(asOf)
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
        let clock: TimeSource = frozen.map { FrozenTime($0) } ?? StoryTime(startingAt: DemoData.storyMoment)
        try look.openDashboard(folder: url, clock: clock, isDemo: true, kiosk: kiosk)
    }
}

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the dashboard on a data folder.",
        discussion: """
        Follows the folder as files change (inotify; --poll for network shares). Keys: ? shows them all; q quits.

        With --kiosk: the unattended lobby screen. It rotates through the pages of [kiosk] in \
        netra.toml, masks names and NIPs, shows cases only as counts, and no key quits or \
        suspends it: only SIGTERM, or the unlock key followed by the PIN (see `netra kiosk-pin`). \
        A missing data folder shows "data unavailable since" until it returns.
        """
    )
    @OptionGroup var options: DataOptions
    @OptionGroup var look: LookOptions
    @Flag(help: "Run as the unattended, locked lobby screen ([kiosk] in netra.toml).") var kiosk = false

    func run() throws {
        // A kiosk starts even before its (network) folder is mounted: it shows the calm
        // "data unavailable" screen until the folder appears, instead of a restart loop.
        let missing = !FileManager.default.fileExists(atPath: options.data)
        if !(kiosk && missing), let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.description) }
        let clock: TimeSource = try options.frozenInstant().map { FrozenTime($0) } ?? SystemTime()
        try look.openDashboard(folder: URL(fileURLWithPath: options.data), clock: clock, isDemo: false, kiosk: kiosk)
    }
}

/// Theme, language and first view: shared by `dashboard` and `demo`.
struct LookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Theme name or file (see `netra themes`).", valueName: "NAME|FILE")) var theme: String?
    @Option(help: ArgumentHelp("Interface language: id or en (default: netra.toml, else id).", valueName: "id|en")) var lang: String?
    @Option(help: ArgumentHelp("View to open (name or 1–5).", valueName: "NAME")) var view: String = "overview"
    @Option(help: ArgumentHelp("Poll the folder every SECONDS instead of inotify (automatic on NFS/SMB).", valueName: "SECONDS"))
    var poll: Double?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
        guard ViewID.named(view) != nil else {
            throw ValidationError("--view '\(UntrustedText.sanitized(view))' is not a view: overview, officers, retirements, schedule, cases")
        }
        if let poll, !(poll > 0 && poll <= 3600) { throw ValidationError("--poll must be a number of seconds between 0 and 3600") }
    }

    func openDashboard(folder: URL, clock: TimeSource, isDemo: Bool, kiosk: Bool = false) throws {
        // Only netra.toml is needed here (theme name); the dashboard reads the rest.
        var settings = Settings()
        if case .settings(let s)? = DataFolder.read(.settings, from: FolderFiles(folder: folder)).records { settings = s }
        let searchPath = ThemeFiles.searchPath(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
        // A path only from the command line; netra.toml can only name a theme.
        let (theme, problems) = self.theme.map { ThemeFiles.load(commandLine: $0, searchPath: searchPath) }
            ?? ThemeFiles.load(named: settings.theme, searchPath: searchPath)
        // Theme problems are said before the screen opens, and again after it closes.
        for problem in problems { Output.error(problem.description) }
        var options = DashboardOptions(folder: folder, clock: clock, language: lang.flatMap(Language.init(rawValue:)),
                                       theme: theme, isDemo: isDemo, initialView: ViewID.named(view)!,
                                       notices: problems.map(\.description), pollInterval: poll)
        options.kiosk = kiosk
        do { try DashboardApp.run(options) } catch let refusal as TerminalRefusal { throw UsageFailure(refusal.description) }
        for problem in problems { Output.error(problem.description) }
    }
}

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one dashboard frame as plain text: exactly ROWS lines of at most COLS columns.",
        discussion: "The same frame the terminal would show, for reports, e-mail and tests. Views: overview (ringkasan), officers (pegawai), retirements (pensiun), schedule (tahapan), cases (kasus)."
    )
    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("Frame size.", valueName: "COLSxROWS")) var size = "120x40"
    @Option(help: ArgumentHelp("View to show (name or 1–5); with --kiosk a kiosk page (countdown, overview, …; default: the first of [kiosk] views).",
                               valueName: "NAME")) var view: String?
    @Flag(help: "Show the kiosk frame: the lobby screen, with its masking.") var kiosk = false
    @Option(help: ArgumentHelp("Theme name or file (plain text ignores colours).", valueName: "NAME|FILE")) var theme: String?
    @Option(help: ArgumentHelp("Interface language: id or en (default: netra.toml, else id).", valueName: "id|en")) var lang: String?

    func validate() throws {
        guard FrameSize(size) != nil else { throw ValidationError("--size '\(UntrustedText.sanitized(size))' must look like 120x40") }
        if kiosk, let view {
            guard KioskPage.named(view) != nil else {
                throw ValidationError("--view '\(UntrustedText.sanitized(view))' is not a kiosk page: \(KioskPage.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        } else if let view, ViewID.named(view) == nil {
            throw ValidationError("--view '\(UntrustedText.sanitized(view))' is not a view: overview, officers, retirements, schedule, cases")
        }
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
    }

    func run() throws {
        let now = try options.frozenInstant() ?? Date()
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.description) }
        let reading = DataFolder.read(from: FolderFiles(folder: URL(fileURLWithPath: options.data)))
        let language = lang.flatMap(Language.init(rawValue:)) ?? Language(rawValue: reading.dataset.settings.language) ?? .id
        let model = DashboardModel(reading: reading, now: now)
        let frame = FrameSize(size)!
        if kiosk {
            let settings = model.dataset.settings.kiosk
            let page = view.flatMap(KioskPage.named) ?? settings.pages[0]
            let rotation = KioskRotation(startingAt: now, pageIndex: settings.pages.firstIndex(of: page) ?? 0)
            let lock = KioskLock(unlockKey: settings.unlockKey, pinHash: settings.pinHash)
            let grid = KioskRenderer(language: language).render(model, rotation: rotation, lock: lock, width: frame.columns, height: frame.rows,
                                                                 now: now, page: page)
            Output.write(grid.text)
            return
        }
        let renderer = FrameRenderer(language: language)
        let grid = renderer.render(model, state: UIState(view: ViewID.named(view ?? "overview")!), width: frame.columns, height: frame.rows)
        Output.write(grid.text)
    }
}

/// `120x40`.
struct FrameSize {
    let columns: Int
    let rows: Int
    init?(_ text: String) {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), (1...2000).contains(c), (1...1000).contains(r) else { return nil }
        columns = c
        rows = r
    }
}

struct KioskPIN: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-pin",
        abstract: "Make the pin_hash line for [kiosk] in netra.toml from a PIN you type.",
        discussion: """
        Asks for the PIN twice without showing it (or reads one line from standard input \
        when that is not a terminal) and prints `pin_hash = "…"`: a salted yescrypt hash. \
        Put that line under [kiosk] in netra.toml; the PIN itself is stored nowhere. A PIN \
        is 4 to 12 digits; longer is safer, as everyone who can read netra.toml can try \
        to guess it offline.
        """
    )

    func run() throws {
        let pin: String
        if isatty(STDIN_FILENO) != 0 {
            let first = Self.ask("New kiosk PIN (4–12 digits): ")
            do { try PINHash.validate(first) } catch { throw UsageFailure(error.description) }
            guard Self.ask("The same PIN again: ") == first else { throw UsageFailure("the two PINs differ; nothing was made") }
            pin = first
        } else {
            pin = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
        }
        do {
            let hash = try PINHash.make(pin)
            Output.write("pin_hash = \"\(hash)\"\n")
            Output.error("put this line under [kiosk] in netra.toml; at the screen, press the unlock key "
                         + "([kiosk] unlock_key, default \(KioskSettings().unlockKey)), the PIN, then Enter")
        } catch {
            throw UsageFailure(error.description)
        }
    }

    /// Reads a line from the terminal with echo off (libc's getpass), then wipes its buffer.
    private static func ask(_ prompt: String) -> String {
        guard let buffer = getpass(prompt) else { return "" }
        defer { memset(buffer, 0, strlen(buffer)) }
        return String(cString: buffer)
    }
}

struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the colour themes Netra can find, with a one-line preview.",
        discussion: "Search order: --theme FILE, then $XDG_CONFIG_HOME/netra/themes (~/.config/netra/themes), then the themes/ folder shipped with Netra. Copy a file from there, edit it, and use it with --theme NAME."
    )

    func run() throws {
        let path = ThemeFiles.searchPath(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
        let found = ThemeFiles.all(searchPath: path)
        let colour = isatty(STDOUT_FILENO) != 0 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let shownPath = path.map(UntrustedText.sanitized).joined(separator: ", ")
        if found.isEmpty { Output.write("No theme files found (looked in \(shownPath)); the built-in default is used.\n") }
        let nameWidth = found.map(\.name.count).max() ?? 8
        for (name, file) in found {
            let (theme, problems) = ThemeFiles.load(file: file)
            let padded = UntrustedText.sanitized(name).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            Output.write("\(padded)  \(ThemePreview.line(theme, colour: colour))  \(UntrustedText.sanitized(theme.description))\n")
            for problem in problems { Output.write("    \(problem)\n") }
        }
        Output.write("Search path: \(shownPath)\n")
    }
}

/// A one-line sample of a theme: a few roles drawn with ANSI colours (or as plain
/// words when the output is not a terminal).
enum ThemePreview {
    static func line(_ theme: Theme, colour: Bool) -> String {
        let samples: [(StyleRole, String)] = [(.header, " NETRA "), (.alertCritical, " KRITIS "), (.alertWarning, " AWAS "),
                                              (.alertInfo, " INFO "), (.countdown, " H-12 "), (.selection, " ▶ pilih ")]
        guard colour else { return samples.map(\.1).joined() }
        return samples.map { role, text in sgr(theme.style(role)) + text + "\u{1B}[0m" }.joined()
    }

    /// The SGR sequence for a style in 256 colours.
    static func sgr(_ style: Style) -> String {
        var codes: [String] = []
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let fg = style.foreground.index(forDepth: .indexed256) { codes.append("38;5;\(fg)") }
        if let bg = style.background.index(forDepth: .indexed256) { codes.append("48;5;\(bg)") }
        return "\u{1B}[" + (codes.isEmpty ? "0" : codes.joined(separator: ";")) + "m"
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
}
