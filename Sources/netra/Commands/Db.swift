import ArgumentParser
import Foundation
import NetraCore
import NetraDatabase

/// `netra db`: the province database's schema and who may see which site. Run by the
/// administrator, as the role that owns Netra's tables (see docs/database.md).
struct Db: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create, migrate and grant the province database (PostgreSQL).",
        discussion: """
        The password comes from ~/.pgpass, PGPASSFILE, a PGSERVICE entry or PGPASSWORD, \
        never from the URL. See docs/database.md.
        """,
        subcommands: [Init.self, Migrate.self, Grant.self]
    )

    /// Options every `db` subcommand takes.
    struct Target: ParsableArguments {
        @Option(name: .customLong("to"), help: ArgumentHelp("The database (postgresql://user@host:port/database?sslmode=…).", valueName: "URL"))
        var url: String
        @Option(help: ArgumentHelp("Language of the messages: id or en.", valueName: "id|en"))
        var lang: Language?

        var language: Language { CLILanguage.resolve(lang) }
    }

    /// `netra db init`: creates Netra's tables (or brings them up to date); idempotent.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create Netra's tables (idempotent: an existing schema is migrated).")
        @OptionGroup var target: Target

        func run() throws { try Db.migrate(target) }
    }

    /// `netra db migrate`: applies the migrations this netra knows; idempotent.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bring Netra's tables to this version's schema (idempotent).")
        @OptionGroup var target: Target

        func run() throws { try Db.migrate(target) }
    }

    /// `netra db grant`: lets a role read a site, or push it too.
    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let a PostgreSQL role read a site (and push it, with --push); creates the site when new.",
            discussion: "The role must exist (createuser). A province role is granted each of its sites without --push.")
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("The PostgreSQL role.", valueName: "ROLE")) var role: String
        @Option(help: ArgumentHelp("The site id (lower-case letters, digits, - and _).", valueName: "ID")) var site: String
        @Flag(help: "The role may also push the site's snapshots.") var push = false

        func run() throws {
            let language = target.language
            let connection = try DatabaseCLI.target(target.url, language: language)
            let (role, site, push) = (role, site, push)
            try DatabaseCLI.withConnection(connection, language: language) { c in
                try Schema.grant(c, role: role, site: site, push: push)
            }
            try Output.write(Messages.databaseGranted(role: role, site: site, push: push).text(language) + "\n")
        }
    }

    static func migrate(_ target: Target) throws {
        let language = target.language
        let connection = try DatabaseCLI.target(target.url, language: language)
        let (from, to) = try DatabaseCLI.withConnection(connection, language: language) { c in try Schema.migrate(c) }
        try Output.write(Messages.databaseMigrated(from: from, to: to).text(language) + "\n")
    }
}
