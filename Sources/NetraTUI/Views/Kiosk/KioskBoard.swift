import Foundation
import NetraCore

/// The parts a public page is built of, drawn to be read from across a room: key
/// figures in block digits, horizontal bars across the full width, a stacked bar per
/// election, a column per month. None of them takes a person, only counts.
enum KioskBoard {
    /// One key figure: a number in block digits with its label under it.
    struct Figure {
        var value: Int
        var label: String
        var role: StyleRole = .countdown
    }

    /// One bar: a label, its count, and the bar's role.
    struct Bar {
        var label: String
        var count: Int
        var role: StyleRole = .progress
    }

    /// Draws `figures` side by side across `area`, each in block digits as large as
    /// the tile and `maxHeight` rows allow (pixels kept about square: a cell is twice
    /// as tall as wide). Returns the rows used.
    @discardableResult
    static func drawFigures(_ g: inout CellGrid, _ figures: [Figure], in area: Rect, maxHeight: Int, glyphs: Glyphs) -> Int {
        guard let layout = figureLayout(figures.map(\.value), width: area.width, maxHeight: maxHeight) else { return 0 }
        let tile = area.width / figures.count, fits = layout.scale != nil
        let scale = layout.scale ?? (1, 1)
        let digitRows = layout.rows - 1
        for (i, figure) in figures.enumerated() {
            let x = area.x + i * tile
            let digits = String(figure.value)
            if fits {
                let width = BigDigits.baseWidth(digits) * scale.x
                BigDigits.draw(digits, in: &g, x: x + max(0, (tile - width) / 2), y: area.y, scale: scale, block: glyphs.barFull, role: figure.role)
            } else {
                g.put(digits, x: x + max(0, (tile - digits.count) / 2), y: area.y, role: figure.role)
            }
            let label = DisplayWidth.fit(figure.label, to: max(1, tile - 2))
            g.put(label, x: x + max(0, (tile - DisplayWidth.of(label)) / 2), y: area.y + digitRows, role: .title)
        }
        return digitRows + 1
    }

    /// The block digits' scale for these values side by side (`nil`: plain digits) and
    /// the rows the figures take, labels included; `nil` when there is no room at all.
    static func figureLayout(_ values: [Int], width: Int, maxHeight: Int) -> (scale: (x: Int, y: Int)?, rows: Int)? {
        guard !values.isEmpty, width > 0, maxHeight >= 2 else { return nil }
        let tile = width / values.count
        // One scale for all tiles, so equal numbers look equal.
        let widest = values.map { BigDigits.baseWidth(String($0)) }.max() ?? 1
        let sy = max(1, (maxHeight - 1) / BigDigits.rows)
        let sx = min(max(0, (tile - 4) / max(1, widest)), 2 * sy)
        guard sx >= 1, maxHeight - 1 >= BigDigits.rows else { return (nil, 2) }
        let scale = (x: sx, y: min(sy, max(1, (sx + 1) / 2)))
        return (scale, BigDigits.rows * scale.y + 1)
    }

    /// A titled list of horizontal bars across `width`: label, bar, count. Bars scale
    /// to the largest count. Returns the rows used (title included).
    @discardableResult
    static func drawBars(_ g: inout CellGrid, title: String, _ bars: [Bar], x: Int, y: Int, width: Int, maxRows: Int, glyphs: Glyphs) -> Int {
        guard maxRows >= 2, width >= 20 else { return 0 }
        g.put(title, x: x, y: y, role: .title, maxWidth: width)
        let top = max(1, bars.map(\.count).max() ?? 0)
        let labelWidth = min(max(8, bars.map { DisplayWidth.of($0.label) }.max() ?? 8), width / 3)
        let countWidth = max(2, String(top).count)
        let barWidth = width - labelWidth - countWidth - 3
        var row = 1
        for bar in bars where row < maxRows {
            let cy = y + row
            g.put(DisplayWidth.fit(bar.label, to: labelWidth), x: x, y: cy, role: .text)
            let filled = bar.count == 0 ? 0 : max(1, Int((Double(bar.count) / Double(top) * Double(barWidth)).rounded()))
            g.fill(glyphs.barFull, x: x + labelWidth + 1, y: cy, width: filled, role: bar.role)
            g.fill(glyphs.barEmpty, x: x + labelWidth + 1 + filled, y: cy, width: barWidth - filled, role: .muted)
            g.put(DisplayWidth.pad(String(bar.count), to: countWidth, alignRight: true), x: x + width - countWidth, y: cy, role: .title)
            row += 1
        }
        return row
    }

