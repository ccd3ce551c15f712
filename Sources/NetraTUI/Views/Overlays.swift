import Foundation
import NetraCore

/// What opens over a view: the detail pane (`Enter`) and the key help (`?`).
enum Overlays {
    /// The detail pane, flush right over the body: the room's fields, then the
    /// officer's own (who, where, candidacy, retirement, pension rights, requests).
    static func drawDetail(_ context: inout DrawContext, _ detail: Detail, body area: Rect) {
        let input = context.input, text = context.text
        var fields = detail.fields
        if let o = detail.officer {
            fields += [(text(.officer), o.name), (text(.nip), o.nip.description), (text(.unit), o.unit), (text(.position), o.position),
                       (text(.grade), o.grade), (text(.candidacy), text.candidacy(o.candidacy) + (o.party.isEmpty ? "" : " · \(o.party)")
                            + (o.district.isEmpty ? "" : " · \(o.district)")),
                       (text(.retirement), text.retirementDetail(o))]
            if let birth = o.birthDate, let start = o.serviceStart {
                let today = input.situation.today
                fields.append(("\(text(.age)) / \(text(.serviceYears))", "\(birth.wholeYears(until: today)) / \(max(0, start.wholeYears(until: today)))"))
            }
            if let cand = input.situation.candidates.first(where: { $0.officer.nip == o.nip }) {
                fields.append((text(.pension), text.pensionDetail(cand.pension)))
            }
            for r in input.model.dataset.requests where r.nip == o.nip {
                fields.append((text(.requests), "\(text.kind(r.kind)) · \(text.date(r.filedOn)) · \(text.stage(r.stage))"
                               + (r.decreeNumber.isEmpty ? "" : " · \(r.decreeNumber)")))
            }
        }
        let w = min(area.width - 4, max(60, area.width * 3 / 5))
        let x = area.x + area.width - w  // flush right: no list text peeks out beside the pane
        let title = detail.title ?? text(.detail)
        let inner = context.grid.box(x: x, y: area.y, width: w, height: area.height, title: "\(title) — \(text(.closeHint))", glyphs: context.glyphs)
        let labelWidth = min(18, fields.map { DisplayWidth.of($0.label) }.max() ?? 10)
        var y = inner.y
        for (label, value) in fields {
            guard y < inner.maxY else { break }
            context.grid.put(label, x: inner.x, y: y, role: .muted, maxWidth: labelWidth)
            for line in wrap(value, width: inner.width - labelWidth - 2) {
                guard y < inner.maxY else { break }
                context.grid.put(line, x: inner.x + labelWidth + 2, y: y, role: .text)
                y += 1
            }
            if value.isEmpty { y += 1 }
        }
    }

    /// The key help, written from the same table that handles the keys.
    static func drawHelp(_ context: inout DrawContext) {
        let bindings = KeyMap.bindings
        let g = context.grid
        let h = min(g.height - 2, bindings.count + 2)
        let w = min(g.width - 4, 64)
        let inner = context.grid.box(x: (g.width - w) / 2, y: (g.height - h) / 2, width: w, height: h,
                                     title: context.text(.helpTitle) + " — Esc", glyphs: context.glyphs)
        for (i, b) in bindings.prefix(inner.height).enumerated() {
            context.grid.put(b.label, x: inner.x, y: inner.y + i, role: .title, maxWidth: 12)
            context.grid.put(b.help[context.text.language] ?? "", x: inner.x + 13, y: inner.y + i, role: .text, maxWidth: inner.width - 13)
        }
    }
}
