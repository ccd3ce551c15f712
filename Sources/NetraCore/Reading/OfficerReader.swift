/// Reads `officers.csv`, in pieces on every core when it is large
/// (`CSVTable+Pieces.swift`), each piece writing its officers straight into its place
/// in the roster's one array (`OfficerRegion`).
///
/// Every problem of a row is reported (one line each), so a clerk fixes a row in one
/// go; a row with any problem is left out. A NIP met twice keeps its first row.
enum OfficerReader {
    /// What one piece of the file gave: its officers (in its region of the roster's
    /// array) and its rows' problems, with the caches that parse each distinct value once.
    struct Part {
        var officers: OfficerRegion
        var diagnostics: [Diagnostic] = []
        var values = ValueParsers()
        var impliedAges = ParseCache<RetirementAge.Rule>()
        var explicitAges = ParseCache<Int>()
    }

    /// The roster in `bytes`, read in `pieces` (by default one per core above 4 MB),
    /// with room made for at most `rowBound` rows at once (a test makes it small).
    static func read(_ bytes: [UInt8], pieces: Int? = nil, rowBound: Int? = nil) -> FileReading<OfficerRoster> {
        var table = CSVTable<OfficerColumn>(file: .officers)
        var fileProblems: [Diagnostic] = []
        guard let plan = table.plan(bytes, pieces: pieces ?? CSVTable<OfficerColumn>.pieceCount(for: bytes.count),
                                    diagnostics: &fileProblems) else {
            return FileReading(value: nil, diagnostics: fileProblems)
        }
        // Each piece's place: as many officers as it has line feeds (a row ends in one;
        // the last row of the file may not). Counted by each piece's thread.
        let lineFeeds = bytes.withUnsafeBufferPointer { buffer in
            Parallel.map(plan.pieces) { k in ByteCount.lineFeeds(in: UnsafeBufferPointer(rebasing: buffer[plan.range(of: k)])) }
        }
        let places = OfficerRegion.places(lineFeeds: lineFeeds, bound: rowBound ?? RecordReaders.rowBound(bytes))
        let capacity = places.last.map { $0.start + $0.capacity } ?? 0

        var usable = false
        var diagnostics: [Diagnostic] = []
        var shifts: [(lineShift: Int, diagnostics: [Diagnostic])] = []
        var spilled: [Officer]?
        var all = [Officer](unsafeUninitializedCapacity: capacity) { array, initialized in
            let base = array.baseAddress!  // never empty: the last place has room for a row without a line feed
            let (ok, problems, read) = table.read(bytes, plan, makePart: { k, throughEnd in
                let place = places[k]
                return Part(officers: OfficerRegion(base: base, start: place.start,
                                                    capacity: throughEnd ? capacity - place.start : place.capacity))
            }, discard: { $0.officers.discard() }, row: readRow)
            usable = ok
            fileProblems += problems
            let regions = read.map { ($0.part.officers, $0.lineShift) }
            shifts = read.map { ($0.lineShift, $0.part.diagnostics) }
            if regions.allSatisfy({ $0.0.spill.isEmpty }) {
                initialized = OfficerRegion.closeUp(regions, base: base)
            } else {
                spilled = OfficerRegion.moveOut(regions, base: base)
                initialized = 0
            }
        }
        if let spilled { all = spilled }
        for (shift, found) in shifts {
            diagnostics += shift == 0 ? found : found.map { $0.shifted(by: shift) }
        }
        // In file order: the first row of a NIP wins, a later one is an error naming it.
        var duplicates = false
        let roster = OfficerRoster(adopting: all) { later, first in
            duplicates = true
            diagnostics.append(Diagnostic(.error, .officers, line: later.line, heading: "nip",
                                          Messages.duplicateNIP(later.nip, firstLine: first.line)))
        }
        // A duplicate's error goes after its row's other remarks (rows are in line order).
        if duplicates { diagnostics = diagnostics.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element) }
        if usable && roster.officers.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.warning, .officers, line: nil, Messages.rosterWithoutOfficers))
        }
        return FileReading(value: usable ? roster : nil, diagnostics: fileProblems + diagnostics)
    }

    /// One row into `part`. Runs on several threads at once, one part each.
    private static func readRow(_ row: CSVRow, _ table: CSVTable<OfficerColumn>, _ part: inout Part) {
        // The row's problems, in order; put into words once the row is read. Why not
        // at once: `fail` is handed to the value parsers, and a closure that held the
        // row and the table had them copied for every cell it was handed with (three
        // arrays and a reference retained and released each time: a quarter of reading
        // a million officers, `perf`). This one holds only the list.
        var problems: [(message: Message, heading: String?)] = []
        func fail(_ message: Message, in heading: String?) { problems.append((message, heading)) }
        let line = row.line
        let stated = part.values.employment.optional(row, table, .employment, onError: fail)
        let employment = stated ?? .pns
        // An unreadable employment cell leaves the NIP to its form check.
        let badEmployment = stated == nil && !row.isBlank(table[.employment])
        let nip = RecordReaders.parseNIP(row, table[.nip], employment: badEmployment ? nil : employment, column: table.written(.nip),
                                         onError: { fail($0, in: "nip") })
        let candidacy = part.values.candidacy.optional(row, table, .candidacy, onError: fail) ?? .none
        let name = row.text(table[.name])
        if name.isEmpty { fail(Messages.requiredValue(table.written(.name)), in: "name") }
        let positionID = row.internedID(table[.position])
        // Made only when needed (an unseen position, a warning): most rows need none.
        func position() -> String { row.state.interner.string(positionID) }

        var age = RetirementAge.standard
        var rule: RetirementAge.Rule?
        var actingTitle = false
        if row.isBlank(table[.retirementAge]) {
            let inferred = part.impliedAges.value(for: positionID) { RetirementAge.rule(forPosition: position()) } ?? .standard
            rule = inferred
            age = inferred.age
            actingTitle = inferred == .acting
        } else {
            let id = row.internedID(table[.retirementAge])
            func raw() -> String { row.state.interner.string(id) }
            if let parsed = part.explicitAges.value(for: id, parse: { Int(raw()).flatMap { (50...70).contains($0) ? $0 : nil } }) {
                age = parsed
            } else {
                fail(Messages.retirementAge(raw(), column: table.written(.retirementAge)), in: "retirement_age")
            }
        }

        func id(_ column: OfficerColumn) -> UInt32 { UInt32(row.internedID(table[column])) }
        var officer = Officer(
            nip: nip ?? NIP(value: 0), name: name, texts: row.state.interner.pool, unit: id(.unit), position: UInt32(positionID),
            grade: id(.grade), candidacy: candidacy, party: id(.party), district: id(.district), retirementAge: age,
            retirementAgeRule: rule, employment: employment, election: id(.election), line: line)
        var warnings: [Diagnostic] = []
        SIASNFields.read(row, table, into: &officer, dates: &part.values.dates, onError: fail, onWarning: {
            warnings.append(Diagnostic(.warning, .officers, line: line, heading: $1, $0))
        })
        if let first = problems.first {
            // The first problem of a skipped row carries who it may have been (see
            // `skippedOfficer`); the others are plain, so the row is counted once. Its
            // other remarks would only distract from what keeps it out.
            part.diagnostics.append(RecordReaders.skipped(row, table, first.message, heading: first.heading))
            for other in problems.dropFirst() {
                part.diagnostics.append(Diagnostic(.error, .officers, line: line, heading: other.heading, other.message))
            }
            return
        }
        guard nip != nil else { return }
        if actingTitle {
            part.diagnostics.append(Diagnostic(.warning, .officers, line: line, heading: "position", Messages.actingTitle(position())))
        }
        part.diagnostics += warnings
        part.officers.append(officer)
    }
}
