import NetraCore

/// The rows of a list without building every row's identity: a frame over 100k
/// officers asks only for the visible ones.
struct ListRows {
    let count: Int
    let id: (Int) -> RowID
    /// Finds the row with an identity (the selection); `nil` when it is gone.
    let index: (RowID) -> Int?

    init(_ ids: [RowID]) {
        count = ids.count
        id = { ids[$0] }
        index = { ids.firstIndex(of: $0) }
    }

    init(count: Int, id: @escaping (Int) -> RowID, index: @escaping (RowID) -> Int?) {
        self.count = count
        self.id = id
        self.index = index
    }
}

/// Where a view's selectable list sits: its rectangle and whether its first line is a
/// heading.
struct ListPlacement: Equatable {
    let rect: Rect
    let hasHeading: Bool
    /// The overview's panels, laid out with its alert list (once per frame).
    var panels: OverviewLayout? = nil

    init(rect: Rect, hasHeading: Bool, panels: OverviewLayout? = nil) {
        self.rect = rect
        self.hasHeading = hasHeading
        self.panels = panels
    }

    /// Rows that fit under the heading (what `PgDn` moves by).
    var pageSize: Int { max(1, rect.height - (hasHeading ? 1 : 0)) }
    /// The screen line of the first row.
    var firstLine: Int { rect.y + (hasHeading ? 1 : 0) }
}

/// The part of a list that shows in this frame: computed once by the layout, then
/// read by drawing (which rows) and by the mouse (which row a click hits).
struct ListWindow {
    let placement: ListPlacement
    let rows: ListRows
    /// The selected row, or -1 where nothing is selected (a kiosk shows screenfuls).
    let selected: Int
    /// The first row shown.
    let top: Int
    /// Where a table's columns sit, when the frame's layout worked it out (header
    /// clicks read the same plan the drawing uses).
    var plan: TablePlan?

    init(placement: ListPlacement, rows: ListRows, state: UIState, view: ViewID) {
        self.placement = placement
        self.rows = rows
        let pageSize = placement.pageSize
        let selected = state.showsSelection ? state.selection[view].flatMap(rows.index) ?? 0 : -1
        var top = state.showsSelection ? state.scroll[view] ?? 0 : state.screenful * pageSize
        if state.showsSelection {
            if selected < top { top = selected }
            if selected >= top + pageSize { top = selected - pageSize + 1 }
        }
        self.selected = selected
        self.top = max(0, min(top, max(0, rows.count - pageSize)))
    }

    var pageSize: Int { placement.pageSize }
    /// The rows on screen, as indices into the list.
    var visible: Range<Int> { top..<min(rows.count, top + pageSize) }
    /// Screenfuls the whole list needs (a kiosk page shows them one after another).
    var screenfuls: Int { max(1, (rows.count + pageSize - 1) / pageSize) }

    /// The identity of the row drawn on screen line `y`, if any.
    func rowID(atLine y: Int) -> RowID? {
        let index = top + y - placement.firstLine
        guard y >= placement.firstLine, visible.contains(index) else { return nil }
        return rows.id(index)
    }
}

/// Draws a list: heading, the window's rows with the selection and fresh-change
/// marks, and the position on the separator under the tabs.
enum ListWidget {
    typealias RowCells = (values: [String], roles: [StyleRole?])

    /// `keepWhenSelected`: roles that keep their colour on the selected line (a
    /// critical alert stays red under the selection bar).
    static func draw(_ context: inout DrawContext, window: ListWindow, columns: [Column],
                     fresh: (RowID) -> Bool = { _ in false }, keepWhenSelected: Set<StyleRole> = [], row: (Int) -> RowCells) {
        let area = window.placement.rect
        let glyphs = context.glyphs
        let widths = Column.layout(columns, in: area.width - 2)
        if window.placement.hasHeading {
            // Headings give way before values, in their own way (`Sumb.`, `SE-WA…-2023`).
            let titles = columns.indices.map { Shortening.heading([columns[$0].title], width: widths[$0]) }
            context.grid.putRow(titles, widths: widths, columns: columns, x: area.x + 2, y: area.y, role: .title)
        }
        guard window.rows.count > 0 else {
            context.grid.put(context.text(.noRows), x: area.x + 2, y: area.y + 2, role: .muted)
            return
        }
        for (offset, index) in window.visible.enumerated() {
            let y = window.placement.firstLine + offset
            let (values, roles) = row(index)
            let isSelected = index == window.selected
            if isSelected {
                context.grid.fill(x: area.x, y: y, width: area.width, role: .selection)
                context.grid.put(String(glyphs.pointer), x: area.x, y: y, role: .selection)
            }
            let isFresh = fresh(window.rows.id(index))
            let shownRoles = isFresh ? [] : isSelected ? roles.map { $0.flatMap { keepWhenSelected.contains($0) ? $0 : nil } } : roles
            context.grid.putRow(values, widths: widths, columns: columns, x: area.x + 2, y: y,
                                role: isSelected ? .selection : (isFresh ? .match : .text), roles: shownRoles)
            // Changed in the last reload: a glyph as well as the highlight.
            if isFresh { context.grid.put("•", x: area.x + 1, y: y, role: .match) }
        }
        // Where the selection is (or which rows show), on the separator under the tabs.
        let count = window.rows.count
        let position = window.selected >= 0 ? " \(window.selected + 1)/\(count) "
            : " \(window.top + 1)–\(min(count, window.top + window.pageSize))/\(count) "
        context.grid.put(position, x: context.width - DisplayWidth.of(position) - 2, y: 2, role: .muted)
    }
}

