import NetraCore

/// Where the user is: view, selection, scroll, search, filter, sort, overlays.
///
/// Selections are kept by identity (NIP, case id, stage id, alert key), never by row
/// number, so they survive re-sorting and reloads. All changes go through `apply`,
/// a pure function tests drive without a terminal.
public struct UIState: Equatable, Sendable {
    public var view: ViewID = .overview
    public var selection: [ViewID: RowID] = [:]
    /// The first visible row of each view.
    public var scroll: [ViewID: Int] = [:]
    /// The search text per view; `isSearching` while it is being typed.
    public var search: [ViewID: String] = [:]
    public var isSearching = false
    public var filter: [ViewID: Int] = [:]
    public var sort: [ViewID: Int] = [:]
    /// A column chosen to sort by (`<` `>` `S`, a header click); overrides the named sort.
    public var sortColumn: [ViewID: ColumnSort] = [:]
    /// Filters by column value (`F`), all of which a row must pass.
    public var conditions: [ViewID: [FieldCondition]] = [:]
    public var showsHelp = false
    public var showsDetail = false
    /// A short note for the status line.
    public var notice: Notice?
    /// Whether lists mark a selected row; a kiosk shows screenfuls by `scroll` instead.
    public var showsSelection = true
    /// Without a selection: which screenful of the list shows (0 is the first).
    public var screenful = 0
    /// Alert groups the user expanded on the overview.
    public var expanded: Set<AlertGroup.Key> = []
    /// Where the cursor is in the search line being typed.
    public var searchCursor = 0
    /// The picker open over the view (command line, filter by value, related rows).
    public var picker: PickerState?
    /// How far the detail pane and the help are scrolled (lines).
    public var detailScroll = 0
    public var helpScroll = 0
    /// The problems panel (`!`) is open, and how far it is scrolled.
    public var showsProblems = false
    public var problemsScroll = 0
    /// Places left by following a link (`o`, Enter on an alert): `BS` returns.
    public var trail: [Place] = []
    /// The site every view is narrowed to (`Enter` on the Wilayah view); `nil`: the
    /// whole province (or a folder, where there is nothing to narrow).
    public var site: String?

    /// A view, its selected row and whether its detail was open.
    public struct Place: Equatable, Sendable {
        public var view: ViewID
        public var selection: RowID?
        public var showsDetail: Bool
    }

    public init(view: ViewID = .overview) { self.view = view }

    /// Notes the status line can show after an event.
    public enum Notice: Equatable, Sendable {
        /// A reload or search removed the selected row; its neighbour took its place.
        case selectionGone
        /// The list was written to a file (its path), or could not be (why).
        case exported(String)
        case exportFailed(String)
        /// `y`: what was sent to the terminal's clipboard, and whether it arrived.
        case copy(CopyNotice)
        /// Nothing to go to from the selected row; nowhere to go back to.
        case noLink, noTrail
        /// Not on a locked-down screen (kiosk): copy, suspend, export.
        case notInKiosk

        /// The sentence on the status line.
        func sentence(_ text: UIText) -> String {
            switch self {
            case .selectionGone: text(.selectionGone)
            case .exported(let path): String(format: text(.exportedTo), UntrustedText.sanitized(path))
            case .exportFailed(let why): String(format: text(.exportFailed), UntrustedText.sanitized(why))
            case .copy(let copy): text.copySentence(copy)
            case .noLink: text(.noLink)
            case .noTrail: text(.noTrail)
            case .notInKiosk: text(.notInKiosk)
            }
        }
    }

    /// What the host must do after an action.
    public enum Effect: Equatable, Sendable { case none, quit, reload }

    /// The rows of the current view, as the reducer needs them: how many, the identity
    /// at a position and the position of an identity, asked for lazily. A list of 100k
    /// officers never turns into 100k identities per keystroke.
    public struct Rows {
        public let count: Int
        /// Rows that fit on screen (for paging and scrolling).
        public let pageSize: Int
        /// The first row the frame shows, when a frame was laid out (`PgDn` turns
        /// that page); `nil`: the reducer's own `scroll`.
        public let top: Int?
        private let idAt: (Int) -> RowID
        private let indexOf: (RowID) -> Int?

        public init(count: Int, pageSize: Int, top: Int? = nil, id: @escaping (Int) -> RowID, index: @escaping (RowID) -> Int?) {
            self.count = count
            self.pageSize = max(1, pageSize)
            self.top = top
            idAt = id
            indexOf = index
        }

