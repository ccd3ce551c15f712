import Foundation
import NetraCore

/// "What is next, and when?" — a strip per election across its stages with today ┃,
/// the decree deadline ◆ and the fixing date ◇ marked (and said under the strip); the
/// running stage with its progress and the next stage with its countdown; spare lines
/// list what comes. Dates and H-N are never cut: a stage's name gives way first.
enum TimelinePanel {
    static func draw(_ context: inout DrawContext, in rect: Rect, compact: Bool) {
        let inside = PanelBox.draw(&context, rect, title: context.text.title(.timeline), footer: footer(context.input))
        let all = lines(context.input, width: inside.width, compact: compact, limit: inside.height)
        PanelLines.draw(&context, PanelLines.select(all, height: inside.height), in: inside)
    }

    /// The panel's lines at `width` columns: the strips first, then (up to `limit`
    /// lines in all) the stages still to come.
    static func lines(_ input: ViewInput, width: Int, compact: Bool, limit: Int = .max) -> [PanelLine] {
        let text = input.text, s = input.situation, glyphs = input.glyphs
        let region = input.model.dataset.settings.region
        let elections: [ElectionStatus?] = s.elections.isEmpty ? [nil] : s.elections.prefix(3).map { $0 }
        let labelCap = max(12, width / 4)
        let labelWidth = elections.map { e in e.map { DisplayWidth.of(ElectionLabel.fit($0.election, region: region, width: labelCap)) } ?? 1 }.max() ?? 8
        var lines: [PanelLine] = []
        for e in elections {
            let stages = stages(of: e, in: s)
            let label = DisplayWidth.pad(e.map { ElectionLabel.fit($0.election, region: region, width: labelWidth) } ?? "—", to: labelWidth)
            let next = stages.filter { $0.phase == .upcoming }.min { $0.stage.start < $1.stage.start }
            let running = stages.filter { $0.phase == .running }.max { $0.stage.start < $1.stage.start }
            if compact {
                var tail: [Run] = [], right: [Run] = []
                var stripWidth = width - labelWidth - 1
                if let n = next {
                    let countdown = text.countdown(n.countdown.at(input.now))
                    right = [Run(countdown, .countdown)]
                    let room = min(DisplayWidth.of(n.stage.name, atMost: width) + 3, (width - labelWidth) / 2) - DisplayWidth.of(countdown) - 1
                    if room >= 6 {
                        tail = [Run(" \(glyphs.upcoming) " + TextFit.words(n.stage.name, width: room - 3), .countdown)]
                    }
                    stripWidth = width - labelWidth - 1 - tail.reduce(0) { $0 + DisplayWidth.of($1.text) } - DisplayWidth.of(countdown) - 1
                }
                lines.append(PanelLine([Run(label + " ", .title)] + strip(input, stages, e, width: stripWidth) + tail, right: right))
            } else {
                lines.append(PanelLine([Run(label + " ", .title)] + strip(input, stages, e, width: width - labelWidth - 1)))
                var parts: [(text: String, role: StyleRole?)] = []
                if let r = running {
                    parts.append(("\(glyphs.running) \(r.stage.name) \(Int(r.progress * 100))%", .ok))
                    parts.append(("\(text(.ends)) \(text.countdown(r.countdown.at(input.now)))", .countdown))
                }
                if let n = next {
                    parts.append(("\(text(.next).lowercased()): \(n.stage.name)", nil))
                    parts.append(("\(text(.starts)) \(input.time.stamp(n.stage.start, writtenIn: n.countdown.zone))", .countdown))
                    parts.append((text.countdown(n.countdown.at(input.now)), .countdown))
                }
                if parts.isEmpty {
                    parts = s.stages.isEmpty ? [(text.noSchedule(candidates: 0), .alertWarning)] : [(text(.allStagesDone), .muted)]
                }
                lines += PanelLines.flow(parts, width: width, lead: [Run("  ", .text)], indent: 4, rank: 1)
            }
        }
        // Spare lines (not on a small screen): the stages still to come, soonest first, across elections.
        guard !compact else { return lines }
        let coming = s.stages.filter { $0.phase != .done }.sorted { $0.stage.start < $1.stage.start }
        let room = limit == .max ? coming.count : max(0, limit - lines.count - 1)
        guard room > 0, !coming.isEmpty else { return lines }
        lines.append(PanelLine(rank: 3))
        lines += comingLines(input, Array(coming.prefix(room)), width: width)
        return lines
    }

