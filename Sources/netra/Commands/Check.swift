import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

/// Output forms of `netra check`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `netra check`: validates a data folder for people and scripts.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a data folder: one line per problem, then a summary.",
        discussion: """
        Prints FILE:LINE: error|warning: MESSAGE for each problem (LINE counts the heading \
        as 1), then a line of counts and a line of the alerts that need action \
        ("needs action: 4 critical (…), 3 warning, 1 info"). Messages are in Indonesian \
        unless --lang en or netra.toml's language says English; the words error, warning \
        and note stay as they are. Exit status: 0 no errors (warnings and alerts allowed), \
        1 errors (or, with --fail-on critical, any critical alert), 2 usage problem \
        (missing or unreadable folder, bad option). Each run also records what changed in \
        the journal (see netra changes); --notify sends the new critical alerts to \
        [notify] in netra.toml.
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Language of the messages: id or en (default: netra.toml, else the locale LC_ALL/LC_MESSAGES/LANG, else id).", valueName: "id|en"))
    var lang: Language?

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit 1 on data errors only (errors, the default) or also on any critical alert (critical; for cron).",
                               valueName: "errors|critical"))
    var failOn: CheckReport.FailOn = .errors

    @Flag(help: "Send new critical alerts to [notify] in netra.toml (a command, mail): for cron.")
    var notify = false

    @OptionGroup var sources: SourceOptions

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
        if let province = try sources.province(CLILanguage.resolve(lang)) { return try report(province, now: now) }
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(lang ?? .id)) }
        let reading = DataFolder.read(from: FolderFiles(folder: options.folder))
        let report = Self.report(label: options.data, reading: reading, now: now)
        let language = CLILanguage.chosen(lang, settings: reading.dataset.settings)
        let wording = UIText.alertWording(reading.dataset.roster)
        try Output.write(format == .json ? report.json(language, wording: wording) : report.text(language))
        // After the report is out: the journal of changes (and the notify hook) never
        // delays or changes what a script reads on standard output.
        let recording = Journal.record(reading, situation: report.situation, folder: options.folder, wording: wording)
        if let problem = recording.problem { _ = Output.error(problem.text(language)) }
        if notify {
            let settings = reading.dataset.settings
            if !settings.notify.isConfigured { _ = Output.error(Messages.notifyNotConfigured.text(language)) }
            for warning in Notifier.deliver(folder: options.folder, settings: settings, language: language, now: now) {
                _ = Output.error(warning.text(language))
            }
        }
        let status = report.exitCode(failOn: failOn)
        if status != 0 { throw ExitCode(status) }
    }
}

extension Check {
    /// `--source`: one site is reported exactly as its folder would be (labelled with
    /// the site id); several get each their report and the province's sums.
    func report(_ province: Province, now: Date) throws {
        let entries = Self.entries(province, now: now)
        let first = province.sites[0].reading.dataset
        let language = CLILanguage.chosen(lang, settings: first.settings)
        let status: Int32
        if entries.count == 1 {
            let report = entries[0].report
            try Output.write(format == .json ? report.json(language, wording: UIText.alertWording(first.roster)) : report.text(language))
            status = report.exitCode(failOn: failOn)
        } else {
            let report = ProvinceReport(entries: entries)
            // Each site's alerts are worded against its own roster.
            if format == .json {
                try report.writeJSON(language, wording: { UIText.alertWording($0.reading.dataset.roster) }, to: Output.write)
            } else {
                try Output.write(report.text(language))
            }
            status = report.exitCode(failOn: failOn)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Each site's report, the sites derived side by side on every core (514 sites of a
    /// national province are each derived on their own; nothing is shared).
    static func entries(_ province: Province, now: Date) -> [ProvinceReport.Entry] {
        let sites = province.sites
        let reports = ConcurrentResults<CheckReport>(count: sites.count)
        DispatchQueue.concurrentPerform(iterations: sites.count) { index in
            reports.set(index, report(label: sites[index].site, reading: sites[index].reading, now: now))
        }
        return zip(sites, reports.values).map { ProvinceReport.Entry(site: $0, report: $1) }
    }

    /// The check of one folder's reading, as `netra check` prints it: shared with
    /// `netra push` (which refuses what this calls an error) and with `--source`.
    static func report(label: String, reading: FolderReading, now: Date) -> CheckReport {
        // The theme netra.toml names is part of what the folder asks for: check it too.
        // netra.toml can only name a theme on the search path, never a file.
        let (_, themeProblems) = ThemeFiles.load(named: reading.dataset.settings.theme, searchPath: ThemeSearch.path)
        // The folder path prefixes every line: sanitised like the messages (a
        // diagnostic's own location is sanitised where it is formatted).
        return CheckReport(folder: UntrustedText.sanitized(label), reading: reading, now: now, otherWarnings: themeProblems)
    }
}

extension CheckReport.FailOn: ExpressibleByArgument {}

/// Results written by index from `concurrentPerform`'s threads, each slot once.
final class ConcurrentResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
    var values: [T] { lock.withLock { slots.map { $0! } } }
}
