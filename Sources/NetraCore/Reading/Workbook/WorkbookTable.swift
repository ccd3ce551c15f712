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
        let (csv, numberNIPs) = csvText(sheet, heading: heading, nipColumn: { file.isNIPHeading($0) }, file: file)
        let origin = SheetOrigin(file: file, form: form, sheet: sheet.name, headings: heading.map { texts(sheet.rows[$0]) } ?? [])
        var outcome: FileOutcome
        switch file {
        case .officers:
            let reading = RecordReaders.officers(csv)
            outcome = FileOutcome(file: file, records: reading.value.map { .officers($0) }, diagnostics: reading.diagnostics, exists: true)
        case .candidates:
            let reading = RecordReaders.candidates(csv)
            outcome = FileOutcome(file: file, records: reading.value.map { .candidates($0) }, diagnostics: reading.diagnostics, exists: true)
        case .retirements:
            let reading = RecordReaders.retirements(csv)
            outcome = FileOutcome(file: file, records: reading.value.map { .retirements($0) }, diagnostics: reading.diagnostics, exists: true)
        case .cases:
            let reading = RecordReaders.cases(csv)
            outcome = FileOutcome(file: file, records: reading.value.map { .cases($0) }, diagnostics: reading.diagnostics, exists: true)
        case .circulars:
            let reading = RecordReaders.circulars(csv)
            outcome = FileOutcome(file: file, records: reading.value.map { .circulars($0) }, diagnostics: reading.diagnostics, exists: true)
        case .acknowledgements:
            let reading = RecordReaders.acknowledgements(csv)
            outcome = FileOutcome(file: file, records: reading.value.map { .acknowledgements($0) }, diagnostics: reading.diagnostics, exists: true)
        case .schedule, .settings:
            return FileOutcome(file: file, records: nil, diagnostics: [], exists: false)
        }
        // In row order, each placed in its cell: officers.xlsx:Pegawai!B14.
        outcome.diagnostics = (numberNIPs + outcome.diagnostics)
            .enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map { origin.locate($0.element) }
        outcome.origin = origin
        return outcome
    }

    /// Which of the sheet's rows holds the headings: the first of the first few that
    /// names a required column (a title may stand above it), else the first row — the
    /// same rule `CSVTable` applies to the CSV text made from the sheet.
    static func headingPosition(_ sheet: WorkbookSheet, file: DataFile) -> Int? {
        guard !sheet.rows.isEmpty else { return nil }
        return sheet.rows.prefix(CSVTable<OfficerColumn>.titleLinesAllowed).firstIndex { file.namesRequiredColumn(texts($0)) } ?? 0
    }

    /// A row's texts, by column, trimmed (what the CSV readers see as its fields).
    private static func texts(_ row: WorkbookRow) -> [String] {
        row.cells.map { cell in
            switch cell {
            case .text(let t): String(t.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            case .number(let n): n
            default: ""
            }
        }
    }

    /// The sheet as CSV bytes whose line numbers are the sheet's row numbers, and an
    /// error for each data row whose NIP cell is a number.
    static func csvText(_ sheet: WorkbookSheet, heading: Int? = 0, nipColumn: (String) -> Bool, file: DataFile) -> ([UInt8], [Diagnostic]) {
        var out: [UInt8] = []
        out.reserveCapacity(sheet.rows.count * 100)
        var problems: [Diagnostic] = []
        var line = 1
        var nipIndex: Int?
        var columns: [String: Int] = [:]
        for (position, row) in sheet.rows.enumerated() {
            if position == heading {
                nipIndex = row.cells.firstIndex { if case .text(let t) = $0 { nipColumn(t) } else { false } }
                if file == .officers { columns = file.headingColumns(texts(row)) }
            } else if let heading, position > heading, let nipIndex, nipIndex < row.cells.count, case .number(let raw) = row.cells[nipIndex] {
                problems.append(numberNIP(raw, row: row, nipIndex: nipIndex, columns: columns, file: file))
                continue
            }
            while line < row.number {
                out.append(0x0A)
                line += 1
            }
            for (index, cell) in row.cells.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                append(cell, to: &out)
            }
        }
        out.append(0x0A)
        return (out, problems)
    }

    /// The error for a row left out because its NIP cell is a number. A roster row is
    /// reported as the CSV reader reports any skipped row: named when its cells say
    /// a candidate, and remembering who it was (`RecordReaders.skippedOfficer`).
    private static func numberNIP(_ raw: String, row: WorkbookRow, nipIndex: Int, columns: [String: Int], file: DataFile) -> Diagnostic {
        var place = Diagnostic.Location.dataFile(file, line: row.number)
        place.field = nipIndex
        guard file == .officers else { return Diagnostic(.error, place, Messages.numberNIP(raw)) }
        let cells = texts(row)
        func cell(_ heading: String) -> String { columns[heading].flatMap { $0 < cells.count ? cells[$0] : nil } ?? "" }
        return RecordReaders.skippedOfficer(place, name: cell("name"), candidacy: cell("candidacy"), nip: nil, Messages.numberNIP(raw))
    }

    /// One field. Text is quoted when it holds a separator or a quote; line breaks
    /// inside a cell become spaces (a CSV line break would shift every later line
    /// number) and NUL becomes U+FFFD (a NUL marks a file as binary).
    private static func append(_ cell: WorkbookCell, to out: inout [UInt8]) {
        switch cell {
        case .empty: return
        case .number(let n): out.append(contentsOf: n.utf8)
        case .date(let d): out.append(contentsOf: d.description.utf8)
        case .boolean(let b): out.append(contentsOf: (b ? "TRUE" : "FALSE").utf8)
        case .text(let t):
            let needsQuotes = t.utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x09 || $0 == 0x22 }
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

