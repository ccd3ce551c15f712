import Foundation
import NetraCore

/// What opens over a view: the detail pane (`Enter`), the key help (`?`) and the
/// pickers (`:`, `F`, `o`).
enum Overlays {
    /// The detail pane, flush right over the body. The officer's name and NIP stay on
    /// its first lines; below them the room's fields and the officer's own (where,
    /// candidacy, retirement, pension rights, requests, cases, alerts) scroll with ↑ ↓.
    static func drawDetail(_ context: inout DrawContext, _ detail: Detail, body area: Rect) {
        let pane = DetailPane(detail, context.input, body: area)
        let text = context.text
        let title = detail.title ?? text(.detail)
        let inner = context.grid.box(x: pane.x, y: area.y, width: pane.width, height: area.height, title: "\(title) — \(text(.closeHint))",
                                     glyphs: context.glyphs)
        var y = inner.y
        for (label, value) in pane.pinned where y < inner.maxY {
            context.grid.put(label, x: inner.x, y: y, role: .muted, maxWidth: pane.labelWidth)
            context.grid.put(value, x: inner.x + pane.labelWidth + 2, y: y, role: .title, maxWidth: pane.valueWidth)  // put sanitises what it draws
            y += 1
        }
        let top = min(max(0, context.input.state.detailScroll), pane.scroll.limit)
        for (label, value) in pane.lines.dropFirst(top).prefix(pane.room) {
            context.grid.put(label, x: inner.x, y: y, role: .muted, maxWidth: pane.labelWidth)
            context.grid.put(value, x: inner.x + pane.labelWidth + 2, y: y, role: .text, maxWidth: pane.valueWidth)
            y += 1
        }
        if pane.lines.count > pane.room {
            let more = " \(top + 1)–\(min(pane.lines.count, top + pane.room))/\(pane.lines.count) j k "
            context.grid.put(more, x: pane.x + pane.width - DisplayWidth.of(more) - 2, y: area.y + area.height - 1, role: .muted)
        }
    }

    /// The detail pane's geometry and lines, worked out once for drawing and for the
    /// keys that scroll it (`PgDn` moves by exactly `room` lines).
    struct DetailPane {
        let x: Int, width: Int
        let labelWidth: Int, valueWidth: Int
        /// The lines that stay on top (the officer's name and NIP).
        let pinned: [(label: String, value: String)]
        /// The lines under them, which scroll.
        let lines: [(label: String, value: String)]
        /// How many of `lines` show at once.
        let room: Int

        init(_ detail: Detail, _ input: ViewInput, body area: Rect) {
            let text = input.text
            var pinned: [(label: String, value: String)] = []
            var fields = detail.fields
            if let o = detail.officer {
                pinned = [(text(.officer), o.displayName), (text(.nip), o.nip.description)]
                fields += Overlays.officerFields(o, input)
            }
            width = min(area.width - 4, max(60, area.width * 3 / 5))
            x = area.x + area.width - width  // flush right: no list text peeks out beside the pane
            let innerHeight = max(0, area.height - 2), innerWidth = max(0, width - 4)
            labelWidth = min(18, (pinned + fields).map { DisplayWidth.of($0.label) }.max() ?? 10)
            valueWidth = innerWidth - labelWidth - 2
            self.pinned = Array(pinned.prefix(innerHeight))
            let room = max(0, innerHeight - self.pinned.count)
            // The rest as lines, so it can scroll under the pinned ones.
            var lines: [(label: String, value: String)] = []
            for (label, value) in fields {
                // A value is laid out one screenful at most (a pasted 1 MB blob must not
                // cost a frame its length), and says how long it is when cut.
                let (wrapped, complete) = TextWrap.lines(value, width: valueWidth, maxLines: max(1, room - 1))
                if wrapped.isEmpty { lines.append((label, "")) }
                for (i, line) in wrapped.enumerated() { lines.append((i == 0 ? label : "", line)) }
                if !complete {
                    for line in wrap(text.longTextShown(bytes: value.utf8.count), width: valueWidth) { lines.append(("", line)) }
                }
            }
            self.lines = lines
            self.room = room
        }

        /// How the pane scrolls: a page is the lines it shows.
        var scroll: OverlayScroll { OverlayScroll(page: room, limit: lines.count - room) }
    }

