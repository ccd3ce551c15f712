import Foundation
import NetraCore

/// Turns the model and the UI state into a frame: a pure function, so the terminal,
/// `netra snapshot` and the tests all see the same cells. It lays the frame out once
/// (`FrameLayout`), then draws the chrome, the view's room and the overlays into it.
public struct FrameRenderer: Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public let style: FrameStyle
    public var text: UIText { style.text }

    public init(style: FrameStyle) { self.style = style }

    public init(language: Language, glyphs: Glyphs = .unicode, isDemo: Bool = false, notices: [String] = [], privacy: Privacy = .full) {
        self.init(style: FrameStyle(language: language, glyphs: glyphs, privacy: privacy, isDemo: isDemo, notices: notices))
    }

    /// The frame's geometry at `now` (default: the moment the model was derived for).
    public func layout(_ model: DashboardModel, state: UIState, size: Size, now: Date? = nil) -> FrameLayout {
        FrameLayout(size: size, input: Self.input(model, state: state, style: style, now: now ?? model.situation.now))
    }

    /// The frame at `now`. The header clock and the stage countdowns follow `now` to the
    /// second; alert wording follows the model, which the host re-derives every minute.
    public func render(_ model: DashboardModel, state: UIState, width: Int, height: Int, now: Date? = nil) -> CellGrid {
        render(layout(model, state: state, size: Size(width: width, height: height), now: now))
    }

    /// Draws a frame that was laid out already.
    public func render(_ layout: FrameLayout) -> CellGrid { drawn(layout).grid }

    /// The frame drawn, with what it recorded: the names and units it shortened (the
    /// frame tests check that none reads like another).
    func drawn(_ layout: FrameLayout) -> DrawContext {
        var context = DrawContext(grid: CellGrid(width: layout.size.width, height: layout.size.height), input: layout.input)
        if layout.isTooSmall {
            Self.drawTooSmall(&context)
            return context
        }
        Chrome.drawHeader(&context)
        Chrome.drawTabs(&context, layout.tabs)
        Chrome.drawBanner(&context, layout.banner, top: 3)
        layout.room.draw(&context, body: layout.body, list: layout.list)
        if layout.input.state.showsDetail, let id = layout.selectedID, let detail = layout.room.detail(of: id, layout.input) {
            Overlays.drawDetail(&context, detail, body: layout.body)
        }
        Chrome.drawStatus(&context, room: layout.room)
        if layout.input.state.picker != nil { Overlays.drawPicker(&context, layout) }
        if layout.input.state.showsHelp { Overlays.drawHelp(&context) }
        if layout.input.state.showsProblems { ProblemsPanel.draw(&context) }
        return context
    }

    /// What the views read: under the lens `state.site`, that site's model.
    static func input(_ model: DashboardModel, state: UIState, style: FrameStyle, now: Date) -> ViewInput {
        ViewInput(model: model.lensed(state.site), state: state, style: style, now: now, province: model.province)
    }

    /// Below 80×24: one centred sentence that says what size is needed.
    static func drawTooSmall(_ context: inout DrawContext) {
        let width = context.width, height = context.grid.height
        let message = String(format: context.text(.tooSmall), minimumWidth, minimumHeight)
        let lines = wrap(message, width: max(1, width))
        for (i, line) in lines.enumerated() {
            context.grid.put(line, x: max(0, (width - DisplayWidth.of(line)) / 2), y: height / 2 - lines.count / 2 + i, role: .text)
        }
    }

    /// Whether the frame shows a countdown to the second (`1d 04:31:10`, within 48
    /// hours) or a fresh-change mark, so the host must redraw every second; otherwise
    /// once a minute is enough (the header clock shows minutes, and `H-N` turns at a
    /// minute boundary: midnight).
    public func needsSecondTicks(_ model: DashboardModel, state: UIState, now: Date) -> Bool {
        if let changedAt = model.changedAt, now.timeIntervalSince(changedAt) < DashboardModel.highlightSeconds { return true }
        let input = Self.input(model, state: state, style: style, now: now)
        return state.view.room(for: input).needsSecondTicks(input)
    }
}
