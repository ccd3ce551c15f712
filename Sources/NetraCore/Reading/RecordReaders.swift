/// What reading one file produced: its records, or `nil` when the file is missing or
/// unusable (then the last good data should stay), plus the problems found.
public struct FileReading<Value: Sendable>: Sendable {
    public var value: Value?
    public var diagnostics: [Diagnostic]

    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }
}

/// Turns the bytes of each CSV data file into records, one reader per file.
///
/// Values that repeat (enumerations, dates, units) are interned and parsed once per
/// distinct value; see `ParseCache`.
public enum RecordReaders {
    /// The most rows room is made for at once: the line count is what the roster is
    /// sized by (`OfficerRegion.places`), so it is allocated once; this bounds it for a
    /// file of blank lines at a million rows, or one per 64 bytes. (A row per 90 bytes,
    /// as before, was below real SIASN rows of ≈75 bytes: above a million officers the
    /// rest would spill and the roster be copied. Shorter rows than 64 bytes still read
    /// right, by spilling.) Room never written is never touched, so it costs address
    /// space, not memory — but a 1 GB file of line feeds must not ask for 4 GB of it in
    /// one allocation (one row per 24 bytes would), which a small machine refuses.
    static func rowBound(_ bytes: [UInt8]) -> Int { max(bytes.count / 64, 1_000_000) }

    /// Reads `officers.csv` (`OfficerReader`: in pieces on every core when it is large).
    public static func officers(_ bytes: [UInt8]) -> FileReading<OfficerRoster> { OfficerReader.read(bytes) }

    /// The error for a row of officers.csv that is not read (see `skippedOfficer`).
    static func skipped(_ row: CSVRow, _ table: CSVTable<OfficerColumn>, _ message: Message, heading: String?) -> Diagnostic {
        var place = Diagnostic.Location.dataFile(.officers, line: row.line)
        place.heading = heading
        return skippedOfficer(place, name: row.text(table[.name]), candidacy: row.text(table[.candidacy]),
                              nip: NIP.digitsOnly(row.rawBytes(table[.nip])).map(NIP.init(value:)), message)
    }

    /// The error for a row of the roster that is not read, whether from CSV or a
    /// workbook. When the row's own cells say a candidate, the message names them and
    /// the diagnostic is marked, so the screen can say who left the candidate count;
    /// every such row also keeps its name and readable NIP, so that one whose officer
    /// has an open request or case can be named once the other files are read
    /// (`SkippedRows`). Only on failures: no cost per good row.
    static func skippedOfficer(_ place: Diagnostic.Location, name rawName: String, candidacy: String, nip: NIP?,
                               _ message: Message) -> Diagnostic {
        let name = UntrustedText.sanitized(rawName)
        var diagnostic: Diagnostic
        if let candidacy = Candidacy.parse(candidacy), candidacy.isActiveCandidate {
            diagnostic = Diagnostic(.error, place, Messages.skippedCandidate(name: name, candidacy: candidacy, message))
            diagnostic.skippedCandidate = .init(name: name, candidacy: candidacy)
        } else {
            diagnostic = Diagnostic(.error, place, message)
        }
        diagnostic.skippedRow = .init(name: name, nips: nip.map { [$0] } ?? [])
        return diagnostic
    }

