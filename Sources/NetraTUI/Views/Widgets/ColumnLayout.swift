/// How one column of a list claims width: how important it is, the least it can do
/// with, and what it would like.
///
/// Lower `priority` is more telling: identifying columns (name, NIP, case ID, dapil)
/// are 0–1, descriptive ones (unit, stage) 2–3, the rest (grade, position, party) 4–5.
struct ColumnNeed: Equatable {
    var priority: Int
    /// Below this the column is not worth showing (it is dropped instead).
    var minimum: Int
    /// Its values' widest, capped: what it gets when there is room. 0: the column is
    /// empty for every row shown and is left out.
    var want: Int
    /// Its values' widest, uncapped: spare room goes here after every want is met.
    var natural: Int
    /// Its heading's width: what is spare after the values goes to headings.
    var heading: Int = 0
}

/// The widths of a list's columns: a pure function of the needs and the room.
///
/// Identifying columns get their whole want before less telling ones get anything:
/// level by level (lowest priority number first), the columns of a level get their
/// want as long as every column still shown below them keeps its minimum; when that
/// does not fit, the least telling (and, among equals, the rightmost) columns are
/// dropped first; only when nothing is left to drop does the level shrink toward its
/// minimums. Columns are separated by one space.
enum ColumnLayout {
    static func widths(_ needs: [ColumnNeed], total: Int) -> [Int] {
        var shown = needs.map { $0.want > 0 }
        var widths = Array(repeating: 0, count: needs.count)
        let levels = Set(needs.map(\.priority)).sorted()
        func gaps() -> Int { max(0, shown.filter { $0 }.count - 1) }
        for level in levels {
            func required() -> Int {
                var sum = gaps()
                for i in needs.indices where shown[i] {
                    if needs[i].priority < level { sum += widths[i] } else if needs[i].priority == level { sum += needs[i].want } else { sum += needs[i].minimum }
                }
                return sum
            }
            // Drop the least telling, rightmost column below this level until it fits.
            while required() > total,
                  let drop = needs.indices.filter({ shown[$0] && needs[$0].priority > level })
                      .max(by: { (needs[$0].priority, $0) < (needs[$1].priority, $1) }) {
                shown[drop] = false
            }
            let members = needs.indices.filter { shown[$0] && needs[$0].priority == level }
            if required() <= total {
                for i in members { widths[i] = needs[i].want }
                continue
            }
            // Nothing left to drop: this level shares what remains, from the minimums up.
            var room = total - gaps() - needs.indices.filter { shown[$0] && needs[$0].priority < level }.reduce(0) { $0 + widths[$1] }
            var kept = members
            while kept.count > 1, kept.reduce(0, { $0 + needs[$1].minimum }) > room {
                let last = kept.removeLast()
                shown[last] = false
                room += 1  // one gap fewer
            }
            for i in members where !kept.contains(i) { widths[i] = 0 }
            let floor = kept.reduce(0) { $0 + needs[$1].minimum }
            var extra = max(0, room - floor)
            let slack = kept.reduce(0) { $0 + needs[$1].want - needs[$1].minimum }
            for (n, i) in kept.enumerated() {
                let wantMore = needs[i].want - needs[i].minimum
                let share = n == kept.count - 1 ? min(extra, wantMore) : (slack > 0 ? min(extra, (room - floor) * wantMore / slack) : 0)
                widths[i] = needs[i].minimum + share
                extra -= share
            }
            if kept.count == 1, let only = kept.first { widths[only] = max(1, min(needs[only].want, room)) }
            // Everything below this level is gone.
            for i in needs.indices where needs[i].priority > level { shown[i] = false }
        }
        for i in needs.indices where !shown[i] { widths[i] = 0 }
        // Spare room: to the columns whose values were capped, most telling first.
        var spare = total - gaps() - widths.reduce(0, +)
        let order = needs.indices.sorted(by: { (needs[$0].priority, $0) < (needs[$1].priority, $1) })
        for i in order where shown[i] && spare > 0 {
            let more = min(spare, max(0, needs[i].natural - widths[i]))
            widths[i] += more
            spare -= more
        }
        // Then the headings, so that a wide screen writes them whole.
        for i in order where shown[i] && spare > 0 {
            let more = min(spare, max(0, needs[i].heading - widths[i]))
            widths[i] += more
            spare -= more
        }
        return widths
    }
}
