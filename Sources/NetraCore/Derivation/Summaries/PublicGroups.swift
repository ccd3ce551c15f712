/// Counts a public screen may show: the registered candidates by a public attribute
/// (party, electoral district), where a group smaller than `minGroup` is never named —
/// it is only counted inside the total of the small groups, and even that total is left
/// out when it is itself smaller than `minGroup` (it still counts in the overall total).
/// A party with one candidate in a city *is* that candidate.
public struct PublicGroups: Sendable, Equatable {
    /// Named groups, largest first (then by name).
    public let groups: [(name: String, count: Int)]
    /// Candidates of groups too small to name, when they make a group of `minGroup` or more.
    public let smallGroups: Int?
    /// Every candidate counted.
    public let total: Int

    public static func == (a: PublicGroups, b: PublicGroups) -> Bool {
        a.groups.map(\.name) == b.groups.map(\.name) && a.groups.map(\.count) == b.groups.map(\.count)
            && a.smallGroups == b.smallGroups && a.total == b.total
    }

    /// Groups `values` (one per candidate; empty means "none written").
    public init(_ values: [String], minGroup: Int) {
        var counts: [String: Int] = [:]
        for v in values { counts[v.isEmpty ? "—" : v, default: 0] += 1 }
        let named = counts.filter { $0.value >= minGroup }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let small = counts.filter { $0.value < minGroup }.values.reduce(0, +)
        groups = named.map { ($0.key, $0.value) }
        smallGroups = small >= max(1, minGroup) ? small : nil
        total = values.count
    }

    /// The active candidates by party.
    public static func byParty(_ s: Situation, minGroup: Int) -> PublicGroups {
        PublicGroups(s.candidates.map(\.officer.party), minGroup: minGroup)
    }

    /// The active candidates by electoral district (dapil).
    public static func byDistrict(_ s: Situation, minGroup: Int) -> PublicGroups {
        PublicGroups(s.candidates.map(\.officer.district), minGroup: minGroup)
    }

    /// The candidates a row may show with initials, candidacy, party and dapil: those
    /// whose party, whose dapil and whose party-and-dapil pair each count at least
    /// `minGroup` candidates. The others are only counted (`hidden`).
    public static func listable(_ s: Situation, minGroup: Int) -> (shown: [CandidateStatus], hidden: Int) {
        var party: [String: Int] = [:], district: [String: Int] = [:], pair: [String: Int] = [:]
        for c in s.candidates {
            party[c.officer.party, default: 0] += 1
            district[c.officer.district, default: 0] += 1
            pair[c.officer.party + "\u{1F}" + c.officer.district, default: 0] += 1
        }
        let shown = s.candidates.filter {
            party[$0.officer.party]! >= minGroup && district[$0.officer.district]! >= minGroup
                && pair[$0.officer.party + "\u{1F}" + $0.officer.district]! >= minGroup
        }
        return (shown, s.candidates.count - shown.count)
    }
}
