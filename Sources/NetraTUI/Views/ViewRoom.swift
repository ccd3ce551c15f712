import Foundation
import NetraCore

/// One view of the dashboard, whole: its rows (filtered, sorted, searched), its named
/// filters and sorts, where its list sits, how it draws its cells, and its detail.
///
/// The chrome around it (header, tabs, banner, status line), the list widget and the
/// overlays are shared; a room only says what is particular to its view. The kiosk
/// draws the same rooms with a public `Privacy`.
protocol ViewRoom {
    /// The named filters `f` cycles through.
    associatedtype Filter: ViewChoice
    var id: ViewID { get }
    /// The filter under which every row shows (a followed link lands there).
    var widestFilter: Int { get }
    /// The filter labels `f` cycles through, in order (a named enum's cases).
    func filterLabels(_ input: ViewInput) -> [String]
    /// The sort labels `s` cycles through, in order.
    func sortLabels(_ input: ViewInput) -> [String]
    /// The identities of the rows shown, in order (selection is kept by identity).
    func rowIDs(_ input: ViewInput) -> [RowID]
    /// The rows for drawing: by default the identities above; a long list may offer a
    /// cheaper lookup.
    func listRows(_ input: ViewInput) -> ListRows
    /// Where the selectable list sits inside the body.
    func listPlacement(in body: Rect, _ input: ViewInput) -> ListPlacement
    /// Draws the body: anything above the list, then the list through `ListWidget`.
    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow)
    /// `Enter` on row `id`: a room may act on it itself (expand a group) and return
    /// true; otherwise the detail pane opens.
    func open(_ id: RowID, state: inout UIState) -> Bool
    /// The detail pane's content for the row `id`; `nil` when that row is gone.
    func detail(of id: RowID, _ input: ViewInput) -> Detail?
    /// Whether the body shows a countdown to the second (the screen then wakes every second).
    func needsSecondTicks(_ input: ViewInput) -> Bool
    /// The list as named columns (sorting, filtering by value, export); `nil` for a
    /// view that is not one list.
    func table(_ input: ViewInput) -> Table?
    /// Row `i` read aloud with its column names in at most `budget` characters, for the
    /// linear mode (`Linear/`); `nil`: a list is read from its `table`.
    func linearRow(_ i: Int, _ input: ViewInput, budget: Int) -> String?
    /// The facts above the list, one sentence a line, for the linear mode.
    func linearFacts(_ input: ViewInput) -> [String]
}

extension ViewRoom {
    func listRows(_ input: ViewInput) -> ListRows { ListRows(rowIDs(input)) }
    func listPlacement(in body: Rect, _ input: ViewInput) -> ListPlacement { ListPlacement(rect: body, hasHeading: true) }
    func needsSecondTicks(_ input: ViewInput) -> Bool { false }
    func open(_ id: RowID, state: inout UIState) -> Bool { false }
    func table(_ input: ViewInput) -> Table? { nil }
    func linearRow(_ i: Int, _ input: ViewInput, budget: Int) -> String? { nil }
    func linearFacts(_ input: ViewInput) -> [String] { [] }
    var widestFilter: Int { 0 }
    /// The English names of the named filters (`netra export --filter`): the case names.
    var filterKeys: [String] { Filter.allCases.map { "\($0)" } }
}

/// A filter or sort of a view: a named case with its label in the message table.
/// The UI state keeps the raw value, so it survives reloads and view switches.
protocol ViewChoice: CaseIterable, RawRepresentable<Int> {
    func label(_ input: ViewInput) -> String
}

extension ViewChoice {
    /// Every label, in cycling order.
    static func labels(_ input: ViewInput) -> [String] { allCases.map { $0.label(input) } }

    /// The filter the state has chosen for `view` (the first one by default).
    static func chosenFilter(_ state: UIState, _ view: ViewID) -> Self {
        Self(rawValue: state.filter[view] ?? 0) ?? allCases.first!
    }

    /// The sort the state has chosen for `view` (the first one by default).
    static func chosenSort(_ state: UIState, _ view: ViewID) -> Self {
        Self(rawValue: state.sort[view] ?? 0) ?? allCases.first!
    }
}

/// How a frame is dressed: words, glyphs, and what it may show of people.
public struct FrameStyle: Sendable {
    public let text: UIText
    public let glyphs: Glyphs
    /// Everything on the office's dashboard; initials and masked NIPs on a kiosk.
    public let privacy: Privacy
    /// Shown in the header when the clock is the demo's story clock.
    public let isDemo: Bool
    /// Problems outside the data files (a broken theme), shown in the banner.
    public let notices: [String]
    /// Keys outside the key table that help lists first (an unlocked kiosk's lock-now key).
    var operatorKeys: [(key: String, help: String)] = []
    /// A state the screen is in (an unlocked kiosk), said above the problems and not
    /// counted among them.
    var statusBanner: String?
    /// The data folder's name, for the header when netra.toml names no region.
    public var folderName: String?

    public init(language: Language, glyphs: Glyphs = .unicode, privacy: Privacy = .full, isDemo: Bool = false, notices: [String] = []) {
        self.text = UIText.table(for: language)
        self.glyphs = glyphs
        self.privacy = privacy
        self.isDemo = isDemo
        self.notices = notices
    }
}

/// Everything a view reads to lay itself out and draw: model, UI state, style, time.
struct ViewInput {
    let model: DashboardModel
    let state: UIState
    let style: FrameStyle
    let now: Date
    /// The province around the model, when the data is one (the model is then a site's
    /// under the lens, or the province's own placeholder).
    var province: ProvinceLens? = nil

    /// The whole province on screen: several sites, none narrowed to.
    var isProvinceWide: Bool { province.map { $0.sites.count > 1 } == true && state.site == nil }

    /// The views whose tabs show: the Wilayah view only for a province of several sites.
    var views: [ViewID] { ViewID.shown(province: province) }

    var text: UIText { style.text }
    var glyphs: Glyphs { style.glyphs }
    var privacy: Privacy { style.privacy }
    var time: TimeText { TimeText(zone: model.situation.zone, text: style.text) }
    var situation: Situation { model.situation }


    /// The key under which this view's rows are remembered with the model.
    func query(_ view: ViewID) -> RowQuery {
        RowQuery(view: view, filter: state.filter[view] ?? 0, sort: state.sort[view] ?? 0, search: state.search[view] ?? "",
                 publicOnly: !privacy.caseDetails)
    }
}

/// A view drawing into the frame.
struct DrawContext {
    var grid: CellGrid
    let input: ViewInput
    /// The names and units this frame shows, and how: none reads like another.
    var names = ShownNames()

    var text: UIText { input.text }
    var glyphs: Glyphs { input.glyphs }
    var width: Int { grid.width }
}

/// The detail pane's content: a title, labelled values, and the officer it is about
/// (whose fields the pane adds below).
struct Detail {
    var title: String?
    var fields: [(label: String, value: String)]
    var officer: Officer?
}
