import Foundation

/// Readers for what follows a case after Bawaslu (`cases.csv`'s optional columns) and
/// for the circulars chain (`circulars.csv`, `acknowledgements.csv`).
///
/// A bad optional cell is a warning and the cell is read as empty: the rest of the
/// row — and the case or acknowledgement it carries — is still used.
extension RecordReaders {
    /// Reads `circulars.csv`.
    public static func circulars(_ bytes: [UInt8]) -> FileReading<[Circular]> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<CircularColumn>(file: .circulars)
        var circulars: [Circular] = []
        var firstLineOfID: [String: Int] = [:]
        var values = ValueParsers()
        let (usable, fileProblems) = table.read(bytes) { row, table in
            func fail(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.error, .circulars, line: row.line, heading: heading, message)) }
            func warn(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.warning, .circulars, line: row.line, heading: heading, message)) }
            let id = row.text(table[.id])
            guard !id.isEmpty else { return fail(Messages.requiredValue("id"), in: "id") }
            if let first = firstLineOfID[id] { return fail(Messages.duplicateCircularID(id, firstLine: first), in: "id") }
            guard let issued = values.dates.parse(row, table[.issuedOn], column: "issued_on", onError: fail) else { return }
            let due = FollowUpParsers.optionalDate(row, table[.dueOn], column: "due_on", &values, warn)
            if let due, due < issued { warn(Messages.dateBefore("due_on", "issued_on"), in: "due_on") }
            let follows = row.text(table[.follows])
            var asksPact = false
            if !row.isBlank(table[.asksPact]) {
                let raw = row.text(table[.asksPact])
                if let flag = FollowUpParsers.flag(raw) { asksPact = flag } else { warn(Messages.notYesNo(raw, column: "asks_pact"), in: "asks_pact") }
            }
            let applies = row.text(table[.appliesTo]).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            firstLineOfID[id] = row.line
            circulars.append(Circular(id: id, number: row.text(table[.number]), issuer: row.interned(table[.issuer]), issuedOn: issued,
                                      subject: row.text(table[.subject]), follows: follows.isEmpty ? nil : follows, dueOn: due,
                                      appliesTo: applies, asksPact: asksPact, line: row.line))
        }
        return FileReading(value: usable ? circulars : nil, diagnostics: fileProblems + diagnostics)
    }

    /// Reads `acknowledgements.csv`. Circular ids and units are checked against the
    /// other files later (`CircularLedger`), where they can be.
    public static func acknowledgements(_ bytes: [UInt8]) -> FileReading<[Acknowledgement]> {
        var diagnostics: [Diagnostic] = []
        var table = CSVTable<AcknowledgementColumn>(file: .acknowledgements)
        var rows: [Acknowledgement] = []
        var values = ValueParsers()
        let (usable, fileProblems) = table.read(bytes) { row, table in
            func fail(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.error, .acknowledgements, line: row.line, heading: heading, message)) }
            func warn(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.warning, .acknowledgements, line: row.line, heading: heading, message)) }
            let circular = row.interned(table[.circular])
            guard !circular.isEmpty else { return fail(Messages.requiredValue("circular"), in: "circular") }
            let unit = row.interned(table[.unit])
            guard !unit.isEmpty else { return fail(Messages.requiredValue("unit"), in: "unit") }
            func date(_ column: AcknowledgementColumn, _ name: String) -> CivilDate? {
                FollowUpParsers.optionalDate(row, table[column], column: name, &values, warn)
            }
            // In column order, so the row's messages read left to right.
            let received = date(.receivedOn, "received_on"), passed = date(.passedOn, "passed_on")
            let pact = date(.pactSignedOn, "pact_signed_on")
            var count: Int?
            if !row.isBlank(table[.signedCount]) {
                let raw = row.text(table[.signedCount])
                if let n = Int(raw), n >= 0 { count = n } else { warn(Messages.notACount(raw, column: "signed_count"), in: "signed_count") }
            }
            let ack = Acknowledgement(circular: circular, unit: unit, receivedOn: received, passedOn: passed, pactSignedOn: pact,
                                      signedCount: count, apelOn: date(.apelOn, "apel_on"), note: row.text(table[.note]), line: row.line)
            if let received = ack.receivedOn, let passed = ack.passedOn, passed < received { warn(Messages.dateBefore("passed_on", "received_on"), in: "passed_on") }
            rows.append(ack)
        }
        return FileReading(value: usable ? rows : nil, diagnostics: fileProblems + diagnostics)
    }
}

