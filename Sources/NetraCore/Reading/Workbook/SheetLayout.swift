/// Which of a sheet's columns become fields of the CSV text the table readers see, so
/// that the text grows with the table, not with the sheet's area.
///
/// Data rows carry the columns whose heading the table knows (`nip`, `NAMA UNOR`), in
/// sheet order; a cell far to the right or a value repeated across thousands of
/// columns costs nothing. The heading row (and any title above it) also carries every
/// other non-empty heading, after those, so the readers still name unknown and
/// duplicate headings. A data row holding something only under such a heading keeps
/// one of those cells in the first of their places: the readers see the row as not
/// empty, exactly as when the whole sheet was written out.
struct SheetLayout {
    /// The heading row's texts by sheet column, up to its last heading.
    let headings: [String]
    /// Sheet columns of the fields, in field order: known headings, then the others.
    let columns: [Int]
    /// How many of `columns` data rows carry in full.
    let dataCount: Int
    /// The other headed columns, sorted.
    private let others: [Int]

    init(headings: [String], file: DataFile) {
        self.headings = headings
        let known = Set(file.headingColumns(headings).values).sorted()
        let rest = headings.indices.filter { !headings[$0].isEmpty && !known.contains($0) }
        columns = known + rest
        dataCount = known.count
        others = rest
    }

    /// The fields of `row`: every kept column above and at the heading row, the known
    /// columns (and one stray cell, see above) in a data row.
    func fields(of row: WorkbookRow, isData: Bool) -> [WorkbookCell] {
        guard isData else { return columns.map(row.cell(at:)) }
        var fields = columns.prefix(dataCount).map(row.cell(at:))
        if !others.isEmpty, let stray = row.runs.first(where: { covers($0) }) {
            fields.append(stray.cell)
        }
        return fields
    }

    /// Whether `run` lies over one of the other headed columns (a binary search: a run
    /// may span thousands of columns).
    private func covers(_ run: CellRun) -> Bool {
        var low = 0, high = others.count
        while low < high {
            let mid = (low + high) / 2
            if others[mid] < run.column { low = mid + 1 } else { high = mid }
        }
        return low < others.count && others[low] < run.end
    }

    /// `diagnostic` from the readers with its field (an index into the CSV text's
    /// fields) turned back into the sheet column it came from.
    func inSheet(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let field = diagnostic.location.field else { return diagnostic }
        var d = diagnostic
        // The field just past the last is where a missing column's heading would go:
        // the first free cell right of the headings.
        d.location.field = field < columns.count ? columns[field] : field == columns.count ? headings.count : nil
        return d
    }
}
