import ArgumentParser
import Foundation
import NetraCore
import NetraDatabase
import NetraTUI

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

    /// The model a frame or an export is made of, and the site it shows: the folder's
    /// (`options`) without `--source`; from the database one site as its folder's, several
    /// as the province (its dashboard's model: the sums, the Wilayah view and column).
    func model(folder options: DataOptions, now: Date, lang: Language?) throws -> (model: DashboardModel, site: String?) {
        let province = try province(CLILanguage.resolve(lang))
        let site = province?.sites.count == 1 ? province?.sites.first : nil
        if let province, site == nil { return (DashboardModel(province: province, now: now), nil) }
        if province == nil, let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(lang ?? .id)) }
        let reading = site?.reading ?? DataFolder.read(from: FolderFiles(folder: options.folder))
        return (DashboardModel(reading: reading, now: now), site?.site)
    }
}
