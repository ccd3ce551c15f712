import ArgumentParser
import Foundation
import NetraCore
import NetraTUI
#if canImport(Glibc)
import Glibc
#endif

/// Output forms of `netra report`.
enum WeeklyReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, pdf
}

/// `netra report`: the weekly page for the coordination meeting.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the weekly report: one printable A4 page (HTML, or PDF through headless Chromium).",
        discussion: """
        Candidates per election, the election stages, retirements, the cases' pipeline, \
        circular completion per unit, the week's changes (from the journal, see netra \
        changes) and the open critical matters, as of now (or --as-of). Charts are inline \
        SVG; the page loads nothing else and runs no script. It names people as the \
        dashboard does (an internal document); --public leaves out names and NIPs, as the \
        kiosk does. --format pdf runs the first of chromium, chromium-browser, \
        google-chrome, google-chrome-stable found on PATH; without one, write HTML and \
        print it from a browser.
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("The ISO week whose changes to list (default: the week of now).", valueName: "2023-W21"))
    var week: String?

    @Option(help: "Output format: html or pdf.")
    var format: WeeklyReportFormat = .html

    @Flag(help: "Leave out names and NIPs (the kiosk's privacy).")
    var `public` = false

    @Option(help: ArgumentHelp("Language: id or en (default: netra.toml, else the locale, else id).", valueName: "id|en"))
    var lang: Language?

    /// The browsers `--format pdf` looks for on PATH, in this order.
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(lang ?? .id)) }
        let reading = DataFolder.read(from: FolderFiles(folder: options.folder))
        let settings = reading.dataset.settings
        let language = CLILanguage.chosen(lang, settings: settings)
        let situation = Situation(dataset: reading.dataset, now: now)
        let chosenWeek: ISOWeek
        if let week {
            guard let parsed = ISOWeek(week) else { throw UsageFailure(Messages.reportBadWeek(week).text(language)) }
            chosenWeek = parsed
        } else {
            chosenWeek = ISOWeek(containing: situation.today)
        }
        if format == .pdf && isatty(STDOUT_FILENO) != 0 { throw UsageFailure(Messages.reportPDFToTerminal.text(language)) }
        let start = chosenWeek.monday.instant(in: settings.timeZone)
        let end = CivilDate(dayNumber: chosenWeek.sunday.dayNumber + 1).instant(in: settings.timeZone)
        let hasJournal = JournalStore(folder: options.folder).map { FileManager.default.fileExists(atPath: $0.summaryFile.path) } ?? false
        let (all, warning) = Journal.events(for: options.folder)
        if let warning { _ = Output.error(warning.text(language)) }
        let events = hasJournal ? all.filter { $0.at >= start && $0.at < end && $0.at <= now } : nil
        let report = WeeklyReport(situation: situation, region: settings.region, week: chosenWeek, events: events, language: language,
                                  isPublic: `public`, wording: UIText.alertWording(reading.dataset.roster))
        let html = report.html()
        switch format {
        case .html: try Output.write(html)
        case .pdf: try Output.write(bytes: try Self.pdf(html, language: language))
        }
    }

    /// Prints `html` to PDF with headless Chromium (A4 from the page's `@page`).
    static func pdf(_ html: String, language: Language) throws -> [UInt8] {
        guard let browser = findOnPath(browsers) else { throw UsageFailure(Messages.reportNoBrowser(browsers).text(language)) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("netra-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: work) }
        let page = work.appendingPathComponent("report.html"), output = work.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: page)
        // Chromium refuses its sandbox as root (containers, CI); a user keeps it.
        var argv = [browser, "--headless", "--disable-gpu", "--no-first-run", "--user-data-dir=" + work.appendingPathComponent("profile").path,
                    "--no-pdf-header-footer", "--print-to-pdf=" + output.path, page.absoluteString]
        if geteuid() == 0 { argv.insert("--no-sandbox", at: 1) }
        switch ChildProcess(quiet: true).run(argv, input: Data(), timeout: 120) {
        case .ok: break
        case .timedOut: throw failure(Messages.reportPDFFailed("\(browser): timeout"), language)
        case .failed(let reason): throw failure(Messages.reportPDFFailed("\(browser): \(reason)"), language)
        }
        guard let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
            throw failure(Messages.reportPDFFailed(browser), language)
        }
        return Array(data)
    }

    /// Says `message` on stderr; the command then ends with status 1 (not a usage problem).
    private static func failure(_ message: Message, _ language: Language) -> ExitCode {
        _ = Output.error(message.text(language))
        return ExitCode(1)
    }

    /// The first of `names` that is an executable on `PATH`.
    static func findOnPath(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") where dir.hasPrefix("/") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
