import Foundation

/// What a roster implies by itself, independent of the moment and of every other file:
/// which officers are active candidates, and every officer's retirement date in date
/// order. Each is worked out once, on first use, and then read by every derivation
/// until the roster changes (`Dataset.roster` replaces the facts on any change).
///
/// Why: a derivation used to walk all officers twice (candidates, retirements by age).
/// At 100k officers that was most of re-deriving after a `cases.csv` change, and the
/// dashboard re-derives every minute; with these lists it walks the candidates and
/// the officers whose retirement falls before the horizon only.
///
/// Thread-safe: the reload thread and the UI thread may ask at once; one computes,
/// the other waits for it.
public final class RosterFacts: @unchecked Sendable {
    /// One officer's retirement by age: its date and the officer's index in the roster.
    /// Eight bytes (a million officers: 8 MB), the date kept as its day number.
    public struct Retirement: Sendable {
        let day: Int32
        public let index: Int32
        public var date: CivilDate { CivilDate(dayNumber: Int(day)) }
    }

    private let lock = NSLock()
    private var candidateIndexes: [Int32]?
    private var candidatesByName: [Int32]?
    private var retirements: [Retirement]?

    public init() {}

    /// Indexes of the officers whose candidacy is active, in roster order.
    public func activeCandidates(in roster: OfficerRoster) -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        if let candidateIndexes { return candidateIndexes }
        var found: [Int32] = []
        for (i, officer) in roster.officers.enumerated() where officer.candidacy.isActiveCandidate { found.append(Int32(i)) }
        candidateIndexes = found
        return found
    }

    /// The active candidates' indexes ordered by name (ties in roster order): the
    /// order the candidate list is shown in, sorted once per roster, not per derivation.
    public func activeCandidatesByName(in roster: OfficerRoster) -> [Int32] {
        let indexes = activeCandidates(in: roster)
        lock.lock()
        defer { lock.unlock() }
        if let candidatesByName { return candidatesByName }
        let officers = roster.officers
        let sorted = indexes.sorted { a, b in
            let x = officers[Int(a)].name, y = officers[Int(b)].name
            return x != y ? x < y : a < b
        }
        candidatesByName = sorted
        return sorted
    }

    /// Every officer with a retirement date (`ageRetirementDate`), earliest first (ties
    /// in roster order).
    public func retirementsByDate(in roster: OfficerRoster) -> [Retirement] {
        lock.lock()
        defer { lock.unlock() }
        if let retirements { return retirements }
        var found: [Retirement] = []
        found.reserveCapacity(roster.officers.count)
        for (i, officer) in roster.officers.enumerated() {
            if let date = officer.ageRetirementDate { found.append(Retirement(day: Int32(date.dayNumber), index: Int32(i))) }
        }
        found.sort { $0.day != $1.day ? $0.day < $1.day : $0.index < $1.index }
        retirements = found
        return found
    }

    /// The retirements on or before `last`: a prefix of `retirementsByDate`.
    public func retirements(through last: CivilDate, in roster: OfficerRoster) -> ArraySlice<Retirement> {
        let all = retirementsByDate(in: roster)
        let limit = Int32(clamping: last.dayNumber)
        var low = 0, high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].day <= limit { low = mid + 1 } else { high = mid }
        }
        return all[..<low]
    }
}
