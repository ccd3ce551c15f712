/// Where a table read from a workbook came from: the stored name, the sheet and which
/// column holds each heading. Enough to place any diagnostic about the table in its
/// cell — the reader's own, and those of the checks that run later on the records
/// (an unknown NIP, a missed retirement), which know a line and a heading only.
public struct SheetOrigin: Sendable, Equatable {
    public let file: DataFile
    public let form: TableForm
    /// The sheet's name, shortened if absurdly long (spreadsheets allow 31 characters).
    public let sheet: String
    /// Canonical heading (`nip`, `filed_on`) → 0-based column, as the readers resolve
    /// the heading row.
    let columns: [String: Int]

    init(file: DataFile, form: TableForm, sheet: String, headings: [String]) {
        self.file = file
        self.form = form
        self.sheet = sheet.count > 64 ? String(sheet.prefix(63)) + "…" : sheet
        columns = file.headingColumns(headings)
    }

    /// `diagnostic` placed in the workbook: the stored name as its path and, when it
    /// has a line, the cell (the field it names, else its heading's column, else the
    /// whole row). Diagnostics of other files pass unchanged.
    func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.location.dataFile == file, diagnostic.location.cell == nil else { return diagnostic }
        var d = diagnostic
        d.location.path = file.fileName(as: form)
        if let line = d.line {
            let column = d.location.field ?? d.location.heading.flatMap { columns[$0] }
            d.location.cell = SheetCell(sheet: sheet, column: column, row: line)
        }
        return d
    }
}

extension DataFile {
    /// The canonical heading a heading cell stands for in this table, if any.
    func canonicalHeading(_ heading: String) -> String? {
        switch self {
        case .officers: OfficerColumn.parse(heading)?.canonicalName
        case .candidates: CandidateColumn.parse(heading)?.canonicalName
        case .retirements: RetirementColumn.parse(heading)?.canonicalName
        case .cases: CaseColumn.parse(heading)?.canonicalName
        case .circulars: CircularColumn.parse(heading)?.canonicalName
        case .acknowledgements: AcknowledgementColumn.parse(heading)?.canonicalName
        case .schedule, .settings: nil
        }
    }

    /// Whether a heading names this table's NIP column.
    func isNIPHeading(_ heading: String) -> Bool { canonicalHeading(heading) == "nip" }

    /// Each known heading's column, resolved as `CSVTable` does: the first spelling
    /// wins, except that a fallback spelling (`NAMA UNOR`) gives way to another.
    func headingColumns(_ headings: [String]) -> [String: Int] {
        switch self {
        case .officers: Self.columns(OfficerColumn.self, headings)
        case .candidates: Self.columns(CandidateColumn.self, headings)
        case .retirements: Self.columns(RetirementColumn.self, headings)
        case .cases: Self.columns(CaseColumn.self, headings)
        case .circulars: Self.columns(CircularColumn.self, headings)
        case .acknowledgements: Self.columns(AcknowledgementColumn.self, headings)
        case .schedule, .settings: [:]
        }
    }

    /// Whether a row names one of this table's required columns (`CSVTable`'s rule for
    /// telling the heading line from a title above it).
    func namesRequiredColumn(_ texts: [String]) -> Bool {
        switch self {
        case .officers: OfficerColumn.namesRequiredColumn(texts)
        case .candidates: CandidateColumn.namesRequiredColumn(texts)
        case .retirements: RetirementColumn.namesRequiredColumn(texts)
        case .cases: CaseColumn.namesRequiredColumn(texts)
        case .circulars: CircularColumn.namesRequiredColumn(texts)
        case .acknowledgements: AcknowledgementColumn.namesRequiredColumn(texts)
        case .schedule, .settings: false
        }
    }

    private static func columns<C: ColumnName>(_: C.Type, _ headings: [String]) -> [String: Int] {
        var found: [String: Int] = [:]
        for (index, heading) in headings.enumerated() {
            guard !heading.isEmpty, let column = C.parse(heading) else { continue }
            if let taken = found[column.canonicalName] {
                if column.isFallback(headings[taken]) && !column.isFallback(heading) { found[column.canonicalName] = index }
            } else {
                found[column.canonicalName] = index
            }
        }
        return found
    }
}