/// Parses the optional columns of `cases.csv` after Bawaslu, caching repeated values.
struct FollowUpParsers {
    private var values = ValueParsers()
    private var targets = ValueParsers.spoken(ForwardTarget.self)
    private var channels = ValueParsers.spoken(CaseChannel.self)
    private var sanctions = ValueParsers.spoken(SanctionLevel.self)

    /// The follow-up of one row; each bad cell is reported through `warn` and left empty.
    mutating func read(_ row: CSVRow, _ table: CSVTable<CaseColumn>, reportedOn: CivilDate, warn: CellReport) -> CaseFollowUp {
        var f = CaseFollowUp()
        // Files written before these columns existed skip everything below at once.
        guard table[.forwardedTo] != nil || table[.forwardedOn] != nil || table[.channel] != nil || table[.refNo] != nil
                || table[.recommendationOn] != nil || table[.recommendationNo] != nil || table[.sanction] != nil
                || table[.ppkDue] != nil || table[.decidedOn] != nil || table[.decisionNo] != nil || table[.blocked] != nil
        else { return f }
        func optional<V>(_ parser: inout CachedField<V>, _ column: CaseColumn, _ name: String) -> V? {
            guard !row.isBlank(table[column]) else { return nil }
            return parser.parse(row, table[column], column: name, onError: warn)
        }
        f.forwardedTo = optional(&targets, .forwardedTo, "forwarded_to")
        f.channel = optional(&channels, .channel, "channel")
        f.sanction = optional(&sanctions, .sanction, "sanction")
        f.forwardedOn = Self.optionalDate(row, table[.forwardedOn], column: "forwarded_on", &values, warn)
        f.recommendationOn = Self.optionalDate(row, table[.recommendationOn], column: "recommendation_on", &values, warn)
        f.ppkDue = Self.optionalDate(row, table[.ppkDue], column: "ppk_due", &values, warn)
        f.decidedOn = Self.optionalDate(row, table[.decidedOn], column: "decided_on", &values, warn)
        f.refNo = row.text(table[.refNo])
        f.recommendationNo = row.text(table[.recommendationNo])
        f.decisionNo = row.text(table[.decisionNo])
        if !row.isBlank(table[.blocked]) {
            let raw = row.text(table[.blocked])
            if let flag = Self.flag(raw) { f.blocked = flag } else { warn(Messages.notYesNo(raw, column: "blocked"), "blocked") }
        }
        // Each step comes after the one before it; a date out of order is a typo worth a look.
        let steps: [(String, CivilDate?)] = [("reported_on", reportedOn), ("forwarded_on", f.forwardedOn),
                                             ("recommendation_on", f.recommendationOn), ("decided_on", f.decidedOn)]
        var previous: (String, CivilDate)?
        for (name, date) in steps {
            guard let date else { continue }
            if let (earlierName, earlier) = previous, date < earlier { warn(Messages.dateBefore(name, earlierName), name) }
            previous = (name, date)
        }
        if let due = f.ppkDue, let rec = f.recommendationOn, due < rec { warn(Messages.dateBefore("ppk_due", "recommendation_on"), "ppk_due") }
        return f
    }

    /// A date from an optional cell: `nil` when blank, or (reported) when not a date.
    static func optionalDate(_ row: CSVRow, _ index: Int?, column: String, _ values: inout ValueParsers,
                             _ warn: CellReport) -> CivilDate? {
        guard !row.isBlank(index) else { return nil }
        return values.dates.parse(row, index, column: column, onError: warn)
    }

    /// yes/no in the words clerks use; `92` is SIASN's legal status for a blocked record.
    static func flag(_ raw: String) -> Bool? {
        switch Vocabulary.key(raw) {
        case "yes", "ya", "y", "true", "1", "diblokir", "blokir", "92", "wajib", "ada": true
        case "no", "tidak", "t", "n", "false", "0", "tidakdiblokir", "tidakwajib", "tidakada": false
        default: nil
        }
    }
}
