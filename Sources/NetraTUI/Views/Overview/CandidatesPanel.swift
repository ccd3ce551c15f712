import Foundation
import NetraCore

/// "How many of our candidate officers still lack a dismissal decree, and how long is
/// left?" — per election: the candidates by the state of their decisive request, as a
/// bar and numbers, beside the deadline as KPU wrote it (with the local time) and H-N,
/// and the date the candidates are fixed. After the deadline: who made it, who missed.
/// A line too long for the panel goes on over the next line; no count is ever cut.
enum CandidatesPanel {
    static func draw(_ context: inout DrawContext, in rect: Rect, compact: Bool) {
        let inside = PanelBox.draw(&context, rect, title: context.text.title(.candidates), footer: footer(context.input))
        PanelLines.draw(&context, PanelLines.select(lines(context.input, width: inside.width, compact: compact), height: inside.height), in: inside)
    }

    /// The panel's lines at `width` columns inside its box.
    static func lines(_ input: ViewInput, width: Int, compact: Bool) -> [PanelLine] {
        let text = input.text
        let tallies = OverviewFigures.of(input).tallies
        guard !tallies.isEmpty else {
            // Without a schedule the candidates are still counted: their deadline is what is unknown.
            let line = input.situation.elections.isEmpty && input.situation.stages.isEmpty
                ? text.noSchedule(candidates: input.situation.candidates.count) : text.noElections()
            return PanelLines.words(line, width: width, role: .alertWarning)
        }
        let region = input.model.dataset.settings.region
        let shown = Array(tallies.prefix(3))
        func parts(_ e: ElectionStatus, _ t: CandidateTally) -> [(text: String, role: StyleRole?)] {
            text.tallyParts(t, deadlinePassed: e.deadline.map { $0.countdown.at(input.now).hasPassed } ?? false)
        }
        // On a small screen the names share a column beside the bars: as long as every
        // tally still fits on its line (`Pemilu 2024` rather than a wrapped count).
        var labels: [String] = []
        if compact {
            let roomy = shown.map { width - 1 - 8 - 1 - partsWidth(parts($0.election, $0.tally)) }.min() ?? 0
            let elections = shown.map(\.election.election)
            labels = ElectionLabel.distinct(elections, region: region, width: max(8, min(width / 4, roomy)))
            // A tally that wraps anyway keeps a readable name.
            if labels.contains(where: { $0.contains("…") }) { labels = ElectionLabel.distinct(elections, region: region, width: width / 4) }
        }
        let nameWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        var lines: [PanelLine] = []
        for (n, (election, tally)) in shown.enumerated() {
            let parts = parts(election, tally)
            if compact {
                let name = DisplayWidth.pad(labels[n], to: nameWidth)
                let room = width - nameWidth - 1 - 3 - partsWidth(parts)
                let bar = barRuns(tally, width: max(6, min(16, room)), glyphs: input.glyphs)
                lines += PanelLines.flow(parts, width: width, lead: [Run(name + " ", .title)] + bar + [Run(" ", .text)], indent: nameWidth + 1)
            } else {
                lines.append(headline(input, election, width: width))
                let bar = barRuns(tally, width: max(6, min(24, width / 5)), glyphs: input.glyphs)
                lines += PanelLines.flow(parts, width: width, lead: [Run("  ", .text)] + bar + [Run(" ", .text)], indent: 4)
            }
            lines += deadline(input, election, width: width, withCountdown: compact)
        }
        return lines
    }

    /// The legend under the bars, naming only the glyphs they show: `▓ proses ░ belum diajukan`.
    static func footer(_ input: ViewInput) -> [Run] {
        let tallies = OverviewFigures.of(input).tallies.prefix(3).map(\.tally)
        guard !tallies.isEmpty else { return [] }
        let glyphs = input.glyphs, text = input.text
        let parts: [(Bool, Character, StyleRole, UIText.BarPart)] = [
            (tallies.contains { $0.decreed + $0.retiringFirst > 0 }, glyphs.barFull, .ok, .decreed),
            (tallies.contains { $0.inProcessCount > 0 }, glyphs.barMid, .progress, .inProcess),
            (tallies.contains { $0.notFiled > 0 }, glyphs.barEmpty, .alertWarning, .notFiled),
            (tallies.contains { $0.rejected > 0 }, "x", .alertCritical, .rejected),
        ]
        var runs: [Run] = []
        for (present, glyph, role, part) in parts where present {
            if !runs.isEmpty { runs.append(Run("  ", .muted)) }
            runs.append(Run(String(glyph), role))
            runs.append(Run(" " + text.legend(part), .muted))
        }
        return runs
    }

    private static func partsWidth(_ parts: [(text: String, role: StyleRole?)]) -> Int {
        parts.map { DisplayWidth.of($0.text) }.reduce(0, +) + 3 * max(0, parts.count - 1)
    }

    /// The election's name, and on the right how long is left until its deadline.
    private static func headline(_ input: ViewInput, _ e: ElectionStatus, width: Int) -> PanelLine {
        var right: [Run] = []
        if let deadline = e.deadline {
            let left = deadline.countdown.at(input.now)
            right = [left.hasPassed ? Run("\(input.text(.passed)) \(left.dayLabel)", .alertCritical) : Run(input.text.countdown(left), .countdown)]
        }
        let room = width - right.reduce(0) { $0 + DisplayWidth.of($1.text) } - 1
        return PanelLine([Run(ElectionLabel.fit(e.election, region: input.model.dataset.settings.region, width: room), .title)], right: right)
    }