        public init(ids: [RowID], pageSize: Int) {
            self.init(count: ids.count, pageSize: pageSize, id: { ids[$0] }, index: { ids.firstIndex(of: $0) })
        }

        public var isEmpty: Bool { count == 0 }
        /// The identity of the row at `position` (0 ..< count).
        public func id(at position: Int) -> RowID { idAt(position) }
        /// Where the row `id` is, or `nil` when it is not among the rows.
        public func index(of id: RowID) -> Int? { indexOf(id) }
        /// Every identity, in order (tests and small lists only).
        public var ids: [RowID] { (0..<count).map(idAt) }
    }

    public var query: String { search[view] ?? "" }

    /// The selected row's index in `rows`, falling back to the first row.
    public func selectedIndex(in rows: Rows) -> Int? {
        guard !rows.isEmpty else { return nil }
        if let id = selection[view], let index = rows.index(of: id) { return index }
        return 0
    }

    /// Applies a key's action. `overlay`: how the open help, problems panel or detail
    /// pane scrolls on this screen (the frame's layout knows).
    ///
    /// An overlay takes the keys first: the movement keys scroll it; `q` and `Esc`
    /// close it and do nothing else (a second `q` quits); any other key closes it and
    /// then acts. Only `Ctrl-C` quits from anywhere.
    public mutating func apply(_ action: Action, rows: Rows, filterCount: Int, sortCount: Int,
                               overlay: OverlayScroll = .unbounded) -> Effect {
        notice = nil
        if action == .quitNow { return .quit }
        if showsProblems {
            if let top = overlay.scrolled(problemsScroll, by: action) { problemsScroll = top; return .none }
            showsProblems = false
            if Self.closesOnly(action) || action == .toggleProblems { return .none }
        }
        if showsHelp {
            if let top = overlay.scrolled(helpScroll, by: action) { helpScroll = top; return .none }
            showsHelp = false
            if Self.closesOnly(action) || action == .toggleHelp { return .none }
        }
        if showsDetail {
            // The detail pane scrolls with the movement keys; q and Esc close it.
            if let top = overlay.scrolled(detailScroll, by: action) { detailScroll = top; return .none }
            if Self.closesOnly(action) {
                showsDetail = false
                return .none
            }
        }
        switch action {
        case .moveUp: move(by: -1, rows)
        case .moveDown: move(by: 1, rows)
        case .pageUp: page(-1, rows)
        case .pageDown: page(1, rows)
        case .top: move(to: 0, rows)
        case .bottom: move(to: rows.count - 1, rows)
        case .nextView: switchView(to: Self.neighbour(of: view, by: 1, among: ViewID.folderViews))
        case .previousView: switchView(to: Self.neighbour(of: view, by: -1, among: ViewID.folderViews))
        case .showView(let v): switchView(to: v)
        case .open:
            if !rows.isEmpty {
                showsDetail = true
                detailScroll = 0
            }
        case .back:
            if !query.isEmpty {
                keepSelectedRow(rows)
                search[view] = nil
            } else if conditions[view]?.isEmpty == false || site == nil {
                conditions[view] = nil
            } else {
                // Nothing else to clear: Esc widens a narrowed province back.
                narrow(to: nil)
            }
        case .startSearch:
            isSearching = true
            searchCursor = query.count
            showsDetail = false
        case .cycleFilter:
            if filterCount > 1 { filter[view] = ((filter[view] ?? 0) + 1) % filterCount }
        case .cycleSort:
            if sortCount > 1 { sort[view] = ((sort[view] ?? 0) + 1) % sortCount }
        case .reload: return .reload
        case .toggleHelp:
            showsHelp = true
            helpScroll = 0
        case .toggleProblems:
            showsHelp = false
            showsProblems = true
            problemsScroll = 0
        case .quit, .quitNow: return .quit
        case .clearFilters:
            keepSelectedRow(rows)
            conditions[view] = nil
            search[view] = nil
            sortColumn[view] = nil
        case .filterByValue: picker = PickerState(kind: .filterColumn)
        case .commandLine: picker = PickerState(kind: .command)
        case .goBack:
            guard let place = trail.popLast() else { notice = .noTrail; return .none }
            switchView(to: place.view)
            selection[place.view] = place.selection
            showsDetail = place.showsDetail
            detailScroll = 0
        // These need the rows' columns or the host: the session handles them.
        case .widen: narrow(to: nil)
        case .sortColumn, .reverseSort, .follow, .export, .copy, .suspend: break
        }
        return .none
    }

