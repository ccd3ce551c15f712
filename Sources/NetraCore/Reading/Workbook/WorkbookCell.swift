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

/// One row of a sheet: its 1-based row number and its cells from column A on
/// (trailing empty cells dropped).
public struct WorkbookRow: Equatable, Sendable {
    public let number: Int
    public let cells: [WorkbookCell]
}

/// The sheet Netra read from a workbook: its name and its non-empty rows, in order.
public struct WorkbookSheet: Sendable {
    public let name: String
    public let rows: [WorkbookRow]
}

/// The largest sheet a spreadsheet program makes (Excel and LibreOffice alike), and
/// how many cells Netra accepts in all: a 100k-officer roster has about 1.5 million.
public struct SheetLimits: Sendable {
    public var rows = 1_048_576
    public var columns = 16_384
    public var cells = 20_000_000

    public init() {}
}

/// Collects rows while a sheet is parsed, enforcing `SheetLimits`.
struct RowCollector {
    let limits: SheetLimits
    private(set) var rows: [WorkbookRow] = []
    private var cellCount = 0
    /// The number the next row gets when the file does not say.
    private(set) var nextRow = 1
    private var cells: [WorkbookCell] = []
    private var row = 0

    init(limits: SheetLimits) { self.limits = limits }

    /// Starts row `number` (or the next one); numbers past the sheet are refused.
    mutating func beginRow(_ number: Int?) throws(WorkbookProblem) {
        let n = number.map { max($0, nextRow) } ?? nextRow
        guard n <= limits.rows else { throw .hostile(.outsideSheet) }
        row = n
        cells.removeAll(keepingCapacity: true)
    }

    /// Puts `cell` in 0-based `column` of the current row, `repeats` times.
    mutating func put(_ cell: WorkbookCell, at column: Int, repeats: Int = 1) throws(WorkbookProblem) {
        guard !cell.isEmpty else { return }
        guard column >= 0, column < limits.columns else { throw .hostile(.outsideSheet) }
        let count = min(repeats, limits.columns - column)
        cellCount += count
        if cellCount > limits.cells { throw .hostile(.cells(limit: limits.cells)) }
        if cells.count < column { cells.append(contentsOf: repeatElement(.empty, count: column - cells.count)) }
        for i in column..<(column + count) {
            if i < cells.count { cells[i] = cell } else { cells.append(cell) }
        }
    }

    /// Ends the current row, which the file may repeat (`table:number-rows-repeated`).
    /// Empty rows only move the row number on.
    mutating func endRow(repeats: Int = 1) throws(WorkbookProblem) {
        let times = max(1, repeats)
        if !cells.isEmpty {
            guard row + times - 1 <= limits.rows else { throw .hostile(.outsideSheet) }
            cellCount += cells.count * (times - 1)
            if cellCount > limits.cells { throw .hostile(.cells(limit: limits.cells)) }
            for i in 0..<times { rows.append(WorkbookRow(number: row + i, cells: cells)) }
        }
        // Trailing empty rows (LibreOffice writes a million of them) just count on.
        nextRow = min(row + times, limits.rows + 1)
        cells.removeAll(keepingCapacity: true)
    }

    /// Forgets what was collected (a later sheet matched the table's name better).
    mutating func reset() {
        rows = []
        cellCount = 0
        nextRow = 1
    }
}