extension Alert.Severity {
    /// The role that colours this severity (its word and glyph carry the meaning too).
    var role: StyleRole {
        switch self {
        case .critical: .alertCritical
        case .warning: .alertWarning
        case .info: .alertInfo
        }
    }

    func glyph(_ glyphs: Glyphs) -> String {
        switch self {
        case .critical: glyphs.critical
        case .warning: glyphs.warning
        case .info: glyphs.info
        }
    }
}

extension ListWidget {
    /// Draws a list with named columns: widths by priority from the rows on screen
    /// (`TablePlan`), the sort column marked in the heading, long values shortened as
    /// their column says, and an empty result that names what was searched.
    /// `changed`: rows the journal recorded a change of since the user's last look; they
    /// keep a `+` beside them (the fresh `•` wins while it lasts).
    static func draw(_ context: inout DrawContext, window: ListWindow, table: Table, fresh: (RowID) -> Bool = { _ in false },
                     changed: (RowID) -> Bool = { _ in false }) {
        let area = window.placement.rect
        let glyphs = context.glyphs
        let plan = window.plan ?? TablePlan(table: table, visible: window.visible, x: area.x + 2, width: area.width - 2)
        if window.placement.hasHeading {
            for (f, span) in plan.spans {
                // Headings give way before values do: `Sumber` → `Sumb.`, the sort mark kept.
                let mark = table.sort.key == table.fields[f].key ? " " + (table.sort.descending ? glyphs.sortDescending : glyphs.sortAscending) : ""
                let title = Shortening.heading([table.fields[f].title], width: span.count - DisplayWidth.of(mark)) + mark
                let cell = DisplayWidth.pad(title, to: span.count, alignRight: table.fields[f].alignRight)
                context.grid.put(cell, x: span.lowerBound, y: area.y, role: .title, maxWidth: span.count)
            }
        }
        guard table.count > 0 else {
            context.grid.put(ListWords.empty(context.input), x: area.x + 2, y: area.y + 2, role: .muted, maxWidth: area.width - 4)
            return
        }
        // Each column's values on screen shortened together, so that no two names or
        // units read alike (`DrawContext.fit`).
        var shown: [Int: [String: String]] = [:]
        for (f, span) in plan.spans {
            let values = window.visible.map { UntrustedText.sanitized(DisplayWidth.cellHead(table.text($0, f), columns: span.count)) }
            shown[f] = context.fit(values, as: table.fields[f].shortening, width: span.count)
        }
        for (offset, index) in window.visible.enumerated() {
            let y = window.placement.firstLine + offset
            let isSelected = index == window.selected
            if isSelected {
                context.grid.fill(x: area.x, y: y, width: area.width, role: .selection)
                context.grid.put(String(glyphs.pointer), x: area.x, y: y, role: .selection)
            }
            let isFresh = fresh(window.rows.id(index))
            let base: StyleRole = isSelected ? .selection : (isFresh ? .match : .text)
            for (f, span) in plan.spans {
                let spec = table.fields[f]
                let raw = UntrustedText.sanitized(DisplayWidth.cellHead(table.text(index, f), columns: span.count))
                let value = shown[f]?[raw] ?? raw
                // An empty cell keeps the row's look: a colour with nothing written in it
                // (a red block where a case is not late) would say something by colour alone.
                let role = isSelected || isFresh || value.isEmpty ? base : (table.role(index, f) ?? base)
                context.grid.put(DisplayWidth.pad(value, to: span.count, alignRight: spec.alignRight), x: span.lowerBound, y: y, role: role,
                                 maxWidth: span.count)
            }
            if isFresh {
                context.grid.put("•", x: area.x + 1, y: y, role: .match)
            } else if changed(window.rows.id(index)) {
                context.grid.put("+", x: area.x + 1, y: y, role: isSelected ? .selection : .title)
            }
        }
        let count = window.rows.count
        let position = window.selected >= 0 ? " \(window.selected + 1)/\(count) "
            : " \(window.top + 1)–\(min(count, window.top + window.pageSize))/\(count) "
        context.grid.put(position, x: context.width - DisplayWidth.of(position) - 2, y: 2, role: .muted)
    }
}
