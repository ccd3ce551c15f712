import Foundation
import NetraCore

/// "How many of our candidate officers still lack a dismissal decree, and how long is
/// left?" — per election: the candidates by the state of their decisive request, as a
/// bar and numbers, beside the deadline as KPU wrote it (with the local time) and H-N,
/// and the date the candidates are fixed. After the deadline: who made it, who missed.
enum CandidatesPanel {
    /// Lines per election: three with room (name and H-N; bar and counts; the
    /// deadline as written), two on a small screen.
    static func linesPerElection(compact: Bool) -> Int { compact ? 2 : 3 }

    static func draw(_ context: inout DrawContext, in rect: Rect, compact: Bool) {
        let input = context.input, text = context.text
        let inside = PanelBox.draw(&context, rect, title: text.title(.candidates))
        let tallies = OverviewFigures.of(input).tallies
        guard !tallies.isEmpty else {
            // Without a schedule the candidates are still counted: their deadline is what is unknown.
            let line = input.situation.elections.isEmpty && input.situation.stages.isEmpty
                ? text.noSchedule(candidates: input.situation.candidates.count) : text.noElections()
            context.grid.put(line, x: inside.x, y: inside.y, role: .alertWarning, maxWidth: inside.width)
            return
        }
        var y = inside.y
        for (election, tally) in tallies.prefix(3) where y < inside.maxY {
            if compact {
                drawTally(&context, election, tally, x: inside.x, y: y, width: inside.width, nameWidth: min(16, max(10, inside.width / 5)))
            } else {
                drawHeadline(&context, election, x: inside.x, y: y, width: inside.width)
                y += 1
                guard y < inside.maxY else { break }
                drawTally(&context, election, tally, x: inside.x + 2, y: y, width: inside.width - 2, nameWidth: 0)
            }
            y += 1
            if y < inside.maxY { drawDeadline(&context, election, tally, x: inside.x, y: y, width: inside.width, headlineShown: !compact) }
            y += 1
        }
    }

    /// The election's name, and on the right how long is left until its deadline.
    private static func drawHeadline(_ context: inout DrawContext, _ e: ElectionStatus, x: Int, y: Int, width: Int) {
        let text = context.text
        var right = ""
        var role: StyleRole = .countdown
        if let deadline = e.deadline {
            let left = deadline.countdown.at(context.input.now)
            right = left.hasPassed ? "\(text(.passed)) \(left.dayLabel)" : text.countdown(left)
            if left.hasPassed { role = .alertCritical }
        }
        let rightWidth = DisplayWidth.of(right)
        context.grid.put(e.election.name.isEmpty ? e.election.id : e.election.name, x: x, y: y, role: .title, maxWidth: width - rightWidth - 1)
        context.grid.put(right, x: x + width - rightWidth, y: y, role: role)
    }

    /// `Pemilu 2024  ███▓▓░░  4 tanpa SK · SK 1 · proses 2 · belum mengajukan 1 · ditolak 0`
    private static func drawTally(_ context: inout DrawContext, _ e: ElectionStatus, _ t: CandidateTally, x: Int, y: Int, width: Int,
                                  nameWidth: Int) {
        let glyphs = context.glyphs
        if nameWidth > 0 {
            context.grid.put(e.election.name.isEmpty ? e.election.id : e.election.name, x: x, y: y, role: .title, maxWidth: nameWidth)
        }
        let barWidth = max(8, min(24, width / 5))
        var cx = x + (nameWidth > 0 ? nameWidth + 1 : 0)
        // The bar: decreed █, in process ▓, not filed ░, rejected ✕ — numbers beside
        // it carry the meaning, so it never rests on colour.
        let segments: [(Int, Character, StyleRole)] = [
            (t.decreed + t.retiringFirst, glyphs.barFull, .ok), (t.inProcessCount, glyphs.barMid, .progress),
            (t.notFiled, glyphs.barEmpty, .alertWarning), (t.rejected, "x", .alertCritical),
        ]
        context.grid.put("[", x: cx, y: y, role: .muted)
        var filled = 0
        for (count, ch, role) in segments where t.total > 0 && count > 0 {
            let cells = max(1, Int((Double(count) / Double(t.total) * Double(barWidth)).rounded()))
            let n = min(cells, barWidth - filled)
            context.grid.fill(ch, x: cx + 1 + filled, y: y, width: n, role: role)
            filled += n
        }
        context.grid.put("]", x: cx + 1 + barWidth, y: y, role: .muted)
        cx += barWidth + 3
        let passed = e.deadline.map { $0.countdown.at(context.input.now).hasPassed } ?? false
        PanelBox.parts(&context, context.text.tallyParts(t, deadlinePassed: passed), x: cx, y: y, maxWidth: x + width - cx)
    }

    /// `batas 3 Okt 2023 23:59 WIB (4 Okt 00:59 WITA) · H-133 · DCT 3 Nov 2023 23:59 WIB`
    private static func drawDeadline(_ context: inout DrawContext, _ e: ElectionStatus, _ t: CandidateTally, x: Int, y: Int, width: Int,
                                     headlineShown: Bool) {
        let input = context.input, text = context.text, time = input.time
        guard let deadline = e.deadline else {
            let missing = input.situation.stages.isEmpty
            context.grid.put(missing ? text.noSchedule(candidates: 0) : text.noElections(), x: x + 2, y: y,
                             role: missing ? .alertWarning : .muted, maxWidth: width - 2)
            return
        }
        let left = deadline.countdown.at(input.now)
        var parts: [(text: String, role: StyleRole?)] = [
            ("\(text(.due).lowercased()) \(time.stamp(deadline.stage.end, writtenIn: deadline.countdown.zone))", nil),
        ]
        // The headline line carries H-N (or LEWAT) when there is one; the tally line
        // carries in time / missed.
        if !headlineShown {
            parts.append(left.hasPassed ? ("\(text(.passed)) \(left.dayLabel)", .alertCritical) : (text.countdown(left), .countdown))
        }
        if let fixing = e.fixing, fixing.stage.id != deadline.stage.id {
            // As written, like the deadline (`DCT 3 Nov 2023 23:59 WIB (4 Nov 00:59 WITA)`);
            // where the line has no room, without the local time, then the date alone.
            let word = e.election.kind == .pilkada ? text(.paslonFixed) : "DCT"
            let used = parts.map { DisplayWidth.of($0.text) + 3 }.reduce(0, +)
            let forms = [time.stamp(fixing.stage.end, writtenIn: fixing.countdown.zone),
                         TimeText(zone: fixing.countdown.zone, text: text).stamp(fixing.stage.end), text.date(fixing.day)]
                .map { "\(word) \($0)" }
            let chosen = forms.first { used + DisplayWidth.of($0) <= width - 2 } ?? forms[forms.count - 1]
            parts.append((chosen, .muted))
        }
        PanelBox.parts(&context, parts, x: x + 2, y: y, maxWidth: width - 2, base: .text)
    }
}
