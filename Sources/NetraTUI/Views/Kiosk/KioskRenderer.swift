import Foundation
import NetraCore

/// The kiosk's frame: a public lobby screen. A pure function of the model, the
/// rotation, the lock and the clock — the terminal, `netra snapshot --kiosk` and the
/// tests all see the same cells.
///
/// What it may show of people comes from `[kiosk]` in `netra.toml` (initials and
/// masked NIPs by default), and cases appear only as counts unless `case_details`
/// allows more. Problems with the data get a discreet line, never the message text
/// (which may quote a cell). List pages are the dashboard's view rooms, drawn with
/// that privacy and without a selection, one screenful at a time.
public struct KioskRenderer: Sendable {
    public let text: UIText
    public let glyphs: Glyphs
    public let isDemo: Bool
    /// What the screen may show of people; `nil`: what the model's `[kiosk]` says. A
    /// running kiosk passes its own, which a settings change may only tighten.
    public let privacy: Privacy?

    public init(language: Language, glyphs: Glyphs = .unicode, isDemo: Bool = false, privacy: Privacy? = nil) {
        self.text = UIText.table(for: language)
        self.glyphs = glyphs
        self.isDemo = isDemo
        self.privacy = privacy
    }

    private func style(_ model: DashboardModel) -> FrameStyle {
        FrameStyle(language: text.language, glyphs: glyphs, privacy: privacy ?? model.dataset.settings.kiosk.privacy, isDemo: isDemo)
    }

    /// The UI state a list page is drawn with: no selection, the screenful `part`, and
    /// candidates only on the officers page (the lobby cares about candidates).
    private func listState(_ view: ViewID, part: Int) -> UIState {
        var state = UIState(view: view)
        state.showsSelection = false
        state.screenful = part
        if view == .officers { state.filter[.officers] = OfficersView.Filter.candidates.rawValue }
        return state
    }

    /// The room a page draws, if it is one of the dashboard's views.
    private func room(for page: KioskPage, _ privacy: Privacy) -> (any ViewRoom)? {
        switch page {
        case .countdown: nil
        case .overview: OverviewView()
        case .officers: OfficersView()
        case .retirements: RetirementsView()
        case .schedule: ScheduleView()
        case .cases: privacy.caseDetails ? CasesView() : nil
        }
    }

    /// The body under the header, rotation line and (when a file has a problem) the
    /// problem line.
    private func body(_ model: DashboardModel, size: Size) -> Rect {
        let top = 3 + (problemLine(model) == nil ? 0 : 1)
        return Rect(x: 0, y: top, width: size.width, height: size.height - 1 - top)
    }

    /// A page's list window at this size: which screenful shows, how many there are.
    private func window(_ page: KioskPage, part: Int, _ model: DashboardModel, size: Size, now: Date) -> (any ViewRoom, ViewInput, ListWindow)? {
        let style = style(model)
        guard let room = room(for: page, style.privacy) else { return nil }
        let input = ViewInput(model: model, state: listState(room.id, part: part), style: style, now: now)
        let window = ListWindow(placement: room.listPlacement(in: body(model, size: size), input), rows: room.listRows(input),
                                state: input.state, view: room.id)
        return (room, input, window)
    }