    /// Who the officer is and everything about them the data holds: where they work,
    /// candidacy, retirement, pension rights, then every request, case and alert.
    static func officerFields(_ o: Officer, _ input: ViewInput) -> [(label: String, value: String)] {
        let text = input.text
        var fields: [(label: String, value: String)] = [
            (text(.unit), o.unit), (text(.position), o.position), (text(.grade), o.grade),
        ]
        if o.status != nil { fields.append((text.legalStatusTitle, text.legalStatusDetail(o))) }
        fields += [
            (text(.candidacy), text.candidacy(o.candidacy) + (o.party.isEmpty ? "" : " · \(o.party)") + (o.district.isEmpty ? "" : " · \(o.district)")),
            (text(.retirement), text.retirementDetail(o)),
        ]
        if let birth = o.birthDate, let start = o.serviceStart {
            let today = input.situation.today
            fields.append(("\(text(.age)) / \(text(.serviceYears))", "\(birth.wholeYears(until: today)) / \(max(0, start.wholeYears(until: today)))"))
        }
        if let cand = input.situation.candidates.first(where: { $0.officer.nip == o.nip }) {
            // The candidate's own election's deadline, as written, and H-N to it.
            if let d = cand.deadline {
                let label = text(cand.election?.kind == .pilkada ? .deadlinePaslonShort : .deadlineShort)
                let left = cand.isResolved ? String(input.glyphs.done) : d.countdown.at(input.now).dayLabel
                fields.append((label, "\(input.time.stamp(d.stage.end, writtenIn: d.countdown.zone)) · \(left)"))
            }
            fields.append((text(.pension), text.pensionDetail(cand.pension)))
        }
        for r in input.model.dataset.requests where r.nip == o.nip {
            fields.append((text(.requests), "\(text.kind(r.kind)) · \(text.date(r.filedOn)) · \(text.stage(r.stage))"
                           + (r.decreeNumber.isEmpty ? "" : " · \(r.decreeNumber)")))
        }
        for c in input.situation.cases where c.item.nip == o.nip {
            fields.append((ViewID.cases.title(text), "\(c.item.id) · \(text.status(c.item.status))"
                           + (c.stageDue == nil ? "" : " · \(text(.due)) \(text.stageDueDetail(c, today: input.situation.today))")))
        }
        for a in input.situation.alerts where a.nip == o.nip {
            fields.append((text(.alerts), "\(a.severity.glyph(input.glyphs)) \(text.severity(a.severity)): "
                           + text.sentence(for: a, name: o.displayName, candidacy: nil)))
        }
        fields.append(("", text(.followHint)))
        return fields
    }

    /// The help box's height (borders included) on a screen `screenHeight` lines tall.
    static func helpHeight(lines: Int, screenHeight: Int) -> Int { min(screenHeight - 2, lines + 2) }

    /// How the help scrolls: a page is the lines its box shows, and its last line
    /// stops at the bottom of the box (so `G` goes to the end and `k` moves back at once).
    static func helpScroll(_ input: ViewInput, screenHeight: Int) -> OverlayScroll {
        let lines = HelpContent.lines(input).count
        let shown = max(0, helpHeight(lines: lines, screenHeight: screenHeight) - 2)
        return OverlayScroll(page: shown, limit: lines - shown)
    }

    /// The key help, written from the same table that handles the keys, then what the
    /// view's filters and sorts are, then what every symbol means. Scrolls with ↑ ↓.
    static func drawHelp(_ context: inout DrawContext) {
        let lines = HelpContent.lines(context.input)
        let g = context.grid
        let h = helpHeight(lines: lines.count, screenHeight: g.height)
        let w = min(g.width - 4, 90)
        let inner = context.grid.box(x: (g.width - w) / 2, y: (g.height - h) / 2, width: w, height: h,
                                     title: context.text(.helpTitle) + " — " + context.text(.helpScroll), glyphs: context.glyphs)
        let top = max(0, min(context.input.state.helpScroll, lines.count - inner.height))
        for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            if line.heading {
                context.grid.put(line.key, x: inner.x, y: inner.y + i, role: .title, maxWidth: inner.width)
                continue
            }
            context.grid.put(line.key, x: inner.x, y: inner.y + i, role: .title, maxWidth: 14)
            context.grid.put(line.text, x: inner.x + 15, y: inner.y + i, role: .text, maxWidth: inner.width - 15)
        }
        if lines.count > inner.height {
            let more = " \(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count) "
            context.grid.put(more, x: (g.width - w) / 2 + w - DisplayWidth.of(more) - 2, y: (g.height - h) / 2 + h - 1, role: .muted)
        }
    }

    /// The picker box's height (borders and the typed line included).
    static func pickerHeight(items: Int, screenHeight: Int) -> Int { min(screenHeight - 4, max(5, items + 3)) }

    /// How many items the picker shows at once (what `PgDn` moves by).
    static func pickerRows(items: Int, screenHeight: Int) -> Int { max(1, pickerHeight(items: items, screenHeight: screenHeight) - 3) }

    /// A picker over the view: its title, the typed line, and its items.
    static func drawPicker(_ context: inout DrawContext, _ layout: FrameLayout) {
        guard let picker = context.input.state.picker else { return }
        let items = Pickers.items(picker, layout: layout)
        let g = context.grid
        let h = pickerHeight(items: items.count, screenHeight: g.height)
        let w = min(g.width - 4, 72)
        let x = (g.width - w) / 2, y = 4
        let inner = context.grid.box(x: x, y: y, width: w, height: h, title: Pickers.title(picker, context.input) + " — Enter · Esc",
                                     glyphs: context.glyphs)
        context.grid.put("> " + picker.line.shown(cursor: "▏"), x: inner.x, y: inner.y, role: .match, maxWidth: inner.width)
        let rows = inner.height - 1
        guard !items.isEmpty else {
            context.grid.put(String(format: context.text(.noMatch), UntrustedText.sanitized(picker.line.text)), x: inner.x, y: inner.y + 1,
                             role: .muted, maxWidth: inner.width)
            return
        }
        let top = Paging.visibleTop(picker.top, selected: picker.selected, count: items.count, pageSize: rows)
        for (i, item) in items.enumerated().dropFirst(top).prefix(rows) {
            let line = inner.y + 1 + i - top
            let selected = i == picker.selected
            if selected { context.grid.fill(x: inner.x - 1, y: line, width: inner.width + 2, role: .selection) }
            let hintWidth = DisplayWidth.of(item.hint)
            context.grid.put(item.label, x: inner.x, y: line, role: selected ? .selection : .text, maxWidth: inner.width - hintWidth - 1)
            context.grid.put(item.hint, x: inner.x + inner.width - hintWidth, y: line, role: selected ? .selection : .muted)
        }
    }
}
