import Foundation

/// One thing that changed between two readings of the folder, as the journal keeps it:
/// one JSON object per line of `journal` in the state directory.
///
/// Events carry facts (the row's key, its state before and after, a label), not
/// sentences: `netra changes`, the overview and the weekly report word them in the
/// reader's language (`Messages.journalEvent`). An alert's own sentence is the one
/// exception: it is kept in both languages when the alert is raised, because the
/// alert's facts (countdown, days) are gone by the time someone reads it.
public struct JournalEvent: Codable, Sendable, Equatable {
    /// What happened. The raw values are the journal's (and `--format json`'s) words.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case officerAdded, officerLeft, candidacyChanged
        case requestFiled, requestAdvanced, requestDecided
        case retirementDue, retirementOverdue
        case caseOpened, caseAdvanced, caseClosed
        case circularAcknowledged
        case alertRaised, alertCleared

        /// The family a count on the overview's *Sejak kemarin* line adds it to.
        public var family: Family {
            switch self {
            case .officerAdded, .officerLeft, .candidacyChanged: .officers
            case .requestFiled, .requestAdvanced, .requestDecided, .retirementDue, .retirementOverdue: .retirements
            case .caseOpened, .caseAdvanced, .caseClosed: .cases
            case .circularAcknowledged: .circulars
            case .alertRaised, .alertCleared: .alerts
            }
        }
    }

    /// The groups events are counted in (one per list of the dashboard, and alerts).
    public enum Family: String, Sendable, CaseIterable { case officers, retirements, cases, circulars, alerts }

    /// The moment of the reading that found the change (`--as-of` when frozen).
    public var at: Date
    public var kind: Kind
    /// The row's key in the recorded summary (`case:NTR-2023-001`): what a list marks.
    public var key: String
    /// Who or what it is about, as a person reads it: an officer's name, a case id,
    /// `circular · unit`.
    public var label: String
    /// The state before and after (`reported` → `at_bawaslu`); `nil` where it did not exist.
    public var from: String?
    public var to: String?
    /// Alerts: the severity (`info`, `warning`, `critical`).
    public var severity: String?
    /// The officer concerned, when there is one (18 digits).
    public var nip: String?
    /// Alerts raised: the dashboard's sentence, `id` and `en`.
    public var messages: [String: String]?

    public init(at: Date, kind: Kind, key: String, label: String, from: String? = nil, to: String? = nil,
                severity: String? = nil, nip: String? = nil, messages: [String: String]? = nil) {
        self.at = at
        self.kind = kind
        self.key = key
        self.label = label
        self.from = from
        self.to = to
        self.severity = severity
        self.nip = nip
        self.messages = messages
    }

    /// A critical alert that appeared (or became critical): what `[notify]` calls about.
    public var isNewCritical: Bool { kind == .alertRaised && severity == Alert.Severity.critical.name }

    /// One line of the journal: compact JSON with the keys sorted, `at` in ISO 8601 (UTC).
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(self) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A journal line read back; `nil` for anything that is not a whole event (a torn
    /// tail left by a killed writer, a line edited by hand).
    public static func parse(_ line: Substring) -> JournalEvent? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(JournalEvent.self, from: Data(line.utf8))
    }
}
