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

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(lang ?? .id)) }
        let reading = DataFolder.read(from: FolderFiles(folder: options.folder))
        // The theme netra.toml names is part of what the folder asks for: check it too.
        // netra.toml can only name a theme on the search path, never a file.
        let (_, themeProblems) = ThemeFiles.load(named: reading.dataset.settings.theme, searchPath: ThemeSearch.path)
        // The folder path prefixes every line: sanitised like the messages (a
        // diagnostic's own location is sanitised where it is formatted).
        let report = CheckReport(folder: UntrustedText.sanitized(options.data), reading: reading, now: now,
                                 otherWarnings: themeProblems)
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

extension CheckReport.FailOn: ExpressibleByArgument {}
