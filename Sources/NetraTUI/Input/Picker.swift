/// A list to choose from that opens over a view: the command line (`:`, Ctrl-P), the
/// columns and then the values of a filter by value (`F`), and the places an officer
/// leads to (`o`). Typing narrows it; ↑ ↓ PgUp PgDn move; Enter chooses; Esc closes, and
/// so does `q` before anything is typed (afterwards it is a letter of the query).
public struct PickerState: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case command
        case filterColumn
        case filterValue(key: String)
        case related
        /// `e`: the file formats a list is exported in.
        case exportFormat
    }

    public var kind: Kind
    public var line = LineEdit()
    public var selected = 0
    /// The first item shown (`PgDn` turns the page by the items the box shows).
    public var top = 0

    public init(kind: Kind) { self.kind = kind }
}

/// What choosing a picker's item does.
enum PickerCommand: Equatable {
    case action(Action)
    case pickColumn(String)
    case condition(FieldCondition)
    case clearConditions
    /// Open a row of a view with its detail (a NIP, a case ID, a request).
    case open(ViewID, RowID)
    /// Show Pegawai filtered to one unit.
    case unit(String)
    /// Export the list in this format (`e`).
    case export(ExportFormat)
}

/// One line of a picker: what it says, a hint on the right (the key, a count).
struct PickerItem: Equatable {
    let label: String
    var hint = ""
    let command: PickerCommand
}
