import Foundation
import NetraCore

extension FrameRenderer {
    /// Every row of a view's list as plain text, `width` columns wide: the heading
    /// and all rows, without the screen around them (`netra snapshot --all`). The
    /// overview's list is its alerts box: its title (counts by severity) heads the
    /// rows, and the panels beside it are left out. The frame starts `height` lines
    /// tall (the size asked for), so the list has the width that frame gives it (the
    /// overview's alerts box is narrower beside two panel columns than beside one).
    public func wholeList(_ model: DashboardModel, view: ViewID, width: Int, height: Int = FrameRenderer.minimumHeight) -> String {
        var state = UIState(view: view)
        state.showsSelection = false
        // Grow the frame until the list's page holds every row. Not a formula: the
        // overview shares its height between the alerts and the timeline, so each
        // extra line does not always go to the list. Each round adds at least the
        // missing rows, and the list grows with the frame, so it ends quickly.
        var height = max(FrameRenderer.minimumHeight, height)
        var laidOut = layout(model, state: state, size: Size(width: width, height: height))
        for _ in 0..<8 {
            let missing = laidOut.list.rows.count - laidOut.list.placement.pageSize
            guard missing > 0 else { break }
            height += missing
            laidOut = layout(model, state: state, size: Size(width: width, height: height))
        }
        let grid = render(laidOut)
        let placement = laidOut.list.placement
        let rect = placement.rect
        // Only the list's columns: a panel beside the list (the overview's units,
        // leaving, cases) is not part of it.
        func clipped(_ y: Int) -> String {
            var line = ""
            for x in max(0, rect.x)..<min(grid.width, rect.maxX) where !grid[x, y].isContinuation { line.append(grid[x, y].character) }
            return line.trimmingTrailingSpaces
        }
        var lines: [String] = []
        if !placement.hasHeading, rect.y > 0 {
            // A boxed list (the overview's alerts) is headed by its box's title.
            let border = style.glyphs.horizontal
            let title = clipped(rect.y - 1).drop { $0 == border || $0 == " " }
            lines.append(String(title.reversed().drop { $0 == border || $0 == " " }.reversed()))
        }
        let last = placement.firstLine + max(1, laidOut.list.rows.count)
        lines += (rect.y..<min(last, grid.height - 1)).map(clipped)
        while let end = lines.last, end.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
