import Foundation
import NetraCore
import NetraTUI

/// Filter and sort by a column value over a big folder, per keystroke (goal: under
/// 16 ms including the frame). The keys go through the session exactly as the terminal
/// loop sends them (`Replay`): `F`, the column's name, Enter, the value, Enter; `>` to
/// sort by the next column, `S` to reverse it. Each key is timed with the frame it
/// causes. "First" keystrokes run on a model nothing has touched except what the reload
/// thread prepares (`DashboardModel.prepareLists`), as after every reload; "again"
/// repeats them on the same model.
func measureLists(officers count: Int, folder: URL) {
    func ms(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
    let reading = DataFolder.read(from: FolderFiles(folder: folder))
    let options = DashboardSession.Options(language: .id, initialView: .officers)
    let size = Size(width: 200, height: 60)
    // What the reload thread does before the UI gets the model.
    func freshModel() -> (DashboardModel, Double) {
        let model = DashboardModel(reading: reading, now: DemoData.storyMoment)
        let prepared = ms { model.prepareSearch(); model.prepareLists(language: .id) }
        return (model, prepared)
    }

    // A reload: the session receives a new model and draws it.
    var (model, prepared) = freshModel()
    var replay = Replay(model: model, options: options, size: size)
    (model, prepared) = freshModel()
    let received = ms { replay.receive(model) }
    // The minute turns: alerts and countdowns are derived again on the UI thread.
    let minute = ms { replay.advance(by: 60) }
    print(String(format: "officers %d: reload thread prepares the lists in %.0f ms; the UI takes the new model and draws it in %.1f ms; "
                 + "the minute's re-derivation and frame %.1f ms", count, prepared, received, minute))

    /// One scenario's keys, each timed.
    func keystrokes(_ replay: inout Replay, round: Int) -> [(String, Double)] {
        var times: [(String, Double)] = []
        func key(_ label: String, _ send: (inout Replay) -> Void) { times.append((label, ms { send(&replay) })) }
        // A unit by its number (typed into the value picker), then on top of it the
        // first grade the picker offers.
        for (column, value) in [("unit", " \(7 + round) "), ("gol", "")] {
            key("F") { $0.press(.character("F")) }
            for ch in column { key(String(ch)) { $0.type(String(ch)) } }
            key("Enter (column)") { $0.press(.enter) }
            for ch in value { key("'\(ch)' (value picker)") { $0.type(String(ch)) } }
            key("Enter (\(column) value)") { $0.press(.enter) }
        }
        precondition(replay.session.state.conditions[.officers]?.count == 2, "the bench's keys no longer filter by two columns")
        for step in 0..<5 { key("> (sort \(step + 1))") { $0.press(.character(">")) } }
        key("S (reverse)") { $0.press(.character("S")) }
        key("c (clear)") { $0.press(.character("c")) }
        return times
    }

    var first: [(String, Double)] = []
    var again: [Double] = []
    for round in 0..<5 {
        (model, _) = freshModel()
        var replay = Replay(model: model, options: options, size: size)
        first += keystrokes(&replay, round: round)
        again += keystrokes(&replay, round: round + 1).map(\.1)
    }
    let worstFirst = Dictionary(first, uniquingKeysWith: max).sorted { $0.value > $1.value }
    print("first time on a new model, slowest keys (max of 5 models): "
          + worstFirst.prefix(6).map { String(format: "%@ %.1f", $0.key, $0.value) }.joined(separator: ", ") + " ms")
    let all = (first.map(\.1) + again).sorted()
    print(String(format: "filter / sort keystroke over %d officers + 200x60 frame: median %.2f ms, 95th %.2f ms, max %.2f ms (%d keystrokes)",
                 count, all[all.count / 2], all[all.count * 95 / 100], all.last!, all.count))
}
