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
/// Each officer's folded name is kept three ways: its key (`sitiaminah`, for the same
/// name), its words as sorted word numbers (for the same words in another order, and
/// for an officer whose words are all in the entry: every sub-set of the entry's words
/// is looked up), and one posting list per word (for an entry whose words are all in
/// the officer's: the rarest word's officers are checked). So 10,000 entries against
/// 100,000 officers cost a few dozen lookups each, never a pass over the roster.
public struct KPUMatcher: Sendable {
    private let officers: [Officer]
    private var wordIDs: [String: Int32] = [:]
    /// Each officer's folded words as sorted word numbers.
    private var words: [[Int32]] = []
    private var keys: [String] = []
    private var byKey: [String: [Int32]] = [:]
    private var bySortedWords: [[Int32]: [Int32]] = [:]
    private var byWord: [[Int32]] = []
    private let region: String

    /// Officers sharing the entry's rarest word, beyond which an entry contained in
    /// longer names is not looked for (a word so common says nothing: `muhammad`).
    static let commonWordLimit = 5_000
    /// Words of an entry taken for the sub-set lookups (2⁶ sets at most).
    static let subsetWordLimit = 6

    public init(roster: OfficerRoster, region: String) {
        officers = roster.officers
        words.reserveCapacity(officers.count)
        keys.reserveCapacity(officers.count)
        byKey.reserveCapacity(officers.count)
        bySortedWords.reserveCapacity(officers.count)
        for (index, officer) in officers.enumerated() {
            let folded = NameFolding.words(officer.name)
            let key = folded.joined()
            keys.append(key)
            var ids: [Int32] = []
            ids.reserveCapacity(folded.count)
            for word in folded {
                if let id = wordIDs[word] { ids.append(id); continue }
                let id = Int32(wordIDs.count)
                wordIDs[word] = id
                byWord.append([])
                ids.append(id)
            }
            ids.sort()
            words.append(ids)
            guard !folded.isEmpty else { continue }
            byKey[key, default: []].append(Int32(index))
            if ids.count >= 2 { bySortedWords[ids, default: []].append(Int32(index)) }
            var last: Int32 = -1
            for id in ids where id != last {
                byWord[Int(id)].append(Int32(index))
                last = id
            }
        }
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
        let known = folded.compactMap { wordIDs[$0] }.sorted()
        var seen: Set<Int32> = []
        // Officers whose words are all in the entry (all of them: the same words reordered).
        let distinct = Array(Set(known)).sorted().prefix(Self.subsetWordLimit)
        let full = known.count == folded.count ? known : nil
        if distinct.count >= 2 {
            for mask in 1..<(1 << distinct.count) where mask.nonzeroBitCount >= 2 {
                let subset = distinct.indices.filter { mask & (1 << $0) != 0 }.map { distinct[$0] }
                // A repeated word (`Nur Nur`) is looked up as the entry writes it.
                let lookup = mask == (1 << distinct.count) - 1 && full != nil ? full! : subset
                for index in bySortedWords[lookup] ?? [] where seen.insert(index).inserted {
                    keep(Int(index), lookup == full ? .reordered : .contained, entry, into: &found)
                }
            }
        }
        // Officers whose names hold every word of the entry, and more.
        guard let full else { return found }
        let lists = Set(full).map { byWord[Int($0)] }
        guard let rarest = lists.min(by: { $0.count < $1.count }), rarest.count <= Self.commonWordLimit else { return found }
        for index in rarest where words[Int(index)].count > full.count && !seen.contains(index) {
            if Self.contains(words[Int(index)], all: full) { keep(Int(index), .contained, entry, into: &found) }
        }
        return found
    }

    /// Whether sorted `outer` holds every element of sorted `inner`, with repeats.
    static func contains(_ outer: [Int32], all inner: [Int32]) -> Bool {
        var i = 0
        for x in outer where i < inner.count {
            if x == inner[i] { i += 1 } else if x > inner[i] { return false }
        }
        return i == inner.count
    }

    /// The score of a pair the matcher may not have found (a `sama` verdict on names
    /// that fold apart): the name part is whatever the names share.
    public func score(officer index: Int, entry: KPUEntry) -> KPUScore {
        let folded = NameFolding.words(entry.name)
        let ids = folded.compactMap { wordIDs[$0] }.sorted()
        let theirs = words[index]
        let name: KPUScore.NameAgreement
        if !folded.isEmpty && folded.joined() == keys[index] { name = .same }
        else if ids.count == folded.count && folded.count >= 2 && ids == theirs { name = .reordered }
        else if folded.count >= 2 && theirs.count >= 2
                    && ((ids.count == folded.count && Self.contains(theirs, all: ids)) || Self.contains(ids, all: theirs)) { name = .contained }
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
