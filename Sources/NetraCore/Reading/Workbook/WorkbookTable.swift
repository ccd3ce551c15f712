/// Reads a table stored as a workbook through the same readers as CSV.
///
/// The sheet is written out as CSV text, one line per sheet row (empty rows as empty
/// lines), so every message the CSV readers give names the workbook's row number, and
/// headings, aliases and values behave exactly as in a CSV export. What only the
/// workbook knows is used before that: a date cell becomes an ISO date whatever its
/// display format, and a NIP stored as a number is reported as such (its row is left
/// out, as any row with a bad NIP is).
enum WorkbookTable {
    /// Reads the table `file` stored in `form` from `source`.
    static func read(_ file: DataFile, form: TableForm, from source: FileSource) -> FileOutcome {
        do {
            // Gone since the folder was listed: read what is there now.
            guard let bytes = try source.contents(of: file, as: form) else { return DataFolder.readText(file, from: source) }
            return read(file, form: form, bytes: bytes)
        } catch {
            let message = (error as? SafeFile.Refusal).map(Messages.refusal) ?? Messages.unreadable(error.localizedDescription)
            let problem = Diagnostic(.error, .stored(file, as: form), message)
            return FileOutcome(file: file, records: nil, diagnostics: [problem], exists: true)
        }
    }

    /// Reads `bytes`, the table `file` stored in `form`.
    static func read(_ file: DataFile, form: TableForm, bytes: [UInt8]) -> FileOutcome {
        let name = file.fileName(as: form)
        let sheet: WorkbookSheet
        do {
            sheet = try Workbook.sheet(bytes, preferring: file.sheetNames)
        } catch {
            let problem = Diagnostic(.error, .stored(file, as: form), Messages.workbook(error, file: name))
            return FileOutcome(file: file, records: nil, diagnostics: [problem], exists: true)
        }
        let heading = headingPosition(sheet, file: file)
        let headings = heading.map { texts(sheet.rows[$0]) } ?? []
        let layout = SheetLayout(headings: headings, file: file)
        let (csv, sheetNotes) = csvText(sheet, heading: heading, layout: layout, nipColumn: { file.isNIPHeading($0) }, file: file)
        let origin = SheetOrigin(file: file, form: form, sheet: sheet.name, headings: headings)
        let choice = sheet.choice.visible > 1 || sheet.choice.hidden > 0
            ? [Diagnostic(.warning, file, line: nil, Messages.sheetChosen(sheet.name, sheet.choice, tableNames: file.sheetNames))] : []
        // Only tables are workbooks; settings and schedule never come here.
        guard file.isTable else { return FileOutcome(file: file, records: nil, diagnostics: [], exists: false) }
        let reading = file.kind.read(csv)
        var outcome = FileOutcome(file: file, records: reading.records, diagnostics: reading.diagnostics, exists: true)
        // In row order, each placed in its cell: officers.xlsx:Pegawai!B14.
        outcome.diagnostics = (choice + sheetNotes + outcome.diagnostics.map(layout.inSheet))
            .enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map { origin.locate($0.element) }
        outcome.origin = origin
        return outcome
    }

    /// Which of the sheet's rows holds the headings: the first of the first few that
    /// names a required column (a title may stand above it), else the first row — the
    /// same rule `CSVTable` applies to the CSV text made from the sheet.
    /// Rows whose cells are all blank (a styled empty row) do not count, as blank lines
    /// do not for `CSVTable`, so both find the same row.
    static func headingPosition(_ sheet: WorkbookSheet, file: DataFile) -> Int? {
        guard !sheet.rows.isEmpty else { return nil }
        var seen = 0
        for (position, row) in sheet.rows.enumerated() where seen < CSVTable<OfficerColumn>.titleLinesAllowed {
            let cells = texts(row)
            if cells.allSatisfy(\.isEmpty) { continue }
            if file.namesRequiredColumn(cells) { return position }
            seen += 1
        }
        return 0
    }

    /// A row's texts, by column up to its last cell, trimmed (what the CSV readers see
    /// as its fields). Only for the few rows at the top: a row is as wide as its last cell.
    static func texts(_ row: WorkbookRow) -> [String] {
        row.denseCells.map(text)
    }

    private static func text(_ cell: WorkbookCell) -> String {
        switch cell {
        case .text(let t): trimmed(t)
        case .number(let n): n
        default: ""
        }
    }

