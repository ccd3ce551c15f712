import Foundation
import NetraCore

/// The kiosk's frame: a public lobby screen. A pure function of the model, the
/// rotation, the lock and the clock — the terminal, `netra snapshot --kiosk` and the
/// tests all see the same cells.
///
/// What it may show of people comes from `[kiosk]` in `netra.toml` (initials and
/// masked NIPs by default), and cases appear only as counts unless `case_details`
/// allows more. Problems with the data get a discreet line, never the message text
/// (which may quote a cell).
public struct KioskRenderer: Sendable {
    public let text: UIText
    public let glyphs: Glyphs
    public let isDemo: Bool

    public init(language: Language, glyphs: Glyphs = .unicode, isDemo: Bool = false) {
        self.text = UIText.table(for: language)
        self.glyphs = glyphs
        self.isDemo = isDemo
    }

    private typealias Area = (x: Int, y: Int, width: Int, height: Int)

    private func frameRenderer(_ model: DashboardModel) -> FrameRenderer {
        FrameRenderer(language: text.language, glyphs: glyphs, isDemo: isDemo, privacy: model.dataset.settings.kiosk.privacy)
    }

    /// The frame at `now` for the rotation's current page, or for `page` (a snapshot of
    /// a page that `[kiosk] views` may leave out).
    public func render(_ model: DashboardModel, rotation: KioskRotation, lock: KioskLock, width: Int, height: Int, now: Date,
                       page: KioskPage? = nil) -> CellGrid {
        let frame = frameRenderer(model)
        guard width >= FrameRenderer.minimumWidth, height >= FrameRenderer.minimumHeight else {
            return frame.render(model, state: UIState(), width: width, height: height, now: now)
        }
        var g = CellGrid(width: width, height: height)
        let clock = Clock(zone: model.situation.zone, text: text)
        frame.drawHeader(&g, model, clock, now)
        drawStatus(&g, model, rotation: rotation, lock: lock, clock, now)
        if let since = model.folderMissingSince {
            drawDataUnavailable(&g, since: since, clock)
            return g
        }
        let settings = model.dataset.settings.kiosk
        var index = min(rotation.pageIndex, settings.pages.count - 1)
        let shown = page ?? settings.pages[index]
        // A snapshot of a page outside the rotation marks none of the others.
        if settings.pages[index] != shown { index = settings.pages.firstIndex(of: shown) ?? -1 }
        let parts = index >= 0 ? parts(ofPage: index, model, width: width, height: height) : 1
        drawRotation(&g, pages: settings.pages, current: index, part: rotation.part, parts: parts)
        var top = 3
        top += drawProblemLine(&g, model, clock, y: top)
        let area: Area = (0, top, width, height - 1 - top)
        drawPage(&g, shown, part: rotation.part, model, frame, clock, now, area)
        return g
    }

    /// How many screenfuls page `index` shows at this size: 1 for pages without a list,
    /// at most `screens_per_page`. Worked out by drawing the page once, and remembered
    /// with the model (a new model comes with every reload and every minute).
    public func parts(ofPage index: Int, _ model: DashboardModel, width: Int, height: Int) -> Int {
        let pages = model.dataset.settings.kiosk.pages
        guard pages.indices.contains(index), width >= FrameRenderer.minimumWidth, height >= FrameRenderer.minimumHeight,
              model.folderMissingSince == nil else { return 1 }
        let all = model.cache.value("kiosk-parts:\(pages[index]):\(width)x\(height)") { countParts(pages[index], model, width: width, height: height) }
        return min(all, model.dataset.settings.kiosk.screensPerPage)
    }

