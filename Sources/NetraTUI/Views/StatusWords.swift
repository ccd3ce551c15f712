import Foundation
import NetraCore

/// The left of the status line: the search being typed (with its cursor), or the
/// filter, the column filters, the sort with its direction, the search, and a notice.
enum StatusWords {
    static func left(_ input: ViewInput, room: any ViewRoom) -> String {
        let text = input.text, state = input.state
        if state.isSearching { return " / \(text(.searchPrompt)): \(state.searchLine.shown(cursor: "▏"))" }
        let filters = room.filterLabels(input), sorts = room.sortLabels(input)
        var left = " f \(text(.filter)): \(filters[(state.filter[state.view] ?? 0) % filters.count])"
        if let conditions = state.conditions[state.view], !conditions.isEmpty {
            left += " + " + ListWords.conditionsText(conditions, input)
        }
        if let chosen = state.sortColumn[state.view], let table = room.table(input), table.sort == chosen,
           let title = table.fields.first(where: { $0.key == chosen.key })?.title {
            let arrow = chosen.descending ? input.glyphs.sortDescending : input.glyphs.sortAscending
            left += " · s \(text(.sort)): \(title.isEmpty ? chosen.key : title) \(arrow)"
        } else if sorts.count > 1 {
            left += " · s \(text(.sort)): \(sorts[(state.sort[state.view] ?? 0) % sorts.count])"
        }
        if !state.query.isEmpty { left += " · / \(UntrustedText.sanitized(state.query))" }
        return left
    }

    /// A notice the last key left (where an export went, what was copied, a row that
    /// disappeared): it takes the status line whole until the next key, because it is
    /// the answer to what the user just did and its end (a file name) matters most.
    static func notice(_ input: ViewInput) -> String? {
        guard !input.state.isSearching, let notice = input.state.notice else { return nil }
        return " " + notice.sentence(input.text)
    }
}
