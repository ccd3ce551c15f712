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
        let reading = DataFolder.read(from: FolderFiles(folder: options.folder))
        // The theme netra.toml names is part of what the folder asks for: check it too.
        // netra.toml can only name a theme on the search path, never a file.
        let (_, themeProblems) = ThemeFiles.load(named: reading.dataset.settings.theme, searchPath: ThemeSearch.path)
        // The folder path prefixes every line: sanitised like the messages (a
        // diagnostic's own location is sanitised where it is formatted).
        let report = CheckReport(folder: UntrustedText.sanitized(options.data), reading: reading, now: now,
                                 otherWarnings: themeProblems)
        try Output.write(format == .json ? report.json : report.text)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
