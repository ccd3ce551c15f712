import Foundation
import NetraCore

/// "Which neutrality cases are stuck, and where?" — open cases, overdue ones and those
/// about candidates; by status and by source; the pipeline after Bawaslu (forwarded,
/// recommended, decided, blocked); the oldest still open. A line that does not fit
/// goes on over the next; with too few lines the breakdowns by status and by source
/// give way first (the pipeline and the oldest case say more about what is stuck).
enum CasesPanel {
    static func draw(_ context: inout DrawContext, in rect: Rect) {
        let inside = PanelBox.draw(&context, rect, title: context.text.title(.cases))
        guard inside.height > 0 else { return }
        PanelLines.draw(&context, PanelLines.select(lines(context.input, width: inside.width), height: inside.height), in: inside)
    }

    static func lines(_ input: ViewInput, width: Int) -> [PanelLine] {
        let text = input.text
        let figures = OverviewFigures.of(input), summary = figures.cases
        var lines = PanelLines.flow(text.casesSummary(summary), width: width)
        // The overdue cases by whose deadline they missed (the same sets `netra check`
        // names): Bawaslu's, the recommendation's, the PPK's.
        let counted = input.situation.figures
        if !counted.overdueCases.isEmpty {
            let clocks = CaseClock.allCases.map { clock in
                let n = counted.overdueCases(clock).count
                return (text: "\(Messages.caseClockShort(clock).text(text.language)) \(n)", role: n > 0 ? StyleRole.alertCritical : nil)
            }
            let head = Messages.overdueAt.text(text.language) + " "
            lines += PanelLines.flow(clocks, width: width, lead: [Run(head, .muted)], indent: 2)
        }
        let statuses = CaseStatus.allCases.filter(\.isOpen).map { (text: "\(text.status($0)) \(summary.openByStatus[$0] ?? 0)", role: StyleRole?.none) }
        lines += PanelLines.flow(statuses, width: width, base: .muted, separator: "  ", rank: 2)
        let sources = CaseSource.allCases.map { (text: "\(text.source($0)) \(summary.openBySource[$0] ?? 0)", role: StyleRole?.none) }
        lines += PanelLines.flow(sources, width: width, base: .muted, separator: "  ", rank: 3)
        // Where the cases stand after they leave Bawaslu: the pipeline, and blocked data.
        let pipeline = figures.pipeline
        if pipeline.steps.contains(where: { $0.count > 0 }) {
            var parts = pipeline.steps.map { (text: "\(text.caseStage($0.stage)) \($0.count)", role: StyleRole?.none) }
            if pipeline.blocked > 0 { parts.append(("\(text.caseStage(.blocked)) \(pipeline.blocked)", .alertCritical)) }
            lines += PanelLines.flow(parts, width: width, separator: " → ", indent: 2, rank: 1)
        }
        if let oldest = summary.oldestOpen {
            lines += PanelLines.words(text.oldestCase(oldest, withID: input.privacy.caseDetails), width: width, role: .text, rank: 1)
        }
        return lines
    }
}
