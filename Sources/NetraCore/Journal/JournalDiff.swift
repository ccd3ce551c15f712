import Foundation

/// The events between two summaries: pure, so every surface (dashboard, `check`,
/// `push`) finds the same changes in the same order.
///
/// Only what someone acts on becomes an event: a case or request that vanished from
/// its file is not "closed" (a clerk may have cut the row to paste it back), an alert
/// whose severity fell is not news, an officer's changed name is not a change of
/// standing.
public enum JournalDiff {
    /// `alertMessages`: the sentence (`id`, `en`) of each current alert by its key, kept
    /// with the events that raise it.
    public static func events(from old: JournalSummary, to new: JournalSummary, at now: Date,
                              alertMessages: [String: [String: String]] = [:]) -> [JournalEvent] {
        var events: [JournalEvent] = []
        func add(_ kind: JournalEvent.Kind, _ key: String, _ label: String, from: String?, to: String?, severity: String? = nil) {
            let nip = Self.nip(in: key)
            events.append(JournalEvent(at: now, kind: kind, key: key, label: label, from: from, to: to, severity: severity,
                                       nip: nip, messages: kind == .alertRaised ? alertMessages[key] : nil))
        }
        for (key, entry) in new.entries {
            let before = old.entries[key]
            if before?.state == entry.state { continue }
            let was = before?.state
            switch prefix(key) {
            case "officer":
                if before == nil {
                    add(.officerAdded, key, entry.label, from: nil, to: entry.state)
                } else {
                    add(.candidacyChanged, key, entry.label, from: was, to: entry.state)
                }
            case "request":
                let decided = entry.state == RequestStage.decreed.canonicalName || entry.state == RequestStage.rejected.canonicalName
                add(decided ? .requestDecided : before == nil ? .requestFiled : .requestAdvanced, key, entry.label, from: was, to: entry.state)
            case "retirement":
                add(entry.state == "overdue" ? .retirementOverdue : .retirementDue, key, entry.label, from: was, to: entry.state)
            case "case":
                let open = CaseStage(rawValue: entry.state)?.isOpen ?? true
                add(!open ? .caseClosed : before == nil ? .caseOpened : .caseAdvanced, key, entry.label, from: was, to: entry.state)
            case "circular":
                add(.circularAcknowledged, key, entry.label, from: was, to: entry.state)
            case "alert":
                // New, or more severe than before; a milder alert is not news.
                if let was, rank(was) > rank(entry.state) { continue }
                add(.alertRaised, key, entry.label, from: was, to: entry.state, severity: entry.state)
            default:
                continue
            }
        }
        for (key, entry) in old.entries where new.entries[key] == nil {
            switch prefix(key) {
            case "officer": add(.officerLeft, key, entry.label, from: entry.state, to: nil)
            case "alert": add(.alertCleared, key, entry.label, from: entry.state, to: nil, severity: entry.state)
            default: continue
            }
        }
        return ordered(events)
    }

    /// In `Kind`'s order (officers … alerts), then by key: the same reading always lists
    /// its events alike, whichever part found them.
    public static func ordered(_ events: [JournalEvent]) -> [JournalEvent] {
        // Positions are sorted, each kind's rank looked up once: sorting the events
        // themselves moved ten-field structs (retained and released at every move) and
        // searched the kinds at every comparison, 7 % of `netra check`'s first record
        // of a million officers. Ties keep the order given, as the stable sort did.
        var rankOf: [JournalEvent.Kind: Int] = [:]
        for (rank, kind) in JournalEvent.Kind.allCases.enumerated() { rankOf[kind] = rank }
        let ranks = events.indices.map { rankOf[events[$0].kind]! }
        var positions = Array(events.indices)
        positions.sort { a, b in
            if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
            if events[a].key != events[b].key { return events[a].key < events[b].key }
            return a < b
        }
        return positions.map { events[$0] }
    }

    private static func prefix(_ key: String) -> Substring { key.prefix { $0 != ":" } }

    private static func rank(_ severity: String) -> Int {
        Alert.Severity.allCases.first { $0.name == severity }?.rawValue ?? -1
    }

    /// The 18 digits a key names, if any: `officer:…`, `request:…:…`, `retirement:…`,
    /// and an alert's subject.
    static func nip(in key: String) -> String? {
        let parts = key.split(whereSeparator: { $0 == ":" || $0 == "|" })
        return parts.dropFirst().first { $0.count == 18 && $0.allSatisfy(\.isASCIIDigit) }.map(String.init)
    }
}
