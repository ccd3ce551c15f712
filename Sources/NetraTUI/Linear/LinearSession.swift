import Foundation
import NetraCore

/// The dashboard session read aloud: the same `DashboardSession` (keys, reloads,
/// the minute's re-derivation), and after each event the lines to append — a
/// screen's lines when a view or an overlay opens, one `Terpilih: …` sentence when
/// the selection moves, one `Diperbarui: …` line when live data changes. Never a
/// repaint: what was said stays said. Pure, so the tests replay keys through it.
public struct LinearSession {
    public private(set) var session: DashboardSession
    let presenter: LinearPresenter
    /// What was open when the screen was last read (a change reads the new one).
    private var shown: Shown?
    private var selected: String?
    private var notice: String?

    /// What decides which screen is read: its view, overlay and list state.
    private struct Shown: Equatable {
        let view: ViewID
        let overlay: Int
        let filter: Int, sort: Int, column: ColumnSort?
        let search: String, conditions: [FieldCondition], expanded: Int
        let picker: String?
        let language: Language
    }

    public init(model: DashboardModel, options: DashboardSession.Options, now: Date) {
        session = DashboardSession(model: model, options: options, size: LinearPresenter.size, now: now)
        presenter = LinearPresenter(style: Self.style(session.language, options))
        self.options = options
    }

    private let options: DashboardSession.Options

    private static func style(_ language: Language, _ options: DashboardSession.Options) -> FrameStyle {
        var style = FrameStyle(language: language, glyphs: options.glyphs, isDemo: options.isDemo, notices: options.notices)
        style.folderName = options.folderName
        return style
    }

    private var style: LinearPresenter {
        // The language may change with netra.toml while running.
        session.language == presenter.text.language ? presenter : LinearPresenter(style: Self.style(session.language, options))
    }

    /// The first screen.
    public mutating func start(at now: Date) -> [String] { lines(at: now) }

    /// A key: what the session makes of it, and the lines to append.
    public mutating func handle(_ key: Key, at now: Date) -> (effect: DashboardSession.Effect, lines: [String]) {
        let effect = session.handle(.key(key), at: now)
        return (effect, effect == .quit ? [] : lines(at: now))
    }

    /// A new model from the reload feed: one line says what changed.
    public mutating func receive(_ model: DashboardModel, at now: Date) -> [String] {
        let old = session.model
        session.receive(model, at: now)
        // The selection follows its row (or its neighbour) silently: the change line says why.
        let state = session.state
        selected = style.selection(session.model, state: state, now: now)
        // Nor is a notice the reload set (the row gone) said later, out of its moment.
        notice = StatusWords.notice(style.layout(session.model, state: state, now: now).input)
        return LinearPresenter.fitted(LinearChanges.sentence(from: old, to: session.model, text: style.text))
    }

    /// The host wrote the export (`e`): its notice is said.
    public mutating func noteExport(path: String?, failure: String?, at now: Date) -> [String] {
        session.noteExport(path: path, failure: failure)
        return lines(at: now)
    }

    /// The minute turned: re-derive (alerts, countdowns) without saying anything —
    /// a screen reader is not interrupted by a clock.
    public mutating func tick(at now: Date) {
        _ = session.frame(at: now)
    }

    /// The lines that differ from what was said: the whole screen when a different
    /// one opened, else the selection when it moved, and a notice when one appeared.
    private mutating func lines(at now: Date) -> [String] {
        let state = session.state, model = session.model, presenter = style
        let next = Self.shown(state, language: presenter.text.language)
        var out: [String] = []
        let selection = presenter.selection(model, state: state, now: now)
        if next != shown {
            out = presenter.screen(model, state: state, now: now)
            shown = next
        } else if selection != selected, let selection {
            out = [selection]
        }
        selected = selection
        let layout = presenter.layout(model, state: state, now: now)
        let said = StatusWords.notice(layout.input)
        if said != notice, let said { out.append(presenter.text.linearNotice(SpokenText(text: presenter.text, zone: model.situation.zone).plain(said))) }
        notice = said
        return out
    }

    private static func shown(_ state: UIState, language: Language) -> Shown {
        let view = state.view
        let overlay = state.showsProblems ? 1 : state.showsHelp ? 2 : state.isSearching ? 3 : state.picker != nil ? 4 : state.showsDetail ? 5 : 0
        // While a search or a picker is typed into, the list it narrows is not read
        // again at each letter; Enter reads the result.
        return Shown(view: view, overlay: overlay, filter: state.filter[view] ?? 0, sort: state.sort[view] ?? 0, column: state.sortColumn[view],
                     search: state.isSearching ? "" : state.search[view] ?? "", conditions: state.conditions[view] ?? [],
                     expanded: state.expanded.count, picker: state.picker.map { "\($0.kind)" }, language: language)
    }
}
