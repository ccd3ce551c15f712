import Foundation
import NetraCore

/// Tahapan: every stage of the election, done ✓, running ▶ with progress, or upcoming
/// · with a countdown; the decree deadline and the DCT stage are marked.
struct ScheduleView: TableRoom {
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
    func presetSort(_ input: ViewInput) -> ColumnSort { ColumnSort(key: "starts") }
    func presetIncludes(_ input: ViewInput) -> (StageStatus) -> Bool {
        Filter.chosenFilter(input.state, id) == .notDone ? { $0.phase != .done } : { _ in true }
    }

    func universe(_ input: ViewInput) -> [StageStatus] { input.situation.stages }
    func rowID(_ row: StageStatus) -> RowID { .stage(row.stage.id) }
    func searchText(_ row: StageStatus) -> String { row.stage.name + "\u{1}" + row.stage.id }
    var tieKey: String { "ends" }

    func fields(_ input: ViewInput) -> [TableField<StageStatus>] {
        let text = input.text, glyphs = input.glyphs, time = input.time
        let schedule = input.model.dataset.schedule
        return [
            TableField(spec: FieldSpec(key: "status", title: text(.status), priority: 0, minimum: 8, cap: 16, filterable: true),
                       text: { st in
                           let glyph = switch st.phase { case .done: glyphs.done; case .running: glyphs.running; case .upcoming: glyphs.upcoming }
                           return "\(glyph) \(text.phase(st.phase))"
                       },
                       role: { $0.phase == .running ? .ok : ($0.phase == .done ? .muted : .text) }, export: { text.phase($0.phase) }),
            TableField(spec: FieldSpec(key: "stage", title: text(.stage), priority: 1, minimum: 20, cap: 45, shortening: .code),
                       text: { $0.stage.name + text.stageMark($0.stage.id, schedule: schedule, warning: glyphs.warning) },
                       role: { $0.phase == .done ? .muted : nil }, sort: { .text(SearchIndex.fold($0.stage.name)) }),
            // Exported as `2023-05-15 01:00` on the city's clock, like every date of an export.
            TableField(spec: FieldSpec(key: "starts", title: text(.starts).capitalized, priority: 2, minimum: 22, cap: 22, cell: .dateTime),
                       text: { time.stamp($0.stage.start) }, role: { _ in .muted },
                       sort: { .number(Int($0.stage.start.timeIntervalSince1970)) }, export: { ListExport.isoMinute($0.stage.start, zone: time.zone) }),
            TableField(spec: FieldSpec(key: "ends", title: text(.ends).capitalized, priority: 1, minimum: 22, cap: 22, cell: .dateTime),
                       text: { time.stamp($0.stage.end) }, role: { _ in .muted },
                       sort: { .number(Int($0.stage.end.timeIntervalSince1970)) }, export: { ListExport.isoMinute($0.stage.end, zone: time.zone) }),
            TableField(spec: FieldSpec(key: "left", title: text(.daysLeft), priority: 1, minimum: 12, cap: 16, alignRight: true),
                       text: { st in
                           let left = text.countdown(st.countdown.at(input.now))
                           return st.phase == .running ? "\(Int(st.progress * 100))% \(left)" : (st.phase == .done ? "" : left)
                       },
                       role: { _ in .countdown },
                       sort: { $0.phase == .done ? .none : .number(Int($0.countdown.target.timeIntervalSince1970)) }),
        ]
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        guard case .stage(let stageID) = id, let st = input.situation.stages.first(where: { $0.stage.id == stageID }) else { return nil }
        let text = input.text, time = input.time
        return Detail(title: st.stage.name, fields: [
            (text(.status), text.phase(st.phase)), (text(.starts), time.stamp(st.stage.start)),
            (text(.ends), time.stamp(st.stage.end)), (text(.daysLeft), text.countdown(st.countdown.at(input.now))),
            (text(.progress), "\(Int(st.progress * 100))%"),
        ], officer: nil)
    }

    func needsSecondTicks(_ input: ViewInput) -> Bool {
        input.situation.stages.contains { input.isNear($0.countdown.target) }
    }
}
