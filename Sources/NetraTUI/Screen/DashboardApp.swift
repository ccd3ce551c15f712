import Foundation
import NetraCore

/// What the dashboard runs on.
public struct DashboardOptions: Sendable {
    public var folder: URL
    public var clock: TimeSource
    /// `nil`: the folder's `netra.toml` decides (default Indonesian).
    public var language: Language?
    public var theme: Theme
    public var isDemo: Bool
    public var initialView: ViewID
    /// Problems outside the data (a broken theme file), shown in the banner.
    public var notices: [String]

    public init(folder: URL, clock: TimeSource, language: Language? = nil, theme: Theme = .builtInDefault,
                isDemo: Bool = false, initialView: ViewID = .overview, notices: [String] = []) {
        self.notices = notices
        self.folder = folder
        self.clock = clock
        self.language = language
        self.theme = theme
        self.isDemo = isDemo
        self.initialView = initialView
    }
}

/// The interactive dashboard: reads the folder, draws, handles keys and the mouse,
/// and wakes once a second for the clock (the process sleeps in between).
public enum DashboardApp {
    public static func run(_ options: DashboardOptions) throws {
        let screen = try NcursesScreen(theme: options.theme)
        defer { screen.close() }

        func load() -> DashboardModel {
            let now = options.clock.now()
            return DashboardModel(reading: DataFolder.read(from: FolderFiles(folder: options.folder)), now: now, loadedAt: now)
        }
        var model = load()
        var state = UIState(view: options.initialView)
        var derivedMinute = minute(options.clock.now())
        var lastGrid: CellGrid?

        while true {
            let now = options.clock.now()
            // Alert wording and day counts change by the minute at most.
            if minute(now) != derivedMinute {
                model = model.at(now)
                derivedMinute = minute(now)
            }
            let language = options.language ?? Language(rawValue: model.dataset.settings.language) ?? .id
            let renderer = FrameRenderer(language: language, glyphs: screen.glyphs, isDemo: options.isDemo, notices: options.notices)
            let (width, height) = screen.size
            let grid = renderer.render(model, state: state, width: width, height: height, now: now)
            screen.draw(grid)
            lastGrid = grid

            // Sleep until the next whole second (the header clock shows seconds).
            let fraction = now.timeIntervalSince1970 - now.timeIntervalSince1970.rounded(.down)
            guard let event = screen.nextEvent(timeout: Int((1 - fraction) * 1000) + 5) else { continue }

            let pageSize = FrameRenderer.bodyHeight(forScreenHeight: height) - 1
            func rows() -> UIState.Rows { UIState.Rows(ids: Rows.ids(model, state: state), pageSize: pageSize) }
            func perform(_ action: Action) -> Bool {
                let before = rows()
                switch state.apply(action, rows: before, filterCount: Rows.filterCount(state.view), sortCount: Rows.sortCount(state.view)) {
                case .quit: return false
                case .reload:
                    model = load()
                    state.reconcile(previousIDs: before.ids, rows: rows())
                case .none: break
                }
                return true
            }

            switch event {
            case .resize:
                continue
            case .key(let key):
                if state.isSearching {
                    state.applySearch(key)
                    continue
                }
                guard let action = KeyMap.action(for: key) else { continue }
                if !perform(action) { return }
            case .click(let x, let y):
                if let tab = lastGrid?.tabTargets.first(where: { $0.columns.contains(x) && y == 1 }) {
                    _ = perform(.showView(tab.view))
                } else if let id = lastGrid?.rowTargets[y] {
                    state.selection[state.view] = id
                }
            case .wheel(let delta):
                for _ in 0..<abs(delta) { _ = perform(delta < 0 ? .moveUp : .moveDown) }
            }
        }
    }

    private static func minute(_ date: Date) -> Int { Int(date.timeIntervalSince1970 / 60) }
}
