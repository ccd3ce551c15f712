/// What reading one file produced: its records, or `nil` when the file is missing or
/// unusable (then the last good data should stay), plus the problems found.
public struct FileReading<Value: Sendable>: Sendable {
    public var value: Value?
    public var diagnostics: [Diagnostic]

    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// Unusable: errors that prevented reading any records.
    public var isUsable: Bool { value != nil }
}

/// The officers of `officers.csv`, with an index by NIP.
public struct OfficerRoster: Sendable {
    public private(set) var officers: [Officer]
    public private(set) var indexByNIP: [NIP: Int]

    public init(_ officers: [Officer] = []) {
        self.officers = []
        self.indexByNIP = [:]
        for officer in officers { _ = append(officer) }
    }

    /// Adds an officer; returns the existing one's index if the NIP is taken.
    mutating func append(_ officer: Officer) -> Int? {
        if let existing = indexByNIP[officer.nip] { return existing }
        indexByNIP[officer.nip] = officers.count
        officers.append(officer)
        return nil
    }

    mutating func reserve(_ n: Int) {
        officers.reserveCapacity(n)
        indexByNIP.reserveCapacity(n)
    }

    public subscript(nip: NIP) -> Officer? { indexByNIP[nip].map { officers[$0] } }
}

/// Turns the bytes of each CSV data file into records, one reader per file.
public enum RecordReaders {
    /// Reads `officers.csv`.
    public static func officers(_ bytes: [UInt8]) -> FileReading<OfficerRoster> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<OfficerColumn>(file: .officers)
        var roster = OfficerRoster()
        roster.reserve(bytes.count / 90)  // a typical row is ~90–120 bytes
        var candidacies = ValueCache<Candidacy>()
        var employments = ValueCache<Employment>()
        var impliedAges: [String: Int] = [:]
        var explicitAges: [String: Int?] = [:]

