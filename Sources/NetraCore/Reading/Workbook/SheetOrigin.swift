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
    func canonicalHeading(_ heading: String) -> String? { kind.columns?.canonicalHeading(heading) }

    /// Whether a heading names this table's NIP column.
    func isNIPHeading(_ heading: String) -> Bool { canonicalHeading(heading) == "nip" }

    /// Each known heading's column, resolved as `CSVTable` does: the first spelling
    /// wins, except that a fallback spelling (`NAMA UNOR`) gives way to another.
    func headingColumns(_ headings: [String]) -> [String: Int] { kind.columns?.headingColumns(headings) ?? [:] }

    /// Whether a row names one of this table's required columns (`CSVTable`'s rule for
    /// telling the heading line from a title above it).
    func namesRequiredColumn(_ texts: [String]) -> Bool { kind.columns?.namesRequiredColumn(texts) ?? false }

    /// One key and one hash lookup per heading (`SpokenTable`): a sheet's 16,384
    /// headings cost no more than its known columns' spellings once.
    static func columns<C: ColumnName>(_: C.Type, _ headings: [String]) -> [String: Int] {
        let table = C.spokenTable
        var found: [String: (index: Int, isFallback: Bool)] = [:]
        for (index, heading) in headings.enumerated() {
            guard !heading.isEmpty, let entry = table.entry(heading) else { continue }
            let name = entry.value.canonicalName
            if let taken = found[name] {
                if taken.isFallback && !entry.isFallback { found[name] = (index, false) }
            } else {
                found[name] = (index, entry.isFallback)
            }
        }
        return found.mapValues(\.index)
    }
}
