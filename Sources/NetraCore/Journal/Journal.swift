import Foundation

/// The journal of changes: each reading of the folder (the dashboard's reloads,
/// `netra check`, `netra push`) is compared with the last one recorded for that
/// folder, and what changed is appended as events (`JournalEvent`).
///
/// `record` is the one call every surface makes; it never throws — a journal that
/// cannot be written is said once (`Recording.problem`), never fatal to the command.
public enum Journal {
    /// What one `record` did.
    public struct Recording: Sendable {
        /// The events appended (empty on the first reading, which only sets the baseline).
        public var events: [JournalEvent] = []
        /// This reading was the first one recorded for the folder.
        public var isBaseline = false
        /// Why nothing was recorded, when something went wrong.
        public var problem: Message?
        public init() {}
    }

    /// Records `situation` (derived from `reading`) for `folder`.
    ///
    /// A reading with an unusable file is not recorded: `officers.csv` refused for a
    /// moment would otherwise log every officer as gone, and back again. `wording` gives
    /// each raised alert its dashboard sentence in both languages (`UIText.alertWording`).
    @discardableResult
    public static func record(_ reading: FolderReading, situation: Situation, folder: URL, wording: AlertWording? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              store: JournalStore? = nil) -> Recording {
        var recording = Recording()
        guard reading.unusableFiles.isEmpty else { return recording }
        guard let store = store ?? JournalStore(folder: folder, environment: environment) else { return recording }
        // The officers' entries (a million at a province's size) only when the roster
        // changed: the fingerprint says so in one pass (`netra check` at 1M officers
        // went from 1.9 s to 7 s when every reading built, read and wrote them all).
        let step = JournalStep(dataset: reading.dataset, situation: situation, wording: wording)
        do {
            try store.prepare()
            try store.locked {
                // Nothing changed since the last record (the same roster, entries of the
                // same hash): said by the summary's first line, nothing more is read.
                if step.summary.isRecorded(as: store.loadSummaryHead()) { return }
                let outcome = step.compare(with: store.loadSummary(), officers: { store.loadOfficers() })
                recording.isBaseline = outcome.isBaseline
                let events = outcome.events
                try store.append(events)
                // Kept for whoever delivers (`Notifier`): the dashboard, or `check --notify`
                // from cron, whichever runs next, even if this reading was another's.
                if !outcome.isBaseline && reading.dataset.settings.notify.isConfigured {
                    try store.queueForNotify(events.filter(\.isNewCritical))
                }
                if let officers = outcome.officers { try store.saveOfficers(officers) }
                if let summary = outcome.summary { try store.saveSummary(summary) }
                recording.events = events
            }
        } catch let error as JournalStoreError {
            recording.problem = Messages.journalNotWritten(path: error.path, reason: error.reason)
        } catch {
            recording.problem = Messages.journalNotWritten(path: store.directory.path, reason: "\(error)")
        }
        return recording
    }

    /// The events after `since` (all with `nil`), oldest first, and a warning when
    /// lines had to be skipped (a writer killed mid-line, a hand edit).
    public static func events(for folder: URL, since: Date? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> (events: [JournalEvent], warning: Message?) {
        guard let store = JournalStore(folder: folder, environment: environment) else { return ([], nil) }
        let read = store.read()
        let kept = since.map { s in read.events.filter { $0.at > s } } ?? read.events
        return (kept, read.skipped > 0 ? Messages.journalLinesSkipped(read.skipped, file: store.journalFile.path) : nil)
    }
}
