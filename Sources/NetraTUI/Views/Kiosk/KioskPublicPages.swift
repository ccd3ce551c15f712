import Foundation
import NetraCore

/// The kiosk's pages with `people = "aggregate"` (the default) or `"initials"`: key
/// figures in block digits, then bars, stacked tallies, month columns and the
/// election timeline across the full width. They are built from the overview's pure
/// summaries (`CandidateTally`, `CaseSummary`, `RetirementCalendar`) and
/// `PublicGroups`, so no person, unit, position, pension right or waiting time can
/// reach them; only the candidates page with `people = "initials"` lists rows, and
/// those carry initials, candidacy, party and dapil only.
///
/// Hook: when `Dataset` gains circulars (circulars.csv), a `circulars` page belongs
/// here — circulars by completion, as `drawBars` over their states.
enum KioskPublicPages {
    /// Rows the key figures may take: a third of the body, 6 to 16 rows.
    static func figureHeight(_ area: Rect) -> Int { min(16, max(6, area.height / 3)) }

    static func draw(_ page: KioskPage, _ context: inout DrawContext, _ area: Rect, part: Int) {
        switch page {
        case .countdown: KioskPages.drawCountdown(&context.grid, context.input, area)
        case .overview: overview(&context, area)
        case .officers: candidates(&context, area, part: part)
        case .retirements: retirements(&context, area)
        case .schedule: schedule(&context, area)
        case .cases: cases(&context, area)
        }
    }

    /// How many screenfuls `page` has: only the candidates' rows run over several.
    static func parts(_ page: KioskPage, _ input: ViewInput, _ area: Rect) -> Int {
        guard page == .officers, input.privacy.people == .initials else { return 1 }
        let rows = PublicGroups.listable(input.situation, minGroup: input.privacy.minGroup).shown.count
        let perScreen = rowsPerScreen(input, area)
        return max(1, (rows + perScreen - 1) / perScreen)
    }

    // MARK: Pages

    /// Candidates, their decrees, who leaves, open cases; each election's tally; the timeline.
    private static func overview(_ context: inout DrawContext, _ area: Rect) {
        let s = context.input.situation
        let tallies = CandidateTally.perElection(s)
        let figures = figures(.overview, context.input)
        var y = area.y + 1
        y += KioskBoard.drawFigures(&context.grid, figures, in: inset(area, y: y), maxHeight: figureHeight(area), glyphs: context.glyphs) + 1
        y = drawTallies(&context, tallies, inset(area, y: y), maxRows: area.maxY - y)
        let rest = Rect(x: area.x + 1, y: y, width: area.width - 2, height: area.maxY - y)
        if rest.height >= 4 { TimelinePanel.draw(&context, in: rest, compact: rest.height < max(1, s.elections.count) * 2 + 3) }
    }

    /// The candidates by the state of their decree, per election, by party and by dapil
    /// (small groups only inside a larger count); with `people = "initials"`, rows.
    private static func candidates(_ context: inout DrawContext, _ area: Rect, part: Int) {
        let input = context.input, s = input.situation, text = context.text, privacy = input.privacy
        let tallies = CandidateTally.perElection(s)
        let figures = candidateFigures(s, text)
        var y = area.y + 1
        let height = privacy.people == .initials ? min(6, figureHeight(area)) : figureHeight(area)
        y += KioskBoard.drawFigures(&context.grid, figures, in: inset(area, y: y), maxHeight: height, glyphs: context.glyphs) + 1
        if privacy.people == .initials {
            drawRows(&context, Rect(x: area.x + 2, y: y, width: area.width - 4, height: area.maxY - y), part: part)
            return
        }
        y = drawTallies(&context, tallies, inset(area, y: y), maxRows: min(area.maxY - y, tallies.count * 4))
        let party = KioskBoard.bars(PublicGroups.byParty(s, minGroup: privacy.minGroup), text, minGroup: privacy.minGroup)
        let district = KioskBoard.bars(PublicGroups.byDistrict(s, minGroup: privacy.minGroup), text, minGroup: privacy.minGroup)
        drawPair(&context, (text.kiosk(.byParty), party), (text.kiosk(.byDistrict), district), inset(area, y: y))
    }

    /// All candidates, those without a decree, those with one.
    private static func candidateFigures(_ s: Situation, _ text: UIText) -> [KioskBoard.Figure] {
        // Every candidate's, an election known or not: the overview's figures.
        let without = s.figures.candidates.withoutDecree
        return [
            KioskBoard.Figure(value: s.candidates.count, label: text.kiosk(.candidates)),
            KioskBoard.Figure(value: without, label: text.kiosk(.withoutDecree), role: without > 0 ? .alertWarning : .ok),
            KioskBoard.Figure(value: s.figures.candidates.decreed, label: text.kiosk(.decreed), role: .ok),
        ]
    }

