/// One cell of a workbook sheet, with the type the workbook stored it as.
///
/// The type matters: a NIP stored as a *number* has already lost its last digits (a
/// spreadsheet keeps 15 significant digits), and a date stored as a date needs no
/// guessing about day/month order.
public enum WorkbookCell: Equatable, Sendable {
    case empty
    case text(String)
    /// A number as the workbook wrote it (`58`, `1.98505122010011E+17`).
    case number(String)
    case date(CivilDate)
    case boolean(Bool)

    public var isEmpty: Bool { self == .empty || self == .text("") }
}

/// Cells that hold the same thing side by side: one cell (`count` 1), or a cell the
/// file repeats over `count` columns (`table:number-columns-repeated` in an `.ods`).
public struct CellRun: Equatable, Sendable {
    /// The 0-based column of the first cell.
    public let column: Int
    public let count: Int
    public let cell: WorkbookCell

    /// One past the last column the run covers.
    public var end: Int { column + count }
}

/// One row of a sheet: its 1-based row number and the cells that hold something, in
/// column order. Sparse on purpose: a cell far to the right (`XFD5`) or a value the
/// file repeats across thousands of columns costs one entry, never the columns between.
public struct WorkbookRow: Equatable, Sendable {
    public let number: Int
    /// How many times the file repeats this very row (`table:number-rows-repeated`):
    /// it is kept once, and the rows it stands for follow it.
    public let repeats: Int
    /// Non-empty cells, ordered by column, not overlapping.
    public let runs: [CellRun]

    public init(number: Int, repeats: Int = 1, runs: [CellRun]) {
        self.number = number
        self.repeats = repeats
        self.runs = runs
    }

    /// A row from its cells from column A on (empty ones skipped): for tests and callers
    /// that hold a handful of cells.
    public init(number: Int, repeats: Int = 1, cells: [WorkbookCell]) {
        self.init(number: number, repeats: repeats, runs: cells.enumerated().compactMap { i, cell in
            cell.isEmpty ? nil : CellRun(column: i, count: 1, cell: cell)
        })
    }

    /// One past the last column that holds something.
    public var width: Int { runs.last?.end ?? 0 }

    /// The cell in 0-based `column`.
    public func cell(at column: Int) -> WorkbookCell {
        var low = 0, high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if runs[mid].end <= column { low = mid + 1 } else { high = mid }
        }
        return low < runs.count && runs[low].column <= column ? runs[low].cell : .empty
    }

    /// Every cell from column A to the last that holds something. Materialises the row's
    /// whole span, so only for rows known to be narrow (tests, a heading row).
    public var denseCells: [WorkbookCell] {
        var cells = [WorkbookCell](repeating: .empty, count: width)
        for run in runs { for i in run.column..<run.end { cells[i] = run.cell } }
        return cells
    }
}

/// The sheet Netra read from a workbook: its name, its non-empty rows in order, and how
/// it was chosen among the workbook's sheets.
public struct WorkbookSheet: Sendable {
    public let name: String
    public let rows: [WorkbookRow]
    public var choice: SheetChoice

    public init(name: String, rows: [WorkbookRow], choice: SheetChoice = SheetChoice()) {
        self.name = name
        self.rows = rows
        self.choice = choice
    }
}

/// Why a sheet was read, and what else the workbook holds: enough to tell the user
/// which sheet Netra used when there was a choice.
public struct SheetChoice: Equatable, Sendable {
    /// Named like the table (`pegawai`, `officers`), the sheet the workbook opens on,
    /// or the first visible one.
    public enum Reason: Int, Equatable, Sendable, Comparable {
        case first, active, named
        public static func < (a: Reason, b: Reason) -> Bool { a.rawValue < b.rawValue }
    }

    public var reason: Reason = .first
    /// Sheets a user sees in the spreadsheet (the one read included).
    public var visible = 1
    /// Hidden and very hidden sheets, never read.
    public var hidden = 0

    public init(reason: Reason = .first, visible: Int = 1, hidden: Int = 0) {
        self.reason = reason
        self.visible = visible
        self.hidden = hidden
    }
}

/// The largest sheet a spreadsheet program makes (Excel and LibreOffice alike), and
/// how many cells Netra accepts in all: a 100k-officer roster has about 1.5 million.
public struct SheetLimits: Sendable {
    public var rows = 1_048_576
    public var columns = 16_384
    /// Cells kept, counting a repeated cell or row once (as it is held).
    public var cells = 20_000_000

    public init() {}
}

/// Collects rows while a sheet is parsed, enforcing `SheetLimits`. What it keeps grows
/// with the cells the file writes, never with the area they span: a repeated cell is
/// one run and a repeated row one row.
struct RowCollector {
    let limits: SheetLimits
    private(set) var rows: [WorkbookRow] = []
    private var cellCount = 0
    /// The number the next row gets when the file does not say.
    private(set) var nextRow = 1
    private var runs: [CellRun] = []
    private var ordered = true
    private var row = 0

    init(limits: SheetLimits) { self.limits = limits }

    /// Starts row `number` (or the next one); numbers past the sheet are refused.
    mutating func beginRow(_ number: Int?) throws(WorkbookProblem) {
        let n = number.map { max($0, nextRow) } ?? nextRow
        guard n <= limits.rows else { throw .hostile(.outsideSheet) }
        row = n
        runs.removeAll(keepingCapacity: true)
        ordered = true
    }

    /// Puts `cell` in 0-based `column` of the current row, `repeats` times.
    mutating func put(_ cell: WorkbookCell, at column: Int, repeats: Int = 1) throws(WorkbookProblem) {
        guard !cell.isEmpty else { return }
        guard column >= 0, column < limits.columns else { throw .hostile(.outsideSheet) }
        cellCount += 1
        if cellCount > limits.cells { throw .hostile(.cells(limit: limits.cells)) }
        if let last = runs.last, column < last.end { ordered = false }
        runs.append(CellRun(column: column, count: max(1, min(repeats, limits.columns - column)), cell: cell))
    }

    /// Ends the current row, which the file may repeat (`table:number-rows-repeated`):
    /// a repeated row holding something is kept once with its count. Empty rows only
    /// move the row number on.
    mutating func endRow(repeats: Int = 1) throws(WorkbookProblem) {
        let times = max(1, repeats)
        if !runs.isEmpty {
            guard row + times - 1 <= limits.rows else { throw .hostile(.outsideSheet) }
            if !ordered { runs = Self.settled(runs) }
            rows.append(WorkbookRow(number: row, repeats: times, runs: runs))
        }
        // Trailing empty rows (LibreOffice writes a million of them) just count on.
        nextRow = min(row + times, limits.rows + 1)
        runs.removeAll(keepingCapacity: true)
    }

    /// Runs written out of order (an `.xlsx` may name its cells in any order, or one
    /// twice): sorted by column, the later of two in one column winning.
    static func settled(_ runs: [CellRun]) -> [CellRun] {
        let sorted = runs.enumerated().sorted { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }.map(\.element)
        var out: [CellRun] = []
        out.reserveCapacity(sorted.count)
        for run in sorted {
            if let last = out.last, last.column == run.column { out[out.count - 1] = run; continue }
            if let last = out.last, run.column < last.end {
                out[out.count - 1] = CellRun(column: last.column, count: run.column - last.column, cell: last.cell)
            }
            out.append(run)
        }
        return out
    }

    /// Forgets what was collected (a later sheet matched the table's name better).
    mutating func reset() {
        rows = []
        cellCount = 0
        nextRow = 1
    }
}
