import ArgumentParser
import Foundation
import NetraCore
import NetraDatabase

/// `--source postgresql://…` and `--site`: read the province database's current
/// snapshots instead of a folder (check, snapshot, export, dashboard). The folder
/// stays the default; the database is an option.
struct SourceOptions: ParsableArguments {
    @Option(name: .customLong("source"),
            help: ArgumentHelp("Read the sites' current snapshots from the province database instead of the folder.", valueName: "postgresql://…"))
    var source: String?
    @Option(name: .customLong("site"), help: ArgumentHelp("With --source: this site only.", valueName: "ID"))
    var site: String?

    func validate() throws {
        if site != nil && source == nil { throw ValidationError("--site needs --source postgresql://…") }
        if let site, !SiteID.isValid(site) { throw ValidationError(Messages.pushBadSite(site).text(CLILanguage.resolve(nil))) }
    }

    /// The database's sites (only `--site`'s when given); `nil` without `--source`.
    /// None visible is a failure (exit 1): there is nothing to show.
    func province(_ language: Language) throws -> Province? {
        guard let source else { return nil }
        let target = try DatabaseCLI.target(source, language: language)
        let only = site.map { [$0] }
        let sites = try DatabaseCLI.withConnection(target, language: language) { c in try ProvinceReader.read(c, target: target, sites: only) }
        guard !sites.isEmpty else {
            Output.error(Messages.provinceNoSites.text(language))
            throw ExitCode(1)
        }
        return Province(sites: sites)
    }
}
