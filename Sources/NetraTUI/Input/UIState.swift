/// Where the user is: view, selection, scroll, search, filter, sort, overlays.
///
/// Selections are kept by identity (NIP, case id, stage id, alert key), never by row
/// number, so they survive re-sorting and reloads. All changes go through `apply`,
/// a pure function tests drive without a terminal.
public struct UIState: Equatable, Sendable {
    public var view: ViewID = .overview
    public var selection: [ViewID: String] = [:]
    /// The first visible row of each view.
    public var scroll: [ViewID: Int] = [:]
    /// The search text per view; `isSearching` while it is being typed.
    public var search: [ViewID: String] = [:]
    public var isSearching = false
    public var filter: [ViewID: Int] = [:]
    public var sort: [ViewID: Int] = [:]
    public var showsHelp = false
    public var showsDetail = false
    /// A short note for the status line.
    public var notice: Notice?
    /// Whether lists mark a selected row; a kiosk shows screenfuls by `scroll` instead.
    public var showsSelection = true
    /// Without a selection: which screenful of the list shows (0 is the first).
    public var screenful = 0
    /// Alert groups the user expanded on the overview (by group id).
    public var expanded: Set<String> = []

    public init(view: ViewID = .overview) { self.view = view }

    /// Notes the status line can show after an event.
    public enum Notice: Equatable, Sendable {
        /// A reload or search removed the selected row; its neighbour took its place.
        case selectionGone

        var word: UIText.Word {
            switch self {
            case .selectionGone: .selectionGone
            }
        }
    }

    /// What the host must do after an action.
    public enum Effect: Equatable, Sendable { case none, quit, reload }

    /// The rows of the current view, as the reducer needs them.
    public struct Rows: Sendable {
        public let ids: [String]
        /// Rows that fit on screen (for paging and scrolling).
        public let pageSize: Int
        public init(ids: [String], pageSize: Int) {
            self.ids = ids
            self.pageSize = max(1, pageSize)
        }
    }

    public var query: String { search[view] ?? "" }

    /// The selected row's index in `rows`, falling back to the first row.
    public func selectedIndex(in rows: Rows) -> Int? {
        guard !rows.ids.isEmpty else { return nil }
        if let id = selection[view], let index = rows.ids.firstIndex(of: id) { return index }
        return 0
    }

    /// Applies a key's action.
    public mutating func apply(_ action: Action, rows: Rows, filterCount: Int, sortCount: Int) -> Effect {
        notice = nil
        if showsHelp && action != .quit {
            showsHelp = false
            if action == .toggleHelp || action == .back { return .none }
        }
        switch action {
        case .moveUp: move(by: -1, rows)
        case .moveDown: move(by: 1, rows)
        case .pageUp: move(by: -rows.pageSize, rows)
        case .pageDown: move(by: rows.pageSize, rows)
        case .top: move(to: 0, rows)
        case .bottom: move(to: rows.ids.count - 1, rows)
        case .nextView: switchView(to: ViewID(rawValue: (view.rawValue + 1) % ViewID.allCases.count)!)
        case .previousView: switchView(to: ViewID(rawValue: (view.rawValue + ViewID.allCases.count - 1) % ViewID.allCases.count)!)
        case .showView(let v): switchView(to: v)
        case .open: if !rows.ids.isEmpty { showsDetail = true }
        case .back:
            if showsDetail { showsDetail = false } else if !query.isEmpty { search[view] = nil }
        case .startSearch:
            isSearching = true
            showsDetail = false
        case .cycleFilter:
            if filterCount > 1 { filter[view] = ((filter[view] ?? 0) + 1) % filterCount }
        case .cycleSort:
            if sortCount > 1 { sort[view] = ((sort[view] ?? 0) + 1) % sortCount }
        case .reload: return .reload
        case .toggleHelp: showsHelp = true
        case .quit: return .quit
        }
        return .none
    }

    /// Typing into the search line: characters, backspace, Enter keeps the search,
    /// Esc drops it. Each keystroke filters at once (incremental search).
    public mutating func applySearch(_ key: Key) {
        switch key {
        case .character(let c): search[view, default: ""].append(c)
        case .backspace: if !query.isEmpty { search[view]!.removeLast() }
        case .enter: isSearching = false
        case .escape:
            isSearching = false
            search[view] = nil
        default: break
        }
        scroll[view] = 0
    }

    /// After the rows changed (reload, search, filter): keep the selection if its row
    /// is still there; otherwise select the row that took its place and say so.
    public mutating func reconcile(previousIDs: [String], rows: Rows) {
        guard let id = selection[view], !rows.ids.contains(id) else { return }
        guard !rows.ids.isEmpty else { selection[view] = nil; return }
        let oldIndex = previousIDs.firstIndex(of: id) ?? 0
        // The nearest surviving neighbour: first below, then above.
        let survivors = Set(rows.ids)
        let below = previousIDs.dropFirst(oldIndex + 1).first { survivors.contains($0) }
        let above = previousIDs.prefix(oldIndex).last { survivors.contains($0) }
        selection[view] = below ?? above ?? rows.ids[min(oldIndex, rows.ids.count - 1)]
        notice = .selectionGone
    }

    /// Keeps the selected row inside the visible window.
    public mutating func scrollToSelection(_ rows: Rows) {
        guard let index = selectedIndex(in: rows) else { scroll[view] = 0; return }
        var top = scroll[view] ?? 0
        if index < top { top = index }
        if index >= top + rows.pageSize { top = index - rows.pageSize + 1 }
        top = max(0, min(top, max(0, rows.ids.count - rows.pageSize)))
        scroll[view] = top
    }

    private mutating func move(by delta: Int, _ rows: Rows) {
        guard let index = selectedIndex(in: rows) else { return }
        move(to: index + delta, rows)
    }

    private mutating func move(to index: Int, _ rows: Rows) {
        guard !rows.ids.isEmpty else { return }
        selection[view] = rows.ids[max(0, min(rows.ids.count - 1, index))]
        scrollToSelection(rows)
    }

    private mutating func switchView(to next: ViewID) {
        view = next
        showsDetail = false
        isSearching = false
    }
}
