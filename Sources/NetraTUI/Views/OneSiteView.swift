import Foundation
import NetraCore

/// A view that shows one site's structure (its units, its circulars' ledger) while the
/// whole province is on screen: it says to choose a site, since the units of ten offices
/// side by side would be ten different organisations read as one.
struct OneSiteView: ViewRoom {
    let id: ViewID

    enum Filter: Int, ViewChoice {
        case all
        func label(_ input: ViewInput) -> String { input.text(.filterAll) }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { [] }
    func rowIDs(_ input: ViewInput) -> [RowID] { [] }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        for (i, line) in wrap(context.text.province(.oneSiteOnly), width: max(1, body.width - 2)).enumerated() where i < body.height - 1 {
            context.grid.put(" " + line, x: body.x, y: body.y + 1 + i, role: .muted, maxWidth: body.width)
        }
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? { nil }
}
