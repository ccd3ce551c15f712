/// The KPU cross-check in `netra check`: one `match:` line per pairing after the
/// problems (placed at the list's row, like a problem, so an editor can jump to it),
/// a `KPU:` count line, and the JSON's `kpu` object (docs/check-json.md).
extension CheckReport {
    /// Empty when `kpu/` holds no list.
    func kpuLines(_ language: Language, folder: String?) -> [String] {
        let check = situation.kpu
        guard check.entryCount > 0 else { return [] }
        let roster = reading.dataset.roster
        var lines: [String] = check.matches.map { m in
            var place = Diagnostic.Location.dataFile(.kpu, line: m.entry.line)
            place.path = m.entry.file
            let where_ = Diagnostic(.warning, place, Message(en: "", id: "")).place(folder: folder)
            return "\(where_): match: " + Messages.kpuMatchLine(m, officerName: roster[m.nip]?.name).text(language)
        }
        let likely = check.matches.filter { !$0.isDismissed && ($0.isConfirmed || $0.score.isLikely) }
        let notRecorded = Set(likely.filter { !$0.recorded }.map(\.nip)).count
        let possible = check.matches.filter { $0.verdict == nil && !$0.score.isLikely }.count
        lines.append(Messages.kpuSummary(lists: check.listCount, names: check.entryCount, likely: likely.count, possible: possible,
                                         notRecorded: notRecorded, dismissed: check.matches.filter(\.isDismissed).count).text(language))
        return lines
    }
}

/// The JSON shape of the KPU cross-check.
struct KPUJSON: Encodable {
    struct Match: Encodable {
        let file: String
        let line: Int
        let list: String
        let party, district, number, name: String
        let sex: String?
        let domicile: String
        let deputy: Bool
        let nip: String
        let score: Int
        /// `likely` (≥ 80), `possible` (60–79).
        let level: String
        /// `same`, `reordered`, `contained`, `none`.
        let nameAgreement: String
        let sexAgrees: Bool?
        let domicileAgrees: Bool?
        /// `sama`, `bukan`, absent without a verdict.
        let verdict: String?
        let recordedCandidate: Bool
    }
    let lists: [String]
    let entries: Int
    let matches: [Match]

    init?(_ check: KPUCrossCheck, lists: [String]) {
        guard check.entryCount > 0 else { return nil }
        self.lists = lists.map(UntrustedText.sanitized)
        entries = check.entryCount
        matches = check.matches.map { m in
            let e = m.entry
            return Match(file: UntrustedText.sanitized(e.file), line: e.line, list: e.kind.canonicalName,
                         party: UntrustedText.sanitized(e.party), district: UntrustedText.sanitized(e.district),
                         number: UntrustedText.sanitized(e.number), name: UntrustedText.sanitized(e.name),
                         sex: e.sex.map { $0 == .male ? "L" : "P" }, domicile: UntrustedText.sanitized(e.domicile), deputy: e.isDeputy,
                         nip: m.nip.description, score: m.score.value, level: m.score.isLikely ? "likely" : "possible",
                         nameAgreement: m.score.name.rawValue, sexAgrees: m.score.sexAgrees, domicileAgrees: m.score.domicileAgrees,
                         verdict: m.verdict.map { $0 == .same ? "sama" : "bukan" }, recordedCandidate: m.recorded)
        }
    }

    /// An alert's KPU facts.
    struct AlertFacts: Encodable {
        let file, list, party, district, number, name: String?
        let line: Int?
        let score: Int?
        let confirmed: Bool
        let listsChecked: Int?

        init(_ f: KPUAlertFacts) {
            file = f.entry.map { UntrustedText.sanitized($0.file) }
            line = f.entry?.line
            list = f.entry?.kind.canonicalName
            party = f.entry.map { UntrustedText.sanitized($0.party) }
            district = f.entry.map { UntrustedText.sanitized($0.district) }
            number = f.entry.map { UntrustedText.sanitized($0.number) }
            name = f.entry.map { UntrustedText.sanitized($0.name) }
            score = f.score
            confirmed = f.confirmed
            listsChecked = f.entry == nil ? f.listsChecked : nil
        }
    }
}
