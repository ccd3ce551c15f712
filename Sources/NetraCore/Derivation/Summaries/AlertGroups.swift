/// Alerts as the overview lists them: many alerts of one kind and severity collapse
/// into one line with a count and the worst instance; a few stay one per line.
public enum AlertLine: Sendable, Equatable {
    case single(Alert)
    case group(AlertGroup)

    /// The alert that decides where the line sorts and what it quotes.
    public var leading: Alert {
        switch self {
        case .single(let a): a
        case .group(let g): g.worst
        }
    }

    public var severity: Alert.Severity { leading.severity }
}

/// Alerts of one kind, one severity and one election, most urgent first.
public struct AlertGroup: Sendable, Equatable {
    public let kind: Alert.Kind
    public let severity: Alert.Severity
    /// Every alert of the group, most urgent first.
    public let alerts: [Alert]

    public var count: Int { alerts.count }

    /// The instance the line quotes: the longest overdue where alerts count days
    /// (`terlama 128 hari`), otherwise the most urgent.
    public var worst: Alert {
        if alerts.contains(where: { $0.days != nil }) {
            return alerts.max { ($0.days ?? 0, $1.countdown?.secondsLeft ?? 0) < ($1.days ?? 0, $0.countdown?.secondsLeft ?? 0) }!
        }
        return alerts[0]
    }

    /// What makes a group: one kind, one severity, and one election for the alerts
    /// that belong to one (a group line quotes one countdown: Pemilu's H-133 must not
    /// stand for a Pilkada hopeful's H-488).
    public struct Key: Hashable, Sendable {
        public let kind: Alert.Kind
        public let severity: Alert.Severity
        public let election: String?

        public init(kind: Alert.Kind, severity: Alert.Severity, election: String? = nil) {
            self.kind = kind
            self.severity = severity
            self.election = election
        }

        init(_ alert: Alert) { self.init(kind: alert.kind, severity: alert.severity, election: alert.election) }
    }

    /// The group's identity (the screen keeps its selection and expansion by it).
    public var key: Key { Key(alerts[0]) }
}

extension AlertLine {
    /// Groups `alerts` (already most urgent first): a kind and severity with at least
    /// `threshold` alerts becomes one group line, placed where its first alert was.
    public static func grouping(_ alerts: [Alert], threshold: Int = 3) -> [AlertLine] {
        // Each alert's group found once (a key hashed per alert, not twice), the groups
        // gathered in slots: at a million officers the overview groups 66k alerts
        // before its first frame.
        var slotOf: [AlertGroup.Key: Int] = [:]
        var slots: [Int] = []
        slots.reserveCapacity(alerts.count)
        var members: [[Alert]] = []
        for alert in alerts {
            let key = AlertGroup.Key(alert)
            let slot: Int
            if let known = slotOf[key] {
                slot = known
            } else {
                slot = members.count
                slotOf[key] = slot
                members.append([])
            }
            slots.append(slot)
            members[slot].append(alert)
        }
        var placed = [Bool](repeating: false, count: members.count)
        var lines: [AlertLine] = []
        for (alert, slot) in zip(alerts, slots) {
            if members[slot].count < threshold {
                lines.append(.single(alert))
            } else if !placed[slot] {
                placed[slot] = true
                lines.append(.group(AlertGroup(kind: alert.kind, severity: alert.severity, alerts: members[slot])))
            }
        }
        return lines
    }
}
