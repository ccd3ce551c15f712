import NetraCore

/// Where the overview's panels go, computed once per frame from the body's size and
/// what each panel has to show (btop's `calcSizes`), and carried to the drawing with
/// the list's placement.
///
/// Each panel says how many lines it needs at a width (its least and its want). A
/// small screen stacks the essentials in one column (key figures, the circular and
/// the next retirement, candidates, a compact timeline, alerts); from 110 columns the
/// panels stand in two columns; from 160 columns in three, the alerts as wide as their
/// longest line where that leaves the others room. Among the arrangements a size
/// allows, the one that hides the least and leaves the fewest blank lines wins; rows a
/// column has over go to its panels with more to show, the alerts last (they scroll).
struct OverviewLayout: Equatable {
    enum Panel: Int, CaseIterable, Comparable {
        case figures, circular, leavingLine, candidates, timeline, alerts, cases, leaving, units
        static func < (a: Panel, b: Panel) -> Bool { a.rawValue < b.rawValue }

        /// Boxed panels draw a border around their lines.
        var isBoxed: Bool { ![.figures, .circular, .leavingLine].contains(self) }

        /// Which panel gives way first when a column is short (higher goes first).
        var dropOrder: Int {
            switch self {
            case .figures, .alerts: 0
            case .candidates: 1
            case .circular, .leavingLine: 2
            case .timeline: 3
            case .cases: 4
            case .leaving: 5
            case .units: 6
            }
        }

        /// Who gets rows beyond the least first: the small panels, the alerts (the
        /// first question), the stages still to come; the long lists last, sharing
        /// what is left row by row.
        var growOrder: Int {
            switch self {
            case .figures, .circular, .leavingLine: 0
            case .candidates: 1
            case .cases: 2
            case .alerts: 3
            case .timeline: 4
            case .leaving, .units: 5
            }
        }
    }

    /// Each shown panel's rectangle (its box, for a boxed panel).
    var rects: [Panel: Rect] = [:]
    /// Whether the candidates and the timeline use their small forms.
    var compact = false
    /// What each shown panel would fill, in rows (box included): the frame test
    /// checks blank rows against it.
    var wants: [Panel: Int] = [:]
    /// The alert list's column widths: severity glyph, severity word, countdown.
    var alertColumns = AlertsPanel.Columns(glyph: 1, severity: 1, countdown: 0)

    var alerts: Rect { rects[.alerts] ?? Rect(x: 0, y: 0, width: 0, height: 0) }

    /// The list inside the alerts box.
    var alertList: Rect { Rect(x: alerts.x + 1, y: alerts.y + 1, width: max(0, alerts.width - 2), height: max(0, alerts.height - 2)) }

    /// A panel in a column: what it needs at the column's width.
    struct Need: Equatable {
        var least: Int
        var want: Int
        /// Lines whose text had to be shortened at this width (a wider column may spare them).
        var cut = 0
    }

    /// A column of stacked panels.
    struct Stack {
        var x: Int, y: Int, width: Int, height: Int
        var panels: [Panel]
    }

