/// The sentences that quote `Figures` outside the dashboard: `netra check`'s line of
/// overdue cases, each named with the deadline it missed, so the nightly mail and the
/// overview name the same cases. Part of the one message table (`Messages`).
extension Messages {
    /// `Bawaslu`, `rekomendasi KASN/BKN`, `keputusan PPK`: whose deadline a case missed.
    public static func caseClock(_ clock: CaseClock) -> Message {
        switch clock {
        case .bawaslu: Message(en: "Bawaslu", id: "Bawaslu")
        case .recommendation: Message(en: "KASN/BKN recommendation", id: "rekomendasi KASN/BKN")
        case .ppk: Message(en: "PPK decision", id: "keputusan PPK")
        }
    }

    /// `kasus lewat batas: 4 — Bawaslu 1 (NTR-2023-001) · rekomendasi KASN/BKN 1 (…) · keputusan PPK 2 (…)`;
    /// at most `shown` case numbers per clock, then `+N`.
    static func overdueCases(_ byClock: [(clock: CaseClock, ids: [String])], shown: Int = 5) -> Message {
        let total = byClock.reduce(0) { $0 + $1.ids.count }
        return Message { l in
            let parts = byClock.filter { !$0.ids.isEmpty }.map { clock, ids in
                let named = ids.prefix(shown).map(UntrustedText.sanitized).joined(separator: ", ")
                let more = ids.count > shown ? ", +\(ids.count - shown)" : ""
                return "\(caseClock(clock).text(l)) \(ids.count) (\(named)\(more))"
            }
            let head = l == .id ? "kasus lewat batas: \(total)" : "overdue cases: \(total)"
            return parts.isEmpty ? head : "\(head) — " + parts.joined(separator: " · ")
        }
    }
}

extension Messages {
    /// `14 unit terlambat SE-WALIKOTA-2023 — lewat 4 hari`: a `circularLate` alert.
    public static func circularLate(_ alert: Alert) -> Message {
        let units = alert.units ?? 0, days = alert.days ?? 0
        let id = UntrustedText.sanitized(alert.circularID ?? "—")
        return Message(en: "\(units) unit\(units == 1 ? "" : "s") late on \(id) — \(days) day\(days == 1 ? "" : "s") past due",
                       id: "\(units) unit terlambat \(id) — lewat \(days) hari")
    }

    /// `3 edaran dengan unit terlambat`: the overview's line for several of them.
    public static func circularsLate(_ n: Int) -> Message {
        Message(en: "\(n) circulars with units late", id: "\(n) edaran dengan unit terlambat")
    }
}

extension Messages {
    /// The clocks shortened for a panel line: `Bawaslu`, `rek.`, `PPK`.
    public static func caseClockShort(_ clock: CaseClock) -> Message {
        switch clock {
        case .bawaslu: Message(en: "Bawaslu", id: "Bawaslu")
        case .recommendation: Message(en: "rec.", id: "rek.")
        case .ppk: Message(en: "PPK", id: "PPK")
        }
    }

    /// `lewat batas di`: before the overdue cases counted per clock on the overview.
    public static let overdueAt = Message(en: "overdue at", id: "lewat batas di")
}
