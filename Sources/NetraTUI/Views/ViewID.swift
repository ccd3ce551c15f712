/// The dashboard's views, in tab order: the only list of them.
///
/// Adding a view is one new file under `Views/` (a `ViewRoom`) and one case here;
/// see docs/adding-a-view.md. Everything that names the views — the number keys, the
/// tab titles, the command line (`:`), `--view` and `netra export`, the help texts and
/// shell completion — is read from here, so none of them can leave a view out.
public enum ViewID: Int, CaseIterable, Sendable {
    case overview, officers, retirements, schedule, cases, units, circulars

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
        }
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
    public static var lists: [ViewID] { allCases.filter(\.isList) }

    /// `1–7`: the numbers that name views.
    public static var numberRange: String { "1–\(allCases.count)" }
}

import NetraCore
