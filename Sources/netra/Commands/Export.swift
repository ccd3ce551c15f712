import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

extension ExportFormat: ExpressibleByArgument {}

/// `netra export`: the rows of a list with every column, for letters and spreadsheets.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the rows of a list with every column, as CSV (Excel) or JSON.",
        discussion: """
        The same rows the dashboard shows, in the same order, with full names and NIPs. \
        --filter takes a named filter of the view (\(ViewID.lists.map { "\($0.names[0]): \($0.filterNames.joined(separator: ", "))" }
            .joined(separator: "; "))) or KEY=VALUE to keep rows whose column KEY shows VALUE (unit, party, district, \
        grade, candidacy, kind, stage, source, status, …); repeat it to combine. --sort KEY \
        sorts by a column, KEY:desc (or --sort=-KEY) descending. CSV is UTF-8 with a byte-order mark, \
        fields separated by ';' and lines by CRLF, so Excel in an Indonesian locale opens it \
        as is. The output goes to standard output: redirect it to a file.
        """
    )
    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("The list: \(ViewID.described(ViewID.lists)).", valueName: "NAME"))
    var view: ViewID
    @Option(help: ArgumentHelp("A named filter, or KEY=VALUE (repeatable).", valueName: "FILTER")) var filter: [String] = []
    @Option(help: ArgumentHelp("Sort by column KEY; KEY:desc descending.", valueName: "KEY")) var sort: String?
    @Option(help: ArgumentHelp("csv or json.", valueName: "csv|json")) var format: ExportFormat = .csv
    @Option(help: ArgumentHelp("Language of the column titles and values: id or en (default: netra.toml, else the locale LC_ALL/LC_MESSAGES/LANG, else id).", valueName: "id|en"))
    var lang: Language?

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(lang ?? .id)) }
        let reading = DataFolder.read(from: FolderFiles(folder: options.folder))
        let language = CLILanguage.chosen(lang, settings: reading.dataset.settings)
        let model = DashboardModel(reading: reading, now: now)
        let bytes: [UInt8]
        do {
            bytes = try ListExporter.export(model, view: view, language: language, filters: filter, sort: sort, format: format)
        } catch { throw UsageFailure(error.description) }
        try Output.write(String(decoding: bytes, as: UTF8.self))
    }
}
