import Foundation
import NetraCore

/// "Who leaves the service soon, and is any retirement overdue?" — the pending
/// retirements (past TMT first), a bar per month for the next twelve months, then the
/// next ones by name (on the office's screen; a public one shows counts only). The
/// chart grows with the room the panel gets; dates and H-N are never cut, a name
/// gives way first (`Bambang S.`).
enum LeavingPanel {
    static func draw(_ context: inout DrawContext, in rect: Rect) {
        let inside = PanelBox.draw(&context, rect, title: context.text.title(.leaving))
        guard inside.height > 0 else { return }
        PanelLines.draw(&context, lines(&context, width: inside.width, height: inside.height), in: inside)
    }

    /// Rows the chart would like (bars and the month line) when the panel has room.
    static let chartRows = 6

    private static func summary(_ input: ViewInput, width: Int) -> [PanelLine] {
        let figures = OverviewFigures.of(input)
        return PanelLines.flow(input.text.leavingSummary(inProcess: input.situation.counts.pendingRetirements, pastTMT: figures.pastTMT.count,
                                                         overdue: figures.overdueRequests), width: width)
    }

    /// Names listed: none on a public screen (counts only).
    private static func itemCount(_ input: ViewInput) -> Int {
        let figures = OverviewFigures.of(input)
        return input.privacy.names == .full ? figures.pastTMT.count + figures.coming.count : 0
    }

    /// Lines the panel would fill at `width`: the summary, the chart at its usual
    /// height, a line per retirement.
    static func want(_ input: ViewInput, width: Int) -> Int {
        summary(input, width: width).count + chartRows + max(1, itemCount(input))
    }

    /// The panel's lines in `width` × `height`.
    static func lines(_ context: inout DrawContext, width: Int, height: Int) -> [PanelLine] {
        let input = context.input, text = context.text
        let figures = OverviewFigures.of(input)
        var lines = summary(input, width: width)
        let itemCount = itemCount(input)
        let left = max(0, height - lines.count)
        // The chart first gets its usual height, then gives way to names down to four
        // rows; any room beyond the names makes it taller (to twelve rows).
        let chart = left >= 4 ? min(left, max(4, min(12, left - itemCount))) : 0
        if chart >= 4 { lines += chartLines(input, figures.months, width: width, rows: chart) }
        let room = max(0, height - lines.count)
        guard input.privacy.names == .full else { return lines }
        if itemCount == 0 {
            if room > 0 { lines.append(PanelLine([Run(text.leavingNone(), .muted)])) }
            return lines
        }
        return lines + items(&context, figures, width: width, count: room)
    }

    /// `Agustinus Lolo  pensiun BUP sejak 1 Apr 2023` · `Syamsul Bahri  pensiun BUP 1 Agu 2023  H-70`:
    /// the kind of retirement gives way before a name is cut below a readable width.
    private static func items(_ context: inout DrawContext, _ figures: OverviewFigures, width: Int, count: Int) -> [PanelLine] {
        let input = context.input, text = context.text, s = input.situation
        var entries: [(name: String, forms: [String], left: String, role: StyleRole)] = figures.pastTMT.prefix(count).map {
            ($0.officer.displayName, ["\(text(.ageRetirement)) \(text.sinceDate($0.date))", text.sinceDate($0.date)], "", .alertCritical)
        }
        entries += figures.coming.prefix(max(0, count - entries.count)).map {
            let left = Countdown(to: $0.date.instant(in: s.zone), from: s.now, in: s.zone)
            return ($0.officer.displayName, ["\(text(.ageRetirement)) \(text.date($0.date))", text.date($0.date)], left.dayLabel, .text)
        }
        guard !entries.isEmpty else { return [] }
        func right(_ e: (name: String, forms: [String], left: String, role: StyleRole), _ level: Int) -> String {
            e.left.isEmpty ? e.forms[level] : "\(e.forms[level])  \(e.left)"
        }
        // The kind of retirement (the same word on every line) gives way before a
        // name loses more than its titles.
        let readable = min(entries.map { $0.name.utf8.count > Shortening.formLimit ? 24 : DisplayWidth.of(PersonName($0.name).bare) }.max() ?? 0, 24)
        let level = (0..<2).first { l in (entries.map { DisplayWidth.of(right($0, l)) }.max() ?? 0) + 1 + readable <= width } ?? 1
        let rightWidth = entries.map { DisplayWidth.of(right($0, level)) }.max() ?? 0
        let shown = context.fit(entries.map(\.name), as: .name, width: max(1, width - rightWidth - 1))
        return entries.map { e in
            PanelLine([Run(shown[e.name] ?? e.name, e.role)], right: [Run(right(e, level), e.role == .text ? .muted : e.role)], rank: 1)
        }
    }

    /// Twelve columns of bars in eighths, the count on top, the month's name under it
    /// (`Mei Jun Jul` where three letters fit, else two that tell them apart: `Me Jn Jl`).
    private static func chartLines(_ input: ViewInput, _ months: [(month: CivilDate, count: Int)], width: Int, rows: Int) -> [PanelLine] {
        let glyphs = input.glyphs, text = input.text
        let cell = max(3, min(8, width / max(1, months.count)))
        let shown = months.prefix(max(0, (width + 1) / cell))
        let top = max(1, shown.map(\.count).max() ?? 0)
        let barRows = rows - 1
        var grid = Array(repeating: Array(repeating: (Character(" "), StyleRole.text), count: width), count: rows)
        func put(_ s: String, x: Int, y: Int, role: StyleRole) {
            for (i, ch) in s.enumerated() where x + i < width { grid[y][x + i] = (ch, role) }
        }
        for (i, m) in shown.enumerated() {
            let cx = i * cell
            // Height in eighths of a row; the bar rises from the bottom row, the count above it.
            let eighths = m.count == 0 ? 0 : max(1, m.count * (barRows - 1) * 8 / top)
            for r in 0..<(barRows - 1) {
                let filled = eighths - r * 8
                guard filled > 0 else { break }
                put(String(repeating: glyphs.eighths[min(8, filled) - 1], count: cell - 1), x: cx, y: barRows - 1 - r, role: .progress)
            }
            if m.count > 0 { put(String("\(m.count)".prefix(cell - 1)), x: cx, y: barRows - 1 - (eighths + 7) / 8, role: .title) }
            let names = cell - 1 >= 3 ? text.months : text.twoLetterMonths
            put(names[m.month.month - 1], x: cx, y: barRows, role: .muted)
        }
        return grid.map { row in
            var runs: [Run] = []
            for (ch, role) in row {
                if let last = runs.last, last.role == role { runs[runs.count - 1].text.append(ch) } else { runs.append(Run(String(ch), role)) }
            }
            return PanelLine(runs)
        }
    }
}
