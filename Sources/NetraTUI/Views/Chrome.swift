import Foundation
import NetraCore

/// What surrounds every view: the header (region, demo mark, clock), the tabs, the
/// problem banner and the status line (filter, sort, search, notices, freshness).
enum Chrome {
    /// The header line: `NETRA · region [DEMO]` on the left, the local time on the right.
    static func drawHeader(_ context: inout DrawContext) {
        let input = context.input
        context.grid.fill(x: 0, y: 0, width: context.width, role: .header)
        // Without a region the folder's name stands in: never a borrowed city.
        let region = input.model.dataset.settings.region
        // A narrowed province's site without a region is named by its id.
        var place = region.isEmpty ? input.state.site ?? input.style.folderName ?? "" : region
        // A province: its sites counted, or the site the lens narrowed to, and how to widen.
        let lens = input.province.flatMap { ProvinceChrome.lens(input, $0) }
        if input.isProvinceWide, let province = input.province { place = context.text.provinceHeader(sites: province.sites.count) }
        var x = context.grid.put(place.isEmpty ? " NETRA" : " NETRA · \(place)", x: 0, y: 0, role: .header, maxWidth: context.width / 2)
        if let lens { x += context.grid.put(" [\(lens)]", x: x, y: 0, role: .demo, maxWidth: max(0, context.width / 2 + 8 - x)) }
        if input.style.isDemo { x += context.grid.put(" [\(context.text(.demo))]", x: x, y: 0, role: .demo) }
        let stamp = input.time.header(input.now) + " "
        context.grid.put(stamp, x: context.width - DisplayWidth.of(stamp), y: 0, role: .header)
    }

    /// Each tab's label and columns on line 1. Brackets mark the active tab, so it
    /// does not rest on colour. Shared by drawing and by the layout's click targets.
    /// Inactive tabs are padded like the bracketed one when all fit in `width`; when
    /// they do not (English at 80 columns), the padding goes so no tab is cut.
    /// A province's eighth tab (Wilayah) does not fit 80 columns in English even so: then
    /// the longest inactive titles lose their ends, a letter at a time, behind `…`
    /// (`2 Offic…`), until the row fits (docs/decisions.md, "The Wilayah tab").
    static func tabs(_ state: UIState, _ text: UIText, width: Int, views: [ViewID] = ViewID.folderViews)
        -> [(label: String, columns: Range<Int>, view: ViewID)] {
        let titles = Dictionary(uniqueKeysWithValues: views.map { ($0, $0.title(text)) })
        let roomy = tabs(state, titles, views, padded: true)
        guard let end = roomy.last?.columns.upperBound, end > width else { return roomy }
        var tight = titles, row = tabs(state, tight, views, padded: false)
        while let end = row.last?.columns.upperBound, end > width,
              let longest = views.filter({ $0 != state.view }).max(by: { (tight[$0]?.count ?? 0) < (tight[$1]?.count ?? 0) }),
              let title = tight[longest], title.count > 4 {
            // One letter fewer: the last letter (or the ellipsis and a letter) gives way to `…`.
            tight[longest] = title.dropLast(2) + "…"
            row = tabs(state, tight, views, padded: false)
        }
        return row
    }

    private static func tabs(_ state: UIState, _ titles: [ViewID: String], _ views: [ViewID], padded: Bool)
        -> [(label: String, columns: Range<Int>, view: ViewID)] {
        var x = 1
        return views.map { view in
            let name = "\(view.number) \(titles[view] ?? "")"
            let label = view == state.view ? "[\(name)]" : padded ? " \(name) " : name
            defer { x += DisplayWidth.of(label) + 1 }
            return (label, x..<(x + DisplayWidth.of(label)), view)
        }
    }

    static func drawTabs(_ context: inout DrawContext, _ tabs: [(label: String, columns: Range<Int>, view: ViewID)]) {
        for tab in tabs {
            context.grid.put(tab.label, x: tab.columns.lowerBound, y: 1, role: tab.view == context.input.state.view ? .tabActive : .tab)
        }
        context.grid.fill(context.glyphs.horizontal, x: 0, y: 2, width: context.width, role: .border)
    }

    /// The banner's lines: how many problems, the key to see them all, and the most
    /// severe one wrapped (up to a third of the screen); empty when all is well.
    static func banner(_ input: ViewInput, width: Int, height: Int) -> [String] {
        let problems = ProblemList.of(input).bannerLines(input.text, time: input.time, glyphs: input.glyphs, width: width, maxLines: max(1, height / 3))
        guard let status = input.style.statusBanner else { return problems }
        return [" \(input.glyphs.warning) " + status] + problems
    }

    static func drawBanner(_ context: inout DrawContext, _ lines: [String], top y: Int) {
        for (i, line) in lines.enumerated() {
            context.grid.fill(x: 0, y: y + i, width: context.width, role: .banner)
            context.grid.put(line, x: 0, y: y + i, role: .banner)
        }
    }

    /// The status line: the search being typed, or filter · sort · search · notice on
    /// the left; help, quit and when the data was read on the right.
    static func drawStatus(_ context: inout DrawContext, room: any ViewRoom) {
        let input = context.input, text = context.text, state = input.state
        let y = context.grid.height - 1
        context.grid.fill(x: 0, y: y, width: context.width, role: .muted)
        // Freshness: when the office last changed a file on disk, and when Netra read it.
        let changed = input.model.reading.dataChangedAt.map { day -> String in
            let parts = input.time.parts(day)
            return "\(text(.dataAt)) \(parts.day.day) \(text.months[parts.day.month - 1]) \(input.time.time(day)) · "
        } ?? ""
        let right = " ? \(text(.help))  q \(text(.quit)) · \(changed)\(text(.readAt)) \(input.time.time(input.model.loadedAt, seconds: true)) "
        let rightWidth = DisplayWidth.of(right)
        if let notice = StatusWords.notice(input) {
            // The notice first; the help and freshness words only where they still fit.
            let fits = DisplayWidth.of(notice) + 1 + rightWidth <= context.width
            context.grid.put(notice, x: 0, y: y, role: .muted, maxWidth: fits ? context.width - rightWidth - 1 : context.width)
            if fits { context.grid.put(right, x: context.width - rightWidth, y: y, role: .muted) }
            return
        }
        let left = StatusWords.left(input, room: room)
        context.grid.put(left, x: 0, y: y, role: state.isSearching ? .match : .muted, maxWidth: context.width - rightWidth - 1)
        context.grid.put(right, x: context.width - rightWidth, y: y, role: .muted)
    }
}
