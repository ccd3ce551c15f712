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
    /// How many rows to make room for: the line count (an upper bound), so the roster
    /// is allocated once. Guessing from the size alone (~90 bytes a row) undershot
    /// short rows, and the array then doubled: both buffers alive at once, and a third
    /// of the final one unused (at 100k officers of ~70 bytes, 57 MB instead of 37 MB,
    /// plus 29 MB during the copy). Above a million lines the size guess bounds it, so
    /// a file of blank lines reserves no more than it did.
    static func expectedRows(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for byte in bytes where byte == 0x0A { lines += 1 }
        return min(lines, max(bytes.count / 90, 1_000_000))
    }

    /// Reads `officers.csv`.
    public static func officers(_ bytes: [UInt8]) -> FileReading<OfficerRoster> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<OfficerColumn>(file: .officers)
        var roster = OfficerRoster()
        roster.reserve(expectedRows(bytes))
        var values = ValueParsers()
        var impliedAges = ParseCache<RetirementAge.Rule>()
        var explicitAges = ParseCache<Int>()

        let (usable, fileProblems) = table.read(bytes) { row, table in
            func fail(_ message: Message, in heading: String?) { diagnostics.append(skipped(row, table, message, heading: heading)) }

            var employment = Employment.pns
            if !row.isBlank(table[.employment]) {
                guard let e = values.employment.parse(row, table[.employment], column: "employment", onError: fail) else { return }
                employment = e
            }
            guard let nip = parseNIP(row, table[.nip], employment: employment, onError: { fail($0, in: "nip") }) else { return }
            var candidacy = Candidacy.none
            if !row.isBlank(table[.candidacy]) {
                guard let c = values.candidacy.parse(row, table[.candidacy], column: "candidacy", onError: fail) else { return }
                candidacy = c
            }
            let name = row.text(table[.name])
            guard !name.isEmpty else { return fail(Messages.requiredValue("name"), in: "name") }
            if Self.hasControlCharacters(name) {
                diagnostics.append(Diagnostic(.warning, .officers, line: row.line, heading: "name", Messages.controlCharacters(column: "name")))
            }
            let positionID = row.internedID(table[.position])
            let position = row.state.interner.string(positionID)

            let age: Int
            var rule: RetirementAge.Rule?
            if row.isBlank(table[.retirementAge]) {
                let inferred = impliedAges.value(for: positionID) { RetirementAge.rule(forPosition: position) } ?? .standard
                rule = inferred
                age = inferred.age
                if inferred == .acting {
                    diagnostics.append(Diagnostic(.warning, .officers, line: row.line, heading: "position", Messages.actingTitle(position)))
                }
            } else {
                let id = row.internedID(table[.retirementAge])
                let raw = row.state.interner.string(id)
                guard let parsed = explicitAges.value(for: id, parse: { Int(raw).flatMap { (50...70).contains($0) ? $0 : nil } })
                else { return fail(Messages.retirementAge(raw), in: "retirement_age") }
                age = parsed
            }

            var officer = Officer(
                nip: nip, name: name, unit: row.interned(table[.unit]), position: position,
                grade: row.interned(table[.grade]), candidacy: candidacy, party: row.interned(table[.party]),
                district: row.interned(table[.district]), retirementAge: age, retirementAgeRule: rule, employment: employment,
                election: row.interned(table[.election]), line: row.line)
            guard SIASNFields.read(row, table, into: &officer, dates: &values.dates, onError: fail, onWarning: {
                diagnostics.append(Diagnostic(.warning, .officers, line: row.line, heading: $1, $0))
            }) else { return }
            if let existing = roster.append(officer) {
                // The officer is on the roster by the first row: not a lost candidate.
                diagnostics.append(Diagnostic(.error, .officers, line: row.line, heading: "nip",
                                              Messages.duplicateNIP(nip, firstLine: roster.officers[existing].line)))
            }
        }
        if usable && roster.officers.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.warning, .officers, line: nil, Messages.rosterWithoutOfficers))
        }
        return FileReading(value: usable ? roster : nil, diagnostics: fileProblems + diagnostics)
    }

    /// C0 controls, DEL, ESC sequences and C1 controls in a cell: the screen cleans them,
    /// but a clerk should know the file holds them. Tabs and line breaks (Alt-Enter in a
    /// spreadsheet cell) are ordinary and shown as spaces.
    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x09 && s.value != 0x0A && s.value != 0x0D) || (0x7F...0x9F).contains(s.value)
        }
    }

    /// The error for a row of officers.csv that is not read (see `skippedOfficer`).
    private static func skipped(_ row: CSVRow, _ table: CSVTable<OfficerColumn>, _ message: Message, heading: String?) -> Diagnostic {
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
            func fail(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.error, .retirements, line: row.line, heading: heading, message)) }
            func warn(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.warning, .retirements, line: row.line, heading: heading, message)) }

            guard let nip = parseNIP(row, table[.nip], employment: nil, onError: { fail($0, in: "nip") }),
                  let kind = values.kind.parse(row, table[.kind], column: "kind", onError: fail),
                  let filed = values.dates.parse(row, table[.filedOn], column: "filed_on", onError: fail),
                  let stage = values.stage.parse(row, table[.stage], column: "stage", onError: fail)
            else { return }
            var effective: CivilDate?
            if !row.isBlank(table[.effectiveOn]) {
                guard let e = values.dates.parse(row, table[.effectiveOn], column: "effective_on", onError: fail) else { return }
                effective = e
            }
            let decree = row.text(table[.decreeNumber])
            if stage == .decreed && decree.isEmpty { warn(Messages.decreeWithoutNumber, in: "decree_no") }
            if let effective, effective < filed { warn(Messages.effectiveBeforeFiling, in: "effective_on") }
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
            func fail(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.error, .cases, line: row.line, heading: heading, message)) }

            let id = row.text(table[.id])
            guard !id.isEmpty else { return fail(Messages.emptyCaseID, in: "id") }
            if let first = firstLineOfID[id] { return fail(Messages.duplicateCaseID(id, firstLine: first), in: "id") }
            var nip: NIP?
            if !row.isBlank(table[.nip]) {
                guard let n = parseNIP(row, table[.nip], employment: nil, onError: { fail($0, in: "nip") }) else { return }
                nip = n
            }
            guard let reported = values.dates.parse(row, table[.reportedOn], column: "reported_on", onError: fail),
                  let source = values.source.parse(row, table[.source], column: "source", onError: fail),
                  let status = values.status.parse(row, table[.status], column: "status", onError: fail)
            else { return }
            var due: CivilDate?
            if !row.isBlank(table[.dueOn]) {
                guard let d = values.dates.parse(row, table[.dueOn], column: "due_on", onError: fail) else { return }
                due = d
                if d < reported { diagnostics.append(Diagnostic(.warning, .cases, line: row.line, heading: "due_on", Messages.dueBeforeReport)) }
            }
            firstLineOfID[id] = row.line
            var item = NeutralityCase(id: id, nip: nip, reportedOn: reported, source: source,
                                      category: row.interned(table[.category]), summary: row.text(table[.summary]),
                                      status: status, dueOn: due, line: row.line)
            item.followUp = followUp.read(row, table, reportedOn: reported) {
                diagnostics.append(Diagnostic(.warning, .cases, line: row.line, heading: $1, $0))
            }
            cases.append(item)
        }
        return FileReading(value: usable ? cases : nil, diagnostics: fileProblems + diagnostics)
    }

    /// A NIP from a field. `employment == nil` (a NIP referenced from another file)
    /// checks the form only; the officer's own row in officers.csv carries the full check.
    private static func parseNIP(_ row: CSVRow, _ index: Int?, employment: Employment?,
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
            onError(Messages.nip(problem, raw: raw))
            return nil
        }
    }
}

