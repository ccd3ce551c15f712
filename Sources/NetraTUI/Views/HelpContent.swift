import Foundation
import NetraCore

/// The help's lines: every key (from the key table), what this view's filters and
/// sorts are, and a legend of every symbol the screens use.
enum HelpContent {
    struct Line {
        var key: String
        var text: String
        var heading = false
    }

    static func lines(_ input: ViewInput) -> [Line] {
        let text = input.text, glyphs = input.glyphs, language = text.language
        var lines = input.style.operatorKeys.map { Line(key: $0.key, text: $0.help) }
        lines += KeyMap.bindings(province: input.views.contains(.sites)).map { Line(key: KeyMap.label($0, glyphs: glyphs), text: $0.help[language] ?? "") }
        let room = input.state.view.room(for: input)
        lines.append(Line(key: "", text: ""))
        lines.append(Line(key: "\(input.state.view.title(text)) — \(text(.helpFilters))", text: "", heading: true))
        lines.append(Line(key: "f", text: room.filterLabels(input).joined(separator: " · ")))
        if let table = room.table(input) {
            let filterable = table.fields.filter(\.filterable).map(\.title)
            if !filterable.isEmpty { lines.append(Line(key: "F", text: filterable.joined(separator: " · "))) }
            lines.append(Line(key: "", text: "", heading: false))
            lines.append(Line(key: text(.helpSorts), text: "", heading: true))
            lines.append(Line(key: "s", text: room.sortLabels(input).joined(separator: " · ")))
            lines.append(Line(key: "< > S", text: table.fields.map(\.title).filter { !$0.isEmpty }.joined(separator: " · ")))
        }
        lines.append(Line(key: "", text: ""))
        lines.append(Line(key: text(.legendTitle), text: "", heading: true))
        let legend: [(String, UIText.Word)] = [
            (String(glyphs.candidate), .legendCandidate), ("•", .legendFresh), (glyphs.critical, .legendCritical),
            (glyphs.warning, .legendWarning), (glyphs.info, .legendInfo), (String(glyphs.pointer), .legendPointer),
            (String(glyphs.running), .legendRunning), (String(glyphs.upcoming), .legendUpcoming), (String(glyphs.done), .legendDone),
            (String(repeating: glyphs.barFull, count: 2) + String(repeating: glyphs.barEmpty, count: 2), .legendTrack),
            ("✕", .legendRejected), ("H-12", .legendDaysLeft), ("H+1", .legendDaysPast), (text(.workingDays), .legendWorkingDays),
            ("\(glyphs.sortAscending) \(glyphs.sortDescending)", .legendSort),
        ]
        lines += legend.map { Line(key: $0.0, text: text($0.1)) }
        return lines
    }
}
