import Foundation

/// One recording's comparison, without files or tables: the state recorded last in,
/// the events and the state to keep out. The folder's journal (`Journal.record`, files
/// in the state directory) and a site's journal in the province database (`netra push`,
/// rows in `netra.journal`) both go through it, so a folder and its pushed site find
/// the same events in the same order.
public struct JournalStep: Sendable {
    /// What the comparison found, and what to keep for the next one.
    public struct Outcome {
        /// The events to append (none for a baseline).
        public var events: [JournalEvent] = []
        /// No state was recorded before: this one is the starting point.
        public var isBaseline = false
        /// The summary to keep; `nil` when the one kept is still right.
        public var summary: JournalSummary?
        /// The officers' lines to keep; `nil` when the roster did not change.
        var officers: OfficerLines?

        /// `summary` in its file form (`summary.tsv`).
        public var summaryData: Data? { summary.map { Data($0.fileText().utf8) } }
        /// The officers in their file form (`officers.tsv`).
        public var officersData: Data? { officers?.fileData() }
    }

    /// The state of this reading.
    public let summary: JournalSummary
    private let roster: OfficerRoster
    private let situation: Situation
    private let wording: AlertWording?

    /// `wording` gives each raised alert its dashboard sentence in both languages.
    public init(dataset: Dataset, situation: Situation, wording: AlertWording? = nil) {
        summary = JournalSummary(dataset: dataset, situation: situation)
        roster = dataset.roster
        self.situation = situation
        self.wording = wording
    }

    /// Whether comparing with `previous` needs the officers recorded with it: only when
    /// the roster's fingerprint changed (a million officers are otherwise not read).
    public func needsOfficers(_ previous: JournalSummary?) -> Bool {
        guard let previous, previous.rosterFingerprint != nil else { return false }
        return previous.rosterFingerprint != summary.rosterFingerprint
    }

    /// Compares this reading with `previous` (`nil`: nothing recorded yet).
    /// `officersData` is asked for only when `needsOfficers(previous)`.
    public func compare(with previous: JournalSummary?, officersData: () -> Data?) -> Outcome {
        compare(with: previous, officers: { officersData().flatMap(OfficerLines.parse) })
    }

    func compare(with previous: JournalSummary?, officers load: () -> OfficerLines?) -> Outcome {
        var outcome = Outcome()
        guard var previous else {
            outcome.isBaseline = true
            outcome.officers = OfficerLines(roster)
            outcome.summary = summary
            return outcome
        }
        var officerEvents: [JournalEvent] = []
        if previous.rosterFingerprint != summary.rosterFingerprint {
            // A summary written whole (an earlier Netra) holds its officers itself.
            let before = previous.rosterFingerprint == nil ? OfficerLines(entries: previous.entries) : load() ?? OfficerLines(lines: [])
            previous.entries = previous.entries.filter { !$0.key.hasPrefix(OfficerLines.prefix) }
            let now = OfficerLines(roster)
            officerEvents = now.events(since: before, at: situation.now)
            outcome.officers = now
            outcome.summary = summary
        } else if previous != summary {
            outcome.summary = summary
        }
        var messages: [String: [String: String]] = [:]
        if let wording {
            for alert in situation.alerts {
                let key = JournalSummary.alertKey(alert)
                guard summary.entries[key]?.state != previous.entries[key]?.state else { continue }
                messages[key] = ["id": wording(alert, .id), "en": wording(alert, .en)]
            }
        }
        outcome.events = JournalDiff.ordered(officerEvents
            + JournalDiff.events(from: previous, to: summary, at: situation.now, alertMessages: messages))
        return outcome
    }
}
