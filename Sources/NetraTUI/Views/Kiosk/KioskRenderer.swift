import Foundation
import NetraCore

/// The kiosk's frame: a public lobby screen. A pure function of the model, the
/// rotation, the lock and the clock — the terminal, `netra snapshot --kiosk` and the
/// tests all see the same cells.
///
/// Whether people appear comes from `[kiosk] people`: by default none at all — the
/// pages are counts, bars and timelines (`KioskPublicPages`); `initials` adds rows of
/// candidates (initials, candidacy, party, dapil); `full` shows the dashboard's view
/// rooms, drawn with the `names`/`nip`/`case_details` privacy and without a selection,
/// one screenful at a time. Problems with the data get a discreet line, never the
/// message text (which may quote a cell); so do refused `[kiosk]` values.
///
/// Two instants: `now` (the data clock) decides what the pages say; `running` (the
/// session's monotonic clock) is the one the rotation and the lock were driven by.
public struct KioskRenderer: Sendable {
    public let text: UIText
    public let glyphs: Glyphs
    public let isDemo: Bool
    /// What the screen may show of people; `nil`: what the model's `[kiosk]` says. A
    /// running kiosk passes its own, which a settings change may only tighten.
    public let privacy: Privacy?

    /// The data folder's name, for the header when netra.toml names no region.
    public var folderName: String?

    public init(language: Language, glyphs: Glyphs = .unicode, isDemo: Bool = false, privacy: Privacy? = nil, folderName: String? = nil) {
        self.text = UIText.table(for: language)
        self.glyphs = glyphs
        self.isDemo = isDemo
        self.privacy = privacy
        self.folderName = folderName
    }

