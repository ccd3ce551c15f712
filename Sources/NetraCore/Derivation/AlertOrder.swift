/// The alerts' one order — most urgent first (`Alert.mostUrgentFirst`), equal ones as
/// they came — made in parts: each side of `Situation` sorts its own alerts on its own
/// core, and the two runs are merged.
///
/// Why: at a million officers the situation has ≈66k alerts; gathering them and sorting
/// them after both sides were done took ≈40 ms on one core on the way to the first screen.
extension Alert {
    /// Sorts `alerts` most urgent first, equal ones kept in order; the sorted keys.
    /// Keys are taken once and the alerts moved in place: an alert is large, and sorting
    /// the alerts themselves moved each one a dozen times and compared their fields
    /// afresh each time (24 MB held twice at a million officers, heaptrack).
    static func sortByUrgency(_ alerts: inout [Alert]) -> [UrgencyKey] {
        let keys = alerts.map(UrgencyKey.init)
        let order = keys.indices.sorted { a, b in
            UrgencyKey.precedes(keys[a], keys[b]) || (!UrgencyKey.precedes(keys[b], keys[a]) && a < b)
        }
        Permutation.gather(&alerts, order)
        return order.map { keys[$0] }
    }

    /// Two runs sorted by `sortByUrgency`, as one: on a tie the first run's alert comes
    /// first — the order that sorting the first run followed by the second gives.
    static func mergedByUrgency(_ first: [Alert], _ firstKeys: [UrgencyKey],
                                _ second: [Alert], _ secondKeys: [UrgencyKey]) -> [Alert] {
        var merged: [Alert] = []
        merged.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count && j < second.count {
            if UrgencyKey.precedes(secondKeys[j], firstKeys[i]) {
                merged.append(second[j])
                j += 1
            } else {
                merged.append(first[i])
                i += 1
            }
        }
        merged.append(contentsOf: first[i...])
        merged.append(contentsOf: second[j...])
        return merged
    }
}
