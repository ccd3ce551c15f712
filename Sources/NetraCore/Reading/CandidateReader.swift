/// Reads `candidates.csv`: who runs for office, by NIP, apart from the roster.
extension RecordReaders {
    /// Reads `candidates.csv`. Every problem of a row is reported; a row with a
    /// problem in its NIP or candidacy is left out, a bad optional cell is a warning
    /// and read as empty (the candidacy itself still counts).
    public static func candidates(_ bytes: [UInt8]) -> FileReading<[CandidateRecord]> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<CandidateColumn>(file: .candidates)
        var records: [CandidateRecord] = []
        var firstLine: [NIP: Int] = [:]
        var values = ValueParsers()
        var lists = ValueParsers.spoken(KPUList.self)
        var sources = ValueParsers.spoken(CandidateSource.self)
        let (usable, fileProblems) = table.read(bytes) { row, table in
            var problems = 0
            func fail(_ message: Message, in heading: String?) {
                diagnostics.append(Diagnostic(.error, .candidates, line: row.line, heading: heading, message))
                problems += 1
            }
            func warn(_ message: Message, in heading: String?) {
                diagnostics.append(Diagnostic(.warning, .candidates, line: row.line, heading: heading, message))
            }
            let nip = parseNIP(row, table[.nip], employment: nil, column: table.written(.nip), onError: { fail($0, in: "nip") })
            let candidacy = values.candidacy.parse(row, table, .candidacy, onError: fail)
            let list = lists.optional(row, table, .list, onError: warn)
            var number: Int?
            if !row.isBlank(table[.ballotNumber]) {
                let raw = row.text(table[.ballotNumber])
                if let n = Int(raw), (1...999).contains(n) { number = n } else {
                    warn(Messages.notABallotNumber(raw, column: table.written(.ballotNumber)), in: "ballot_no")
                }
            }
            let reported = values.dates.optional(row, table, .reportedOn, onError: warn)
            let source = sources.optional(row, table, .source, onError: warn)
            guard problems == 0, let nip, let candidacy else { return }
            if let first = firstLine[nip] {
                return fail(Messages.duplicateCandidate(nip, firstLine: first), in: "nip")
            }
            firstLine[nip] = row.line
            records.append(CandidateRecord(nip: nip, candidacy: candidacy, election: row.interned(table[.election]),
                                           party: row.interned(table[.party]), district: row.interned(table[.district]),
                                           list: list, ballotNumber: number, reportedOn: reported, source: source,
                                           name: row.text(table[.name]), line: row.line))
        }
        return FileReading(value: usable ? records : nil, diagnostics: fileProblems + diagnostics)
    }
}
