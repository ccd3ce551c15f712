/// The dashboard's views, in tab order: the only list of them.
///
/// Adding a view is one new file under `Views/` (a `ViewRoom`) and one case here;
/// see docs/adding-a-view.md. Everything that names the views — the number keys, the
/// tab titles, the command line (`:`), `--view` and `netra export`, the help texts and
/// shell completion — is read from here, so none of them can leave a view out.
public enum ViewID: Int, CaseIterable, Sendable {
    case overview, officers, retirements, schedule, cases, units, circulars
    /// Wilayah: the sites of a province; its tab shows only for a province of several sites.
    case sites

    /// The room that knows this view's rows, filters, sorts, cells and detail.
    var room: any ViewRoom {
        switch self {
        case .overview: OverviewView()
        case .officers: OfficersView()
        case .retirements: RetirementsView()
        case .schedule: ScheduleView()
        case .cases: CasesView()
        case .units: UnitsView()
        case .circulars: CircularsView()
        case .sites: SitesView()
        }
    }

    /// The room for the whole province (several sites, none narrowed to): the lists
    /// gain a Wilayah column (`SiteTable`), the overview sums the sites; a view that
    /// shows one site's structure (units, circulars) asks to choose a site.
    func room(for input: ViewInput) -> any ViewRoom {
        guard input.isProvinceWide else { return room }
        switch self {
        case .overview: return ProvinceOverview()
        case .officers: return SiteTable(inner: OfficersView())
        case .retirements: return SiteTable(inner: RetirementsView())
        case .schedule: return SiteTable(inner: ScheduleView())
        case .cases: return SiteTable(inner: CasesView())
        case .units, .circulars: return OneSiteView(id: self)
        case .sites: return SitesView()
        }
    }

    /// Whether the view exists only for a province of several sites.
    public var needsProvince: Bool { self == .sites }

    /// The views of a folder (and of a lone site): every view but the province's.
    public static var folderViews: [ViewID] { allCases.filter { !$0.needsProvince } }

    /// The views on the tabs: the Wilayah view only for a province of several sites,
    /// so a folder's tab row is what it always was.
    static func shown(province: ProvinceLens?) -> [ViewID] {
        (province?.sites.count ?? 0) > 1 ? allCases : folderViews
    }

    /// Names accepted on the command line (`--view`) and by the command line (`:`),
    /// English first, then Indonesian.
    public var names: [String] {
        switch self {
        case .overview: ["overview", "ringkasan"]
        case .officers: ["officers", "pegawai"]
        case .retirements: ["retirements", "pensiun"]
        case .schedule: ["schedule", "tahapan"]
        case .cases: ["cases", "kasus"]
        case .units: ["units", "unit", "opd"]
        case .circulars: ["circulars", "edaran", "surat-edaran"]
        case .sites: ["regions", "wilayah", "sites"]
        }
    }

    /// The key that shows the view, and its number on the tab (1-based).
    public var number: Int { rawValue + 1 }

    /// The key that shows the view (`1`…).
    public var key: Key { .character(Character(String(number))) }

    /// A view by any of its names or its number, case-insensitively.
    public static func named(_ name: String) -> ViewID? {
        let key = name.lowercased()
        return allCases.first { $0.names.contains(key) || String($0.number) == key }
    }

    /// The title on its tab, in the interface language.
    func title(_ text: UIText) -> String { text.viewNames[self] ?? names[0] }

    /// The title on its tab in `language` (help lines, the key table).
    public func title(in language: Language) -> String { title(UIText.table(for: language)) }

    /// Whether the view is one list with columns: `e` and `netra export` write it.
    public var isList: Bool { room is any TableRoom }

    /// The English names of its named filters (`candidates`, `overdue`), for
    /// `netra export --filter`.
    public var filterNames: [String] { room.filterKeys }

    /// `officers (pegawai), retirements (pensiun)`: how help texts name views.
    public static func described(_ views: [ViewID] = allCases) -> String {
        views.map { "\($0.names[0]) (\($0.names.dropFirst().joined(separator: ", ")))" }.joined(separator: ", ")
    }

    /// The views `netra export` writes.
    public static var lists: [ViewID] { folderViews.filter(\.isList) }

    /// `1–7`: the numbers that name a folder's views (8, Wilayah, is a province's).
    public static var numberRange: String { "1–\(folderViews.count)" }
}

import NetraCore
