import Foundation
import NetraCore

/// The problems panel (`!`, or a click on the banner): every problem the banner
/// counts, grouped by file — each file's heading says since when it is kept at its
/// last good data — then line, severity and the whole message, wrapped. Scrolls
/// with the movement keys like the help.
enum ProblemsPanel {
    /// One line of the panel: a file heading or a (part of a) problem.
    struct Line: Equatable {
        var place = ""
        var severity = ""
        var text: String
        var isHeading = false
    }

    /// The panel's lines for a text column `width` wide (the place and severity
    /// columns come before it).
    static func lines(_ input: ViewInput, placeWidth: Int, severityWidth: Int, width: Int) -> [Line] {
        let list = ProblemList.of(input), text = input.text
        guard !list.isEmpty else { return [Line(text: text(.problemsNone))] }
        var lines: [Line] = []
        for group in list.groups(text) {
            var heading = group.title
            if let since = group.keptBackSince {
                heading += " — " + text(.brokenSince).replacingOccurrences(of: "%@", with: input.time.time(since, seconds: true))
            }
            lines.append(Line(text: heading, isHeading: true))
            for entry in group.entries {
                let place = shortPlace(entry)
                let severity = entry.severity.map { ProblemList.severityWord($0, text) } ?? ""
                for (i, part) in wrap(entry.message, width: max(10, width)).enumerated() {
                    lines.append(Line(place: i == 0 ? (place.isEmpty ? "" : place) : "", severity: i == 0 ? severity : "", text: part))
                }
            }
        }
        return lines
    }

    /// Where a problem is, under its file's heading: `officers.csv:7` → `:7`; a
    /// workbook's cell keeps its sheet (`officers.xlsx:Pegawai!B14` → `Pegawai!B14`).
    static func shortPlace(_ entry: ProblemList.Entry) -> String {
        guard let file = entry.file, !entry.place.isEmpty, entry.place != file else { return "" }
        if entry.place.hasPrefix(file + ":") { return String(entry.place.dropFirst(file.count)) }
        // Another form of the table (`officers.xlsx` under `officers`): drop the file name only.
        if let colon = entry.place.firstIndex(of: ":") { return String(entry.place[entry.place.index(after: colon)...]) }
        return entry.place
    }

    static func draw(_ context: inout DrawContext) {
        let input = context.input, g = context.grid
        let w = min(g.width - 2, 110)
        let h = g.height - 2
        let x = (g.width - w) / 2, y = 1
        let count = ProblemList.of(input).entries.count
        let inner = context.grid.box(x: x, y: y, width: w, height: h,
                                     title: "\(context.text(.problemsTitle)) (\(count)) — \(context.text(.problemsScroll))", glyphs: context.glyphs)
        let severityWidth = max(DisplayWidth.of(context.text(.problemError)), DisplayWidth.of(context.text(.problemWarning)))
        // As wide as the longest place (`Pegawai!B14`, `'Usulan Pensiun'!C4`), within reason.
        let widest = ProblemList.of(input).entries.map { DisplayWidth.of(shortPlace($0)) }.max() ?? 0
        let placeWidth = min(max(7, widest), max(7, w / 4))
        let textX = inner.x + 2 + placeWidth + 1 + severityWidth + 1
        let all = lines(input, placeWidth: placeWidth, severityWidth: severityWidth, width: inner.maxX - textX)
        let top = max(0, min(input.state.problemsScroll, all.count - inner.height))
        for (i, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            let row = inner.y + i
            if line.isHeading {
                context.grid.put(line.text, x: inner.x, y: row, role: .title, maxWidth: inner.width)
                continue
            }
            context.grid.put(line.place, x: inner.x + 2, y: row, role: .muted, maxWidth: placeWidth)
            let role: StyleRole = line.severity == context.text(.problemError) ? .alertCritical : .alertWarning
            context.grid.put(line.severity, x: inner.x + 2 + placeWidth + 1, y: row, role: role, maxWidth: severityWidth)
            context.grid.put(line.text, x: textX, y: row, role: .text, maxWidth: inner.maxX - textX)
        }
        if all.count > inner.height {
            let more = " \(top + 1)–\(min(all.count, top + inner.height))/\(all.count) "
            context.grid.put(more, x: x + w - DisplayWidth.of(more) - 2, y: y + h - 1, role: .muted)
        }
    }
}