    /// The frame at `now` for the rotation's current page, or for `page` (a snapshot of
    /// a page that `[kiosk] views` may leave out).
    public func render(_ model: DashboardModel, rotation: KioskRotation, lock: KioskLock, width: Int, height: Int, now: Date,
                       page: KioskPage? = nil) -> CellGrid {
        let style = style(model)
        let input = ViewInput(model: model, state: UIState(), style: style, now: now)
        var context = DrawContext(grid: CellGrid(width: width, height: height), input: input)
        guard width >= FrameRenderer.minimumWidth, height >= FrameRenderer.minimumHeight else {
            FrameRenderer.drawTooSmall(&context)
            return context.grid
        }
        Chrome.drawHeader(&context)
        drawStatus(&context.grid, model, rotation: rotation, lock: lock, input.time, now)
        if let since = model.folderMissingSince {
            drawDataUnavailable(&context.grid, since: since, input.time)
            return context.grid
        }
        let settings = model.dataset.settings.kiosk
        var index = min(rotation.pageIndex, settings.pages.count - 1)
        let shown = page ?? settings.pages[index]
        // A snapshot of a page outside the rotation marks none of the others.
        if settings.pages[index] != shown { index = settings.pages.firstIndex(of: shown) ?? -1 }
        let size = Size(width: width, height: height)
        let parts = index >= 0 ? parts(ofPage: index, model, width: width, height: height) : 1
        drawRotation(&context.grid, pages: settings.pages, current: index, part: rotation.part, parts: parts)
        if let line = problemLine(model) { context.grid.put(line, x: 0, y: 3, role: .muted) }
        let area = body(model, size: size)
        if let (room, pageInput, window) = window(shown, part: rotation.part, model, size: size, now: now) {
            var pageContext = DrawContext(grid: context.grid, input: pageInput)
            room.draw(&pageContext, body: area, list: window)
            return pageContext.grid
        }
        switch shown {
        case .countdown: KioskPages.drawCountdown(&context.grid, input, area)
        default: KioskPages.drawCaseCounts(&context.grid, input, area)
        }
        return context.grid
    }

    /// How many screenfuls page `index` shows at this size: 1 for pages without a list,
    /// at most `screens_per_page`. Worked out from the page's layout, not by drawing it.
    public func parts(ofPage index: Int, _ model: DashboardModel, width: Int, height: Int) -> Int {
        let pages = model.dataset.settings.kiosk.pages
        guard pages.indices.contains(index), width >= FrameRenderer.minimumWidth, height >= FrameRenderer.minimumHeight,
              model.folderMissingSince == nil,
              let (_, _, window) = window(pages[index], part: 0, model, size: Size(width: width, height: height), now: model.situation.now)
        else { return 1 }
        return min(window.screenfuls, model.dataset.settings.kiosk.screensPerPage)
    }

    /// Whether the screen changes every second: the countdown page shows seconds, the
    /// status line counts down to the next page, a PIN prompt counts its wait.
    /// A single page without seconds wakes once a minute.
    public func needsSecondTicks(_ model: DashboardModel, rotation: KioskRotation, lock: KioskLock, now: Date) -> Bool {
        let pages = model.dataset.settings.kiosk.pages
        if model.folderMissingSince != nil { return false }
        return pages.count > 1 || pages.first == .countdown || lock.isEnteringPIN || lock.secondsBlocked(at: now) != nil
            || rotation.isPaused(at: now)
    }

    /// The column ranges of the page names on the rotation line (line 1), for taps.
    public func pageTargets(_ model: DashboardModel) -> [(columns: Range<Int>, page: Int)] {
        rotationLabels(model.dataset.settings.kiosk.pages, current: -1, part: 0, parts: 1).enumerated().map { ($1.columns, $0) }
    }

    // MARK: Chrome

    /// Every page's label on the rotation line, the current one marked with its screenful.
    private func rotationLabels(_ pages: [KioskPage], current: Int, part: Int, parts: Int) -> [(label: String, columns: Range<Int>)] {
        var x = 1
        return pages.enumerated().map { i, page in
            let active = i == current
            var label = "\(active ? "●" : "○") \(name(of: page))"
            if active && parts > 1 { label += " \(min(part, parts - 1) + 1)/\(parts)" }
            defer { x += DisplayWidth.of(label) + 2 }
            return (label, x..<(x + DisplayWidth.of(label)))
        }
    }

    private func drawRotation(_ g: inout CellGrid, pages: [KioskPage], current: Int, part: Int, parts: Int) {
        for (i, item) in rotationLabels(pages, current: current, part: part, parts: parts).enumerated() {
            g.put(item.label, x: item.columns.lowerBound, y: 1, role: i == current ? .tabActive : .tab)
        }
        g.fill(glyphs.horizontal, x: 0, y: 2, width: g.width, role: .border)
    }

