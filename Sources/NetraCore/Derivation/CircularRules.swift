/// Circulars whose due date passed with units that have not done what they ask: one
/// alert per circular (not one per unit: "14 units late on SE-WALIKOTA-2023, 4 days
/// past" is the sentence a Sekda acts on), critical, because the due date is behind us.
enum CircularRules {
    static func alerts(_ ledger: CircularLedger) -> [Alert] {
        ledger.entries.compactMap { entry in
            guard entry.late > 0, let daysToDue = entry.daysToDue, daysToDue < 0 else { return nil }
            return Alert(kind: .circularLate, severity: .critical, days: -daysToDue, date: entry.circular.dueOn,
                         circularID: entry.circular.id, units: entry.late)
        }
    }
}
