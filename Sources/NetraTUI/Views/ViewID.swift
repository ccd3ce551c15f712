/// The dashboard's views, in tab order: the only list of them.
///
/// Adding a view is one new file under `Views/` (a `ViewRoom`) and one case here;
/// see docs/adding-a-view.md.
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

    /// Names accepted on the command line (`--view`), English first, then Indonesian.
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

    /// A view by any of its names or its number, case-insensitively.
    public static func named(_ name: String) -> ViewID? {
        let key = name.lowercased()
        return allCases.first { $0.names.contains(key) || String($0.number) == key }
    }

    /// The title on its tab, in the interface language.
    func title(_ text: UIText) -> String { text.viewNames[rawValue] }
}
