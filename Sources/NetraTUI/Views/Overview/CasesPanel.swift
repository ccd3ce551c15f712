import Foundation
import NetraCore

/// "Which neutrality cases are stuck, and where?" — open cases, overdue ones and those
/// about candidates; by status and by source; the pipeline after Bawaslu (forwarded,
/// recommended, decided, blocked); the oldest still open.
enum CasesPanel {
    static func draw(_ context: inout DrawContext, in rect: Rect) {
        let input = context.input, text = context.text
        let inside = PanelBox.draw(&context, rect, title: text.title(.cases))
        guard inside.height > 0 else { return }
        let figures = OverviewFigures.of(input), summary = figures.cases
        var y = inside.y
        let summaryParts = text.casesSummary(summary)
        // The figures on one line when they fit, else the third on a line of its own.
        let oneLine = summaryParts.map { DisplayWidth.of($0.text) + 3 }.reduce(0, +) <= inside.width + 3
        PanelBox.parts(&context, oneLine ? summaryParts : Array(summaryParts.prefix(2)), x: inside.x, y: y, maxWidth: inside.width)
        y += 1
        if !oneLine, y < inside.maxY {
            PanelBox.parts(&context, Array(summaryParts.suffix(1)), x: inside.x, y: y, maxWidth: inside.width)
            y += 1
        }
        // The overdue cases by whose deadline they missed (the same sets `netra check`
        // names): Bawaslu's, the recommendation's, the PPK's.
        let counted = input.situation.figures
        let pipeline = figures.pipeline
        if y < inside.maxY, !counted.overdueCases.isEmpty {
            let clocks = CaseClock.allCases.map { clock in
                let n = counted.overdueCases(clock).count
                return (text: "\(Messages.caseClockShort(clock).text(text.language)) \(n)", role: n > 0 ? StyleRole.alertCritical : nil)
            }
            let head = Messages.overdueAt.text(text.language) + " "
            context.grid.put(head, x: inside.x, y: y, role: .muted, maxWidth: inside.width)
            let x = inside.x + DisplayWidth.of(head)
            PanelBox.parts(&context, clocks, x: x, y: y, maxWidth: inside.maxX - x, base: .text)
            y += 1
        }
        // What is left below: the breakdowns by status and by source give way first
        // (the pipeline and the oldest case say more about what is stuck).
        let below = (pipeline.steps.contains { $0.count > 0 } ? 1 : 0) + (summary.oldestOpen == nil ? 0 : 1)
        let spare = inside.maxY - y - below
        let statuses = CaseStatus.allCases.filter(\.isOpen).map { (text: "\(text.status($0)) \(summary.openByStatus[$0] ?? 0)", role: StyleRole?.none) }
        if y < inside.maxY, spare >= 1 {
            PanelBox.parts(&context, statuses, x: inside.x, y: y, maxWidth: inside.width, base: .muted, separator: "  ")
            y += 1
        }
        let sources = CaseSource.allCases.map { (text: "\(text.source($0)) \(summary.openBySource[$0] ?? 0)", role: StyleRole?.none) }
        if y < inside.maxY, spare >= 2 {
            PanelBox.parts(&context, sources, x: inside.x, y: y, maxWidth: inside.width, base: .muted, separator: "  ")
            y += 1
        }
        // Where the cases stand after they leave Bawaslu: the pipeline, and blocked data.
        if y < inside.maxY, pipeline.steps.contains(where: { $0.count > 0 }) {
            var parts = pipeline.steps.map { (text: "\(text.caseStage($0.stage)) \($0.count)", role: StyleRole?.none) }
            if pipeline.blocked > 0 { parts.append(("\(text.caseStage(.blocked)) \(pipeline.blocked)", .alertCritical)) }
            PanelBox.parts(&context, parts, x: inside.x, y: y, maxWidth: inside.width, base: .text, separator: " → ")
            y += 1
        }
        if y < inside.maxY, let oldest = summary.oldestOpen {
            context.grid.put(text.oldestCase(oldest, withID: input.privacy.caseDetails), x: inside.x, y: y, role: .text, maxWidth: inside.width)
        }
    }
}
