import Foundation
import NetraCore

/// "Which units need attention?" — the units (OPD) with the most open matters:
/// candidates without a decree, requests past their limit, open cases — under the
/// current circular's completion (units done / due, late, days to its due date).
enum UnitsPanel {
    static func draw(_ context: inout DrawContext, in rect: Rect) {
        let input = context.input, text = context.text
        let inside = PanelBox.draw(&context, rect, title: text.title(.units))
        guard inside.height > 0 else { return }
        var top = inside.y
        // "Has every unit acted on the neutrality circular?" — the current one first.
        if let circular = OverviewFigures.of(input).circular {
            let parts: [(text: String, role: StyleRole?)] = [
                ("\(text.circularDoneWord()) \(circular.done)/\(circular.due)", circular.done == circular.due ? .ok : .title),
                ("\(circular.late) \(text.circularLateWord())", circular.late > 0 ? .alertWarning : nil),
                (text.daysToDue(circular.daysToDue), .countdown),
            ]
            PanelBox.parts(&context, parts, x: inside.x, y: top, maxWidth: inside.width)
            top += 1
        }
        let units = OverviewFigures.of(input).units
        guard !units.isEmpty else {
            if top < inside.maxY { context.grid.put(text.noUnits(), x: inside.x, y: top, role: .muted, maxWidth: inside.width) }
            return
        }
        let headings = text.unitHeadings()
        let numberWidth = headings.map(DisplayWidth.of).max()!
        let nameWidth = inside.width - 3 * (numberWidth + 1)
        func row(_ y: Int, _ name: String, _ values: [String], role: StyleRole, roles: [StyleRole] = []) {
            context.grid.put(name, x: inside.x, y: y, role: role, maxWidth: nameWidth)
            for (i, v) in values.enumerated() {
                let cx = inside.x + nameWidth + 1 + i * (numberWidth + 1)
                context.grid.put(DisplayWidth.pad(v, to: numberWidth, alignRight: true), x: cx, y: y,
                                 role: i < roles.count ? roles[i] : role, maxWidth: numberWidth)
            }
        }
        guard top < inside.maxY else { return }
        row(top, "", headings, role: .muted)
        var y = top + 1
        for u in units where y < inside.maxY {
            row(y, u.unit, [u.candidatesWithoutDecree, u.overdueRequests, u.openCases].map(String.init), role: .text,
                roles: [u.candidatesWithoutDecree > 0 ? .alertWarning : .muted, u.overdueRequests > 0 ? .alertWarning : .muted,
                        u.openCases > 0 ? .alertWarning : .muted])
            y += 1
        }
    }
}
