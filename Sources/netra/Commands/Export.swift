import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

extension ExportFormat: ExpressibleByArgument {}

/// `netra export`: the rows of a list with every column, for letters, spreadsheets and scripts.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the rows of a list with every column, as an Excel workbook, CSV or JSON.",
        discussion: """
        The same rows the dashboard shows, in the same order, with full names and NIPs. \
        --filter takes a named filter of the view (\(ViewID.lists.map { "\($0.names[0]): \($0.filterNames.joined(separator: ", "))" }
            .joined(separator: "; "))) or KEY=VALUE to keep rows whose column KEY shows VALUE (unit, party, district, \
        grade, candidacy, kind, stage, source, status, …); repeat it to combine. --sort KEY \
        sorts by a column, KEY:desc (or --sort=-KEY) descending. Dates are written yyyy-mm-dd \
        (times yyyy-mm-dd hh:mm on the city's clock). --format xlsx writes an Excel workbook \
        (NIPs as text, dates as dates, the heading bold and frozen, an autofilter): the one \
        to open in a spreadsheet. CSV is for scripts: UTF-8 with a byte-order mark, fields \
        separated by ';' and lines by CRLF; Excel turns its 18-digit NIPs into numbers and \
        loses their last digits. The output goes to standard output: redirect it to a file \
        (a workbook is never written to a terminal).
        """
    )
    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("The list: \(ViewID.described(ViewID.lists)).", valueName: "NAME"))
    var view: ViewID
    @Option(help: ArgumentHelp("A named filter, or KEY=VALUE (repeatable).", valueName: "FILTER")) var filter: [String] = []
    @Option(help: ArgumentHelp("Sort by column KEY; KEY:desc descending.", valueName: "KEY")) var sort: String?
    @Option(help: ArgumentHelp("xlsx (Excel), csv (scripts) or json.", valueName: "csv|json|xlsx")) var format: ExportFormat = .csv
    @Option(help: ArgumentHelp("Language of the column titles and values: id or en (default: netra.toml, else the locale LC_ALL/LC_MESSAGES/LANG, else id).", valueName: "id|en"))
    var lang: Language?

    @OptionGroup var sources: SourceOptions

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
        // From the database: one site as its folder's rows, several as the province's
        // lists show them (every site's rows, with the Wilayah column).
        let (model, _) = try sources.model(folder: options, now: now, lang: lang)
        let language = CLILanguage.chosen(lang, settings: model.dataset.settings)
        if let refusal = Self.refusal(format: format, view: view, toTerminal: isatty(STDOUT_FILENO) != 0) {
            throw UsageFailure(refusal.text(language))
        }
        let bytes: [UInt8]
        do {
            bytes = try ListExporter.export(model, view: view, language: language, filters: filter, sort: sort, format: format)
        } catch { throw UsageFailure(error.message.text(language)) }
        try Output.write(bytes: bytes)
    }

    /// A workbook is binary: on a terminal it would be noise (and could upset the
    /// terminal), so it is refused with the redirection that works.
    static func refusal(format: ExportFormat, view: ViewID, toTerminal: Bool) -> Message? {
        guard format == .xlsx, toTerminal else { return nil }
        return Messages.exportWorkbookToTerminal(example: "netra export --view \(view.names[0]) --format xlsx > \(view.names[0]).xlsx")
    }
}