    /// The bars of a public grouping: the named groups, then the small ones together.
    static func bars(_ groups: PublicGroups, _ text: UIText, minGroup: Int) -> [Bar] {
        var bars = groups.groups.map { Bar(label: $0.name, count: $0.count) }
        if let small = groups.smallGroups { bars.append(Bar(label: text.smallGroups(minGroup), count: small, role: .muted)) }
        return bars
    }

    /// One election's candidates as a stacked bar across `width` (decreed █, in
    /// process ▓, not filed ░, rejected x) and, under it, the counts in words.
    /// Returns the rows used (3: headline, bar, counts).
    @discardableResult
    static func drawTally(_ context: inout DrawContext, _ e: ElectionStatus, _ t: CandidateTally, x: Int, y: Int, width: Int) -> Int {
        let glyphs = context.glyphs, text = context.text, input = context.input
        var headline = e.election.name.isEmpty ? e.election.id : e.election.name
        var right = ""
        var passed = false
        if let deadline = e.deadline {
            let left = deadline.countdown.at(input.now)
            passed = left.hasPassed
            // H-N first: on a narrow screen the date's local time is what gets cut.
            right = (passed ? "\(text(.passed)) \(left.dayLabel)" : left.dayLabel)
                + " · \(text(.due).lowercased()) \(input.time.stamp(deadline.stage.end, writtenIn: deadline.countdown.zone))"
        }
        let rightWidth = min(DisplayWidth.of(right), width / 2 + 10)
        headline = DisplayWidth.fit(headline, to: max(1, width - rightWidth - 2))
        context.grid.put(headline, x: x, y: y, role: .title)
        context.grid.put(right, x: x + width - rightWidth, y: y, role: passed ? .alertCritical : .countdown, maxWidth: rightWidth)
        let segments: [(Int, Character, StyleRole)] = [
            (t.decreed + t.retiringFirst, glyphs.barFull, .ok), (t.inProcessCount, glyphs.barMid, .progress),
            (t.notFiled, glyphs.barEmpty, .alertWarning), (t.rejected, "x", .alertCritical),
        ]
        var filled = 0
        for (count, ch, role) in segments where t.total > 0 && count > 0 {
            let cells = max(1, Int((Double(count) / Double(t.total) * Double(width)).rounded()))
            let n = min(cells, width - filled)
            context.grid.fill(ch, x: x + filled, y: y + 1, width: n, role: role)
            filled += n
        }
        if t.total == 0 { context.grid.fill(glyphs.barEmpty, x: x, y: y + 1, width: width, role: .muted) }
        let parts = [(text.candidateCount(t.total), StyleRole?.none)] + text.tallyParts(t, deadlinePassed: passed)
        PanelBox.parts(&context, parts, x: x, y: y + 2, maxWidth: width)
        return 3
    }

    /// A column per month across `width`, as tall as `rows` allows: the count on top,
    /// the month's name under it.
    static func drawMonths(_ g: inout CellGrid, _ months: [(month: CivilDate, count: Int)], x: Int, y: Int, width: Int, rows: Int,
                           text: UIText, glyphs: Glyphs) {
        guard !months.isEmpty, rows >= 3 else { return }
        let cell = max(3, width / months.count)
        let bars = rows - 2  // the count above, the month under
        let top = max(1, months.map(\.count).max() ?? 0)
        for (i, m) in months.enumerated() {
            let cx = x + i * cell + 1
            guard cx + cell - 2 <= x + width else { break }
            let eighths = m.count == 0 ? 0 : max(1, m.count * bars * 8 / top)
            for r in 0..<bars {
                let filled = eighths - r * 8
                guard filled > 0 else { break }
                g.fill(glyphs.eighths[min(8, filled) - 1], x: cx, y: y + bars - r, width: cell - 2, role: .progress)
            }
            let count = String(m.count)
            let above = y + bars - (eighths + 7) / 8
            g.put(count, x: cx + max(0, (cell - 2 - count.count) / 2), y: above, role: m.count > 0 ? .title : .muted)
            let name = text.months[m.month.month - 1] + (m.month.month == 1 || i == 0 ? " \(m.month.year % 100)" : "")
            let shown = DisplayWidth.fit(name, to: cell - 1)
            g.put(shown, x: cx + max(0, (cell - 2 - DisplayWidth.of(shown)) / 2), y: y + bars + 1, role: .muted)
        }
    }
}
