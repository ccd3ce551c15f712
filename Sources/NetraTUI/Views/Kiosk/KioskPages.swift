import Foundation
import NetraCore

/// The kiosk's own pages: the countdown in big digits, and (with `people = "full"`)
/// cases as a table of counts. The other pages are `KioskPublicPages`, or with
/// `people = "full"` the dashboard's view rooms drawn with the kiosk's `Privacy`.
enum KioskPages {
    /// What `[kiosk] countdown` names (by default the nearest voting day or decree
    /// deadline) in big digits: days, then hours:minutes:seconds; what it counts to,
    /// the moment as `schedule.toml` wrote it with the local time, the running stages.
    /// The digits are the tallest figure of the kiosk (`CountdownDigits`), and the
    /// whole block is centred in the room above the running stages.
    static func drawCountdown(_ g: inout CellGrid, _ input: ViewInput, _ area: Rect) {
        let s = input.situation, text = input.text, glyphs = input.glyphs, clock = input.time, now = input.now
        var y = area.y
        func centred(_ line: String, role: StyleRole) {
            let fitted = DisplayWidth.fit(line, to: g.width - 2)
            g.put(fitted, x: max(1, (g.width - DisplayWidth.of(fitted)) / 2), y: y, role: role)
            y += 1
        }
        // The running stages take the bottom lines (and a blank line above them); the
        // countdown the room above.
        let running = Array(s.runningStages.prefix(2))
        let reserved = running.count * 2
        let room = area.height - reserved - (running.isEmpty ? 0 : 1)
        if let goal = CountdownGoal.resolve(input.model.dataset.settings.kiosk.countdown, in: s) {
            let electionName = goal.election.map { $0.name.isEmpty ? $0.id : $0.name } ?? goal.stage.name
            let (towards, name, when): (String, String, String) = switch goal.kind {
            case .voting: (text.kiosk(.towardsVoting), electionName, text.kiosk(.votingStarts))
            case .deadline: (text.kiosk(.towardsDeadline), electionName, text.kiosk(.deadlineAt))
            case .stage: (text(.towards), goal.stage.name, goal.instant == goal.stage.start ? text(.starts) : text(.ends))
            }
            let left = max(0, Int(goal.instant.timeIntervalSince(now).rounded(.down)))
            let days = left / 86_400
            let clockPart = String(format: "%02d:%02d:%02d", left / 3600 % 24, left / 60 % 60, left % 60)
            // Title (2) + blank + digits + blank + date: 5 lines besides the digits.
            let tallestFigure = max(1, (KioskPublicPages.figureHeight(area) - 1) / BigDigits.rows)
            let digits = CountdownDigits.best(days: String(days), clock: clockPart, width: g.width - 4, height: room - 5,
                                              minimumScaleY: tallestFigure)
            // Centred in the lines above the running stages; the digits were sized to
            // leave at least one of them blank, so the block never touches the stages.
            y = area.y + max(0, (area.height - reserved - 5 - (digits?.height ?? 1)) / 2)
            centred(towards, role: .muted)
            centred(name, role: .title)
            y += 1
            if let digits {
                y = drawDigits(&g, digits, days: days, clock: clockPart, y: y, text: text, glyphs: glyphs)
            } else {
                centred("\(days) \(text(.daysUnit)) \(clockPart)", role: .countdown)
            }
            y += 1
            let day = clock.parts(goal.instant).day
            var moment = "\(when) \(text.weekdays[day.isoWeekday - 1]), \(clock.stamp(goal.instant, writtenIn: goal.writtenIn))"
            if goal.kind != .stage { moment += " · \(goal.stage.name)" }
            centred(moment, role: .text)
        } else {
            y += 2
            if s.stages.isEmpty {
                centred(text.noSchedule(candidates: 0), role: .alertWarning)
            } else {
                centred(text(.allStagesDone), role: .title)
            }
        }
        // The running stages, with their progress, at the bottom of the page.
        y = max(y + 1, area.y + area.height - reserved)
        for stage in running {
            guard y + 1 < area.y + area.height + 1 else { break }
            let label = "\(text(.running)): \(glyphs.running) \(stage.stage.name)"
            g.put(label, x: 2, y: y, role: .text, maxWidth: g.width - 4)
            let ends = "\(text(.ends)) \(clock.stamp(stage.stage.end)) · \(stage.countdown.at(now).label)"
            let barWidth = max(10, g.width - DisplayWidth.of(ends) - 8)
            g.progressBar(stage.progress, x: 2, y: y + 1, width: barWidth, glyphs: glyphs)
            g.put(ends, x: 4 + barWidth, y: y + 1, role: .countdown, maxWidth: g.width - barWidth - 5)
            y += 2
        }
    }