    /// The big numbers at the top of `page`, read from `Situation.figures` where the
    /// overview shows the same fact (what the consistency tests compare).
    static func figures(_ page: KioskPage, _ input: ViewInput) -> [KioskBoard.Figure] {
        let s = input.situation, text = input.text, f = s.figures
        switch page {
        case .countdown:
            return []
        case .overview:
            let without = f.candidates.withoutDecree
            return [
                KioskBoard.Figure(value: s.candidates.count, label: text.kiosk(.candidates)),
                KioskBoard.Figure(value: without, label: text.kiosk(.withoutDecree), role: without > 0 ? .alertWarning : .ok),
                KioskBoard.Figure(value: leavingPerMonth(input).map(\.count).reduce(0, +), label: text.kiosk(.leavingYear)),
                KioskBoard.Figure(value: f.openCases, label: text.kiosk(.openCases)),
            ]
        case .officers:
            return candidateFigures(s, text)
        case .retirements:
            let pendingAge = input.model.cache.memo("kiosk:pendingAgeRetirements") { s.ageRetirements.filter(\.isPending).count }
            return [
                KioskBoard.Figure(value: leavingPerMonth(input).map(\.count).reduce(0, +), label: text.kiosk(.leavingYear)),
                KioskBoard.Figure(value: f.pendingRetirements, label: text.kiosk(.inProcess)),
                KioskBoard.Figure(value: pendingAge, label: text.kiosk(.ageRetirements)),
            ]
        case .schedule:
            var figures = [
                KioskBoard.Figure(value: s.runningStages.count, label: text.kiosk(.stagesRunning), role: .ok),
                KioskBoard.Figure(value: s.stages.filter { $0.phase == .upcoming }.count, label: text.kiosk(.stagesAhead)),
            ]
            if let goal = CountdownGoal.resolve(.nearest, in: s), goal.kind != .stage {
                let days = Countdown(to: goal.instant, from: s.now, in: goal.writtenIn).dayOffset
                let label = goal.kind == .voting ? text.kiosk(.towardsVoting) : text.kiosk(.towardsDeadline)
                figures.append(KioskBoard.Figure(value: max(0, days), label: "\(label) (\(text(.daysUnit)))"))
            }
            return figures
        case .cases:
            let overdue = f.overdueCases.count
            return [
                KioskBoard.Figure(value: f.openCases, label: text.kiosk(.openCases)),
                KioskBoard.Figure(value: overdue, label: text.kiosk(.overdueCases), role: overdue > 0 ? .alertCritical : .ok),
                KioskBoard.Figure(value: CaseSummary(s.cases, today: s.today).touchingCandidates, label: text.kiosk(.touchingCandidates)),
            ]
        }
    }

    /// Who leaves the service in each of the next twelve months, in tall columns.
    private static func retirements(_ context: inout DrawContext, _ area: Rect) {
        let text = context.text
        let months = leavingPerMonth(context.input)
        let figures = figures(.retirements, context.input)
        var y = area.y + 1
        y += KioskBoard.drawFigures(&context.grid, figures, in: inset(area, y: y), maxHeight: figureHeight(area), glyphs: context.glyphs) + 1
        guard area.maxY - y >= 5 else { return }
        context.grid.put(text.kiosk(.leavingPerMonth), x: area.x + 2, y: y, role: .title, maxWidth: area.width - 4)
        y += 1
        KioskBoard.drawMonths(&context.grid, months, x: area.x + 2, y: y, width: area.width - 4, rows: min(22, area.maxY - y),
                              text: text, glyphs: context.glyphs)
    }

    /// The stages: how many run and lie ahead, days to the nearest voting day or
    /// deadline, and the timeline of every election across the width.
    private static func schedule(_ context: inout DrawContext, _ area: Rect) {
        let figures = figures(.schedule, context.input)
        var y = area.y + 1
        y += KioskBoard.drawFigures(&context.grid, figures, in: inset(area, y: y), maxHeight: figureHeight(area), glyphs: context.glyphs) + 1
        let rest = Rect(x: area.x + 1, y: y, width: area.width - 2, height: area.maxY - y)
        if rest.height >= 4 { TimelinePanel.draw(&context, in: rest, compact: false) }
    }

    /// Neutrality cases as counts: open, overdue, about candidates; by status and by source.
    private static func cases(_ context: inout DrawContext, _ area: Rect) {
        let all = context.input.situation.cases, text = context.text
        let figures = figures(.cases, context.input)
        var y = area.y + 1
        y += KioskBoard.drawFigures(&context.grid, figures, in: inset(area, y: y), maxHeight: figureHeight(area), glyphs: context.glyphs) + 1
        let byStatus = CaseStatus.allCases.map { status in
            KioskBoard.Bar(label: text.status(status), count: all.filter { $0.item.status == status }.count,
                           role: status.isOpen ? .progress : .muted)
        }
        let bySource = CaseSource.allCases.map { source in
            KioskBoard.Bar(label: text.source(source), count: all.filter { $0.item.source == source }.count)
        }
        drawPair(&context, (text.kiosk(.casesByStatus), byStatus), (text.kiosk(.casesBySource), bySource), inset(area, y: y))
    }