    /// `▶ Verifikasi administrasi … berakhir 24 Jun 2023 00:59 WITA  H-31`: the right
    /// part as long as the names keep a readable width, the same form on every line.
    private static func comingLines(_ input: ViewInput, _ coming: [StageStatus], width: Int) -> [PanelLine] {
        let text = input.text, glyphs = input.glyphs
        func forms(_ st: StageStatus) -> [String] {
            let at = st.phase == .running ? st.stage.end : st.stage.start
            let word = st.phase == .running ? text(.ends) : text(.starts)
            let left = text.countdown(st.countdown.at(input.now))
            let day = CivilDate(at, in: input.situation.zone)
            return ["\(word) \(input.time.stamp(at))  \(left)", "\(text.date(day))  \(left)", left]
        }
        let all = coming.map(forms)
        let nameRoom = min(24, width / 3)
        let level = (0..<3).first { level in (all.map { DisplayWidth.of($0[level]) }.max() ?? 0) + 1 + nameRoom <= width } ?? 2
        return coming.enumerated().map { i, st in
            let right = all[i][level]
            let room = width - DisplayWidth.of(right) - 1
            let glyph = st.phase == .running ? glyphs.running : glyphs.upcoming
            return PanelLine([Run(TextFit.words("\(glyph) \(st.stage.name)", width: room), st.phase == .running ? .ok : .text)],
                             right: [Run(right, .muted)], rank: 2)
        }
    }

    /// What the strip's marks mean, naming only those drawn: `┃ hari ini  ◆ batas SK  ◇ DCT`.
    static func footer(_ input: ViewInput) -> [Run] {
        let s = input.situation, glyphs = input.glyphs, text = input.text
        let elections = s.elections.prefix(3)
        guard !elections.isEmpty else { return [] }
        var runs: [Run] = []
        func add(_ glyph: Character, _ role: StyleRole, _ word: String) {
            if !runs.isEmpty { runs.append(Run("  ", .muted)) }
            runs.append(Run(String(glyph), role))
            runs.append(Run(" " + word, .muted))
        }
        func within(_ date: Date, _ e: ElectionStatus) -> Bool {
            let stages = stages(of: e, in: s)
            guard let first = stages.map(\.stage.start).min(), let last = stages.map(\.stage.end).max() else { return false }
            return date >= first && date <= last
        }
        if elections.contains(where: { within(input.now, $0) }) { add(glyphs.today, .countdown, text.legend(.today)) }
        if elections.contains(where: { e in e.deadline.map { within($0.stage.end, e) } ?? false }) {
            add(glyphs.deadlineMark, .alertWarning, text.legend(.deadline))
        }
        let fixing = elections.filter { e in e.fixing.map { f in f.stage.id != e.deadline?.stage.id && within(f.stage.end, e) } ?? false }
        if !fixing.isEmpty {
            let kinds = Set(fixing.map(\.election.kind))
            add(glyphs.fixingMark, .alertInfo, kinds == [.pilkada] ? text(.paslonFixed) : kinds == [.pileg] ? "DCT" : text.legend(.fixing))
        }
        return runs
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
    private static func strip(_ input: ViewInput, _ stages: [StageStatus], _ e: ElectionStatus?, width: Int) -> [Run] {
        guard width >= 4, let first = stages.map(\.stage.start).min(), let last = stages.map(\.stage.end).max(), last > first else { return [] }
        let glyphs = input.glyphs, now = input.now
        let span = last.timeIntervalSince(first)
        func column(_ date: Date) -> Int { Int((date.timeIntervalSince(first) / span * Double(width - 1)).rounded()) }
        var cells: [(Character, StyleRole)] = (0..<width).map { c in
            let t = first.addingTimeInterval(span * (Double(c) + 0.5) / Double(width))
            let running = stages.contains { $0.stage.start <= t && t <= $0.stage.end && $0.stage.start <= now && now <= $0.stage.end }
            return t < now ? (glyphs.barFull, running ? .progress : .muted) : (glyphs.barEmpty, .muted)
        }
        if let fixing = e?.fixing, fixing.stage.end >= first, fixing.stage.end <= last {
            cells[column(fixing.stage.end)] = (glyphs.fixingMark, .alertInfo)
        }
        if let deadline = e?.deadline, deadline.stage.end >= first, deadline.stage.end <= last {
            cells[column(deadline.stage.end)] = (glyphs.deadlineMark, deadline.stage.end < now ? .alertCritical : .alertWarning)
        }
        if now >= first && now <= last { cells[column(now)] = (glyphs.today, .countdown) }
        // One run per stretch of one role.
        var runs: [Run] = []
        for (ch, role) in cells {
            if let last = runs.last, last.role == role { runs[runs.count - 1].text.append(ch) } else { runs.append(Run(String(ch), role)) }
        }
        return runs
    }
}
