import Foundation

/// One pairing of a KPU list entry with an officer, scored, with the office's verdict
/// when `kpu-review.csv` gives one.
public struct KPUMatch: Sendable, Hashable {
    public let entry: KPUEntry
    public let nip: NIP
    public let score: KPUScore
    /// `sama` (confirmed), `bukan` (dismissed, never raised again) or none yet.
    public let verdict: KPUVerdict?
    /// The officer is a recorded candidate (active candidacy): the list only confirms it.
    public let recorded: Bool

    public var isConfirmed: Bool { verdict == .same }
    public var isDismissed: Bool { verdict == .notSame }
    /// A match that counts: confirmed, or likely and not dismissed.
    public var counts: Bool { isConfirmed || (!isDismissed && score.isLikely) }
}

/// The roster checked against every KPU list of the `kpu/` folder: each entry's
/// matches, the verdicts of `kpu-review.csv` applied, and what of it needs attention.
///
/// Timeless (it depends on the files only), so `DataFolder.assemble` builds it once
/// per reload and every `Situation` reuses it.
public struct KPUCrossCheck: Sendable {
    /// Every match from `possible` up, and every pair the review file names, in list
    /// then row order.
    public let matches: [KPUMatch]
    /// Recorded candidates whose election has lists loaded (of their party, when the
    /// roster names one) and who are on none of them: NIP → how many lists were looked at.
    public let unlisted: [NIP: Int]
    /// Problems of `kpu-review.csv` that only the lists reveal (an entry not there, an
    /// officer not in the roster).
    public let diagnostics: [Diagnostic]
    public let listCount: Int
    public let entryCount: Int
    private let byNIP: [NIP: [Int]]

    public init(dataset: Dataset) {
        let lists = dataset.kpuLists
        listCount = lists.files.count
        entryCount = lists.entries.count
        guard !lists.isEmpty else {
            matches = []
            unlisted = [:]
            byNIP = [:]
            diagnostics = []
            return
        }
        let roster = dataset.roster
        let matcher = KPUMatcher(roster: roster, region: dataset.settings.region)
        // The office's verdicts by (officer, entry).
        var verdicts: [PairKey: KPUVerdict] = [:]
        var problems: [Diagnostic] = []
        let entryIndex = EntryLookup(lists.entries)
        for row in dataset.kpuReview.rows {
            guard roster.indexByNIP[row.nip] != nil else {
                problems.append(Diagnostic(.warning, .kpuReview, line: row.line, heading: "nip", Messages.unknownOfficer(row.nip, roster: dataset.storedName(.officers))))
                continue
            }
            let named = entryIndex.entries(list: row.list, number: row.number, name: row.name)
            if named.isEmpty {
                problems.append(Diagnostic(.warning, .kpuReview, line: row.line, heading: "list", Messages.kpuReviewEntryMissing(list: row.list, number: row.number, name: row.name)))
            }
            for e in named { verdicts[PairKey(nip: row.nip, entry: e)] = row.verdict }
        }

        var found: [KPUMatch] = []
        var seen: Set<PairKey> = []
        let officers = roster.officers
        for (e, entry) in lists.entries.enumerated() {
            for hit in matcher.candidates(for: entry) {
                let officer = officers[hit.officer]
                let key = PairKey(nip: officer.nip, entry: e)
                seen.insert(key)
                found.append(KPUMatch(entry: entry, nip: officer.nip, score: hit.score, verdict: verdicts[key],
                                      recorded: officer.candidacy.isActiveCandidate))
            }
            // A `sama` the scoring did not reach: the office knows better.
        }
        for (key, verdict) in verdicts where verdict == .same && !seen.contains(key) {
            guard let index = roster.indexByNIP[key.nip] else { continue }
            let officer = officers[index]
            found.append(KPUMatch(entry: lists.entries[key.entry], nip: key.nip, score: matcher.score(officer: index, entry: lists.entries[key.entry]),
                                  verdict: .same, recorded: officer.candidacy.isActiveCandidate))
        }
        found.sort { ($0.entry.file, $0.entry.line, $0.entry.isDeputy ? 1 : 0, $0.nip.value) < ($1.entry.file, $1.entry.line, $1.entry.isDeputy ? 1 : 0, $1.nip.value) }
        matches = found
        var byNIP: [NIP: [Int]] = [:]
        for (i, m) in found.enumerated() { byNIP[m.nip, default: []].append(i) }
        self.byNIP = byNIP
        diagnostics = problems
        unlisted = Self.unlisted(roster: roster, lists: lists, matches: found, byNIP: byNIP)
    }