    /// The bar: decreed █, in process ▓, not filed ░, rejected x — the numbers beside
    /// it carry the meaning, so it never rests on colour.
    static func barRuns(_ t: CandidateTally, width: Int, glyphs: Glyphs) -> [Run] {
        let segments: [(Int, Character, StyleRole)] = [
            (t.decreed + t.retiringFirst, glyphs.barFull, .ok), (t.inProcessCount, glyphs.barMid, .progress),
            (t.notFiled, glyphs.barEmpty, .alertWarning), (t.rejected, "x", .alertCritical),
        ]
        var runs = [Run("[", .muted)]
        var filled = 0
        for (count, ch, role) in segments where t.total > 0 && count > 0 {
            let cells = max(1, Int((Double(count) / Double(t.total) * Double(width)).rounded()))
            let n = min(cells, width - filled)
            if n > 0 { runs.append(Run(String(repeating: ch, count: n), role)) }
            filled += n
        }
        if filled < width { runs.append(Run(String(repeating: " ", count: width - filled), .muted)) }
        runs.append(Run("]", .muted))
        return runs
    }

    /// `batas 3 Okt 2023 23:59 WIB (4 Okt 00:59 WITA) · H-133 · DCT 3 Nov 2023 23:59 WIB`
    private static func deadline(_ input: ViewInput, _ e: ElectionStatus, width: Int, withCountdown: Bool) -> [PanelLine] {
        let text = input.text, time = input.time
        guard let deadline = e.deadline else {
            let missing = input.situation.stages.isEmpty
            let line = missing ? text.noSchedule(candidates: 0) : text.noElections()
            return PanelLines.words("  " + line, width: width, role: missing ? .alertWarning : .muted, indent: 2, rank: 1)
        }
        let left = deadline.countdown.at(input.now)
        var parts: [(text: String, role: StyleRole?)] = [
            ("\(text(.due).lowercased()) \(time.stamp(deadline.stage.end, writtenIn: deadline.countdown.zone))", nil),
        ]
        // The headline carries H-N (or LEWAT) when there is one.
        if withCountdown {
            parts.append(left.hasPassed ? ("\(text(.passed)) \(left.dayLabel)", .alertCritical) : (text.countdown(left), .countdown))
        }
        if let fixing = e.fixing, fixing.stage.id != deadline.stage.id {
            // As written, like the deadline (`DCT 3 Nov 2023 23:59 WIB (4 Nov 00:59 WITA)`);
            // where the line has no room, without the local time, then the date alone —
            // and on a line of its own before any of it is cut.
            let word = e.election.kind == .pilkada ? text(.paslonFixed) : "DCT"
            let used = 2 + partsWidth(parts) + 3
            let forms = [time.stamp(fixing.stage.end, writtenIn: fixing.countdown.zone),
                         TimeText(zone: fixing.countdown.zone, text: text).stamp(fixing.stage.end), text.date(fixing.day)]
                .map { "\(word) \($0)" }
            let chosen = forms.first { used + DisplayWidth.of($0) <= width } ?? forms.first { DisplayWidth.of($0) + 4 <= width } ?? forms[forms.count - 1]
            parts.append((chosen, .muted))
        }
        return PanelLines.flow(parts, width: width, lead: [Run("  ", .text)], indent: 4, rank: 1)
    }
}

/// An election's name where little room is left: without the region the whole screen
/// is about (`Pilkada Kota Balikpapan 2024` → `Pilkada 2024`), then cut in the middle
/// so the year stays.
enum ElectionLabel {
    static func forms(_ e: Election, region: String) -> [String] {
        let name = e.name.isEmpty ? e.id : e.name
        var forms = [name]
        if !region.isEmpty, let r = name.range(of: region, options: .caseInsensitive) {
            let without = (name[..<r.lowerBound] + name[r.upperBound...]).split(separator: " ").joined(separator: " ")
            if !without.isEmpty { forms.append(without) }
        }
        // The kind and the year (`Pemilu 2024`): what tells two elections apart.
        let words = forms[forms.count - 1].split(separator: " ")
        if words.count > 2, words.last?.contains(where: \.isNumber) == true { forms.append("\(words[0]) \(words[words.count - 1])") }
        return forms
    }

    /// Labels for `elections` in `width` columns that still tell them apart: the
    /// longest form each can have without reading like another's.
    static func distinct(_ elections: [Election], region: String, width: Int) -> [String] {
        let all = elections.map { forms($0, region: region) }
        return all.indices.map { i in
            let others = Set(all.indices.filter { $0 != i }.flatMap { all[$0] })
            let usable = all[i].filter { !others.contains($0) }
            if let whole = usable.first(where: { DisplayWidth.of($0) <= width }) { return whole }
            return Shortening.code.candidates(usable.last ?? all[i][0], width: width, abbreviations: Abbreviations(own: []))[0]
        }
    }

    static func fit(_ e: Election, region: String, width: Int) -> String {
        let forms = forms(e, region: region)
        if let whole = forms.first(where: { DisplayWidth.of($0, atMost: width) <= width }) { return whole }
        return Shortening.code.candidates(forms[forms.count - 1], width: width, abbreviations: Abbreviations(own: []))[0]
    }
}
