import ArgumentParser
import Foundation
import NetraCore
import NetraDatabase

/// `netra changes`: what the journal recorded since a moment, for people and scripts.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what changed in the data folder: the journal of changes Netra keeps.",
        discussion: """
        Every netra check and every dashboard reload compares the folder's situation with \
        the last one recorded and appends what changed (officers, candidacies, requests, \
        retirements, cases, circulars, alerts) to a journal in the state directory \
        ($STATE_DIRECTORY, else $XDG_STATE_HOME/netra, else ~/.local/state/netra), never in \
        the data folder. The first reading only sets the starting point. With --source \
        postgresql://… the site's journal in the province database is listed instead: \
        each netra push records what changed since the site's previous push.
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("How far back: a duration (24h, 7d, 90m) or a date or instant (2023-05-22, 2023-05-22T10:00:00+08:00). Default 24h.",
                               valueName: "24h|DATE"))
    var since: String = "24h"

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Language: id or en (default: netra.toml, else the locale, else id).", valueName: "id|en"))
    var lang: Language?

    @OptionGroup var sources: SourceOptions

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
        if let source = sources.source { return try runOnDatabase(source, now: now) }
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(lang ?? .id)) }
        let settings: Settings
        if case .settings(let read)? = DataFolder.read(.settings, from: FolderFiles(folder: options.folder)).records {
            settings = read
        } else {
            settings = Settings()
        }
        let language = CLILanguage.chosen(lang, settings: settings)
        let zone = settings.timeZone
        guard let start = JournalSince.parse(since, now: now, zone: zone) else {
            throw UsageFailure(Messages.journalBadSince(since).text(language))
        }
        let (all, warning) = Journal.events(for: options.folder)
        if let warning { _ = Output.error(warning.text(language)) }
        // A replay with --as-of sees only what was recorded up to its moment.
        let events = all.filter { $0.at > start && $0.at <= now }
        let exists = JournalStore(folder: options.folder).map { FileManager.default.fileExists(atPath: $0.summaryFile.path) } ?? false
        try print(events, since: start, until: now, zone: zone, language: language,
                  empty: exists ? nil : Messages.journalEmpty(folder: options.data))
    }

    /// The events as text or JSON; `empty`: the journal does not exist yet (said in text).
    func print(_ events: [JournalEvent], since start: Date, until now: Date, zone: TimeZone, language: Language, empty: Message?) throws {
        switch format {
        case .json: try Output.write(ChangesJSON(since: start, until: now, events: events, language: language).text())
        case .text:
            let sinceText = Messages.journalMoment(start, zone: zone).text(language)
            if let empty {
                try Output.write(empty.text(language) + "\n")
                return
            }
            if events.isEmpty {
                try Output.write(Messages.journalNothingSince(sinceText).text(language) + "\n")
                return
            }
            var out = Messages.journalHeading(since: sinceText, count: events.count).text(language) + "\n"
            for event in events {
                out += Messages.journalMoment(event.at, zone: zone).text(language) + "  "
                    + UntrustedText.sanitized(Messages.journalEvent(event).text(language)) + "\n"
            }
            try Output.write(out)
        }
    }
}

extension Changes {
    /// What the database said, before any of it is printed.
    private enum Found: Sendable {
        case noSite
        case chooseSite([String])
        case badSince(Settings)
        case journal(site: String, settings: Settings, start: Date, SiteJournal.Reading)
    }

    /// `--source`: one site's journal in the province database (`--site`, or the only
    /// site the role sees), worded in the site's zone and language as its folder's is.
    func runOnDatabase(_ source: String, now: Date) throws {
        let target = try DatabaseCLI.target(source, language: CLILanguage.resolve(lang))
        let (chosen, since) = (sources.site, self.since)
        let found = try DatabaseCLI.withConnection(target, language: CLILanguage.resolve(lang)) { c -> Found in
            let site: String
            if let chosen {
                site = chosen
            } else {
                let visible = try SiteJournal.sites(c)
                guard visible.count == 1 else { return visible.isEmpty ? .noSite : .chooseSite(visible) }
                site = visible[0]
            }
            // The site's netra.toml first: `--since 2023-05-22` is midnight in its zone.
            var settings = Settings()
            if case .settings(let read)? = DataFolder.read(.settings, from: try SiteJournal.settings(c, site: site)).records { settings = read }
            guard let start = JournalSince.parse(since, now: now, zone: settings.timeZone) else { return .badSince(settings) }
            return .journal(site: site, settings: settings, start: start, try SiteJournal.read(c, site: site, since: start, until: now))
        }
        switch found {
        case .noSite:
            Output.error(Messages.provinceNoSites.text(CLILanguage.resolve(lang)))
            throw ExitCode(1)
        case .chooseSite(let sites):
            throw UsageFailure(Messages.provinceChooseSite(sites).text(CLILanguage.resolve(lang)))
        case .badSince(let settings):
            throw UsageFailure(Messages.journalBadSince(since).text(CLILanguage.chosen(lang, settings: settings)))
        case .journal(let site, let settings, let start, let reading):
            let language = CLILanguage.chosen(lang, settings: settings)
            if reading.skipped > 0 { Output.error(Messages.journalRowsSkipped(reading.skipped, site: site).text(language)) }
            try print(reading.events, since: start, until: now, zone: settings.timeZone, language: language,
                      empty: reading.exists ? nil : Messages.journalEmptySite(site))
        }
    }
}

/// `netra changes --format json`: the events as the journal keeps them, each with its
/// sentence in the chosen language (`text`) and in both (`texts`).
private struct ChangesJSON: Encodable {
    struct Item: Encodable {
        let event: JournalEvent
        let text: String
        let texts: [String: String]
        func encode(to encoder: Encoder) throws {
            try event.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(text, forKey: .text)
            try container.encode(texts, forKey: .texts)
        }
        enum Keys: String, CodingKey { case text, texts }
    }

    let since: Date
    let until: Date
    let language: String
    let events: [Item]

    init(since: Date, until: Date, events: [JournalEvent], language: Language) {
        self.since = since
        self.until = until
        self.language = language.rawValue
        self.events = events.map { e in
            let m = Messages.journalEvent(e)
            return Item(event: e, text: m.text(language), texts: ["id": m.text(.id), "en": m.text(.en)])
        }
    }

    func text() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