    /// Reads `retirements.csv`.
    public static func retirements(_ bytes: [UInt8]) -> FileReading<[RetirementRequest]> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<RetirementColumn>(file: .retirements)
        var requests: [RetirementRequest] = []
        var values = ValueParsers()
        let (usable, fileProblems) = table.read(bytes) { row, table in
            var problems = 0
            func fail(_ message: Message, in heading: String?) {
                diagnostics.append(Diagnostic(.error, .retirements, line: row.line, heading: heading, message))
                problems += 1
            }
            func warn(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.warning, .retirements, line: row.line, heading: heading, message)) }

            // Every cell is read before giving up, so each of its problems is reported.
            let nip = parseNIP(row, table[.nip], employment: nil, column: table.written(.nip), onError: { fail($0, in: "nip") })
            let kind = values.kind.parse(row, table, .kind, onError: fail)
            let filed = values.dates.parse(row, table, .filedOn, onError: fail)
            let stage = values.stage.parse(row, table, .stage, onError: fail)
            let effective = values.dates.optional(row, table, .effectiveOn, onError: fail)
            guard problems == 0, let nip, let kind, let filed, let stage else { return }
            let decree = row.text(table[.decreeNumber])
            if stage == .decreed && decree.isEmpty { warn(Messages.decreeWithoutNumber, in: "decree_no") }
            if let effective, effective < filed { warn(Messages.effectiveBeforeFiling, in: "effective_on") }
            // An age request is filed well ahead of its TMT as a matter of course; a
            // resignation's working days count from filing, so a year off matters.
            if kind != .age, let far = DatePlausibility.longBefore((.filedOn, filed), others: [(.effectiveOn, effective)],
                                                                   table: table, countsFrom: true) {
                warn(far, in: "filed_on")
            }
            requests.append(RetirementRequest(nip: nip, kind: kind, filedOn: filed, stage: stage,
                                              effectiveOn: effective, decreeNumber: decree, line: row.line))
        }
        return FileReading(value: usable ? requests : nil, diagnostics: fileProblems + diagnostics)
    }

    /// Reads `cases.csv`.
    public static func cases(_ bytes: [UInt8]) -> FileReading<[NeutralityCase]> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<CaseColumn>(file: .cases)
        var cases: [NeutralityCase] = []
        var firstLineOfID: [String: Int] = [:]
        var values = ValueParsers()
        var followUp = FollowUpParsers()
        let (usable, fileProblems) = table.read(bytes) { row, table in
            var problems = 0
            func fail(_ message: Message, in heading: String?) {
                diagnostics.append(Diagnostic(.error, .cases, line: row.line, heading: heading, message))
                problems += 1
            }

            let id = row.text(table[.id])
            if id.isEmpty {
                fail(Messages.emptyCaseID(table.written(.id)), in: "id")
            } else if let first = firstLineOfID[id] {
                fail(Messages.duplicateCaseID(id, firstLine: first), in: "id")
            }
            var nip: NIP?
            if !row.isBlank(table[.nip]) {
                nip = parseNIP(row, table[.nip], employment: nil, column: table.written(.nip), onError: { fail($0, in: "nip") })
            }
            let reported = values.dates.parse(row, table, .reportedOn, onError: fail)
            let source = values.source.parse(row, table, .source, onError: fail)
            let status = values.status.parse(row, table, .status, onError: fail)
            let due = values.dates.optional(row, table, .dueOn, onError: fail)
            guard problems == 0, let reported, let source, let status else { return }
            if let due, due < reported { diagnostics.append(Diagnostic(.warning, .cases, line: row.line, heading: "due_on", Messages.dueBeforeReport)) }
            firstLineOfID[id] = row.line
            var item = NeutralityCase(id: id, nip: nip, reportedOn: reported, source: source,
                                      category: row.interned(table[.category]), summary: row.text(table[.summary]),
                                      status: status, dueOn: due, line: row.line)
            item.followUp = followUp.read(row, table, reportedOn: reported) {
                diagnostics.append(Diagnostic(.warning, .cases, line: row.line, heading: $1, $0))
            }
            let f = item.followUp
            if let far = DatePlausibility.longBefore((.reportedOn, reported), others: [(.dueOn, due), (.forwardedOn, f.forwardedOn),
                                                      (.recommendationOn, f.recommendationOn), (.ppkDue, f.ppkDue), (.decidedOn, f.decidedOn)],
                                                     table: table, countsFrom: false) {
                diagnostics.append(Diagnostic(.warning, .cases, line: row.line, heading: "reported_on", far))
            }
            cases.append(item)
        }
        return FileReading(value: usable ? cases : nil, diagnostics: fileProblems + diagnostics)
    }

    /// A NIP from a field. `employment == nil` (a NIP referenced from another file)
    /// checks the form only; the officer's own row in officers.csv carries the full check.
    static func parseNIP(_ row: CSVRow, _ index: Int?, employment: Employment?, column: @autoclosure () -> String,
                         onError: (Message) -> Void) -> NIP? {
        if let value = NIP.digitsOnly(row.rawBytes(index)) {
            let nip = NIP(value: value)
            guard employment == .pns else { return nip }
            if case .success = nip.checkPNSLayout() { return nip }
        }
        let raw = row.text(index)
        switch NIP.parse(raw, employment: employment ?? .pppk) {
        case .success(let nip): return nip
        case .failure(let problem):
            onError(Messages.nip(problem, raw: raw, column: column()))
            return nil
        }
    }
}

