import Foundation
import NetraCore

extension FrameRenderer {
    /// Every row of a view's list as plain text, `width` columns wide: the heading
    /// and all rows, without the screen around them (`netra snapshot --all`).
    public func wholeList(_ model: DashboardModel, view: ViewID, width: Int) -> String {
        var state = UIState(view: view)
        state.showsSelection = false
        let probe = layout(model, state: state, size: Size(width: width, height: FrameRenderer.minimumHeight))
        let chrome = probe.size.height - probe.list.placement.pageSize
        let height = max(FrameRenderer.minimumHeight, probe.list.rows.count + chrome)
        let laidOut = layout(model, state: state, size: Size(width: width, height: height))
        let grid = render(laidOut)
        let first = laidOut.list.placement.rect.y
        let last = laidOut.list.placement.firstLine + max(1, laidOut.list.rows.count)
        var lines = Array(grid.lines[first..<min(last, grid.height - 1)])
        while let end = lines.last, end.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
    }
}
