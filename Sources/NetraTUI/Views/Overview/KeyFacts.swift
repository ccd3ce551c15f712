import Foundation
import NetraCore

/// The lines a small screen shows instead of the side panels: the key figures, the
/// current circular and the next retirement — one line each, figures never cut
/// (labels take their short forms first).
enum KeyFacts {
    /// `Pegawai 40   Calon 5 (5 tanpa SK)   Pensiun dalam proses 5   Kasus terbuka 7`;
    /// with short labels, then closer together, then over two lines.
    static func figureLines(_ input: ViewInput, width: Int) -> [PanelLine] {
        let text = input.text, c = input.situation.counts
        let without = OverviewFigures.of(input).withoutDecree
        let labels = text.figureLabels()
        let values: [(Int, String)] = [(c.officers, ""), (c.candidates, " (\(without) \(text(UIText.Word.withoutDecree)))"),
                                      (c.pendingRetirements, ""), (c.openCases, "")]
        func runs(short: Bool, gap: Int) -> [Run] {
            var runs: [Run] = []
            for (i, (value, extra)) in values.enumerated() {
                if i > 0 { runs.append(Run(String(repeating: " ", count: gap), .text)) }
                runs.append(Run("\(short ? labels[i].short : labels[i].long) ", .muted))
                runs.append(Run("\(value)", .title))
                if !extra.isEmpty { runs.append(Run(extra, without > 0 ? .alertWarning : .muted)) }
            }
            return runs
        }
        for (short, gap) in [(false, 3), (false, 2), (true, 3), (true, 2)] {
            let line = runs(short: short, gap: gap)
            if line.reduce(0, { $0 + DisplayWidth.of($1.text) }) <= width { return [PanelLine(line)] }
        }
        let parts = values.enumerated().map { i, v in (text: "\(labels[i].short) \(v.0)\(v.1)", role: StyleRole?.none) }
        return PanelLines.flow(parts, width: width, separator: "  ")
    }

    /// `Edaran SE-WALIKOTA-2023: 14/28 unit selesai · 14 terlambat · lewat 4 hr`, or the
    /// units panel's shorter `Edaran 14/28 · 14 terlambat · lewat 4 hr`.
    static func circularLine(_ input: ViewInput, width: Int) -> PanelLine? {
        guard let circular = OverviewFigures.of(input).circular else { return nil }
        let text = input.text
        let short = UnitsPanel.circularParts(input, circular)
        let long: [(text: String, role: StyleRole?)] = [(text.unitsDone(circular.done, of: circular.due), short[0].role)] + short.dropFirst()
        let lead = [Run(text.circularLineHead(circular.circularID) + " ", .muted)]
        for (parts, lead) in [(long, lead), (short, [])] {
            let lines = PanelLines.flow(parts, width: width, lead: lead)
            if lines.count == 1 { return lines[0] }
        }
        return PanelLines.flow(short, width: width).first
    }

    /// `Keluar dari dinas: 1 lewat BUP · berikutnya Syamsul Bahri 1 Agu 2023 H-70`: the
    /// name gives way (`Syamsul B.`) before a date or a count.
    static func leavingLine(_ context: inout DrawContext, width: Int) -> PanelLine? {
        let input = context.input, text = context.text, s = input.situation
        let figures = OverviewFigures.of(input)
        var runs = [Run(text.leavingLineHead() + " ", .muted)]
        if !figures.pastTMT.isEmpty {
            runs.append(Run("\(figures.pastTMT.count) \(text.pastAgeWord())", .alertCritical))
        }
        guard let next = figures.coming.first else {
            if figures.pastTMT.isEmpty { runs.append(Run(text.leavingNone(), .muted)) }
            return PanelLine(runs)
        }
        if !figures.pastTMT.isEmpty { runs.append(Run(" · ", .muted)) }
        let left = Countdown(to: next.date.instant(in: s.zone), from: s.now, in: s.zone)
        let when = [Run(" \(text.date(next.date)) ", .muted), Run(left.dayLabel, .countdown)]
        let head = Run("\(text.nextWord()) ", .muted)
        let used = (runs + when + [head]).reduce(0) { $0 + DisplayWidth.of($1.text) }
        guard input.privacy.names == .full else { return PanelLine(runs + [head] + when) }
        let name = context.fit(next.officer.displayName, as: .name, width: max(1, width - used))
        return PanelLine(runs + [head, Run(name, .text)] + when)
    }
}
