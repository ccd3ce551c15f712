import NetraCore

/// A value a column sorts by: numbers before texts, and rows without a value last.
enum SortValue: Comparable, Hashable, Sendable {
    case number(Int)
    case text(String)
    case none
}

/// What a list's column is: its key (for `--filter`, `--sort`, the export and the
/// command line), its title, and how it claims width (`ColumnNeed`).
struct FieldSpec: Sendable {
    /// Stable and English: `name`, `unit`, `district`…
    let key: String
    let title: String
    var priority: Int
    var minimum: Int
    var cap: Int
    var shortening: Shortening = .text
    var alignRight = false
    /// Offered by the filter-by-value picker (columns with few distinct values).
    var filterable = false
    /// Marks and the like: shown, never exported as a column of their own.
    var exported = true
    /// Whether what the column shows depends on the row alone, not on the moment (a
    /// date does not; "days left" does): its codes and ranks outlive the minute.
    var timeless = false
    /// What the exported value is, so a workbook stores a date as a date and a count
    /// as a number (`ListExport.xlsx`); CSV and JSON write the same text either way.
    var cell: ExportCell = .text
}

/// The kind of a column's exported value. Dates are exported as `yyyy-mm-dd`, times
/// as `yyyy-mm-dd hh:mm` on the city's clock, whatever the screen shows.
enum ExportCell: Sendable {
    case text, date, dateTime, number
}

/// A column of rows of type `Row`: its spec and how a row fills it.
struct TableField<Row> {
    let spec: FieldSpec
    /// What the cell shows; also what a filter by value compares.
    let text: (Row) -> String
    var role: (Row) -> StyleRole? = { _ in nil }
    /// `nil`: by the text, case- and accent-folded.
    var sort: ((Row) -> SortValue)?
    /// `nil`: the text. An export wants `diajukan`, not `██░░ diajukan`.
    var export: ((Row) -> String)?

    func sortValue(_ row: Row) -> SortValue {
        if let sort { return sort(row) }
        return Self.textSortValue(text(row))
    }

    /// How a column without its own sort orders a text: folded; blank and "—" last.
    static func textSortValue(_ t: String) -> SortValue {
        t.isEmpty || t == "—" ? .none : .text(SearchIndex.fold(t))
    }

    func exportValue(_ row: Row) -> String { export?(row) ?? text(row) }
}

/// A list's rows as the widget, the header clicks, the pickers and the export read
/// them, whatever their type: the fields, and the cells of the rows in shown order.
struct Table {
    let fields: [FieldSpec]
    let count: Int
    let text: (_ row: Int, _ field: Int) -> String
    let role: (_ row: Int, _ field: Int) -> StyleRole?
    let export: (_ row: Int, _ field: Int) -> String
    /// The column the rows are sorted by, and whether descending.
    let sort: ColumnSort
    /// The distinct values of a field, with counts, over the rows that every other
    /// condition lets through (what a filter on that field would offer).
    let values: (_ key: String) -> [(value: String, count: Int)]
    /// The office's own abbreviations (`netra.toml`), for sizing unit columns.
    var abbreviations: [Abbreviations.Entry] = []

    func field(_ key: String) -> Int? { fields.firstIndex { $0.key == key } }
}

/// Sort by a column, in either direction.
public struct ColumnSort: Hashable, Sendable {
    public var key: String
    public var descending: Bool
    public init(key: String, descending: Bool = false) {
        self.key = key
        self.descending = descending
    }
}

/// Keep only rows whose column `key` shows `value`.
public struct FieldCondition: Hashable, Sendable {
    public var key: String
    public var value: String
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// Where a list's columns sit in this frame: computed from the rows on screen.
struct TablePlan {
    let widths: [Int]
    /// Each shown column's screen columns (for header clicks).
    let spans: [(field: Int, columns: Range<Int>)]

    init(table: Table, visible: Range<Int>, x: Int, width: Int) {
        var needs: [ColumnNeed] = []
        let abbreviations = Abbreviations(own: table.abbreviations)
        for (f, spec) in table.fields.enumerated() {
            var natural = 0, whole = 0
            var measured = Set<String>()  // a unit repeats down the column: each once
            for row in visible {
                let text = table.text(row, f)
                guard measured.insert(text).inserted else { continue }
                natural = max(natural, DisplayWidth.of(text, atMost: 4096))
                // What a value needs to keep its meaning whole: a name without its
                // titles, a unit in the office's abbreviations. Spare room shows the rest.
                guard text.utf8.count <= Shortening.formLimit else { whole = max(whole, spec.cap); continue }
                switch spec.shortening {
                case .name: whole = max(whole, DisplayWidth.of(PersonName(text).bare))
                case .unit: whole = max(whole, DisplayWidth.of(abbreviations.applyingAll(to: text)))
                default: whole = max(whole, DisplayWidth.of(text, atMost: 4096))
                }
            }
            // Sized to the widest value, not to the heading: a heading wider than its
            // values gets room only when every value has what it needs.
            let title = DisplayWidth.of(spec.title) + (table.sort.key == spec.key ? 2 : 0)
            let want = natural == 0 ? 0 : min(spec.cap, max(whole, min(title, 3)))
            needs.append(ColumnNeed(priority: spec.priority, minimum: min(spec.minimum, max(want, 1)), want: want,
                                    natural: max(natural, want), heading: natural == 0 ? 0 : min(title, spec.cap)))
        }
        widths = ColumnLayout.widths(needs, total: width)
        var spans: [(Int, Range<Int>)] = []
        var column = x
        for (f, w) in widths.enumerated() where w > 0 {
            spans.append((f, column..<(column + w)))
            column += w + 1
        }
        self.spans = spans
    }
}
