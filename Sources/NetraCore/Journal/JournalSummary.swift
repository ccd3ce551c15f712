import Foundation

/// What the journal remembers of the last reading: one line per followed row, its key,
/// its state and a label — not the dataset. The next reading is compared with it
/// (`JournalDiff`), and it is kept beside the journal as `summary.tsv`.
///
/// Keys (the prefix says what the row is):
/// `officer:<nip>` (state: the candidacy), `request:<nip>:<kind>:<filed on>` (the
/// processing stage), `retirement:<nip>` (`due`, `overdue`), `case:<id>` (the case's
/// stage), `circular:<id>|<unit>` (how far the unit has come), `alert:<kind>|<subject>`
/// (the severity). At 100k officers it is ≈4 MB, written off the drawing path.
public struct JournalSummary: Sendable, Equatable {
    /// A row's state and how a person names it.
    public struct Entry: Sendable, Equatable {
        public var state: String
        public var label: String
        public init(state: String, label: String) {
            self.state = state
            self.label = label
        }
    }

    public var entries: [String: Entry]

    public init(entries: [String: Entry] = [:]) { self.entries = entries }

    /// The summary of a derived situation.
    public init(dataset: Dataset, situation: Situation) {
        var e: [String: Entry] = [:]
        e.reserveCapacity(dataset.officers.count + situation.alerts.count + dataset.cases.count)
        let roster = dataset.roster
        func name(_ nip: NIP) -> String { roster[nip]?.name ?? nip.description }
        for officer in dataset.officers {
            e["officer:\(officer.nip)"] = Entry(state: officer.candidacy.canonicalName, label: officer.name)
        }
        for request in dataset.requests {
            e[Self.requestKey(request)] = Entry(state: request.stage.canonicalName, label: name(request.nip))
        }
        for age in situation.ageRetirements where age.isPending {
            e["retirement:\(age.officer.nip)"] = Entry(state: age.isPast ? "overdue" : "due", label: age.officer.name)
        }
        for state in situation.cases {
            let who = state.officer.map { " — \($0.name)" } ?? ""
            e["case:\(state.item.id)"] = Entry(state: state.stage.rawValue, label: state.item.id + who)
        }
        let units = situation.circulars.directory.units
        for entry in situation.circulars.entries {
            for unit in entry.units where unit.progress != .none {
                let unitName = units.indices.contains(unit.unit) ? units[unit.unit].name : String(unit.unit)
                e["circular:\(entry.circular.id)|\(unitName)"] = Entry(state: Self.progressName(unit.progress),
                                                                      label: "\(entry.circular.id) · \(unitName)")
            }
        }
        for alert in situation.alerts {
            e[Self.alertKey(alert)] = Entry(state: alert.severity.name, label: Self.alertLabel(alert, roster: roster))
        }
        entries = e
    }

    static func requestKey(_ r: RetirementRequest) -> String { "request:\(r.nip):\(r.kind.canonicalName):\(r.filedOn)" }

    /// An alert's identity across readings: its kind and what it is about (never its
    /// countdown or day count, which change by themselves).
    public static func alertKey(_ a: Alert) -> String {
        "alert:\(a.kind.rawValue)|\(a.nip?.description ?? "")|\(a.caseID ?? "")|\(a.circularID ?? "")|\(a.election ?? "")"
    }

    static func alertLabel(_ a: Alert, roster: OfficerRoster) -> String {
        if let caseID = a.caseID { return caseID }
        if let nip = a.nip { return roster[nip]?.name ?? nip.description }
        return a.circularID ?? a.election ?? ""
    }

    static func progressName(_ p: CircularLedger.Progress) -> String {
        switch p {
        case .none: "none"
        case .received: "received"
        case .passedOn: "passed_on"
        case .partlySigned: "partly_signed"
        case .done: "done"
        }
    }

    // MARK: - The file

    private static let header = "netra-journal-summary 1"

    /// `summary.tsv`: a header line, then `key TAB state TAB label` per row, sorted.
    public func fileText() -> String {
        var out = Self.header + "\n"
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            out += Self.clean(key) + "\t" + Self.clean(entry.state) + "\t" + Self.clean(entry.label) + "\n"
        }
        return out
    }

    /// Reads `fileText()` back; `nil` for a file that is not one (another version,
    /// garbage): the next reading then starts a new baseline.
    public static func parse(_ text: String) -> JournalSummary? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(header) else { return nil }
        lines = lines.dropFirst()
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            entries[String(parts[0])] = Entry(state: String(parts[1]), label: String(parts[2]))
        }
        return JournalSummary(entries: entries)
    }

    /// Tabs and line breaks would break the line format; names never need them.
    private static func clean(_ s: String) -> String {
        guard s.contains(where: { $0 == "\t" || $0.isNewline }) else { return s }
        return String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
