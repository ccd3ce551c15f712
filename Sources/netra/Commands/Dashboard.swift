import ArgumentParser
import Foundation
import NetraCore
import NetraTUI
import NetraDatabase

/// `netra dashboard` (the default command): the live dashboard, or with `--kiosk`
/// the locked lobby screen.
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
    @OptionGroup var sources: SourceOptions

    func run() throws {
        if let source = sources.source { return try runOnDatabase(source) }
        // A kiosk starts even before its (network) folder is mounted: it shows the calm
        // "data unavailable" screen until the folder appears, instead of a restart loop.
        let missing = !FileManager.default.fileExists(atPath: options.data)
        if !(kiosk && missing), let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(look.lang ?? .id)) }
        let clock: TimeSource = try options.frozenInstant(look.lang).map { FrozenTime($0) } ?? SystemTime()
        try look.openDashboard(folder: options.folder, clock: clock, isDemo: false, kiosk: kiosk)
    }
}

extension Dashboard {
    /// `--source`: the province database, followed live. With `--site` one site, as
    /// before; without it every site the role sees: one is shown as that site, several
    /// as the province (the Wilayah view, every list with a Wilayah column).
    func runOnDatabase(_ source: String) throws {
        let language = CLILanguage.resolve(look.lang)
        let target = try DatabaseCLI.target(source, language: language)
        var chosen = sources.site
        if chosen == nil {
            let visible = try DatabaseCLI.withConnection(target, language: language) { c in try ProvinceReader.generations(c) }
            if visible.isEmpty {
                Output.error(Messages.provinceNoSites.text(language))
                throw ExitCode(1)
            }
            if visible.count == 1 { chosen = visible.keys.first }
        }
        let site = chosen
        let clock: TimeSource = try options.frozenInstant(look.lang).map { FrozenTime($0) } ?? SystemTime()
        try look.openDashboard(folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), clock: clock, isDemo: false,
                               kiosk: kiosk, feed: { lists in DatabaseModelFeed(target: target, site: site, clock: clock, lists: lists) },
                               title: site,
                               // The pushes keep each site's journal: a site's screen reads it back. The
                               // province's screen has no one journal (each site has its own): none is
                               // read nor written for it, never one keyed by the working folder.
                               journal: { lastLook, digest -> any JournalSink in
                                   guard let site else { return NoJournal() }
                                   return SiteJournalReader(target: target, site: site, lastLook: lastLook, digest: digest)
                               },
                               lastLook: LastLook(key: "\(target.displayURL) site \(site ?? "*")"))
    }
}

/// The province's screen records no journal of its own: each site's pushes keep theirs.
private final class NoJournal: JournalSink {
    func submit(_ reading: FolderReading, situation: Situation) {}
    func flush() {}
}
