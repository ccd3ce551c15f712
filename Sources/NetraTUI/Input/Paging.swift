/// Paging as VisiData and k9s do it: `PgDn` turns the page — the window moves down by
/// exactly the rows it shows and the selection moves with it, keeping its line on the
/// screen — and stops at the ends of the list. One pure function for every list, the
/// pickers included, so no view pages differently.
enum Paging {
    /// The selected row and the first row shown after paging `direction` (+1 down,
    /// -1 up) from `index` with the window at `top`, `pageSize` rows tall, over
    /// `count` rows. The selection always stays inside the new window.
    static func page(_ direction: Int, index: Int, top: Int, count: Int, pageSize: Int) -> (index: Int, top: Int) {
        guard count > 0 else { return (0, 0) }
        let page = max(1, pageSize)
        let lastTop = max(0, count - page)
        let shownTop = visibleTop(top, selected: index, count: count, pageSize: page)
        let newTop = max(0, min(lastTop, shownTop + direction * page))
        let newIndex = max(0, min(count - 1, index + direction * page))
        return (newIndex, visibleTop(newTop, selected: newIndex, count: count, pageSize: page))
    }

    /// The first row shown when the window would start at `top`: moved as little as
    /// it takes to show the selected row, and never past the end of the list.
    static func visibleTop(_ top: Int, selected: Int, count: Int, pageSize: Int) -> Int {
        var top = top
        if selected < top { top = selected }
        if selected >= top + pageSize { top = selected - pageSize + 1 }
        return max(0, min(top, max(0, count - pageSize)))
    }
}

/// How the open overlay (help, problems panel, detail pane) scrolls on this screen:
/// the lines it shows at once — what `PgUp`/`PgDn` move by — and its last top line,
/// so `G` and `PgDn` stop at the end and `k` moves back at once. The frame's layout
/// works it out from the same geometry the overlay is drawn with.
public struct OverlayScroll: Equatable, Sendable {
    public var page: Int
    public var limit: Int

    public init(page: Int, limit: Int) {
        self.page = max(1, page)
        self.limit = max(0, limit)
    }

    /// For the reducer on its own (tests without a frame): ten lines a page, no end.
    public static let unbounded = OverlayScroll(page: 10, limit: Int.max / 2)

    /// The overlay's new top line after a movement key; `nil` for any other action.
    func scrolled(_ top: Int, by action: Action) -> Int? {
        let top = min(max(0, top), limit)
        switch action {
        case .moveUp: return max(0, top - 1)
        case .moveDown: return min(limit, top + 1)
        case .pageUp: return max(0, top - page)
        case .pageDown: return min(limit, top + page)
        case .top: return 0
        case .bottom: return limit
        default: return nil
        }
    }
}
