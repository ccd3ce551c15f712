import Foundation
import NetraCore

/// The geometry of one dashboard frame, computed once from the size, the view, the
/// UI state and the model (btop's `calcSizes`): where the banner, body and list go,
/// which rows show, how far `PgDn` moves, and what a click at (x, y) hits. Drawing
/// and input both read it, so they cannot disagree.
public struct FrameLayout {
    public let size: Size
    let input: ViewInput
    let room: any ViewRoom
    /// Below the minimum size the frame only says so.
    public let isTooSmall: Bool
    let tabs: [(label: String, columns: Range<Int>, view: ViewID)]
    /// The banner's lines from line 3, when there are problems to show.
    let banner: [String]
    /// Everything between the tabs (and banner) and the status line.
    let body: Rect
    /// The view's list and the part of it on screen.
    let list: ListWindow

    init(size: Size, input: ViewInput) {
        self.size = size
        self.input = input
        room = input.state.view.room(for: input)
        isTooSmall = size.width < FrameRenderer.minimumWidth || size.height < FrameRenderer.minimumHeight
        tabs = Chrome.tabs(input.state, input.text, width: size.width, views: input.views)
        banner = isTooSmall ? [] : Chrome.banner(input, width: size.width, height: size.height)
        let top = 3 + banner.count
        body = Rect(x: 0, y: top, width: size.width, height: size.height - 1 - top)
        var list = ListWindow(placement: room.listPlacement(in: body, input), rows: room.listRows(input), state: input.state, view: room.id)
        table = room.table(input)
        if let table { list.plan = TablePlan(table: table, visible: list.visible, x: list.placement.rect.x + 2, width: list.placement.rect.width - 2) }
        self.list = list
    }

    /// The view's list as named columns, when it is one.
    let table: Table?

    /// Whether a click on line `y` hits the banner (it opens the problems panel).
    public func isBanner(line y: Int) -> Bool { !isTooSmall && (3..<(3 + banner.count)).contains(y) }

    /// The column whose heading a click at (x, y) hits (its key).
    func sortKey(atColumn x: Int, line y: Int) -> String? {
        guard !isTooSmall, let table, let plan = list.plan, list.placement.hasHeading, y == list.placement.rect.y else { return nil }
        return plan.spans.first { $0.columns.contains(x) }.map { table.fields[$0.field].key }
    }

    /// How many rows a page holds: what `PgUp`/`PgDn` move by, exactly the rows drawn.
    public var pageSize: Int { list.pageSize }

    /// The current view's rows as the reducer needs them.
    public var rows: UIState.Rows {
        let rows = room.listRows(input)
        return UIState.Rows(count: rows.count, pageSize: pageSize, top: input.state.showsSelection ? list.top : nil, id: rows.id, index: rows.index)
    }

    /// How the overlay on top (problems panel, help, detail pane) scrolls in this
    /// frame: the same geometry it is drawn with, so `PgDn` moves by the lines shown.
    var overlayScroll: OverlayScroll {
        let state = input.state
        if state.showsProblems { return ProblemsPanel.Geometry(input, size: size).scroll }
        if state.showsHelp { return Overlays.helpScroll(input, screenHeight: size.height) }
        if state.showsDetail, let id = selectedID, let detail = room.detail(of: id, input) {
            return Overlays.DetailPane(detail, input, body: body).scroll
        }
        return .unbounded
    }

    /// The row whose detail opens: the selected one.
    var selectedID: RowID? {
        list.rows.count > 0 && list.selected >= 0 ? list.rows.id(min(list.selected, list.rows.count - 1)) : nil
    }

    /// The row identity a click on line `y` selects.
    public func rowID(atLine y: Int) -> RowID? { isTooSmall ? nil : list.rowID(atLine: y) }

    /// The view whose tab a click at (x, y) hits.
    public func view(atColumn x: Int, line y: Int) -> ViewID? {
        guard !isTooSmall, y == 1 else { return nil }
        return tabs.first { $0.columns.contains(x) }?.view
    }

    /// Each tab's columns on line 1, in tab order.
    public var tabColumns: [Range<Int>] { tabs.map(\.columns) }
}
