import ArgumentParser

/// The `netra` command: a live terminal dashboard for a regional secretary in an
/// election year, and its companions for scripts and reports.
///
/// Only the root lives here; each subcommand has its own file under `Commands/`.
struct Netra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netra",
        abstract: "Live terminal dashboard: candidate officers, retirements, KPU stage countdowns and neutrality cases.",
        discussion: "Netra only reads the data folder; it never writes to it. See README.md for the folder's format.",
        version: "netra \(Netra.version)",
        subcommands: [Dashboard.self, Demo.self, Check.self, Changes.self, Report.self, Snapshot.self, Export.self, Push.self, Db.self, Themes.self, KioskPIN.self, Manual.self],
        defaultSubcommand: Dashboard.self
    )

    /// The release, as `--version` and the man page say it.
    static let version = "0.9.0"
}