        let (usable, fileProblems) = table.read(bytes) { row, table in
            let ix = table.fieldIndex
            func fail(_ message: String) { diagnostics.append(Diagnostic(.error, .officers, line: row.line, message)) }

            var employment = Employment.pns
            if !row.isBlank(ix[.employment]) {
                guard let e = employments.parse(row.interned(ix[.employment])) else {
                    return fail(Messages.unknownValue(row.text(ix[.employment]), column: "employment", of: Employment.self))
                }
                employment = e
            }
            guard let nip = parseNIP(row, ix[.nip], employment: employment, onError: fail) else { return }

            var candidacy = Candidacy.none
            if !row.isBlank(ix[.candidacy]) {
                guard let c = candidacies.parse(row.interned(ix[.candidacy])) else {
                    return fail(Messages.unknownValue(row.text(ix[.candidacy]), column: "candidacy", of: Candidacy.self))
                }
                candidacy = c
            }
            let name = row.text(ix[.name])
            guard !name.isEmpty else { return fail(Messages.requiredValue("name")) }
            let position = row.interned(ix[.position])

            let age: Int
            if row.isBlank(ix[.retirementAge]) {
                if let cached = impliedAges[position] { age = cached } else {
                    age = RetirementAge.implied(byPosition: position)
                    impliedAges[position] = age
                }
            } else {
                let raw = row.interned(ix[.retirementAge])
                let parsed: Int?
                if let cached = explicitAges[raw] { parsed = cached } else {
                    parsed = Int(raw).flatMap { (50...70).contains($0) ? $0 : nil }
                    explicitAges[raw] = parsed
                }
                guard let parsed else { return fail(Messages.retirementAge(raw)) }
                age = parsed
            }

            let officer = Officer(
                nip: nip, name: name, unit: row.interned(ix[.unit]), position: position,
                grade: row.interned(ix[.grade]), candidacy: candidacy, party: row.interned(ix[.party]),
                district: row.interned(ix[.district]), retirementAge: age, employment: employment, line: row.line)
            if let existing = roster.append(officer) {
                fail(Messages.duplicateNIP(nip, firstLine: roster.officers[existing].line))
            }
        }
        return FileReading(value: usable ? roster : nil, diagnostics: fileProblems + diagnostics)
    }

    /// Reads `retirements.csv`.
    public static func retirements(_ bytes: [UInt8]) -> FileReading<[RetirementRequest]> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<RetirementColumn>(file: .retirements)
        var requests: [RetirementRequest] = []
        let (usable, fileProblems) = table.read(bytes) { row, table in
            let ix = table.fieldIndex
            func fail(_ message: String) { diagnostics.append(Diagnostic(.error, .retirements, line: row.line, message)) }
            func warn(_ message: String) { diagnostics.append(Diagnostic(.warning, .retirements, line: row.line, message)) }

            guard let nip = parseNIP(row, ix[.nip], employment: nil, onError: fail),
                  let kind = parseValue(RequestKind.self, row, ix[.kind], column: "kind", onError: fail),
                  let filed = parseDate(row, ix[.filedOn], column: "filed_on", required: true, onError: fail),
                  let stage = parseValue(RequestStage.self, row, ix[.stage], column: "stage", onError: fail)
            else { return }
            var effective: CivilDate?
            if !row.isBlank(ix[.effectiveOn]) {
                guard let e = parseDate(row, ix[.effectiveOn], column: "effective_on", required: false, onError: fail) else { return }
                effective = e
            }
            let decree = row.text(ix[.decreeNumber])
            if stage == .decreed && decree.isEmpty { warn(Messages.decreeWithoutNumber) }
            if let effective, effective < filed { warn(Messages.effectiveBeforeFiling) }
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
        let (usable, fileProblems) = table.read(bytes) { row, table in
            let ix = table.fieldIndex
            func fail(_ message: String) { diagnostics.append(Diagnostic(.error, .cases, line: row.line, message)) }

            let id = row.text(ix[.id])
            guard !id.isEmpty else { return fail(Messages.emptyCaseID) }
            if let first = firstLineOfID[id] { return fail(Messages.duplicateCaseID(id, firstLine: first)) }
            var nip: NIP?
            if !row.isBlank(ix[.nip]) {
                guard let n = parseNIP(row, ix[.nip], employment: nil, onError: fail) else { return }
                nip = n
            }
            guard let reported = parseDate(row, ix[.reportedOn], column: "reported_on", required: true, onError: fail),
                  let source = parseValue(CaseSource.self, row, ix[.source], column: "source", onError: fail),
                  let status = parseValue(CaseStatus.self, row, ix[.status], column: "status", onError: fail)
            else { return }
            var due: CivilDate?
            if !row.isBlank(ix[.dueOn]) {
                guard let d = parseDate(row, ix[.dueOn], column: "due_on", required: false, onError: fail) else { return }
                due = d
                if d < reported { diagnostics.append(Diagnostic(.warning, .cases, line: row.line, Messages.dueBeforeReport)) }
            }
            firstLineOfID[id] = row.line
            cases.append(NeutralityCase(id: id, nip: nip, reportedOn: reported, source: source,
                                        category: row.interned(ix[.category]), summary: row.text(ix[.summary]),
                                        status: status, dueOn: due, line: row.line))
        }
        return FileReading(value: usable ? cases : nil, diagnostics: fileProblems + diagnostics)
    }

    // MARK: Field parsers shared by the readers

    /// A NIP from a field. `employment == nil` (a NIP referenced from another file)
    /// accepts any well-formed 18-digit number; the officer's own row decides the rest.
    private static func parseNIP(_ row: CSVRow, _ index: Int?, employment: Employment?,
                                 onError: (String) -> Void) -> NIP? {
        if let value = NIP.digitsOnly(row.rawBytes(index)) {
            let nip = NIP(value: value)
            guard employment == .pns else { return nip }
            if case .success = nip.checkPNSLayout() { return nip }
        }
        let raw = row.text(index)
        // References from other files are checked for form only (`.pppk` rule); the
        // officer's own row in officers.csv carries the full check.
        switch NIP.parse(raw, employment: employment ?? .pppk) {
        case .success(let nip):
            return nip
        case .failure(let problem):
            onError(Messages.nip(problem, raw: raw))
            return nil
        }
    }

    private static func parseValue<V: SpokenValue>(_: V.Type, _ row: CSVRow, _ index: Int?, column: String,
                                                   onError: (String) -> Void) -> V? {
        let raw = row.interned(index)
        guard !raw.isEmpty else { onError(Messages.requiredValue(column)); return nil }
        guard let value = V.parse(raw) else {
            onError(Messages.unknownValue(raw, column: column, of: V.self))
            return nil
        }
        return value
    }

    private static func parseDate(_ row: CSVRow, _ index: Int?, column: String, required: Bool,
                                  onError: (String) -> Void) -> CivilDate? {
        let raw = row.interned(index)
        guard !raw.isEmpty else {
            if required { onError(Messages.requiredValue(column)) }
            return nil
        }
        switch DateText.parse(raw) {
        case .success(let date): return date
        case .failure(let failure):
            onError(Messages.date(failure, raw: raw, column: column))
            return nil
        }
    }
}

/// Remembers how each distinct spelling parsed, so a million rows parse a handful of
/// distinct values once each.
struct ValueCache<V: SpokenValue> {
    private var known: [String: V?] = [:]
    mutating func parse(_ text: String) -> V? {
        if let hit = known[text] { return hit }
        let value = V.parse(text)
        known[text] = value
        return value
    }
}
