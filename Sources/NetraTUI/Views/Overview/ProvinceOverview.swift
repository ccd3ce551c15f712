import Foundation
import NetraCore

/// Ringkasan of a whole province: the sums of its sites' figures (each derived on its
/// own, then added), the site that needs attention first (`SiteSummary.worstFirst`),
/// and the sites in that order with what makes each one urgent. `Enter` on a site
/// narrows every view to it, as on the Wilayah view.
struct ProvinceOverview: ViewRoom {
    let id = ViewID.overview

    enum Filter: Int, ViewChoice {
        case all
        func label(_ input: ViewInput) -> String { input.text(.filterAll) }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { [input.text.province(.sortWorst)] }

    /// The sites, worst first.
    func rowIDs(_ input: ViewInput) -> [RowID] { (input.province?.situation.worstFirst ?? []).map { .site($0.site) } }

    /// The figures take the top lines; the sites fill the rest.
    func listPlacement(in body: Rect, _ input: ViewInput) -> ListPlacement {
        let top = Self.figureLines(input).count + 2
        return ListPlacement(rect: Rect(x: body.x, y: body.y + top, width: body.width, height: max(1, body.height - top)), hasHeading: false)
    }

    /// `label  value` lines: the province's sums.
    static func figureLines(_ input: ViewInput) -> [(label: String, value: String, alarm: Bool)] {
        guard let situation = input.province?.situation else { return [] }
        let text = input.text, t = situation.totals
        var lines: [(String, String, Bool)] = [
            (text.province(.sites), "\(situation.province.sites.count)", false),
            (text.province(.silentSites), "\(t.silentSites)", t.silentSites > 0),
            (text(.officers), "\(t.officers)", false),
            (text(.candidates), "\(t.candidates) · \(t.candidatesWithoutDecree) \(text(UIText.Word.withoutDecree))", t.candidatesWithoutDecree > 0),
        ]
        for e in situation.withoutDecreeByElection where situation.withoutDecreeByElection.count > 1 {
            lines.append(("  \(e.election)", "\(e.count) \(text(UIText.Word.withoutDecree))", e.count > 0))
        }
        lines += [
            (text(.pendingRetirements), "\(t.pendingRetirements) · \(t.overdueRequests) \(text(.overdue))", t.overdueRequests > 0),
            (text(.openCases), "\(t.openCases) · \(t.overdueCases) \(text(.overdue))", t.overdueCases > 0),
            (text.province(.circular), situation.circular.map { "\($0.done)/\($0.due)" } ?? text(.none), false),
            (text(.alerts), "\(t.critical) \(text.province(.critical).lowercased()) · \(t.warning + t.info)", t.critical > 0),
        ]
        return lines
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input
        guard let situation = input.province?.situation else { return }
        var y = body.y
        context.grid.put(" " + context.text.province(.sums), x: body.x, y: y, role: .title, maxWidth: body.width)
        y += 1
        let lines = Self.figureLines(input)
        let labelWidth = (lines.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        for line in lines where y < body.y + body.height {
            context.grid.put("  " + line.label, x: body.x, y: y, role: .text, maxWidth: labelWidth + 2)
            context.grid.put(line.value, x: body.x + labelWidth + 3, y: y, role: line.alarm ? .alertCritical : .text,
                             maxWidth: max(0, body.width - labelWidth - 3))
            y += 1
        }
        context.grid.put(" " + context.text.province(.worst), x: body.x, y: y, role: .title, maxWidth: body.width)
        // The sites, worst first, each with why: the first is the one the Sekda calls.
        let sites = situation.worstFirst
        let rect = list.placement.rect
        for (i, row) in list.visible.enumerated() where i < rect.height {
            guard row < sites.count else { break }
            let s = sites[row]
            let selected = input.state.showsSelection && list.selected == row
            let role: StyleRole = selected ? .selection : (s.isStale || s.critical > 0 ? .alertCritical : .text)
            if selected { context.grid.fill(x: rect.x, y: rect.y + i, width: rect.width, role: .selection) }
            let mark = selected ? "\(context.glyphs.pointer) " : "  "
            context.grid.put(" " + mark + context.text.worstLine(s, now: input.now), x: rect.x, y: rect.y + i, role: role, maxWidth: rect.width)
        }
    }

    /// `Enter` on a site narrows every view to it.
    func open(_ id: RowID, state: inout UIState) -> Bool { SitesView().open(id, state: &state) }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? { nil }
}