    /// The countdown's digits from line `y`, centred, each line with the unit names
    /// under its groups; returns the line after them.
    private static func drawDigits(_ g: inout CellGrid, _ digits: CountdownDigits, days: Int, clock: String, y top: Int,
                                   text: UIText, glyphs: Glyphs) -> Int {
        let dayText = String(days)
        // Each line: its characters and the unit words under groups of them (start, count).
        let lines: [(String, [(start: Int, count: Int, word: UIText.Word)])] = switch digits.arrangement {
        case .oneLine:
            [("\(dayText) \(clock)", [(0, dayText.count, .daysUnit), (dayText.count + 1, 2, .hoursUnit),
                                        (dayText.count + 4, 2, .minutesUnit), (dayText.count + 7, 2, .secondsUnit)])]
        case .twoLines:
            [(dayText, [(0, dayText.count, .daysUnit)]), (clock, [(0, 2, .hoursUnit), (3, 2, .minutesUnit), (6, 2, .secondsUnit)])]
        }
        var y = top
        for (i, (line, groups)) in lines.enumerated() {
            if i > 0 { y += 1 }
            let width = BigDigits.baseWidth(line) * digits.scale.x
            let x = (g.width - width) / 2
            BigDigits.draw(line, in: &g, x: x, y: y, scale: digits.scale, block: glyphs.barFull, role: .countdown)
            y += digits.digitRows
            let offsets = BigDigits.offsets(line)
            for group in groups {
                let from = x + offsets[group.start] * digits.scale.x
                let to = x + (offsets[group.start + group.count - 1] + 3) * digits.scale.x
                let word = text(group.word)
                g.put(word, x: from + max(0, (to - from - DisplayWidth.of(word)) / 2), y: y, role: .muted)
            }
            y += 1
        }
        return y
    }

    /// Cases as a table of counts: status down, source across. No ids, no names.
    static func drawCaseCounts(_ g: inout CellGrid, _ input: ViewInput, _ area: Rect) {
        let cases = input.situation.cases, text = input.text, glyphs = input.glyphs
        let sources = CaseSource.allCases
        let statuses = CaseStatus.allCases
        let first = 16, cell = 12
        let width = first + cell * (sources.count + 1)
        let x = max(1, (g.width - width) / 2)
        var y = area.y + 1
        g.put(text(.caseCounts), x: x, y: y, role: .title, maxWidth: g.width - x - 1)
        y += 2
        func row(_ label: String, _ values: [String], role: StyleRole) {
            g.put(label, x: x, y: y, role: role, maxWidth: first - 1)
            for (i, value) in values.enumerated() {
                g.put(DisplayWidth.pad(value, to: cell - 1, alignRight: true), x: x + first + i * cell, y: y, role: role, maxWidth: cell - 1)
            }
            y += 1
        }
        row("", sources.map(text.source) + [text(.total)], role: .muted)
        g.fill(glyphs.horizontal, x: x, y: y, width: width, role: .border)
        y += 1
        for status in statuses {
            let matching = cases.filter { $0.item.status == status }
            let counts = sources.map { source in matching.filter { $0.item.source == source }.count }
            row(text.status(status), (counts + [matching.count]).map(String.init), role: matching.isEmpty ? .muted : .text)
        }
        g.fill(glyphs.horizontal, x: x, y: y, width: width, role: .border)
        y += 1
        row(text(.total), (sources.map { source in cases.filter { $0.item.source == source }.count } + [cases.count]).map(String.init), role: .title)
        y += 1
        // The figures every surface shows: open by stage, overdue by the stage's date.
        let open = input.situation.figures.openCases
        let overdue = input.situation.figures.overdueCases.count
        g.put("\(text(.openCases)): \(open)", x: x, y: y, role: .text)
        if overdue > 0 {
            g.put("\(glyphs.critical) \(overdue) \(text(.overdueCases))", x: x + 24, y: y, role: .alertCritical)
        }
    }
}
