/// How sure Netra is that a list entry and an officer are one person.
///
/// Out of 100 (see README, "kpu/"):
/// - **name, 70 at most**: 70 when the folded names are the same (`NameFolding`: titles,
///   case, spacing, punctuation and spelling variants aside); 60 when they have the same
///   words in another order; 50 when all the words of one (at least two) are in the other.
/// - **sex, 20**: the NIP's 15th digit agrees with the list's `L`/`P`. When they
///   disagree the pair is no match at all (namesakes of the other sex are common); when
///   either is unknown (no `JENIS KELAMIN`, a PPPK number) it adds nothing.
/// - **domicile, 10**: the list's *kabupaten/kota tempat tinggal* is the office's region
///   (`netra.toml` `region`); −10 when it names another; nothing when either is missing.
///
/// **Likely** from 80 (the same name and sex, say): an alert when the officer is not a
/// recorded candidate. **Possible** from 60 to 79: shown in `netra check` and the
/// officer's detail, no alert. Below 60: not a match.
public struct KPUScore: Sendable, Hashable {
    public enum NameAgreement: String, Sendable {
        case same, reordered, contained, none
        var points: Int {
            switch self {
            case .same: 70
            case .reordered: 60
            case .contained: 50
            case .none: 0
            }
        }
    }

    public var name: NameAgreement
    /// `nil` when either side does not say.
    public var sexAgrees: Bool?
    public var domicileAgrees: Bool?

    public var value: Int {
        guard sexAgrees != false else { return 0 }
        var total = name.points
        if sexAgrees == true { total += 20 }
        if let d = domicileAgrees { total += d ? 10 : -10 }
        return max(0, total)
    }

    public static let likely = 80
    public static let possible = 60

    public var isLikely: Bool { value >= Self.likely }
    public var isPossible: Bool { value >= Self.possible }
}

/// The roster indexed by folded name, and the scoring of one entry against it.
///
/// The index holds each officer's folded key (`siti aminah` → `sitiaminah`) and each
/// folded word. An entry looks up its key first; only when no officer has it are the
/// officers sharing the entry's rarest word compared word by word, so 10,000 entries
/// against 100,000 officers cost a few dictionary lookups each.
public struct KPUMatcher: Sendable {
    private let officers: [Officer]
    private let words: [[String]]
    private let byKey: [String: [Int32]]
    private let byWord: [String: [Int32]]
    private let region: String

    /// Officers sharing a word with the entry, beyond which the word-by-word comparison
    /// is skipped (a word so common says nothing: `muhammad`).
    static let commonWordLimit = 2_000

    public init(roster: OfficerRoster, region: String) {
        officers = roster.officers
        var words: [[String]] = []
        words.reserveCapacity(officers.count)
        var byKey: [String: [Int32]] = [:]
        var byWord: [String: [Int32]] = [:]
        byKey.reserveCapacity(officers.count)
        for (index, officer) in officers.enumerated() {
            let folded = NameFolding.words(officer.name)
            words.append(folded)
            guard !folded.isEmpty else { continue }
            byKey[folded.joined(), default: []].append(Int32(index))
            for word in Set(folded) { byWord[word, default: []].append(Int32(index)) }
        }
        self.words = words
        self.byKey = byKey
        self.byWord = byWord
        self.region = NameFolding.placeKey(region)
    }

    /// One officer found for an entry, with the score.
    public struct Found: Sendable {
        public let officer: Int
        public let score: KPUScore
    }

    /// The officers an entry may be, scored; only those from `KPUScore.possible` up.
    public func candidates(for entry: KPUEntry) -> [Found] {
        let folded = NameFolding.words(entry.name)
        guard !folded.isEmpty else { return [] }
        var found: [Found] = []
        if let same = byKey[folded.joined()] {
            for index in same { keep(Int(index), .same, entry, into: &found) }
            return found
        }
        guard folded.count >= 2 else { return [] }
        let distinct = Set(folded)
        let rarest = distinct.compactMap { byWord[$0] }.min { $0.count < $1.count }
        guard let rarest, rarest.count <= Self.commonWordLimit else { return [] }
        let sortedEntry = folded.sorted()
        for index in rarest {
            let theirs = words[Int(index)]
            guard theirs.count >= 2 else { continue }
            let agreement: KPUScore.NameAgreement
            if theirs.count == folded.count && theirs.sorted() == sortedEntry {
                agreement = .reordered
            } else if Set(theirs).isSubset(of: distinct) || distinct.isSubset(of: Set(theirs)) {
                agreement = .contained
            } else {
                continue
            }
            keep(Int(index), agreement, entry, into: &found)
        }
        return found
    }

    /// The score of a pair the matcher may not have found (a `sama` verdict on names
    /// that fold apart): the name part is whatever the names share.
    public func score(officer index: Int, entry: KPUEntry) -> KPUScore {
        let folded = NameFolding.words(entry.name), theirs = words[index]
        let name: KPUScore.NameAgreement
        if !folded.isEmpty && folded.joined() == theirs.joined() { name = .same }
        else if folded.count >= 2 && folded.sorted() == theirs.sorted() { name = .reordered }
        else if min(folded.count, theirs.count) >= 2 && (Set(theirs).isSubset(of: Set(folded)) || Set(folded).isSubset(of: Set(theirs))) { name = .contained }
        else { name = .none }
        return score(index, name, entry)
    }

    private func keep(_ index: Int, _ name: KPUScore.NameAgreement, _ entry: KPUEntry, into found: inout [Found]) {
        let s = score(index, name, entry)
        if s.isPossible { found.append(Found(officer: index, score: s)) }
    }

    private func score(_ index: Int, _ name: KPUScore.NameAgreement, _ entry: KPUEntry) -> KPUScore {
        let officer = officers[index]
        let digit = officer.employment == .pns ? officer.nip.sexDigit : 0
        let sex: Bool? = entry.sex.flatMap { listed in (digit == 1 || digit == 2) ? listed.nipDigit == digit : nil }
        var domicile: Bool?
        if !region.isEmpty {
            let place = NameFolding.placeKey(entry.domicile)
            if !place.isEmpty { domicile = place == region }
        }
        return KPUScore(name: name, sexAgrees: sex, domicileAgrees: domicile)
    }
}
