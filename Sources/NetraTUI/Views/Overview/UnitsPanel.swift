import Foundation
import NetraCore

/// "Which units need attention?" — the units (OPD) with the most open matters:
/// candidates without a decree, requests past their limit, open cases — under the
/// current circular's completion (units done / due, late, days to its due date).
///
/// The number columns are as wide as their widest value; their headings, in words,
/// take what the names leave (a heading may reach over the names' column, which is
/// blank on the heading's line) and shorten before a name does. Matters with no unit
/// in the files are shown apart as `(tanpa unit)`, not as a unit.
enum UnitsPanel {
    static func draw(_ context: inout DrawContext, in rect: Rect) {
        let inside = PanelBox.draw(&context, rect, title: context.text.title(.units))
        guard inside.height > 0 else { return }
        PanelLines.draw(&context, lines(&context, width: inside.width, height: inside.height), in: inside)
    }

    /// Lines the panel would fill at `width`: the circular, the headings, a line per unit.
    static func want(_ input: ViewInput, width: Int) -> Int {
        let figures = OverviewFigures.of(input)
        let circular = figures.circular.map { PanelLines.flow(circularParts(input, $0), width: width).count } ?? 0
        let rows = figures.units.count + (figures.unitless == nil ? 0 : 1)
        return circular + (rows == 0 ? 1 : 1 + rows)
    }

    /// "Has every unit acted on the neutrality circular?" — the current one.
    static func circularParts(_ input: ViewInput, _ circular: CircularProgress) -> [(text: String, role: StyleRole?)] {
        let text = input.text
        return [("\(text.circularDoneWord()) \(circular.done)/\(circular.due)", circular.done == circular.due ? .ok : .title),
                ("\(circular.late) \(text.circularLateWord())", circular.late > 0 ? .alertWarning : nil),
                (text.daysToDue(circular.daysToDue), .countdown)]
    }

    static func lines(_ context: inout DrawContext, width: Int, height: Int) -> [PanelLine] {
        let input = context.input, text = context.text
        let figures = OverviewFigures.of(input)
        var lines = figures.circular.map { PanelLines.flow(circularParts(input, $0), width: width) } ?? []
        guard lines.count < height else { return Array(lines.prefix(height)) }
        var rows: [(name: String, values: [Int], unitless: Bool)] = []
        let room = height - lines.count - 1
        let unitless = figures.unitless
        // The units first; the matters with no unit only when every unit is listed.
        rows = figures.units.prefix(max(0, room)).map { ($0.unit, [$0.candidatesWithoutDecree, $0.overdueRequests, $0.openCases], false) }
        if let u = unitless, rows.count < room, rows.count == figures.units.count { rows.append((text.noUnitName(), [u.candidatesWithoutDecree, u.overdueRequests, u.openCases], true)) }
        guard !rows.isEmpty else {
            if lines.count < height { lines += PanelLines.words(text.noUnits(), width: width, role: .muted) }
            return Array(lines.prefix(height))
        }
        let plan = columns(text.unitColumnHeadings(), values: rows.map(\.values), names: rows.filter { !$0.unitless }.map(\.name), width: width)
        lines.append(headingLine(plan))
        let shown = context.fit(rows.filter { !$0.unitless }.map(\.name), as: .unit, width: plan.nameWidth)
        for row in rows {
            let name = row.unitless ? DisplayWidth.fit(row.name, to: plan.nameWidth) : shown[row.name] ?? row.name
            var runs = [Run(DisplayWidth.pad(name, to: plan.nameWidth), row.unitless ? .muted : .text)]
            var x = plan.nameWidth
            for (i, v) in row.values.enumerated() {
                let start = plan.rightEdges[i] - plan.valueWidths[i] + 1
                runs.append(Run(String(repeating: " ", count: max(0, start - x)), .text))
                runs.append(Run(DisplayWidth.pad("\(v)", to: plan.valueWidths[i], alignRight: true), v > 0 && !row.unitless ? .alertWarning : .muted))
                x = plan.rightEdges[i] + 1
            }
            lines.append(PanelLine(runs))
        }
        return lines
    }

    /// Where the number columns sit: each as wide as its widest value; their headings
    /// in the longest form that leaves the names their natural width (else the
    /// shortest), right-aligned over the numbers.
    struct Plan: Equatable {
        var nameWidth: Int
        var valueWidths: [Int]
        /// Each column's last screen column (relative to the panel's inside).
        var rightEdges: [Int]
        var headings: [String]
    }

    static func columns(_ headingForms: [[String]], values: [[Int]], names: [String], width: Int) -> Plan {
        let count = headingForms.count
        let valueWidths = (0..<count).map { i in values.map { String($0[i]).count }.max() ?? 1 }
        let natural = names.map { DisplayWidth.of($0, atMost: width) }.max() ?? 0
        func plan(level: Int) -> Plan {
            let headings = headingForms.map { $0[min(level, $0.count - 1)] }
            var edges = Array(repeating: 0, count: count)
            var x = width - 1
            for i in stride(from: count - 1, through: 0, by: -1) {
                edges[i] = x
                // The first column's heading may reach over the names (blank on its line).
                let span = i == 0 ? valueWidths[i] : max(valueWidths[i], DisplayWidth.of(headings[i]))
                x -= span + 1
            }
            return Plan(nameWidth: max(1, edges[0] - valueWidths[0]), valueWidths: valueWidths, rightEdges: edges, headings: headings)
        }
        let levels = (0..<(headingForms.map(\.count).max() ?? 1)).map(plan)
        return levels.first { $0.nameWidth >= natural } ?? levels[levels.count - 1]
    }

    private static func headingLine(_ plan: Plan) -> PanelLine {
        var runs: [Run] = []
        var x = 0
        for (i, heading) in plan.headings.enumerated() {
            let room = i == 0 ? plan.rightEdges[0] + 1 - x : plan.rightEdges[i] - plan.rightEdges[i - 1]
            let shown = Shortening.heading([heading], width: max(1, room - (i == 0 ? 0 : 1)))
            let start = plan.rightEdges[i] - DisplayWidth.of(shown) + 1
            runs.append(Run(String(repeating: " ", count: max(0, start - x)), .muted))
            runs.append(Run(shown, .muted))
            x = plan.rightEdges[i] + 1
        }
        return PanelLine(runs)
    }
}
