import Foundation
import NetraCore

/// "Who leaves the service soon, and is any retirement overdue?" — the pending
/// retirements (past TMT first), a bar per month for the next twelve months, then the
/// next ones by name (on the office's screen; a public one shows counts only).
enum LeavingPanel {
    static func draw(_ context: inout DrawContext, in rect: Rect) {
        let input = context.input, text = context.text, s = input.situation
        let inside = PanelBox.draw(&context, rect, title: text.title(.leaving))
        guard inside.height > 0 else { return }
        let figures = OverviewFigures.of(input)
        let pastTMT = figures.pastTMT, overdue = figures.overdueRequests
        var y = inside.y
        PanelBox.parts(&context, text.leavingSummary(inProcess: s.counts.pendingRetirements, pastTMT: pastTMT.count, overdue: overdue),
                       x: inside.x, y: y, maxWidth: inside.width)
        y += 1
        // The chart: as tall as the panel allows (3 to 6 rows), then month names.
        let chartRows = min(6, max(0, (inside.maxY - y - 2) / 2))
        if chartRows >= 2 {
            drawChart(&context, figures.months, x: inside.x, y: y, width: inside.width, rows: chartRows)
            y += chartRows + 1
        }
        guard input.privacy.names == .full else { return }  // a public screen: counts only
        var items: [(name: String, when: String, left: String, role: StyleRole)] = pastTMT.prefix(max(0, inside.maxY - y)).map {
            ($0.officer.displayName, "\(text(.ageRetirement)) \(text.sinceDate($0.date))", "", .alertCritical)
        }
        let coming = figures.coming
        items += coming.prefix(max(0, inside.maxY - y)).map {
            let left = Countdown(to: $0.date.instant(in: s.zone), from: s.now, in: s.zone)
            return ($0.officer.displayName, "\(text(.ageRetirement)) \(text.date($0.date))", left.dayLabel, .text)
        }
        if items.isEmpty && y < inside.maxY { context.grid.put(text.leavingNone(), x: inside.x, y: y, role: .muted, maxWidth: inside.width) }
        for item in items where y < inside.maxY {
            let right = item.left.isEmpty ? item.when : "\(item.when)  \(item.left)"
            let rightWidth = min(DisplayWidth.of(right), inside.width - min(16, inside.width / 3))
            context.grid.put(item.name, x: inside.x, y: y, role: item.role, maxWidth: inside.width - rightWidth - 1)
            context.grid.put(right, x: inside.maxX - rightWidth, y: y, role: item.role == .text ? .muted : item.role, maxWidth: rightWidth)
            y += 1
        }
    }

    /// Twelve columns of bars in eighths, the count on top, the month's name under it.
    private static func drawChart(_ context: inout DrawContext, _ months: [(month: CivilDate, count: Int)], x: Int, y: Int, width: Int, rows: Int) {
        let glyphs = context.glyphs, text = context.text
        let cell = max(3, min(8, width / max(1, months.count)))
        let top = max(1, months.map(\.count).max() ?? 0)
        for (i, m) in months.enumerated() {
            let cx = x + i * cell
            guard cx + 3 <= x + width else { break }
            // Height in eighths of a row; the bar rises from the bottom row.
            let eighths = m.count == 0 ? 0 : max(1, m.count * (rows - 1) * 8 / top)
            for r in 0..<(rows - 1) {
                let filled = eighths - r * 8
                guard filled > 0 else { break }
                let ch = glyphs.eighths[min(8, filled) - 1]
                context.grid.fill(ch, x: cx, y: y + rows - 1 - r, width: cell - 1, role: .progress)
            }
            let rowsUsed = (eighths + 7) / 8
            if m.count > 0 {
                context.grid.put("\(m.count)", x: cx, y: y + rows - 1 - rowsUsed, role: .title, maxWidth: cell - 1)
            }
            // Month names where they fit, else their first letter (M J J A …).
            let name = text.months[m.month.month - 1]
            context.grid.put(cell - 1 >= DisplayWidth.of(name) ? name : String(name.prefix(1)), x: cx, y: y + rows, role: .muted, maxWidth: cell - 1)
        }
    }
}
