import Foundation
import NetraCore
import NetraTUI

/// Filter and sort by a column value over a big folder, per keystroke (goal: under
/// 16 ms with the frame): each step changes the UI state as the key would, then draws.
/// The first sort by a column works out its order once per model ("cold"); later
/// keystrokes reuse it ("warm").
func measureLists(officers count: Int, folder: URL) {
    func ms(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
    let model = DashboardModel(reading: DataFolder.read(from: FolderFiles(folder: folder)), now: DemoData.storyMoment)
    let renderer = FrameRenderer(language: .id)
    var state = UIState(view: .officers)
    let first = ms { _ = renderer.render(model, state: state, width: 200, height: 60) }
    print(String(format: "officers %d: first frame (sorts by name once) %.1f ms", count, first))
    var cold: [(String, Double)] = []
    var warm: [Double] = []
    let sorts = [ColumnSort(key: "unit"), ColumnSort(key: "unit", descending: true), ColumnSort(key: "grade"),
                 ColumnSort(key: "retirement", descending: true), ColumnSort(key: "name", descending: true), ColumnSort(key: "nip")]
    for round in 0..<6 {
        // Filter: one unit, then another grade on top (two conditions), then none.
        for conditions in [[FieldCondition(key: "unit", value: "Unit Kerja \(7 + round) Pemerintah Kota")],
                           [FieldCondition(key: "unit", value: "Unit Kerja \(7 + round) Pemerintah Kota"), FieldCondition(key: "grade", value: "III/a")],
                           []] {
            state.conditions[.officers] = conditions
            let s = state
            let t = ms { _ = renderer.render(model, state: s, width: 200, height: 60) }
            if round == 0 { cold.append(("filter \(conditions.count)", t)) } else { warm.append(t) }
        }
        for sort in sorts {
            state.sortColumn[.officers] = sort
            let s = state
            let t = ms { _ = renderer.render(model, state: s, width: 200, height: 60) }
            if round == 0 { cold.append(("sort \(sort.key)\(sort.descending ? " desc" : "")", t)) } else { warm.append(t) }
        }
    }
    print("first time per keystroke (filter, then each column's first sort): "
          + cold.map { String(format: "%@ %.1f", $0.0, $0.1) }.joined(separator: ", ") + " ms")
    warm.sort()
    print(String(format: "filter / sort keystroke over %d officers + 200x60 frame, warm: median %.2f ms, max %.2f ms (%d keystrokes)",
                 count, warm[warm.count / 2], warm.last!, warm.count))
}