    func name(of page: KioskPage) -> String {
        switch page {
        case .countdown: text(.countdownPage)
        case .overview: ViewID.overview.title(text)
        case .officers: ViewID.officers.title(text)
        case .retirements: ViewID.retirements.title(text)
        case .schedule: ViewID.schedule.title(text)
        case .cases: ViewID.cases.title(text)
        }
    }

    /// One muted line naming the files that could not be read (and since when), never
    /// the message; `nil` when all files are fine.
    private func problemLine(_ model: DashboardModel) -> String? {
        let time = TimeText(zone: model.situation.zone, text: text)
        var files = model.broken.map { "\($0.file.fileName) \(time.time($0.since))" }
        if files.isEmpty {
            let failing = Set(model.reading.diagnostics.filter { $0.severity == .error }.map(\.file))
            files = DataFile.allCases.filter(failing.contains).map(\.fileName)
        }
        guard !files.isEmpty else { return nil }
        return " \(glyphs.warning) " + text(.dataProblem).replacingOccurrences(of: "%@", with: files.joined(separator: ", "))
    }

    /// The folder is gone: a calm screen that says since when, and nothing else.
    private func drawDataUnavailable(_ g: inout CellGrid, since: Date, _ time: TimeText) {
        let message = text(.dataUnavailable).replacingOccurrences(of: "%@", with: time.time(since))
        let hint = text(.dataUnavailableHint)
        let y = g.height / 2 - 1
        g.put(message, x: max(1, (g.width - DisplayWidth.of(message)) / 2), y: y, role: .title, maxWidth: g.width - 2)
        g.put(hint, x: max(1, (g.width - DisplayWidth.of(hint)) / 2), y: y + 2, role: .muted, maxWidth: g.width - 2)
    }

    private func drawStatus(_ g: inout CellGrid, _ model: DashboardModel, rotation: KioskRotation, lock: KioskLock, _ time: TimeText, _ now: Date) {
        let y = g.height - 1
        g.fill(x: 0, y: y, width: g.width, role: .muted)
        let period = TimeInterval(model.dataset.settings.kiosk.rotateSeconds)
        let seconds = Int(max(0, rotation.nextChange(period: period).timeIntervalSince(now)).rounded(.up))
        let rotationText = rotation.isPaused(at: now) ? String(format: text(.rotationPaused), seconds) : String(format: text(.rotatesIn), seconds)
        var left = " \(text(.kiosk)) · \(text(.updated)) \(time.time(model.loadedAt, seconds: true))"
        if model.dataset.settings.kiosk.pages.count > 1 && model.folderMissingSince == nil { left += " · " + rotationText }
        // Said on the screen itself whenever names, NIPs or cases show in full.
        if style(model).privacy.showsAnythingInFull { left = " \(glyphs.warning) \(text(.fullDetailsShown)) ·" + left }
        var prompt: (String, StyleRole)?
        if lock.isCheckingPIN {
            prompt = (text(.pinChecking) + " ", .match)
        } else if lock.isEnteringPIN {
            prompt = ("\(text(.pinPrompt)): " + String(repeating: "•", count: lock.typedCount) + "▏  \(text(.pinHint)) ", .match)
        } else if let wait = lock.secondsBlocked(at: now), lock.lastVerdict != nil {
            prompt = (String(format: text(.pinBlocked), wait) + " ", .alertWarning)
        } else if let verdict = lock.lastVerdict {
            prompt = (text(verdict == .timedOut ? .pinTimedOut : verdict == .checkFailed ? .pinCheckFailed : .wrongPIN) + " ", .alertWarning)
        }
        // The PIN prompt wins the room; the left part is cut rather than overwritten.
        let promptWidth = prompt.map { DisplayWidth.of($0.0) } ?? 0
        g.put(left, x: 0, y: y, role: .muted, maxWidth: max(0, g.width - promptWidth - 1))
        if let (words, role) = prompt {
            g.put(words, x: max(0, g.width - promptWidth), y: y, role: role)
        }
    }
}