    private func countParts(_ page: KioskPage, _ model: DashboardModel, width: Int, height: Int) -> Int {
        var g = CellGrid(width: width, height: height)
        let clock = Clock(zone: model.situation.zone, text: text)
        let top = 3 + drawProblemLine(&g, model, clock, y: 3)
        drawPage(&g, page, part: 0, model, frameRenderer(model), clock, model.situation.now, (0, top, width, height - 1 - top))
        guard let extent = g.listExtent, extent.count > 0 else { return 1 }
        return (extent.count + extent.pageSize - 1) / extent.pageSize
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

    // MARK: Pages

    private func drawPage(_ g: inout CellGrid, _ page: KioskPage, part: Int, _ model: DashboardModel, _ frame: FrameRenderer,
                          _ clock: Clock, _ now: Date, _ area: Area) {
        func listState(_ view: ViewID) -> UIState {
            var state = UIState(view: view)
            state.showsSelection = false
            state.screenful = part
            // The lobby cares about candidates, not the whole roster.
            if view == .officers { state.filter[.officers] = 1 }
            return state
        }
        switch page {
        case .countdown: drawCountdown(&g, model, clock, now, area)
        case .overview: frame.drawOverview(&g, model, listState(.overview), clock, now, area)
        case .officers: frame.drawOfficers(&g, model, listState(.officers), now, area)
        case .retirements: frame.drawRetirements(&g, model, listState(.retirements), clock, area)
        case .schedule: frame.drawSchedule(&g, model, listState(.schedule), clock, now, area)
        case .cases:
            if frame.privacy.caseDetails {
                frame.drawCases(&g, model, listState(.cases), now, area)
            } else {
                drawCaseCounts(&g, model, area)
            }
        }
    }

    /// The next stage in big digits: days, then hours:minutes:seconds.
    private func drawCountdown(_ g: inout CellGrid, _ model: DashboardModel, _ clock: Clock, _ now: Date, _ area: Area) {
        let s = model.situation
        var y = area.y
        func centred(_ line: String, role: StyleRole) {
            let fitted = DisplayWidth.fit(line, to: g.width - 2)
            g.put(fitted, x: max(1, (g.width - DisplayWidth.of(fitted)) / 2), y: y, role: role)
            y += 1
        }
        // The running stages take the bottom lines; the countdown the rest.
        let running = Array(s.runningStages.prefix(2))
        let reserved = running.count * 2
        if let next = s.nextStage {
            let left = max(0, Int(next.stage.start.timeIntervalSince(now).rounded(.down)))
            let days = left / 86_400
            let clockPart = String(format: "%02d:%02d:%02d", left / 3600 % 24, left / 60 % 60, left % 60)
            let digits = "\(days) \(clockPart)"
            // Title (2) + gap + digits + units + gap + date: centred in the room above
            // the running stages.
            let room = area.height - reserved - 1
            let scale = BigDigits.scale(for: digits, width: g.width - 4, height: room - 7)
            let content = 7 + (scale.map { BigDigits.rows * $0.y } ?? 0)
            y = area.y + max(0, (room - content) / 2)
            centred(text(.towards), role: .muted)
            centred(next.stage.name, role: .title)
            y += 1
            if let scale {
                let width = BigDigits.baseWidth(digits) * scale.x
                let x = (g.width - width) / 2
                BigDigits.draw(digits, in: &g, x: x, y: y, scale: scale, block: glyphs.barFull, role: .countdown)
                y += BigDigits.rows * scale.y
                // Unit names under each group of digits.
                let offsets = BigDigits.offsets(digits)
                let dayDigits = String(days).count
                let groups: [(start: Int, count: Int, word: UIText.Word)] = [
                    (0, dayDigits, .daysUnit), (dayDigits + 1, 2, .hoursUnit), (dayDigits + 4, 2, .minutesUnit), (dayDigits + 7, 2, .secondsUnit),
                ]
                for group in groups {
                    let from = x + offsets[group.start] * scale.x
                    let to = x + (offsets[group.start + group.count - 1] + 3) * scale.x
                    let word = text(group.word)
                    g.put(word, x: from + max(0, (to - from - DisplayWidth.of(word)) / 2), y: y, role: .muted)
                }
                y += 1
            } else {
                centred("\(days) \(text(.daysUnit)) \(clockPart)", role: .countdown)
            }
            y += 1
            let day = clock.parts(next.stage.start).day
            centred("\(text(.starts)) \(text.weekdays[day.isoWeekday - 1]), \(clock.stamp(next.stage.start))", role: .text)
        } else {
            y += 2
            centred(text(.allStagesDone), role: .title)
        }
        // The running stages, with their progress, at the bottom of the page.
        y = max(y + 1, area.y + area.height - reserved)
        for stage in running {
            guard y + 1 < area.y + area.height + 1 else { break }
            let label = "\(text(.running)): \(glyphs.running) \(stage.stage.name)"
            g.put(label, x: 2, y: y, role: .text, maxWidth: g.width - 4)
            let ends = "\(text(.ends)) \(clock.stamp(stage.stage.end)) · \(Countdown(to: stage.stage.end, from: now, in: clock.zone).label)"
            let barWidth = max(10, g.width - DisplayWidth.of(ends) - 8)
            g.progressBar(stage.progress, x: 2, y: y + 1, width: barWidth, glyphs: glyphs)
            g.put(ends, x: 4 + barWidth, y: y + 1, role: .countdown, maxWidth: g.width - barWidth - 5)
            y += 2
        }
    }

    /// Cases as a table of counts: status down, source across. No ids, no names.
    private func drawCaseCounts(_ g: inout CellGrid, _ model: DashboardModel, _ area: Area) {
        let cases = model.situation.cases
        let sources = CaseSource.allCases
        let statuses = CaseStatus.allCases
        let first = 16, cell = 12
        let width = first + cell * (sources.count + 1)
        let x = max(1, (g.width - width) / 2)
        var y = area.y + 1
        g.put(text(.caseCounts), x: x, y: y, role: .title, maxWidth: g.width - x - 1)
        y += 2
        func row(_ label: String, _ values: [String], role: StyleRole) {
            g.put(label, x: x, y: y, role: role, maxWidth: first - 1)
            for (i, value) in values.enumerated() {
                g.put(DisplayWidth.pad(value, to: cell - 1, alignRight: true), x: x + first + i * cell, y: y, role: role, maxWidth: cell - 1)
            }
            y += 1
        }
        row("", sources.map(text.source) + [text(.total)], role: .muted)
        g.fill(glyphs.horizontal, x: x, y: y, width: width, role: .border)
        y += 1
        for status in statuses {
            let matching = cases.filter { $0.item.status == status }
            let counts = sources.map { source in matching.filter { $0.item.source == source }.count }
            row(text.status(status), (counts + [matching.count]).map(String.init), role: matching.isEmpty ? .muted : .text)
        }
        g.fill(glyphs.horizontal, x: x, y: y, width: width, role: .border)
        y += 1
        row(text(.total), (sources.map { source in cases.filter { $0.item.source == source }.count } + [cases.count]).map(String.init), role: .title)
        y += 1
        let open = cases.filter { $0.item.status.isOpen }.count
        let overdue = cases.filter(\.isOverdue).count
        g.put("\(text(.openCases)): \(open)", x: x, y: y, role: .text)
        if overdue > 0 {
            g.put("\(glyphs.critical) \(overdue) \(text(.overdueCases))", x: x + 24, y: y, role: .alertCritical)
        }
    }

    /// The folder is gone: a calm screen that says since when, and nothing else.
    private func drawDataUnavailable(_ g: inout CellGrid, since: Date, _ clock: Clock) {
        let message = text(.dataUnavailable).replacingOccurrences(of: "%@", with: clock.time(since))
        let hint = text(.dataUnavailableHint)
        let y = g.height / 2 - 1
        g.put(message, x: max(1, (g.width - DisplayWidth.of(message)) / 2), y: y, role: .title, maxWidth: g.width - 2)
        g.put(hint, x: max(1, (g.width - DisplayWidth.of(hint)) / 2), y: y + 2, role: .muted, maxWidth: g.width - 2)
    }

    // MARK: Chrome

    /// The rotation line: every page, the current one marked, with its screenful.
    private func drawRotation(_ g: inout CellGrid, pages: [KioskPage], current: Int, part: Int, parts: Int) {
        var x = 1
        for (i, page) in pages.enumerated() {
            let active = i == current
            var label = "\(active ? "●" : "○") \(name(of: page))"
            if active && parts > 1 { label += " \(min(part, parts - 1) + 1)/\(parts)" }
            let used = g.put(label, x: x, y: 1, role: active ? .tabActive : .tab)
            g.pageTargets.append((x..<(x + used), i))
            x += used + 2
        }
        g.fill(glyphs.horizontal, x: 0, y: 2, width: g.width, role: .border)
    }

    func name(of page: KioskPage) -> String {
        switch page {
        case .countdown: text(.countdownPage)
        case .overview: text.viewNames[ViewID.overview.rawValue]
        case .officers: text.viewNames[ViewID.officers.rawValue]
        case .retirements: text.viewNames[ViewID.retirements.rawValue]
        case .schedule: text.viewNames[ViewID.schedule.rawValue]
        case .cases: text.viewNames[ViewID.cases.rawValue]
        }
    }

    /// One muted line naming the files that could not be read, and since when.
    private func drawProblemLine(_ g: inout CellGrid, _ model: DashboardModel, _ clock: Clock, y: Int) -> Int {
        var files = model.broken.map { "\($0.file.fileName) \(clock.time($0.since))" }
        if files.isEmpty {
            let failing = Set(model.reading.diagnostics.filter { $0.severity == .error }.map(\.file))
            files = DataFile.allCases.filter(failing.contains).map(\.fileName)
        }
        guard !files.isEmpty else { return 0 }
        let line = " \(glyphs.warning) " + text(.dataProblem).replacingOccurrences(of: "%@", with: files.joined(separator: ", "))
        g.put(line, x: 0, y: y, role: .muted)
        return 1
    }

    private func drawStatus(_ g: inout CellGrid, _ model: DashboardModel, rotation: KioskRotation, lock: KioskLock, _ clock: Clock, _ now: Date) {
        let y = g.height - 1
        g.fill(x: 0, y: y, width: g.width, role: .muted)
        let period = TimeInterval(model.dataset.settings.kiosk.rotateSeconds)
        let seconds = Int(max(0, rotation.nextChange(period: period).timeIntervalSince(now)).rounded(.up))
        let rotationText = rotation.isPaused(at: now) ? String(format: text(.rotationPaused), seconds) : String(format: text(.rotatesIn), seconds)
        var left = " \(text(.kiosk)) · \(text(.updated)) \(clock.time(model.loadedAt, seconds: true))"
        // Said on the screen itself when it discloses more than the private default.
        if frameRenderer(model).privacy.showsAnythingInFull { left = " \(glyphs.warning) \(text(.fullDetailsShown)) ·" + left }
        if model.dataset.settings.kiosk.pages.count > 1 && model.folderMissingSince == nil { left += " · " + rotationText }
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
