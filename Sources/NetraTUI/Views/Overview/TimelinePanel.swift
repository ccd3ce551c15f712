import Foundation
import NetraCore

/// "What is next, and when?" — a strip per election across its stages with today ┃,
/// the decree deadline ◆ and the fixing date ◇ marked; the running stage with its
/// progress and the next stage with its countdown; spare lines list what comes.
enum TimelinePanel {
    static func draw(_ context: inout DrawContext, in rect: Rect, compact: Bool) {
        let input = context.input, text = context.text
        let inside = PanelBox.draw(&context, rect, title: text.title(.timeline))
        let s = input.situation
        var y = inside.y
        let elections: [ElectionStatus?] = s.elections.isEmpty ? [nil] : s.elections.prefix(3).map { $0 }
        for e in elections where y < inside.maxY {
            let stages = stages(of: e, in: s)
            let labelWidth = min(16, max(8, inside.width / 6))
            context.grid.put(e.map { $0.election.name.isEmpty ? $0.election.id : $0.election.name } ?? "—", x: inside.x, y: y,
                             role: .title, maxWidth: labelWidth)
            let next = stages.filter { $0.phase == .upcoming }.min { $0.stage.start < $1.stage.start }
            let running = stages.filter { $0.phase == .running }.max { $0.stage.start < $1.stage.start }
            if compact {
                let nextText = next.map { "\(context.glyphs.upcoming) \($0.stage.name) \(text.countdown($0.countdown.at(input.now)))" } ?? ""
                let textWidth = min(DisplayWidth.of(nextText), inside.width / 2)
                let stripWidth = inside.width - labelWidth - textWidth - 2
                drawStrip(&context, stages, e, x: inside.x + labelWidth + 1, y: y, width: stripWidth)
                context.grid.put(nextText, x: inside.maxX - textWidth, y: y, role: .countdown, maxWidth: textWidth)
                y += 1
            } else {
                drawStrip(&context, stages, e, x: inside.x + labelWidth + 1, y: y, width: inside.width - labelWidth - 1)
                y += 1
                guard y < inside.maxY else { break }
                var parts: [(text: String, role: StyleRole?)] = []
                if let r = running {
                    parts.append(("\(context.glyphs.running) \(r.stage.name) \(Int(r.progress * 100))%", .ok))
                    parts.append(("\(text(.ends)) \(text.countdown(r.countdown.at(input.now)))", .countdown))
                }
                if let n = next {
                    parts.append(("\(text(.next).lowercased()): \(n.stage.name)", nil))
                    parts.append(("\(text(.starts)) \(input.time.stamp(n.stage.start, writtenIn: n.countdown.zone)) \(text.countdown(n.countdown.at(input.now)))", .countdown))
                }
                if parts.isEmpty {
                    parts = s.stages.isEmpty ? [(text.noSchedule(candidates: 0), .alertWarning)] : [(text(.allStagesDone), .muted)]
                }
                PanelBox.parts(&context, parts, x: inside.x + 2, y: y, maxWidth: inside.width - 2)
                y += 1
            }
        }
        // Spare lines: the stages still to come, soonest first, across elections.
        let coming = s.stages.filter { $0.phase != .done }.sorted { $0.stage.start < $1.stage.start }
        if y < inside.maxY - 1 && !coming.isEmpty { y += 1 }
        for st in coming where y < inside.maxY {
            let glyph = st.phase == .running ? context.glyphs.running : context.glyphs.upcoming
            let when = "\(st.phase == .running ? text(.ends) : text(.starts)) \(input.time.stamp(st.phase == .running ? st.stage.end : st.stage.start))"
            let left = text.countdown(st.countdown.at(input.now))
            let right = "\(when)  \(left)"
            let rightWidth = DisplayWidth.of(right)
            context.grid.put("\(glyph) \(st.stage.name)", x: inside.x, y: y, role: st.phase == .running ? .ok : .text,
                             maxWidth: inside.width - rightWidth - 1)
            context.grid.put(right, x: inside.maxX - rightWidth, y: y, role: .muted)
            y += 1
        }
    }

    /// The stages of one election (all of them when the schedule names no elections).
    static func stages(of e: ElectionStatus?, in s: Situation) -> [StageStatus] {
        guard let e else { return s.stages }
        let own = s.stages.filter { $0.stage.election == e.election.id }
        // A folder without election tables: its stages name no election.
        return own.isEmpty && s.elections.count == 1 ? s.stages : own
    }

    /// One line from the first stage's start to the last one's end: done ░ muted,
    /// running █, upcoming ░, today ┃, the deadline ◆, the fixing date ◇.
    private static func drawStrip(_ context: inout DrawContext, _ stages: [StageStatus], _ e: ElectionStatus?, x: Int, y: Int, width: Int) {
        guard width >= 4, let first = stages.map(\.stage.start).min(), let last = stages.map(\.stage.end).max(), last > first else { return }
        let glyphs = context.glyphs, now = context.input.now
        let span = last.timeIntervalSince(first)
        func column(_ date: Date) -> Int { Int((date.timeIntervalSince(first) / span * Double(width - 1)).rounded()) }
        for c in 0..<width {
            let t = first.addingTimeInterval(span * (Double(c) + 0.5) / Double(width))
            let running = stages.contains { $0.stage.start <= t && t <= $0.stage.end && $0.stage.start <= now && now <= $0.stage.end }
            let (ch, role): (Character, StyleRole) = t < now ? (glyphs.barFull, running ? .progress : .muted) : (glyphs.barEmpty, .muted)
            context.grid.put(String(ch), x: x + c, y: y, role: role)
        }
        if let fixing = e?.fixing, fixing.stage.end >= first, fixing.stage.end <= last {
            context.grid.put(String(glyphs.fixingMark), x: x + column(fixing.stage.end), y: y, role: .alertInfo)
        }
        if let deadline = e?.deadline, deadline.stage.end >= first, deadline.stage.end <= last {
            context.grid.put(String(glyphs.deadlineMark), x: x + column(deadline.stage.end), y: y,
                             role: deadline.stage.end < now ? .alertCritical : .alertWarning)
        }
        if now >= first && now <= last { context.grid.put(String(glyphs.today), x: x + column(now), y: y, role: .countdown) }
    }
}
