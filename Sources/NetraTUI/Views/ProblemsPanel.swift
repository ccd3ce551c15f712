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

    /// The panel's box, columns and lines on a `size` screen, worked out once for
    /// drawing and for the keys that scroll it (`PgDn` moves by exactly the lines shown).
    struct Geometry {
        let box: Rect
        let inner: Rect
        let placeWidth: Int, severityWidth: Int, textX: Int
        let lines: [Line]

        init(_ input: ViewInput, size: Size) {
            let w = min(size.width - 2, 110), h = size.height - 2
            box = Rect(x: (size.width - w) / 2, y: 1, width: w, height: h)
            inner = Rect(x: box.x + 2, y: box.y + 1, width: w - 4, height: h - 2)
            let text = input.text
            severityWidth = max(DisplayWidth.of(text(.problemError)), DisplayWidth.of(text(.problemWarning)))
            // As wide as the longest place (`Pegawai!B14`, `'Usulan Pensiun'!C4`), within reason.
            let widest = ProblemList.of(input).entries.map { DisplayWidth.of(ProblemsPanel.shortPlace($0)) }.max() ?? 0
            placeWidth = min(max(7, widest), max(7, w / 4))
            textX = inner.x + 2 + placeWidth + 1 + severityWidth + 1
            lines = ProblemsPanel.lines(input, placeWidth: placeWidth, severityWidth: severityWidth, width: inner.maxX - textX)
        }

        /// How the panel scrolls: a page is the lines it shows.
        var scroll: OverlayScroll { OverlayScroll(page: inner.height, limit: lines.count - inner.height) }
    }

    static func draw(_ context: inout DrawContext) {
        let input = context.input
        let geometry = Geometry(input, size: Size(width: context.grid.width, height: context.grid.height))
        let box = geometry.box, inner = geometry.inner
        let count = ProblemList.of(input).entries.count
        _ = context.grid.box(x: box.x, y: box.y, width: box.width, height: box.height,
                                     title: "\(context.text(.problemsTitle)) (\(count)) — \(context.text(.problemsScroll))", glyphs: context.glyphs)
        let placeWidth = geometry.placeWidth, severityWidth = geometry.severityWidth, textX = geometry.textX
        let all = geometry.lines
        let top = min(max(0, input.state.problemsScroll), geometry.scroll.limit)
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
            context.grid.put(more, x: box.x + box.width - DisplayWidth.of(more) - 2, y: box.y + box.height - 1, role: .muted)
        }
    }
}
