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

    /// The instance the line quotes: the longest overdue where alerts count days
    /// (`terlama 128 hari`), otherwise the most urgent. Found once: every frame asks
    /// each group on screen for it, and a group may hold 60k alerts at a million officers.
    public let worst: Alert

    public var count: Int { alerts.count }

    init(kind: Alert.Kind, severity: Alert.Severity, alerts: [Alert]) {
        self.kind = kind
        self.severity = severity
        self.alerts = alerts
        worst = Self.worst(of: alerts)
    }

    static func worst(of alerts: [Alert]) -> Alert {
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
        var sizes: [Int] = []
        alerts.withUnsafeBufferPointer { all in
            for i in all.indices {
                let key = AlertGroup.Key(all[i])
                let slot: Int
                if let known = slotOf[key] {
                    slot = known
                } else {
                    slot = sizes.count
                    slotOf[key] = slot
                    sizes.append(0)
                }
                slots.append(slot)
                sizes[slot] += 1
            }
        }
        // Only groups keep their members, each in an array of its final size (appending
        // to growing arrays moved 66k alerts again and again at a million officers).
        var members = sizes.map { size -> [Alert] in
            var group: [Alert] = []
            if size >= threshold { group.reserveCapacity(size) }
            return group
        }
        for (i, slot) in slots.enumerated() where sizes[slot] >= threshold { members[slot].append(alerts[i]) }
        var placed = [Bool](repeating: false, count: members.count)
        var lines: [AlertLine] = []
        for (i, slot) in slots.enumerated() {
            if sizes[slot] < threshold {
                lines.append(.single(alerts[i]))
            } else if !placed[slot] {
                placed[slot] = true
                lines.append(.group(AlertGroup(kind: alerts[i].kind, severity: alerts[i].severity, alerts: members[slot])))
            }
        }
        return lines
    }
}
