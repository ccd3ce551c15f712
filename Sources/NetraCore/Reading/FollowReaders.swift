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
            var problems = 0
            func fail(_ message: Message, in heading: String?) {
                diagnostics.append(Diagnostic(.error, .circulars, line: row.line, heading: heading, message))
                problems += 1
            }
            func warn(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.warning, .circulars, line: row.line, heading: heading, message)) }
            let id = row.text(table[.id])
            if id.isEmpty {
                fail(Messages.requiredValue(table.written(.id)), in: "id")
            } else if let first = firstLineOfID[id] {
                fail(Messages.duplicateCircularID(id, firstLine: first), in: "id")
            }
            let issued = values.dates.parse(row, table, .issuedOn, onError: fail)
            let due = values.dates.optional(row, table, .dueOn, onError: warn)
            guard problems == 0, let issued else { return }
            if let due, due < issued { warn(Messages.dateBefore(table.written(.dueOn), table.written(.issuedOn)), in: "due_on") }
            let follows = row.text(table[.follows])
            var asksPact = false
            if !row.isBlank(table[.asksPact]) {
                let raw = row.text(table[.asksPact])
                if let flag = FollowUpParsers.flag(raw) { asksPact = flag } else { warn(Messages.notYesNo(raw, column: table.written(.asksPact)), in: "asks_pact") }
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
            var problems = 0
            func fail(_ message: Message, in heading: String?) {
                diagnostics.append(Diagnostic(.error, .acknowledgements, line: row.line, heading: heading, message))
                problems += 1
            }
            func warn(_ message: Message, in heading: String?) { diagnostics.append(Diagnostic(.warning, .acknowledgements, line: row.line, heading: heading, message)) }
            let circular = row.interned(table[.circular])
            if circular.isEmpty { fail(Messages.requiredValue(table.written(.circular)), in: "circular") }
            let unit = row.interned(table[.unit])
            if unit.isEmpty { fail(Messages.requiredValue(table.written(.unit)), in: "unit") }
            func date(_ column: AcknowledgementColumn) -> CivilDate? { values.dates.optional(row, table, column, onError: warn) }
            // In column order, so the row's messages read left to right.
            let received = date(.receivedOn), passed = date(.passedOn)
            let pact = date(.pactSignedOn)
            var count: Int?
            if !row.isBlank(table[.signedCount]) {
                let raw = row.text(table[.signedCount])
                if let n = Int(raw), n >= 0 { count = n } else { warn(Messages.notACount(raw, column: table.written(.signedCount)), in: "signed_count") }
            }
            let apel = date(.apelOn)
            guard problems == 0 else { return }
            let ack = Acknowledgement(circular: circular, unit: unit, receivedOn: received, passedOn: passed, pactSignedOn: pact,
                                      signedCount: count, apelOn: apel, note: row.text(table[.note]), line: row.line)
            if let received = ack.receivedOn, let passed = ack.passedOn, passed < received {
                warn(Messages.dateBefore(table.written(.passedOn), table.written(.receivedOn)), in: "passed_on")
            }
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
        f.forwardedTo = targets.optional(row, table, .forwardedTo, onError: warn)
        f.channel = channels.optional(row, table, .channel, onError: warn)
        f.sanction = sanctions.optional(row, table, .sanction, onError: warn)
        f.forwardedOn = values.dates.optional(row, table, .forwardedOn, onError: warn)
        f.recommendationOn = values.dates.optional(row, table, .recommendationOn, onError: warn)
        f.ppkDue = values.dates.optional(row, table, .ppkDue, onError: warn)
        f.decidedOn = values.dates.optional(row, table, .decidedOn, onError: warn)
        f.refNo = row.text(table[.refNo])
        f.recommendationNo = row.text(table[.recommendationNo])
        f.decisionNo = row.text(table[.decisionNo])
        if !row.isBlank(table[.blocked]) {
            let raw = row.text(table[.blocked])
            if let flag = Self.flag(raw) { f.blocked = flag } else { warn(Messages.notYesNo(raw, column: table.written(.blocked)), "blocked") }
        }
        // Each step comes after the one before it; a date out of order is a typo worth a look.
        let steps: [(CaseColumn, CivilDate?)] = [(.reportedOn, reportedOn), (.forwardedOn, f.forwardedOn),
                                                 (.recommendationOn, f.recommendationOn), (.decidedOn, f.decidedOn)]
        var previous: (CaseColumn, CivilDate)?
        for (column, date) in steps {
            guard let date else { continue }
            if let (earlierColumn, earlier) = previous, date < earlier {
                warn(Messages.dateBefore(table.written(column), table.written(earlierColumn)), column.canonicalName)
            }
            previous = (column, date)
        }
        if let due = f.ppkDue, let rec = f.recommendationOn, due < rec {
            warn(Messages.dateBefore(table.written(.ppkDue), table.written(.recommendationOn)), "ppk_due")
        }
        return f
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
