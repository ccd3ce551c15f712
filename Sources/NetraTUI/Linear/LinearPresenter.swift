import Foundation
import NetraCore

/// The dashboard as plain lines in reading order, for a screen reader (`--linear`,
/// `netra snapshot --linear`): a heading line, then one line per fact, then the list
/// row by row with its column names. A pure function of what the frame renderer
/// reads — the model, the UI state and the moment — laid out by the same
/// `FrameLayout`, so the selection, the page a key moves by and the rows a filter
/// keeps are the screen's.
///
/// No line holds box drawing, a block, an ellipsis or an abbreviation a reader would
/// spell out (`H-133`, `Okt`), and none is longer than `maxLine` characters.
public struct LinearPresenter: Sendable {
    public let style: FrameStyle
    /// The size the session is laid out at: wide, so no value is shortened; tall
    /// enough for a page of twenty-odd rows (what `PgDn` moves by).
    public static let size = Size(width: 400, height: 30)
    /// Rows read when a view opens; the rest are read as the selection moves.
    public static let rowsRead = 10
    /// The longest line written: a long summary is cut between words below it.
    public static let maxLine = 200

    public init(style: FrameStyle) { self.style = style }

    public init(language: Language) { self.init(style: FrameStyle(language: language)) }

    var text: UIText { style.text }

    func layout(_ model: DashboardModel, state: UIState, now: Date) -> FrameLayout {
        FrameRenderer(style: style).layout(model, state: state, size: Self.size, now: now)
    }

    func spoken(_ input: ViewInput) -> SpokenText { SpokenText(text: input.text, zone: input.situation.zone) }

    /// What is open, read from the top: the view, or the overlay on top of it.
    public func screen(_ model: DashboardModel, state: UIState, now: Date) -> [String] {
        let layout = layout(model, state: state, now: now)
        let lines: [String]
        if state.showsProblems {
            lines = LinearOverlays.problems(layout.input, spoken(layout.input))
        } else if state.showsHelp {
            lines = LinearOverlays.keys(text)
        } else if state.isSearching {
            lines = [text.linearSearching()]
        } else if let picker = state.picker {
            lines = [LinearOverlays.picker(picker, layout, spoken(layout.input))]
        } else if state.showsDetail, let id = layout.selectedID, let detail = layout.room.detail(of: id, layout.input) {
            lines = LinearOverlays.detail(detail, layout.input, spoken(layout.input))
        } else {
            lines = view(layout)
        }
        return lines.flatMap { Self.fitted($0) }
    }

    /// The selected row as one sentence (`Terpilih: Baris 2 dari 12: …`), or `nil`
    /// when the view lists nothing.
    public func selection(_ model: DashboardModel, state: UIState, now: Date) -> String? {
        let layout = layout(model, state: state, now: now)
        if let picker = state.picker {
            return LinearOverlays.pickerSelection(picker, layout, spoken(layout.input)).map(text.linearSelected)
        }
        let count = layout.list.rows.count
        guard count > 0, layout.list.selected >= 0 else { return nil }
        let i = min(layout.list.selected, count - 1)
        let head = text.linearSelected(text.linearRow(i + 1, of: count, ""))
        return head + row(layout, i, budget: Self.maxLine - head.count)
    }

    /// The selected row's identity (the session announces a change of it).
    public func selectedID(_ model: DashboardModel, state: UIState, now: Date) -> RowID? {
        layout(model, state: state, now: now).selectedID
    }

    /// A view: the heading, the facts above its list, the list's state, then the
    /// first rows from the selected one.
    func view(_ layout: FrameLayout) -> [String] {
        let input = layout.input, spoken = spoken(input)
        let settings = input.model.dataset.settings
        let place = settings.region.isEmpty ? (input.style.folderName ?? "Netra") : settings.region
        var lines = [text.linearHeading(view: input.state.view.title(text), place: UntrustedText.sanitized(place), when: spoken.header(input.now),
                                        demo: input.style.isDemo)]
        // The banner: the count of problems and the most severe, as the screen says it.
        if let headline = ProblemList.of(input).headline(text, time: input.time) {
            let count = ProblemList.of(input).entries.count
            let head = count == 1 ? text(.problemCountOne) : String(format: text(.problemCount), count)
            lines.append(spoken.plain("\(head) (\(text(.problemsKey))): \(headline)"))
        }
        let room = layout.room
        lines += room.linearFacts(input)
        let count = layout.list.rows.count
        let filters = room.filterLabels(input), sorts = room.sortLabels(input)
        let filter = filters.count > 1 ? filters[min(input.state.filter[room.id] ?? 0, filters.count - 1)] : nil
        var sort = sorts.count > 1 ? sorts[min(input.state.sort[room.id] ?? 0, sorts.count - 1)] : nil
        if let chosen = input.state.sortColumn[room.id], let table = layout.table, let f = table.field(chosen.key) {
            sort = table.fields[f].title
        }
        lines.append(text.linearListState(filter: filter, sort: sort, search: input.state.search[room.id].map(spoken.plain), rows: count))
        guard count > 0 else { return lines + [text.linearNoRows()] }
        let first = max(0, min(layout.list.selected, count - 1))
        let last = min(count, first + Self.rowsRead)
        for i in first..<last {
            let head = text.linearRow(i + 1, of: count, "")
            lines.append(head + row(layout, i, budget: Self.maxLine - head.count))
        }
        if last < count { lines.append(text.linearMoreRows(count - last)) }
        return lines
    }

    /// Row `i` of the view's list, with its column names, in at most `budget`
    /// characters: one row is one line, whatever it holds.
    func row(_ layout: FrameLayout, _ i: Int, budget: Int) -> String {
        if let own = layout.room.linearRow(i, layout.input, budget: budget) { return own }
        guard let table = layout.table else { return "" }
        return LinearTable.row(table, i, text, spoken(layout.input), budget: budget)
    }

    /// A sentence ends in a full stop (a reader pauses there).
    static func sentence(_ s: String) -> String {
        guard let last = s.last, !".!?".contains(last) else { return s }
        return s + "."
    }

    /// `line` in at most `limit` characters, cut between words — no ellipsis: a
    /// reader would say it.
    static func cut(_ line: String, to limit: Int) -> String {
        guard line.count > limit else { return line }
        let limit = limit - 1  // room for the full stop
        var out = ""
        for word in line.split(separator: " ") {
            let next = out.isEmpty ? String(word) : out + " " + word
            if next.count > limit { break }
            out = next
        }
        // A label left without its value goes with it (`…; Perihal:`).
        while out.hasSuffix(":"), let space = out.lastIndex(of: " ") { out = String(out[..<space]) }
        out = out.trimmingCharacters(in: CharacterSet(charactersIn: ";, "))
        return out.isEmpty ? String(line.prefix(max(1, limit))) : sentence(out)
    }

    /// A line within `maxLine` characters: longer ones go on over the next lines,
    /// cut between words (a screen reader reads on; a braille line stays short).
    static func fitted(_ line: String) -> [String] {
        guard line.count > maxLine else { return [line] }
        var lines: [String] = [], current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            // A word longer than a line (a pasted blob) is cut by characters.
            while word.count > maxLine {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(maxLine)))
                word = String(word.dropFirst(maxLine))
            }
            if current.isEmpty { current = word } else if current.count + 1 + word.count <= maxLine { current += " " + word } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
