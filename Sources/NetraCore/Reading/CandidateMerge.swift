/// Puts `candidates.csv` into the roster at read time.
///
/// Each record fills its officer's `candidacy`, `election`, `party` and `district`
/// (the fields every derivation reads) and hangs itself on the officer as
/// `candidateRecord`. `candidates.csv` wins over the roster's own candidacy columns
/// (an older folder may still have them); where the two disagree, the warning names
/// both lines so the clerk can correct the stale one.
enum CandidateMerge {
    /// Merges `records` into `roster`; the problems found, on `candidates.csv`'s lines.
    /// A candidate whose roster row was skipped (a typo in another cell) is named on
    /// that row, as a skipped row that says "candidate" itself always was: `skipped`
    /// are the roster's diagnostics, marked in place.
    /// `names`: the tables' names as the folder holds them (`Dataset.storedNames`).
    static func apply(_ records: [CandidateRecord], to roster: inout OfficerRoster, skipped: inout [Diagnostic],
                      names: [DataFile: String] = [:]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let rosterName = names[.officers] ?? DataFile.officers.fileName
        let candidatesName = names[.candidates] ?? DataFile.candidates.fileName
        for record in records {
            guard let index = roster.indexByNIP[record.nip] else {
                if let row = skipped.firstIndex(where: { $0.file == .officers && isRow($0.skippedRow, of: record) }) {
                    if skipped[row].skippedCandidate == nil, record.candidacy.isActiveCandidate {
                        let name = skipped[row].skippedRow?.name ?? ""
                        skipped[row].text = Messages.skippedCandidate(name: name, candidacy: record.candidacy, skipped[row].text)
                        skipped[row].skippedCandidate = .init(name: name, candidacy: record.candidacy)
                    }
                    continue
                }
                found.append(Diagnostic(.error, .candidates, line: record.line, heading: "nip",
                                        Messages.candidateNotOnRoster(record.nip, name: record.name, roster: rosterName)))
                continue
            }
            roster.update(at: index) { officer in
                let differing = disagreements(record, officer)
                if !differing.isEmpty {
                    found.append(Diagnostic(.warning, .candidates, line: record.line, heading: "candidacy",
                                            Messages.candidacyDisagrees(differing, candidatesLine: record.line, rosterLine: officer.line,
                                                                            files: (candidatesName, rosterName))))
                }
                officer.candidacy = record.candidacy
                // A blank cell in candidates.csv says nothing: the roster's word stays.
                if !record.election.isEmpty { officer.election = record.election }
                if !record.party.isEmpty { officer.party = record.party }
                if !record.district.isEmpty { officer.district = record.district }
                officer.candidateRecord = record
            }
        }
        return found
    }

    /// What the roster row says differently, as `(field, roster's, candidates.csv's)`:
    /// only where both say something (a roster without the columns never disagrees).
    static func disagreements(_ record: CandidateRecord, _ officer: Officer) -> [(field: String, roster: String, candidates: String)] {
        var out: [(String, String, String)] = []
        if officer.candidacy != .none && officer.candidacy != record.candidacy {
            out.append(("candidacy", officer.candidacy.canonicalName, record.candidacy.canonicalName))
        }
        func compare(_ field: String, _ roster: String, _ candidates: String) {
            if !roster.isEmpty && !candidates.isEmpty && Vocabulary.key(roster) != Vocabulary.key(candidates) {
                out.append((field, roster, candidates))
            }
        }
        compare("election", officer.election, record.election)
        compare("party", officer.party, record.party)
        compare("district", officer.district, record.district)
        return out
    }

    /// Whether a skipped roster row is the candidate's: by its NIP when the row's
    /// could be read, else (a NIP a spreadsheet turned into `1,98505E+17`) by name.
    static func isRow(_ row: Diagnostic.SkippedRow?, of record: CandidateRecord) -> Bool {
        guard let row else { return false }
        if !row.nips.isEmpty { return row.nips.contains(record.nip) }
        return !record.name.isEmpty && Vocabulary.key(row.name) == Vocabulary.key(UntrustedText.sanitized(record.name))
    }
}