    /// Without leading and trailing spaces and tabs, as the CSV reader trims a field.
    /// On the UTF-8 bytes: trimming through reversed Character views cost 10 µs a cell,
    /// most of a 16,384-column heading row's read.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return text }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    /// The sheet as CSV bytes whose line numbers are the sheet's row numbers (only the
    /// columns `layout` keeps), and the sheet's own diagnostics: an error for each data
    /// row whose NIP cell is a number, a warning for each row the file repeats, one for
    /// cells right of the last heading.
    static func csvText(_ sheet: WorkbookSheet, heading: Int?, layout: SheetLayout, nipColumn: (String) -> Bool, file: DataFile) -> ([UInt8], [Diagnostic]) {
        var out: [UInt8] = []
        out.reserveCapacity(sheet.rows.count * 100)
        var problems: [Diagnostic] = []
        var line = 1
        let nipIndex = layout.headings.firstIndex { nipColumn($0) }
        let columns = file == .officers ? file.headingColumns(layout.headings) : [:]
        var outside = 0
        var firstOutside: (row: Int, column: Int)?
        for (position, row) in sheet.rows.enumerated() {
            let isData = heading.map { position > $0 } ?? false
            if isData, let nipIndex, case .number(let raw) = row.cell(at: nipIndex) {
                problems.append(numberNIP(raw, row: row, nipIndex: nipIndex, columns: columns, file: file))
                continue
            }
            if isData, row.repeats > 1 {
                problems.append(Diagnostic(.warning, file, line: row.number, Messages.rowRepeated(row.repeats, first: row.number)))
            }
            let width = layout.headings.count
            if isData, let last = row.runs.last, last.end > width {
                for run in row.runs where run.end > width {
                    let from = max(run.column, width)
                    outside += run.end - from
                    if firstOutside == nil { firstOutside = (row.number, from) }
                }
            }
            while line < row.number {
                out.append(0x0A)
                line += 1
            }
            var fields = layout.fields(of: row, isData: isData)
            while fields.last?.isEmpty == true { fields.removeLast() }
            for (index, cell) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                append(cell, to: &out)
            }
        }
        out.append(0x0A)
        if let firstOutside {
            problems.append(Diagnostic(.warning, file, line: firstOutside.row, field: firstOutside.column, Messages.cellsOutsideHeading(outside)))
        }
        return (out, problems)
    }

    /// The error for a row left out because its NIP cell is a number. A roster row is
    /// reported as the CSV reader reports any skipped row: named when its cells say
    /// a candidate, and remembering who it was (`RecordReaders.skippedOfficer`).
    private static func numberNIP(_ raw: String, row: WorkbookRow, nipIndex: Int, columns: [String: Int], file: DataFile) -> Diagnostic {
        var place = Diagnostic.Location.dataFile(file, line: row.number)
        place.field = nipIndex
        guard file == .officers else { return Diagnostic(.error, place, Messages.numberNIP(raw)) }
        func cell(_ heading: String) -> String { columns[heading].map { text(row.cell(at: $0)) } ?? "" }
        return RecordReaders.skippedOfficer(place, name: cell("name"), candidacy: cell("candidacy"), nip: nil, Messages.numberNIP(raw))
    }

    /// One field. Text is quoted when it holds a separator or a quote — `|` too: the
    /// CSV reader detects the separator on the first line, and a title cell `Rekap |
    /// Mei 2023` above the headings made every row one field split at `|` (the roster
    /// refused, rows "with too many fields" told to quote separators a workbook does
    /// not have). Line breaks inside a cell become spaces (a CSV line break would
    /// shift every later line number) and NUL becomes U+FFFD (a NUL marks a file as binary).
    private static func append(_ cell: WorkbookCell, to out: inout [UInt8]) {
        switch cell {
        case .empty: return
        case .number(let n): out.append(contentsOf: n.utf8)
        case .date(let d): out.append(contentsOf: d.description.utf8)
        case .boolean(let b): out.append(contentsOf: (b ? "TRUE" : "FALSE").utf8)
        case .text(let t):
            let needsQuotes = t.utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x09 || $0 == 0x22 || $0 == 0x7C }
            if needsQuotes { out.append(0x22) }
            for byte in t.utf8 {
                switch byte {
                case 0x0A, 0x0D: out.append(0x20)
                case 0x00: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                case 0x22: out.append(contentsOf: [0x22, 0x22])
                default: out.append(byte)
                }
            }
            if needsQuotes { out.append(0x22) }
        }
    }
}