    private func style(_ model: DashboardModel) -> FrameStyle {
        var style = FrameStyle(language: text.language, glyphs: glyphs, privacy: privacy ?? model.dataset.settings.kiosk.privacy, isDemo: isDemo)
        style.folderName = folderName
        return style
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

    /// The room a page draws, if it is one of the dashboard's views (`people = "full"` only).
    private func room(for page: KioskPage, _ privacy: Privacy) -> (any ViewRoom)? {
        guard privacy.people == .full else { return nil }
        return switch page {
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
                       running: Date? = nil, page: KioskPage? = nil) -> CellGrid {
        let running = running ?? now
        let style = style(model)
        let input = ViewInput(model: model, state: UIState(), style: style, now: now, province: model.province)
        var context = DrawContext(grid: CellGrid(width: width, height: height), input: input)
        guard width >= FrameRenderer.minimumWidth, height >= FrameRenderer.minimumHeight else {
            FrameRenderer.drawTooSmall(&context)
            return context.grid
        }
        Chrome.drawHeader(&context)
        drawStatus(&context.grid, model, rotation: rotation, lock: lock, input.time, running)
        // A vanished folder may mean the data was withdrawn: the lobby shows none. A
        // database out of reach keeps the last figures under a line that says so.
        if let since = model.folderMissingSince, !model.sourceIsDatabase {
            drawDataUnavailable(&context.grid, since: since, input.time)
            return context.grid
        }
        // A province of several sites: its sums and its sites as counts, one page.
        if let province = model.province, province.sites.count > 1 {
            ProvinceKioskPage.draw(&context.grid, province.situation, style.text, body(model, size: Size(width: width, height: height)))
            return context.grid
        }
        let settings = model.dataset.settings.kiosk
        var index = min(rotation.pageIndex, settings.pages.count - 1)
        let shown = page ?? settings.pages[index]
        // A snapshot of a page outside the rotation marks none of the others.
        if settings.pages[index] != shown { index = settings.pages.firstIndex(of: shown) ?? -1 }
        let size = Size(width: width, height: height)
        let parts = index >= 0 ? parts(ofPage: index, model, width: width, height: height) : 1
        drawRotation(&context.grid, pages: settings.pages, current: index, part: rotation.part, parts: parts, people: style.privacy.people)
        if let line = problemLine(model) { context.grid.put(line, x: 0, y: 3, role: .muted) }
        let area = body(model, size: size)
        if let (room, pageInput, window) = window(shown, part: rotation.part, model, size: size, now: now) {
            var pageContext = DrawContext(grid: context.grid, input: pageInput)
            room.draw(&pageContext, body: area, list: window)
            return pageContext.grid
        }
        switch shown {
        case .countdown: KioskPages.drawCountdown(&context.grid, input, area)
        case _ where style.privacy.people != .full: KioskPublicPages.draw(shown, &context, area, part: rotation.part)
        default: KioskPages.drawCaseCounts(&context.grid, input, area)
        }
        return context.grid
    }

    /// How many screenfuls page `index` shows at this size: 1 for pages without a list,
    /// at most `screens_per_page`. Worked out from the page's layout, not by drawing it.
    public func parts(ofPage index: Int, _ model: DashboardModel, width: Int, height: Int) -> Int {
        let pages = model.dataset.settings.kiosk.pages
        guard pages.indices.contains(index), width >= FrameRenderer.minimumWidth, height >= FrameRenderer.minimumHeight,
              model.folderMissingSince == nil || model.sourceIsDatabase
        else { return 1 }
        let size = Size(width: width, height: height), style = style(model)
        let screenfuls: Int
        if let (_, _, window) = window(pages[index], part: 0, model, size: size, now: model.situation.now) {
            screenfuls = window.screenfuls
        } else {
            let input = ViewInput(model: model, state: UIState(), style: style, now: model.situation.now)
            screenfuls = KioskPublicPages.parts(pages[index], input, body(model, size: size))
        }
        return min(screenfuls, model.dataset.settings.kiosk.screensPerPage)
    }

    /// Whether the screen changes every second: the countdown page shows seconds, the
    /// status line counts down to the next page, a PIN prompt counts its wait.
    /// A single page without seconds wakes once a minute.
    public func needsSecondTicks(_ model: DashboardModel, rotation: KioskRotation, lock: KioskLock, now: Date, running: Date? = nil) -> Bool {
        let pages = model.dataset.settings.kiosk.pages, running = running ?? now
        if model.folderMissingSince != nil && !model.sourceIsDatabase { return false }
        return pages.count > 1 || pages.first == .countdown || lock.isEnteringPIN || lock.secondsBlocked(at: running) != nil
            || rotation.isPaused(at: running)
    }

    /// The column ranges of the page names on the rotation line (line 1), for taps.
    public func pageTargets(_ model: DashboardModel) -> [(columns: Range<Int>, page: Int)] {
        rotationLabels(model.dataset.settings.kiosk.pages, current: -1, part: 0, parts: 1, people: style(model).privacy.people)
            .enumerated().map { ($1.columns, $0) }
    }

    // MARK: Chrome

    /// Every page's label on the rotation line, the current one marked with its screenful.
    private func rotationLabels(_ pages: [KioskPage], current: Int, part: Int, parts: Int,
                                people: Privacy.People) -> [(label: String, columns: Range<Int>)] {
        var x = 1
        return pages.enumerated().map { i, page in
            let active = i == current
            var label = "\(active ? "●" : "○") \(name(of: page, people: people))"
            if active && parts > 1 { label += " \(min(part, parts - 1) + 1)/\(parts)" }
            defer { x += DisplayWidth.of(label) + 2 }
            return (label, x..<(x + DisplayWidth.of(label)))
        }
    }

    private func drawRotation(_ g: inout CellGrid, pages: [KioskPage], current: Int, part: Int, parts: Int, people: Privacy.People) {
        for (i, item) in rotationLabels(pages, current: current, part: part, parts: parts, people: people).enumerated() {
            g.put(item.label, x: item.columns.lowerBound, y: 1, role: i == current ? .tabActive : .tab)
        }
        g.fill(glyphs.horizontal, x: 0, y: 2, width: g.width, role: .border)
    }

    func name(of page: KioskPage, people: Privacy.People) -> String {
        switch page {
        case .countdown: text(.countdownPage)
        case .overview: ViewID.overview.title(text)
        case .officers: people == .full ? ViewID.officers.title(text) : text.kiosk(.candidatesPage)
        case .retirements: ViewID.retirements.title(text)
        case .schedule: ViewID.schedule.title(text)
        case .cases: ViewID.cases.title(text)
        }
    }

    /// One muted line naming the files that could not be read (and since when), never
    /// the message, and the `[kiosk]` values refused with what is used instead; `nil`
    /// when all is well.
    private func problemLine(_ model: DashboardModel) -> String? {
        let time = TimeText(zone: model.situation.zone, text: text)
        let kiosk = model.dataset.settings.kiosk
        var files = model.broken.map { "\($0.file.fileName) \(time.time($0.since))" }
        if files.isEmpty {
            let failing = Set(model.reading.diagnostics.filter { $0.severity == .error }.map(\.file))
            // netra.toml errors that are refused kiosk values are said value by value below.
            let settingsOnlyAdjusted = !kiosk.adjustments.isEmpty
                && model.reading.diagnostics.filter { $0.file == .settings && $0.severity == .error }.count <= kiosk.adjustments.count
            files = DataFile.allCases.filter { failing.contains($0) && !($0 == .settings && settingsOnlyAdjusted) }.map(\.fileName)
        }
        var parts: [String] = []
        if model.sourceIsDatabase, let since = model.folderMissingSince {
            parts.append(text(.databaseAway).replacingOccurrences(of: "%@", with: time.time(since, seconds: true)))
        }
        if !files.isEmpty { parts.append(text(.dataProblem).replacingOccurrences(of: "%@", with: files.joined(separator: ", "))) }
        if !kiosk.adjustments.isEmpty { parts.append(text.adjustments(kiosk.adjustments)) }
        if !CountdownGoal.follows(kiosk.countdown, in: model.situation) {
            parts.append(text.countdownFellBack(UntrustedText.sanitized(kiosk.countdown.setting)))
        }
        guard !parts.isEmpty else { return nil }
        return " \(glyphs.warning) " + parts.joined(separator: " · ")
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
        if model.dataset.settings.kiosk.pages.count > 1 && (model.folderMissingSince == nil || model.sourceIsDatabase) { left += " · " + rotationText }
        // Said on the screen itself whenever names, NIPs or cases show in full.
        if style(model).privacy.showsPeopleInFull { left = " \(glyphs.warning) \(text(.fullDetailsShown)) ·" + left }
        var prompt: (String, StyleRole)?
        if lock.isCheckingPIN {
            prompt = (text(.pinChecking) + " ", .match)
        } else if lock.isEnteringPIN {
            prompt = ("\(text(.pinPrompt)): " + String(repeating: "•", count: lock.typedCount) + "▏  \(text(.pinHint)) ", .match)
        } else if let wait = lock.secondsBlocked(at: now), lock.lastVerdict != nil {
            prompt = (String(format: text(.pinBlocked), wait) + " ", .alertWarning)
        } else if let verdict = lock.lastVerdict {
            prompt = (text(verdict == .timedOut ? .pinTimedOut : verdict == .checkFailed ? .pinCheckFailed : .wrongPIN) + " ", .alertWarning)
        } else if isDemo, model.dataset.settings.kiosk.pinHash != nil {
            // Demo mode only: how to leave the demo kiosk (its PIN is written by `netra demo --kiosk`).
            prompt = (text.demoUnlockHint(key: "\(model.dataset.settings.kiosk.unlockKey)", pin: DemoData.kioskPIN) + " ", .demo)
        }
        // The PIN prompt wins the room; the left part is cut rather than overwritten.
        let promptWidth = prompt.map { DisplayWidth.of($0.0) } ?? 0
        g.put(left, x: 0, y: y, role: .muted, maxWidth: max(0, g.width - promptWidth - 1))
        if let (words, role) = prompt {
            g.put(words, x: max(0, g.width - promptWidth), y: y, role: role)
        }
    }
}
