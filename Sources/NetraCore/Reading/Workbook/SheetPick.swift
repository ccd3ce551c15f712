/// Which sheet of a workbook holds a table, as a person looking at the workbook would
/// say: never a hidden or very hidden one (Excel and LibreOffice do not show them, and
/// offices hide old copies there); among the visible ones the sheet named like the
/// table, else the one the workbook opens on, else the first.
enum SheetPick {
    /// One sheet as the workbook lists it, in tab order.
    struct Tab {
        let name: String
        let hidden: Bool
    }

    /// The index in `tabs` of the sheet to read and why, or `nil` when no sheet is
    /// visible. `active` counts over all tabs, hidden ones included (as `activeTab` and
    /// LibreOffice's `ActiveTable` do); `names` are table names compared as headings.
    static func choose(_ tabs: [Tab], active: Int?, names: Set<String>) -> (index: Int, choice: SheetChoice)? {
        let visible = tabs.indices.filter { !tabs[$0].hidden }
        guard let first = visible.first else { return nil }
        let counts = SheetChoice(visible: visible.count, hidden: tabs.count - visible.count)
        if let named = visible.first(where: { names.contains(Vocabulary.key(tabs[$0].name)) }) {
            return (named, with(counts, .named))
        }
        if let active, visible.contains(active) {
            return (active, with(counts, .active))
        }
        return (first, counts)
    }

    private static func with(_ choice: SheetChoice, _ reason: SheetChoice.Reason) -> SheetChoice {
        var c = choice
        c.reason = reason
        return c
    }
}