    static func plan(body: Rect, input: ViewInput) -> OverviewLayout {
        var memo: [Int: Need] = [:]
        let alertColumns = AlertsPanel.columns(input)
        let alertWidth = AlertsPanel.widestLine(input, columns: alertColumns) + 4
        func need(_ panel: Panel, _ width: Int, _ compact: Bool) -> Need {
            let key = (panel.rawValue * 2 + (compact ? 1 : 0)) * 10_000 + width
            if let known = memo[key] { return known }
            let found = measure(panel, width: width, compact: compact, input: input)
            memo[key] = found
            return found
        }
        var best: (score: [Int], layout: OverviewLayout)?
        let alertRows = AlertsPanel.rowCount(input)
        for (stacks, compact) in arrangements(body, alertWidth: alertWidth, alertRows: alertRows, hasCircular: OverviewFigures.of(input).circular != nil) {
            var layout = OverviewLayout(compact: compact, alertColumns: alertColumns)
            var dropped = 0, hidden = 0, blank = 0, cut = 0, rows = 0
            for stack in stacks {
                let needs = stack.panels.map { need($0, $0.isBoxed ? stack.width - 4 : stack.width, compact) }
                let heights = allocate(stack.panels, needs, height: stack.height)
                var y = stack.y
                for (i, panel) in stack.panels.enumerated() {
                    guard let h = heights[i] else {
                        dropped += 1 + (panel == .alerts ? 100 : 0)
                        continue
                    }
                    layout.rects[panel] = Rect(x: stack.x, y: y, width: stack.width, height: h)
                    layout.wants[panel] = needs[i].want
                    hidden += max(0, needs[i].want - h)
                    cut += needs[i].cut
                    rows += panel.isBoxed ? h - 2 : h
                    blank += max(0, h - needs[i].want)
                    y += h
                }
            }
            let alertsCut = layout.rects[.alerts].map { $0.width < alertWidth ? 1 : 0 } ?? 1
            // Blank rows beside hidden ones are the worst waste: more than 15 % of the
            // panels' rows blank while something has more to show rules a layout out
            // when another does better.
            let wasteful = hidden > 0 && blank * 100 >= rows * 15 ? 1 : 0
            let score = [dropped, alertsCut, wasteful, hidden + blank, cut]
            if best == nil || score.lexicographicallyPrecedes(best!.score) { best = (score, layout) }
        }
        return best!.layout
    }

    /// The arrangements a body of this size allows, most usual first.
    static func arrangements(_ body: Rect, alertWidth: Int, alertRows: Int, hasCircular: Bool) -> [(stacks: [Stack], compact: Bool)] {
        let (x, y, w, h) = (body.x, body.y, body.width, body.height)
        if w >= 160 && h >= 30 {
            // Three columns: the alerts as wide as their longest line, the others sharing the rest.
            let middle = min(max(alertWidth, 60), w - 2 * 48)
            let left = (w - middle) * 55 / 100, right = w - middle - left
            func three(_ a: [Panel], _ b: [Panel], _ c: [Panel]) -> [Stack] {
                [Stack(x: x, y: y, width: left, height: h, panels: a), Stack(x: x + left, y: y, width: middle, height: h, panels: b),
                 Stack(x: x + left + middle, y: y, width: right, height: h, panels: c)]
            }
            var all: [(stacks: [Stack], compact: Bool)] = [
                (three([.candidates, .timeline], [.alerts], [.cases, .leaving, .units]), false),
                (three([.candidates, .timeline], [.alerts, .cases], [.leaving, .units]), false),
                (three([.candidates, .timeline], [.alerts, .units], [.cases, .leaving]), false),
                (three([.candidates, .timeline, .cases], [.alerts], [.leaving, .units]), false),
                (three([.candidates, .cases, .timeline], [.alerts, .units], [.leaving]), false),
            ]
            // Or the alerts across the top, as wide as the screen and as tall as they
            // need (up to half the body), over two or three columns.
            let top = max(8, min(alertRows + 2, h / 2))
            let below = h - top
            func band(_ columns: [(share: Int, panels: [Panel])]) -> [Stack] {
                var stacks = [Stack(x: x, y: y, width: w, height: top, panels: [.alerts])]
                var cx = x
                for (i, column) in columns.enumerated() {
                    let width = i == columns.count - 1 ? x + w - cx : w * column.share / 100
                    stacks.append(Stack(x: cx, y: y + top, width: width, height: below, panels: column.panels))
                    cx += width
                }
                return stacks
            }
            for share in [50, 55, 60] {
                all.append((band([(share, [.candidates, .timeline]), (100 - share, [.cases, .leaving, .units])]), false))
                all.append((band([(share, [.candidates, .timeline, .cases]), (100 - share, [.leaving, .units])]), false))
            }
            all.append((band([(34, [.candidates, .timeline]), (33, [.cases, .leaving]), (33, [.units])]), false))
            all.append((band([(40, [.candidates, .timeline]), (30, [.cases, .units]), (30, [.leaving])]), false))
            return all
        }
        if w >= 110 && h >= 20 {
            // Two columns: candidates, stages and alerts | cases, leaving, units.
            let side = max(48, w * 2 / 5)
            let left = Stack(x: x, y: y, width: w - side, height: h, panels: [.candidates, .timeline, .alerts])
            return [([left, Stack(x: x + w - side, y: y, width: side, height: h, panels: [.cases, .leaving, .units])], false),
                    ([left, Stack(x: x + w - side, y: y, width: side, height: h, panels: [.cases, .units, .leaving])], false)]
        }
        // One column: the essentials; the side panels only where a tall screen has room.
        var panels: [Panel] = [.figures]
        if hasCircular { panels.append(.circular) }
        panels += [.leavingLine, .candidates, .timeline, .alerts]
        if h >= 40 { panels += [.cases, .leaving, .units] }
        return [([Stack(x: x, y: y, width: w, height: h, panels: panels)], true)]
    }

