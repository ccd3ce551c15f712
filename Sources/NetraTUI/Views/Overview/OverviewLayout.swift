/// Where the overview's panels go, computed once per frame from the body's size and
/// how many elections there are (btop's `calcSizes`): the essentials at 80×24 (key
/// figures, candidates, a compact timeline, alerts), every panel in two columns from
/// 110 columns, three columns and more rows from 180×40. A pure function.
struct OverviewLayout: Equatable {
    /// One line of key figures (only when there is no room for the side panels).
    var figures: Rect?
    var candidates: Rect?
    var timeline: Rect?
    /// The alerts box; the list is its inside.
    var alerts: Rect
    var leaving: Rect?
    var cases: Rect?
    var units: Rect?
    /// Whether the candidates and the timeline use their small forms: one line per
    /// election for the timeline (the strip and the next stage
    /// side by side) instead of two.
    var compactTimeline: Bool

    init(body: Rect, elections: Int, alertRows: Int) {
        let e = max(1, min(3, elections))
        let candidatesHeight = 2 + CandidatesPanel.linesPerElection(compact: false) * e
        var y = body.y
        func take(_ height: Int, from column: inout Rect) -> Rect {
            let rect = Rect(x: column.x, y: column.y, width: column.width, height: min(height, column.height))
            column = Rect(x: column.x, y: column.y + rect.height, width: column.width, height: column.height - rect.height)
            return rect
        }
        if body.width >= 180 && body.height >= 40 {
            // Three columns: candidates and stages | alerts | cases, leaving, units.
            let side = body.width * 28 / 100, first = body.width * 38 / 100
            var left = Rect(x: body.x, y: y, width: first, height: body.height)
            alerts = Rect(x: body.x + first, y: y, width: body.width - first - side, height: body.height)
            var right = Rect(x: body.x + body.width - side, y: y, width: side, height: body.height)
            candidates = take(candidatesHeight, from: &left)
            timeline = left
            cases = take(8, from: &right)
            leaving = take(right.height * 55 / 100, from: &right)
            units = right
            figures = nil
            compactTimeline = false
            return
        }
        if body.width >= 110 && body.height >= 20 {
            // Two columns: candidates, stages and alerts | cases, leaving, units.
            let side = max(48, body.width * 2 / 5)
            var left = Rect(x: body.x, y: y, width: body.width - side, height: body.height)
            var right = Rect(x: body.x + body.width - side, y: y, width: side, height: body.height)
            candidates = take(candidatesHeight, from: &left)
            // The alerts get what they need (at least 8 lines); spare lines go to the
            // stage list under the timeline.
            let timelineBase = 2 + 2 * e
            let alertsWanted = max(8, alertRows + 2)
            let timelineHeight = max(timelineBase, left.height - alertsWanted)
            timeline = take(min(timelineHeight, left.height - 8), from: &left)
            alerts = left
            cases = take(8, from: &right)
            if right.height >= 14 {
                leaving = take(right.height * 55 / 100, from: &right)
                units = right
            } else {
                leaving = right
                units = nil
            }
            figures = nil
            compactTimeline = false
            return
        }
        // One column: key figures, candidates, a compact timeline, alerts.
        figures = Rect(x: body.x, y: y, width: body.width, height: 1)
        y += 1
        var column = Rect(x: body.x, y: y, width: body.width, height: body.height - 1)
        let compactHeight = 2 + CandidatesPanel.linesPerElection(compact: true) * e
        candidates = column.height - compactHeight >= 7 ? take(compactHeight, from: &column) : nil
        timeline = column.height - (2 + e) >= 5 ? take(2 + e, from: &column) : nil
        alerts = column
        leaving = nil
        cases = nil
        units = nil
        compactTimeline = true
    }

    /// The list inside the alerts box.
    var alertList: Rect { Rect(x: alerts.x + 1, y: alerts.y + 1, width: alerts.width - 2, height: alerts.height - 2) }
}