    // MARK: Parts

    /// Who leaves in each of the next twelve months, once per model: the pages redraw
    /// every second, and at 100k officers past their TMT the calendar costs tens of
    /// milliseconds (a dictionary over every officer), which kept an idle kiosk at 2–5 % CPU.
    private static func leavingPerMonth(_ input: ViewInput) -> [(month: CivilDate, count: Int)] {
        input.model.cache.memo("kiosk:leavingPerMonth") { RetirementCalendar.perMonth(input.situation, months: 12) }
    }

    private static func inset(_ area: Rect, y: Int) -> Rect {
        Rect(x: area.x + 2, y: y, width: max(0, area.width - 4), height: max(0, area.maxY - y))
    }

    /// Each election's stacked tally, a blank line between; returns the next free line.
    private static func drawTallies(_ context: inout DrawContext, _ tallies: [(election: ElectionStatus, tally: CandidateTally)],
                                    _ area: Rect, maxRows: Int) -> Int {
        var y = area.y
        for (election, tally) in tallies where y + 3 <= area.y + maxRows {
            y += KioskBoard.drawTally(&context, election, tally, x: area.x, y: y, width: area.width) + 1
        }
        return y
    }

    /// Two bar charts: side by side on a wide screen, one above the other otherwise.
    private static func drawPair(_ context: inout DrawContext, _ a: (String, [KioskBoard.Bar]), _ b: (String, [KioskBoard.Bar]), _ area: Rect) {
        let glyphs = context.glyphs
        if area.width >= 140 {
            let half = (area.width - 4) / 2
            KioskBoard.drawBars(&context.grid, title: a.0, a.1, x: area.x, y: area.y, width: half, maxRows: area.height, glyphs: glyphs)
            KioskBoard.drawBars(&context.grid, title: b.0, b.1, x: area.x + half + 4, y: area.y, width: half, maxRows: area.height, glyphs: glyphs)
            return
        }
        let used = KioskBoard.drawBars(&context.grid, title: a.0, a.1, x: area.x, y: area.y, width: area.width, maxRows: area.height, glyphs: glyphs)
        KioskBoard.drawBars(&context.grid, title: b.0, b.1, x: area.x, y: area.y + used + 1, width: area.width, maxRows: area.height - used - 1,
                            glyphs: glyphs)
    }

    // MARK: Rows (people = "initials")

    /// Rows the candidates' table shows per screenful: the body below the figures,
    /// less the heading and the footer.
    private static func rowsPerScreen(_ input: ViewInput, _ area: Rect) -> Int {
        let figures = KioskBoard.figureLayout(candidateFigures(input.situation, input.text).map(\.value), width: area.width - 4,
                                              maxHeight: min(6, figureHeight(area)))?.rows ?? 0
        return max(1, area.height - 1 - figures - 1 - 2)
    }

    /// Initials, candidacy, party, dapil — nothing else — for candidates in groups of
    /// at least `min_group`; the others are counted under the table.
    private static func drawRows(_ context: inout DrawContext, _ area: Rect, part: Int) {
        let input = context.input, text = context.text, privacy = input.privacy
        let (shown, hidden) = PublicGroups.listable(input.situation, minGroup: privacy.minGroup)
        let rows = shown.sorted {
            ($0.officer.district, $0.officer.party, privacy.rowName($0.officer.name)) < ($1.officer.district, $1.officer.party, privacy.rowName($1.officer.name))
        }
        let perScreen = max(1, area.height - 2)
        let first = min(part, max(0, (rows.count - 1) / perScreen)) * perScreen
        let widths = [max(10, area.width / 6), max(12, area.width / 6), area.width / 3]
        let columns = [0, widths[0] + 2, widths[0] + widths[1] + 4, widths[0] + widths[1] + widths[2] + 6]
        let heading = [text.kiosk(.initials), text(.candidacy), text(.party), text(.district)]
        for (i, title) in heading.enumerated() {
            context.grid.put(title, x: area.x + columns[i], y: area.y, role: .muted, maxWidth: max(1, area.width - columns[i]))
        }
        var y = area.y + 1
        for c in rows.dropFirst(first).prefix(perScreen) {
            let cells = [privacy.rowName(of: c.officer), text.candidacy(c.officer.candidacy), c.officer.party, c.officer.district]
            for (i, cell) in cells.enumerated() {
                let width = i < 3 ? widths[i] : area.width - columns[i]
                context.grid.put(cell, x: area.x + columns[i], y: y, role: i == 0 ? .title : .text, maxWidth: max(1, width))
            }
            y += 1
        }
        if hidden > 0 { context.grid.put(text.hiddenCandidates(hidden, minGroup: privacy.minGroup), x: area.x, y: area.maxY - 1, role: .muted,
                                         maxWidth: area.width) }
    }
}
