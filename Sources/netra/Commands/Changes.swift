import ArgumentParser
import Foundation
import NetraCore

/// `netra changes`: what the journal recorded since a moment, for people and scripts.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what changed in the data folder: the journal of changes Netra keeps.",
        discussion: """
        Every netra check and every dashboard reload compares the folder's situation with \
        the last one recorded and appends what changed (officers, candidacies, requests, \
        retirements, cases, circulars, alerts) to a journal in the state directory \
        ($STATE_DIRECTORY, else $XDG_STATE_HOME/netra, else ~/.local/state/netra), never in \
        the data folder. The first reading only sets the starting point.
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

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
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
        switch format {
        case .json: try Output.write(ChangesJSON(since: start, until: now, events: events, language: language).text())
        case .text:
            let sinceText = Messages.journalMoment(start, zone: zone).text(language)
            if JournalStore(folder: options.folder).map({ !FileManager.default.fileExists(atPath: $0.summaryFile.path) }) ?? true {
                try Output.write(Messages.journalEmpty(folder: options.data).text(language) + "\n")
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