    /// The matches of one officer, best first.
    public func matches(for nip: NIP) -> [KPUMatch] {
        (byNIP[nip] ?? []).map { matches[$0] }.sorted(by: Self.better)
    }

    /// Confirmed first, then the higher score, then the later list (DCT over DCS).
    static func better(_ a: KPUMatch, _ b: KPUMatch) -> Bool {
        if a.isConfirmed != b.isConfirmed { return a.isConfirmed }
        if a.isDismissed != b.isDismissed { return !a.isDismissed }
        if a.score.value != b.score.value { return a.score.value > b.score.value }
        return a.entry.kind == .dct && b.entry.kind != .dct
    }

    /// Recorded candidates the lists of their election leave out.
    private static func unlisted(roster: OfficerRoster, lists: KPULists, matches: [KPUMatch], byNIP: [NIP: [Int]]) -> [NIP: Int] {
        var filesByElection: [Election.Kind: Set<String>] = [:]
        var partiesByElection: [Election.Kind: Set<String>] = [:]
        for entry in lists.entries {
            filesByElection[entry.kind.electionKind, default: []].insert(entry.file)
            let party = NameFolding.placeKey(entry.party)
            if !party.isEmpty { partiesByElection[entry.kind.electionKind, default: []].insert(party) }
        }
        var out: [NIP: Int] = [:]
        for officer in roster.officers where officer.candidacy.isActiveCandidate && officer.isInService {
            let election: Election.Kind = [.bapaslon, .paslon].contains(officer.candidacy) ? .pilkada : .pileg
            guard let files = filesByElection[election] else { continue }
            // Only where the loaded lists cover the officer's party: an office that
            // loaded one party's DCS should not hear that every other candidate is missing.
            let party = NameFolding.placeKey(officer.party)
            if election == .pileg, !party.isEmpty, let parties = partiesByElection[election], !parties.contains(party) { continue }
            let onList = (byNIP[officer.nip] ?? []).contains { i in
                let m = matches[i]
                return m.entry.kind.electionKind == election && !m.isDismissed && (m.isConfirmed || m.score.isPossible)
            }
            if !onList { out[officer.nip] = files.count }
        }
        return out
    }

    /// An (officer, entry) pair: the entry by its position in `KPULists.entries`.
    private struct PairKey: Hashable {
        let nip: NIP
        let entry: Int
    }

    /// Finds the entries a `kpu-review.csv` row names.
    private struct EntryLookup {
        private var byFile: [String: [Int]] = [:]
        private let entries: [KPUEntry]

        init(_ entries: [KPUEntry]) {
            self.entries = entries
            for (i, e) in entries.enumerated() { byFile[Self.fileKey(e.fileName), default: []].append(i) }
        }

        static func fileKey(_ name: String) -> String {
            var n = Substring(name.trimmingCharacters(in: .whitespaces))
            if n.lowercased().hasPrefix("kpu/") { n = n.dropFirst(4) }
            return n.lowercased()
        }

        func entries(list: String, number: String, name: String) -> [Int] {
            var candidates = byFile[Self.fileKey(list)] ?? []
            // The extension may be left out (`DCS-…-Dapil-2`).
            if candidates.isEmpty {
                let key = Self.fileKey(list)
                candidates = byFile.filter { k, _ in k.split(separator: ".").dropLast().joined(separator: ".") == key }.flatMap(\.value)
            }
            let wantedName = name.isEmpty ? nil : NameFolding.key(name)
            let wantedNumber = number.trimmingCharacters(in: .whitespaces)
            return candidates.filter { i in
                let e = entries[i]
                if !wantedNumber.isEmpty && e.number.trimmingCharacters(in: .whitespaces) != wantedNumber { return false }
                if let wantedName, NameFolding.key(e.name) != wantedName { return false }
                return true
            }.sorted()
        }
    }
}