    /// Rows for each panel of a column (`nil`: it gives way): every panel its least,
    /// dropping panels (least telling first) until that fits; then more up to each
    /// want in `growOrder`; what is over goes to the last panel (its box reaches the
    /// bottom).
    static func allocate(_ panels: [Panel], _ needs: [Need], height: Int) -> [Int?] {
        var shown = panels.map { _ in true }
        func least() -> Int { panels.indices.filter { shown[$0] }.reduce(0) { $0 + needs[$1].least } }
        while least() > height, let drop = panels.indices.filter({ shown[$0] && panels[$0].dropOrder > 0 })
            .max(by: { (panels[$0].dropOrder, $0) < (panels[$1].dropOrder, $1) }) {
            shown[drop] = false
        }
        var heights: [Int?] = panels.indices.map { shown[$0] ? needs[$0].least : nil }
        var spare = height - least()
        if spare < 0 {
            // Not even the essentials fit: they share what there is, top first.
            var left = height
            for i in panels.indices where shown[i] {
                heights[i] = max(0, min(needs[i].least, left))
                left -= heights[i]!
            }
            return heights
        }
        for order in Set(panels.map(\.growOrder)).sorted() {
            // Panels of one order share row by row (two long lists get a fair half each).
            var group = panels.indices.filter { shown[$0] && panels[$0].growOrder == order }
            while spare > 0, !group.isEmpty {
                group = group.filter { heights[$0]! < needs[$0].want }
                for i in group where spare > 0 {
                    heights[i]! += 1
                    spare -= 1
                }
            }
        }
        if spare > 0, let last = panels.indices.last(where: { shown[$0] }) { heights[last]! += spare }
        return heights
    }

    /// What `panel` needs at `width` (inside its box for a boxed one), box included.
    static func measure(_ panel: Panel, width: Int, compact: Bool, input: ViewInput) -> Need {
        let box = panel.isBoxed ? 2 : 0
        func need(_ lines: [PanelLine], least: Int? = nil) -> Need {
            let want = lines.count
            let cut = lines.filter { $0.left.contains { $0.text.contains("…") } || $0.right.contains { $0.text.contains("…") } }.count
            return Need(least: box + min(want, least ?? lines.filter { $0.rank == 0 }.count), want: box + max(1, want), cut: cut)
        }
        switch panel {
        case .figures: return need(KeyFacts.figureLines(input, width: width))
        case .circular: return Need(least: 1, want: 1)
        case .leavingLine: return Need(least: 1, want: 1)
        case .candidates: return need(CandidatesPanel.lines(input, width: width, compact: compact))
        case .timeline:
            // The strips and what runs and comes next stay; the list of later stages gives way.
            let lines = TimelinePanel.lines(input, width: width, compact: compact)
            return need(lines, least: lines.filter { $0.rank <= 1 }.count)
        case .cases: return need(CasesPanel.lines(input, width: width), least: 2)
        case .alerts:
            // A small screen is mostly its alerts: five lines before the candidates' deadlines.
            let rows = AlertsPanel.rowCount(input)
            return Need(least: box + max(1, min(compact ? 5 : 3, rows)), want: box + max(1, rows))
        case .leaving:
            let want = LeavingPanel.want(input, width: width)
            return Need(least: box + min(want, 2), want: box + want)
        case .units:
            let want = UnitsPanel.want(input, width: width)
            return Need(least: box + min(want, 3), want: box + want)
        }
    }
}