    /// The view `by` steps from `view` among `views` (the tabs shown), wrapping.
    static func neighbour(of view: ViewID, by step: Int, among views: [ViewID]) -> ViewID {
        guard let i = views.firstIndex(of: view) else { return views.first ?? view }
        return views[(i + step + views.count) % views.count]
    }

    /// Narrows every view to `site` (`nil`: the whole province). The rows of a list
    /// change identity with the lens (a province's row names its site), so selections
    /// and scrolling start afresh; the Wilayah view keeps its selection.
    public mutating func narrow(to site: String?) {
        guard site != self.site else { return }
        self.site = site
        for v in ViewID.folderViews {
            selection[v] = nil
            scroll[v] = 0
        }
        trail = []
        showsDetail = false
    }

    /// Whether an action only closes the overlay it reaches: `q` and `Esc` never act
    /// on the view underneath (a second `q` quits).
    private static func closesOnly(_ action: Action) -> Bool { action == .quit || action == .back }

    /// Pins the selection to the row shown selected (the first match when the user
    /// did not move) before a search or filter that narrowed the rows is dropped:
    /// leaving a search stays on the row that was found, as k9s and VisiData do.
    mutating func keepSelectedRow(_ rows: Rows) {
        if let index = selectedIndex(in: rows) { selection[view] = rows.id(at: index) }
    }

    /// Typing into the search line: characters, backspace, Enter keeps the search,
    /// Esc drops it. Each keystroke filters at once (incremental search). `found`:
    /// the row shown selected, which Esc keeps selected in the whole list.
    public mutating func applySearch(_ key: Key, found: RowID? = nil) {
        switch key {
        case .enter: isSearching = false
        case .escape:
            isSearching = false
            if let found { selection[view] = found }
            search[view] = nil
        default:
            var line = LineEdit(query)
            line.cursor = searchCursor
            guard line.apply(key) else { return }
            search[view] = line.text.isEmpty ? nil : line.text
            searchCursor = line.cursor
        }
        scroll[view] = 0
    }

    /// The search line being typed, with its cursor.
    var searchLine: LineEdit {
        var line = LineEdit(query)
        line.cursor = searchCursor
        return line
    }

    /// After the rows changed (reload, search, filter): keep the selection if its row
    /// is still there; otherwise select the row that took its place and say so.
    public mutating func reconcile(previous: Rows, rows: Rows) {
        guard let id = selection[view], rows.index(of: id) == nil else { return }
        guard !rows.isEmpty else { selection[view] = nil; return }
        let oldIndex = previous.index(of: id) ?? 0
        // The nearest surviving neighbour: first below, then above.
        let survives = { (i: Int) in rows.index(of: previous.id(at: i)) != nil }
        let below = (oldIndex + 1 ..< previous.count).first(where: survives)
        let above = (0 ..< min(oldIndex, previous.count)).last(where: survives)
        selection[view] = (below ?? above).map(previous.id(at:)) ?? rows.id(at: min(oldIndex, rows.count - 1))
        notice = .selectionGone
    }

    /// Keeps the selected row inside the visible window.
    public mutating func scrollToSelection(_ rows: Rows) {
        guard let index = selectedIndex(in: rows) else { scroll[view] = 0; return }
        scroll[view] = Paging.visibleTop(rows.top ?? scroll[view] ?? 0, selected: index, count: rows.count, pageSize: rows.pageSize)
    }

    /// `PgDn` (+1) / `PgUp` (-1): the window and the selection move by exactly the
    /// rows shown (`Paging`).
    private mutating func page(_ direction: Int, _ rows: Rows) {
        guard let index = selectedIndex(in: rows) else { return }
        let paged = Paging.page(direction, index: index, top: rows.top ?? scroll[view] ?? 0, count: rows.count, pageSize: rows.pageSize)
        selection[view] = rows.id(at: paged.index)
        scroll[view] = paged.top
    }

    private mutating func move(by delta: Int, _ rows: Rows) {
        guard let index = selectedIndex(in: rows) else { return }
        move(to: index + delta, rows)
    }

    private mutating func move(to index: Int, _ rows: Rows) {
        guard !rows.isEmpty else { return }
        selection[view] = rows.id(at: max(0, min(rows.count - 1, index)))
        scrollToSelection(rows)
    }

    mutating func switchView(to next: ViewID) {
        view = next
        showsDetail = false
        isSearching = false
        picker = nil
    }
}
