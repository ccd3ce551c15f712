import Foundation
import NetraCore

/// Tahapan: every stage of the election, done ✓, running ▶ with progress, or upcoming
/// · with a countdown; the decree deadline and the DCT stage are marked.
struct ScheduleView: ViewRoom {
    let id = ViewID.schedule

    enum Filter: Int, ViewChoice {
        case all, notDone
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .notDone: input.text(.filterNotDone)
            }
        }
    }

    enum Sort: Int, ViewChoice {
        case time
        func label(_ input: ViewInput) -> String { input.text(.sortTime) }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    func stages(_ input: ViewInput) -> [StageStatus] {
        let all = input.situation.stages
        let shown = Filter.chosenFilter(input.state, id) == .notDone ? all.filter { $0.phase != .done } : all
        let query = SearchIndex.fold(input.state.search[id] ?? "")
        return query.isEmpty ? shown : shown.filter { SearchIndex.fold($0.stage.name + " " + $0.stage.id).contains(query) }
    }

    func rowIDs(_ input: ViewInput) -> [String] {
        input.model.cache.ids(input.query(id)) { stages(input).map(\.stage.id) }
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs, time = input.time
        let stages = stages(input)
        let schedule = input.model.dataset.schedule
        let columns = [
            Column(title: text(.status), width: 14),
            Column(title: text(.stage), width: 20, flex: 1),
            Column(title: text(.starts).capitalized, width: 22, dropOrder: 1),
            Column(title: text(.ends).capitalized, width: 22),
            Column(title: text(.daysLeft), width: 12, alignRight: true),
        ]
        ListWidget.draw(&context, window: list, columns: columns) { i in
            let st = stages[i]
            let glyph = switch st.phase { case .done: glyphs.done; case .running: glyphs.running; case .upcoming: glyphs.upcoming }
            var name = st.stage.name
            name += text.stageMark(st.stage.id, schedule: schedule, warning: glyphs.warning)
            let phaseRole: StyleRole = st.phase == .running ? .ok : (st.phase == .done ? .muted : .text)
            let left = st.countdown.at(input.now).label
            let countdown = st.phase == .running ? "\(Int(st.progress * 100))% \(left)" : (st.phase == .done ? "" : left)
            return (["\(glyph) \(text.phase(st.phase))", name, time.stamp(st.stage.start), time.stamp(st.stage.end), countdown],
                    [phaseRole, st.phase == .done ? .muted : nil, .muted, .muted, .countdown])
        }
    }

    func detail(of id: String, _ input: ViewInput) -> Detail? {
        guard let st = input.situation.stages.first(where: { $0.stage.id == id }) else { return nil }
        let text = input.text, time = input.time
        return Detail(title: st.stage.name, fields: [
            (text(.status), text.phase(st.phase)), (text(.starts), time.stamp(st.stage.start)),
            (text(.ends), time.stamp(st.stage.end)), (text(.daysLeft), st.countdown.label),
            (text(.progress), "\(Int(st.progress * 100))%"),
        ], officer: nil)
    }

    func needsSecondTicks(_ input: ViewInput) -> Bool {
        input.situation.stages.contains { input.isNear($0.countdown.target) }
    }
}