/// How a reader reports a problem in one row: the message and the canonical heading of
/// the column it is in (`nil` for the row as a whole).
typealias CellReport = (_ message: Message, _ heading: String?) -> Void

/// Parses a required enumerated or date field once per distinct value of the file.
struct CachedField<Value> {
    /// A parsed value, or the message saying why the text is not one.
    enum Parsed {
        case value(Value)
        case problem(Message)
    }
    private var cache = ParseCache<Parsed>()
    private let parser: (String, String) -> Parsed

    init(_ parser: @escaping (_ raw: String, _ column: String) -> Parsed) { self.parser = parser }

    /// The value, or `nil` after reporting why not (empty, unknown, not a date), with
    /// the column's canonical heading so the problem can be placed in its cell.
    mutating func parse(_ row: CSVRow, _ index: Int?, column: String, onError: CellReport) -> Value? {
        let id = row.internedID(index)
        guard id != ByteInterner.emptyID else { onError(Messages.requiredValue(column), column); return nil }
        let raw = row.state.interner.string(id)
        switch cache.value(for: id, parse: { parser(raw, column) })! {
        case .value(let value): return value
        case .problem(let message):
            onError(message, column)
            return nil
        }
    }
}

/// The cached field parsers one file read uses.
struct ValueParsers {
    static func spoken<V: SpokenValue>(_: V.Type) -> CachedField<V> {
        CachedField { raw, column in V.parse(raw).map { .value($0) } ?? .problem(Messages.unknownValue(raw, column: column, of: V.self)) }
    }
    var employment = CachedField<Employment> { raw, column in
        Employment.parseExport(raw).map { .value($0) } ?? .problem(Messages.unknownValue(raw, column: column, of: Employment.self))
    }
    var candidacy = spoken(Candidacy.self)
    var kind = spoken(RequestKind.self)
    var stage = spoken(RequestStage.self)
    var source = spoken(CaseSource.self)
    var status = spoken(CaseStatus.self)
    var dates = CachedField<CivilDate> { raw, column in
        switch DateText.parse(raw) {
        case .success(let date): .value(date)
        case .failure(let failure): .problem(Messages.date(failure, raw: raw, column: column))
        }
    }
}
