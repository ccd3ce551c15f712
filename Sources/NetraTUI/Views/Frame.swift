import Foundation
import NetraCore

/// Turns the model and the UI state into a frame: a pure function, so the terminal,
/// `netra snapshot` and the tests all see the same cells.
public struct FrameRenderer: Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public let text: UIText
    public let glyphs: Glyphs
    /// Shown in the header when the clock is the demo's story clock.
    public let isDemo: Bool
    /// Problems outside the data files (a broken theme), shown in the banner.
    public let notices: [String]
    /// What the screen may show of people: everything on the office's dashboard,
    /// initials and masked NIPs on a kiosk.
    public let privacy: Privacy

    public init(language: Language, glyphs: Glyphs = .unicode, isDemo: Bool = false, notices: [String] = [], privacy: Privacy = .full) {
        self.text = UIText.table(for: language)
        self.glyphs = glyphs
        self.isDemo = isDemo
        self.notices = notices
        self.privacy = privacy
    }

    /// Whether the frame shows a countdown to the second (`1d 04:31:10`, within 48
    /// hours), so the host must redraw every second; otherwise once a minute is enough
    /// (the header clock shows minutes, and `H-N` turns at a minute boundary: midnight).
    public func needsSecondTicks(_ model: DashboardModel, state: UIState, now: Date) -> Bool {
        func near(_ target: Date) -> Bool {
            let s = target.timeIntervalSince(now)
            return s >= 0 && s <= Double(Countdown.exactWindow) + 1
        }
        let s = model.situation
        if let changedAt = model.changedAt, now.timeIntervalSince(changedAt) < DashboardModel.highlightSeconds { return true }
        switch state.view {
        case .overview:
            return s.runningStages.contains { near($0.stage.end) } || s.nextStage.map { near($0.stage.start) } == true
                || s.elections.flatMap { [$0.deadline, $0.fixing] }.contains { $0.map { near($0.stage.end) } == true }
                || Rows.alerts(model, state: state).contains { $0.countdown.map { near($0.target) } == true }
        case .schedule:
            return s.stages.contains { near($0.countdown.target) }
        case .officers, .retirements, .cases:
            return false
        }
    }

    /// Rows of the body area, for paging.
    public static func bodyHeight(forScreenHeight height: Int) -> Int { max(1, height - 5) }

    /// The frame at `now` (default: the moment the model was derived for). The header
    /// clock and the stage countdowns follow `now` to the second; alert wording follows
    /// the model, which the host re-derives every minute.
    public func render(_ model: DashboardModel, state: UIState, width: Int, height: Int, now: Date? = nil) -> CellGrid {
        let now = now ?? model.situation.now
        var grid = CellGrid(width: width, height: height)
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            let message = String(format: text(.tooSmall), Self.minimumWidth, Self.minimumHeight)
            let lines = wrap(message, width: max(1, width))
            for (i, line) in lines.enumerated() {
                grid.put(line, x: max(0, (width - DisplayWidth.of(line)) / 2), y: height / 2 - lines.count / 2 + i, role: .text)
            }
            return grid
        }
        let clock = Clock(zone: model.situation.zone, text: text)
        drawHeader(&grid, model, clock, now)
        drawTabs(&grid, state)
        var top = 3
        top += drawProblemBanner(&grid, model, clock, y: top)
        let body = (x: 0, y: top, width: width, height: height - 1 - top)
        switch state.view {
        case .overview: drawOverview(&grid, model, state, clock, now, body)
        case .officers: drawOfficers(&grid, model, state, now, body)
        case .retirements: drawRetirements(&grid, model, state, clock, body)
        case .schedule: drawSchedule(&grid, model, state, clock, now, body)
        case .cases: drawCases(&grid, model, state, now, body)
        }
        if state.showsDetail { drawDetail(&grid, model, state, clock, body) }
        drawStatus(&grid, model, state, clock)
        if state.showsHelp { drawHelp(&grid) }
        return grid
    }

    // MARK: Chrome

    func drawHeader(_ g: inout CellGrid, _ model: DashboardModel, _ clock: Clock, _ now: Date) {
        g.fill(x: 0, y: 0, width: g.width, role: .header)
        var x = g.put(" NETRA · \(model.dataset.settings.region)", x: 0, y: 0, role: .header, maxWidth: g.width / 2)
        if isDemo { x += g.put(" [\(text(.demo))]", x: x, y: 0, role: .demo) }
        let stamp = clock.header(now) + " "
        g.put(stamp, x: g.width - DisplayWidth.of(stamp), y: 0, role: .header)
    }

    private func drawTabs(_ g: inout CellGrid, _ state: UIState) {
        var x = 1
        for view in ViewID.allCases {
            let active = view == state.view
            // Brackets mark the active tab, so it does not rest on colour.
            let label = active ? "[\(view.rawValue + 1) \(text.viewNames[view.rawValue])]" : " \(view.rawValue + 1) \(text.viewNames[view.rawValue]) "
            let used = g.put(label, x: x, y: 1, role: active ? .tabActive : .tab)
            g.tabTargets.append((x..<(x + used), view))
            x += used + 1
        }
        g.fill(glyphs.horizontal, x: 0, y: 2, width: g.width, role: .border)
    }

    /// One line naming the first data problem, if any. Returns the rows used.
    private func drawProblemBanner(_ g: inout CellGrid, _ model: DashboardModel, _ clock: Clock, y: Int) -> Int {
        if let since = model.folderMissingSince {
            g.fill(x: 0, y: y, width: g.width, role: .banner)
            g.put(" \(glyphs.warning) " + text(.folderMissing).replacingOccurrences(of: "%@", with: clock.time(since, seconds: true)),
                  x: 0, y: y, role: .banner)
            return 1
        }
        let diagnostics = model.reading.diagnostics
        var messages = (diagnostics.first(where: { $0.severity == .error }) ?? diagnostics.first).map { [$0.formatted()] } ?? []
        // A file that broke after a change comes first, with since when.
        if let broken = model.broken.first, let first = broken.diagnostics.first(where: { $0.severity == .error }) ?? broken.diagnostics.first {
            // "since" first, so a narrow screen cuts the message, not the time.
            messages = [text(.brokenSince).replacingOccurrences(of: "%@", with: clock.time(broken.since, seconds: true)) + " — " + first.formatted()]
        }
        let all = messages + notices
        guard let first = all.first else { return 0 }
        let count = diagnostics.count + notices.count
        let more = count > 1 ? "  (+\(count - 1) \(text(.moreProblems)))" : ""
        g.fill(x: 0, y: y, width: g.width, role: .banner)
        g.put(" \(glyphs.warning) \(first)\(more)", x: 0, y: y, role: .banner)
        return 1
    }

    private func drawStatus(_ g: inout CellGrid, _ model: DashboardModel, _ state: UIState, _ clock: Clock) {
        let y = g.height - 1
        g.fill(x: 0, y: y, width: g.width, role: .muted)
        let right = " ? \(text(.help))  q \(text(.quit)) · \(text(.updated)) \(clock.time(model.loadedAt, seconds: true)) "
        let rightWidth = DisplayWidth.of(right)
        var left: String
        if state.isSearching {
            left = " / \(text(.searchPrompt)): \(state.query)▏"
        } else {
            let filters = text.filters(state.view), sorts = text.sorts(state.view)
            left = " f \(text(.filter)): \(filters[(state.filter[state.view] ?? 0) % filters.count])"
            if sorts.count > 1 { left += " · s \(text(.sort)): \(sorts[(state.sort[state.view] ?? 0) % sorts.count])" }
            if !state.query.isEmpty { left += " · / \(state.query)" }
            if let notice = state.notice { left += " · " + (notice == "selectionGone" ? text(.selectionGone) : notice) }
        }
        g.put(left, x: 0, y: y, role: state.isSearching ? .match : .muted, maxWidth: g.width - rightWidth - 1)
        g.put(right, x: g.width - rightWidth, y: y, role: .muted)
    }

    // MARK: Lists

    /// Draws a selectable list: heading row, then rows from the state's scroll offset.
    /// The rows of a list without building every row's identity: a frame over 100k
    /// officers asks only for the visible ones.
    struct ListRows {
        let count: Int
        let id: (Int) -> String
        /// Finds the row with an identity (the selection); `nil` when it is gone.
        let index: (String) -> Int?

        init(_ ids: [String]) {
            count = ids.count
            id = { ids[$0] }
            index = { ids.firstIndex(of: $0) }
        }

        init(count: Int, id: @escaping (Int) -> String, index: @escaping (String) -> Int?) {
            self.count = count
            self.id = id
            self.index = index
        }
    }

    private func drawList(_ g: inout CellGrid, state: UIState, ids: [String], columns: [Column], area: (x: Int, y: Int, width: Int, height: Int),
                          heading: Bool = true, fresh: (String) -> Bool = { _ in false }, row: (Int) -> (values: [String], roles: [StyleRole?])) {
        drawList(&g, state: state, rows: ListRows(ids), columns: columns, area: area, heading: heading, fresh: fresh, row: row)
    }

    private func drawList(_ g: inout CellGrid, state: UIState, rows list: ListRows, columns: [Column], area: (x: Int, y: Int, width: Int, height: Int),
                          heading: Bool = true, fresh: (String) -> Bool = { _ in false },
                          row: (Int) -> (values: [String], roles: [StyleRole?])) {
        let widths = Column.layout(columns, in: area.width - 2)
        let first = heading ? 1 : 0
        if heading { g.putRow(columns.map(\.title), widths: widths, columns: columns, x: area.x + 2, y: area.y, role: .title) }
        let rows = (count: list.count, pageSize: max(1, area.height - first))
        guard list.count > 0 else {
            g.put(text(.noRows), x: area.x + 2, y: area.y + 2, role: .muted)
            return
        }
        g.listExtent = (rows.count, rows.pageSize)
        // Without a selection (kiosk) the scroll offset alone says what shows.
        let selected = state.showsSelection ? state.selection[state.view].flatMap(list.index) ?? 0 : -1
        var top = state.showsSelection ? state.scroll[state.view] ?? 0 : state.screenful * rows.pageSize
        if state.showsSelection {
            if selected < top { top = selected }
            if selected >= top + rows.pageSize { top = selected - rows.pageSize + 1 }
        }
        top = max(0, min(top, max(0, rows.count - rows.pageSize)))
        for (offset, index) in (top..<min(rows.count, top + rows.pageSize)).enumerated() {
            let y = area.y + first + offset
            let (values, roles) = row(index)
            let isSelected = index == selected
            g.rowTargets[y] = list.id(index)
            if isSelected {
                g.fill(x: area.x, y: y, width: area.width, role: .selection)
                g.put(String(glyphs.pointer), x: area.x, y: y, role: .selection)
            }
            let isFresh = fresh(list.id(index))
            g.putRow(values, widths: widths, columns: columns, x: area.x + 2, y: y, role: isSelected ? .selection : (isFresh ? .match : .text),
                     roles: isSelected || isFresh ? [] : roles)
            // Changed in the last reload: a glyph as well as the highlight.
            if isFresh { g.put("•", x: area.x + 1, y: y, role: .match) }
        }
        // Where the selection is (or which rows show), on the separator under the tabs.
        let position = state.showsSelection ? " \(selected + 1)/\(rows.count) "
            : " \(top + 1)–\(min(rows.count, top + rows.pageSize))/\(rows.count) "
        g.put(position, x: g.width - DisplayWidth.of(position) - 2, y: 2, role: .muted)
    }

    private func role(for severity: Alert.Severity) -> StyleRole {
        switch severity {
        case .critical: .alertCritical
        case .warning: .alertWarning
        case .info: .alertInfo
        }
    }

    private func glyph(for severity: Alert.Severity) -> String {
        switch severity {
        case .critical: glyphs.critical
        case .warning: glyphs.warning
        case .info: glyphs.info
        }
    }

    // MARK: Overview

    func drawOverview(_ g: inout CellGrid, _ model: DashboardModel, _ state: UIState, _ clock: Clock, _ now: Date,
                      _ area: (x: Int, y: Int, width: Int, height: Int)) {
        let s = model.situation
        var y = area.y
        // Narrow screens get the short deadline label, so stage names keep their room.
        let deadlines = text.deadlineLines(s, wide: g.width >= 110)
        let labelWidth = ([text(.running), text(.next)] + deadlines.map(\.label)).map(DisplayWidth.of).max()! + 2
        func line(_ label: String, _ draw: (inout CellGrid, Int) -> Void) {
            g.put(" " + label, x: 0, y: y, role: .muted, maxWidth: labelWidth)
            draw(&g, 1 + labelWidth)
            y += 1
        }
        let running = s.runningStages
        if running.isEmpty {
            line(text(.running)) { g, x in g.put(text(.none), x: x, y: y, role: .muted) }
        }
        for stage in running.prefix(2) {
            line(text(.running)) { g, x in
                var cx = x + g.put("\(glyphs.running) \(stage.stage.name)", x: x, y: y, role: .text, maxWidth: g.width - x - 44)
                cx = max(cx + 2, g.width - 42)
                g.progressBar(stage.progress, x: cx, y: y, width: 22, glyphs: glyphs)
                g.put("\(text(.ends)) \(stage.countdown.at(now).label)", x: cx + 23, y: y, role: .countdown)
            }
        }
        line(text(.next)) { g, x in
            guard let next = s.nextStage else { g.put(text(.none), x: x, y: y, role: .muted); return }
            let when = "\(text(.starts)) \(clock.stamp(next.stage.start))"
            let countdown = next.countdown.at(now).label
            g.put("\(glyphs.upcoming) \(next.stage.name)", x: x, y: y, role: .text, maxWidth: g.width - x - DisplayWidth.of(when) - DisplayWidth.of(countdown) - 4)
            g.put(when, x: g.width - DisplayWidth.of(when) - DisplayWidth.of(countdown) - 3, y: y, role: .muted)
            g.put(countdown, x: g.width - DisplayWidth.of(countdown) - 1, y: y, role: .countdown)
        }
        for (label, deadline, isCutOff) in deadlines {
            line(label) { g, x in
                let when = clock.stamp(deadline.stage.end, writtenIn: deadline.countdown.zone)
                let left = deadline.countdown.at(now)
                let countdown = left.hasPassed ? "\(text(isCutOff ? .passed : .ended)) \(left.dayLabel)" : left.label
                g.put(deadline.stage.name, x: x, y: y, role: .text, maxWidth: g.width - x - DisplayWidth.of(when) - DisplayWidth.of(countdown) - 4)
                g.put(when, x: g.width - DisplayWidth.of(when) - DisplayWidth.of(countdown) - 3, y: y, role: .muted)
                g.put(countdown, x: g.width - DisplayWidth.of(countdown) - 1, y: y, role: left.hasPassed && isCutOff ? .alertCritical : .countdown)
            }
        }
        y += 1
        let c = s.counts
        var x = 1
        for (label, value) in [(text(.officers), c.officers), (text(.candidates), c.candidates),
                               (text(.pendingRetirements), c.pendingRetirements), (text(.openCases), c.openCases)] {
            x += g.put("\(label) ", x: x, y: y, role: .muted)
            x += g.put("\(value)", x: x, y: y, role: .title) + 3
        }
        y += 2
        var alerts = Rows.alerts(model, state: state)
        var ids = Rows.ids(model, state: state)
        if !privacy.caseDetails {
            // A public screen shows cases only as counts, never one by one. Remembered:
            // a kiosk redraws every second, and 100k officers make thousands of alerts.
            let all = alerts
            (alerts, ids) = model.cache.value("public-alerts:\(state.filter[.overview] ?? 0):\(state.query)") {
                let kept = all.filter { $0.caseID == nil }
                return (kept, kept.map(Rows.alertID))
            }
        }
        let counts = Alert.Severity.allCases.reversed().map { sev in (sev, alerts.filter { $0.severity == sev }.count) }
        x = g.put(" \(text(.alerts)) (\(alerts.count))", x: 0, y: y, role: .title) + 2
        for (sev, n) in counts where n > 0 { x += g.put("\(glyph(for: sev)) \(n) \(text.severity(sev))", x: x, y: y, role: role(for: sev)) + 2 }
        y += 1
        guard !alerts.isEmpty else {
            g.put(" " + text(.noAlerts), x: 0, y: y + 1, role: .ok)
            return
        }
        let columns = [Column(title: "", width: 2), Column(title: "", width: 8), Column(title: "", width: 11),
                       Column(title: "", width: 20, flex: 1)]
        drawList(&g, state: state, ids: ids, columns: columns, area: (0, y, area.width, area.y + area.height - y),
                 heading: false, fresh: { model.isFreshlyChanged($0, now: now) }) { i in
            let a = alerts[i]
            let officer = a.nip.flatMap { model.dataset.roster[$0] }
            let who = officer.map { privacy.name($0.name) } ?? a.nip.map { privacy.nip($0) }
            let sentence = text.sentence(for: a, name: who, candidacy: officer?.candidacy.isActiveCandidate == true ? officer?.candidacy : nil)
            let r = role(for: a.severity)
            let left = a.countdown.map { $0.at(now).label } ?? ""
            return ([glyph(for: a.severity), text.severity(a.severity), left, sentence], [r, r, .countdown, nil])
        }
    }

    // MARK: Officers

    func drawOfficers(_ g: inout CellGrid, _ model: DashboardModel, _ state: UIState, _ now: Date, _ area: (x: Int, y: Int, width: Int, height: Int)) {
        let officers = model.dataset.officers
        let indices = Rows.officers(model, state: state)
        let columns = [
            Column(title: "", width: 1),
            Column(title: text(.nip), width: 18),
            Column(title: text(.name), width: 14, flex: 3),
            Column(title: text(.unit), width: 12, flex: 3, dropOrder: 1),
            Column(title: text(.position), width: 12, flex: 3, dropOrder: 4),
            Column(title: text(.grade), width: 5),
            Column(title: text(.candidacy), width: 10),
            Column(title: text(.party), width: 10, flex: 2, dropOrder: 3),
            Column(title: text(.district), width: 9, flex: 1, dropOrder: 2),
            Column(title: text(.retirement), width: 11),
        ]
        // NIPs compare as integers: no string per officer per frame.
        let list = ListRows(count: indices.count, id: { officers[indices[$0]].nip.description }, index: { id in
            guard let value = UInt64(id) else { return nil }
            return indices.firstIndex { officers[$0].nip.value == value }
        })
        drawList(&g, state: state, rows: list, columns: columns, area: area, fresh: { model.isFreshlyChanged($0, now: now) }) { i in
            let o = officers[indices[i]]
            let mark = o.candidacy.isActiveCandidate ? String(glyphs.candidate) : ""
            let retire = o.ageRetirementDate.map(text.date) ?? "—"
            let horizon = model.situation.today.adding(months: model.dataset.settings.thresholds.ageRetirementMonths)
            let soon = o.ageRetirementDate.map { $0 > model.situation.today && $0 <= horizon } ?? false
            return ([mark, privacy.nip(o.nip), privacy.name(o.name), o.unit, o.position, o.grade, text.candidacy(o.candidacy), o.party, o.district, retire],
                    [.alertWarning, nil, nil, nil, nil, nil, o.candidacy.isActiveCandidate ? .alertWarning : nil, nil, nil, soon ? .countdown : nil])
        }
    }

    // MARK: Retirements

    private func track(_ stage: RequestStage) -> String {
        let order: [RequestStage] = [.filed, .verified, .sent, .decreed]
        if stage == .rejected { return "✕ " + text.stage(stage) }
        let reached = (order.firstIndex(of: stage) ?? 0) + 1
        return String(repeating: glyphs.barFull, count: reached) + String(repeating: glyphs.barEmpty, count: 4 - reached) + " " + text.stage(stage)
    }

    func drawRetirements(_ g: inout CellGrid, _ model: DashboardModel, _ state: UIState, _ clock: Clock,
                         _ area: (x: Int, y: Int, width: Int, height: Int)) {
        let items = Rows.retirements(model, state: state)
        let columns = [
            Column(title: "", width: 1),
            Column(title: text(.name), width: 14, flex: 3),
            Column(title: text(.nip), width: 18, dropOrder: 5),
            Column(title: text(.kind), width: 12, flex: 1),
            Column(title: text(.filed), width: 11, dropOrder: 2),
            Column(title: text(.stage), width: 17),
            Column(title: text(.effective), width: 11, dropOrder: 1),
            Column(title: text(.daysLeft), width: 7, alignRight: true),
            Column(title: text(.pension), width: 14, flex: 1, dropOrder: 4),
            Column(title: text(.waited), width: 10, alignRight: true),
        ]
        drawList(&g, state: state, ids: Rows.ids(model, state: state), columns: columns, area: area) { i in
            switch items[i] {
            case .request(let p):
                let o = p.officer
                let mark = o?.candidacy.isActiveCandidate == true ? String(glyphs.candidate) : ""
                let waited = "\(p.workingDaysWaiting) \(text(.workingDays))" + (p.isProcessingOverdue ? " \(glyphs.warning)" : "")
                return ([mark, o.map { privacy.name($0.name) } ?? text(.unknownOfficer), privacy.nip(p.request.nip), text.kind(p.request.kind),
                         text.date(p.request.filedOn), track(p.request.stage), p.request.effectiveOn.map(text.date) ?? "—",
                         p.deadline?.dayLabel ?? "—", p.pension.map { text.pension($0.verdict) } ?? "—", waited],
                        [.alertWarning, nil, nil, nil, nil, .progress, nil, .countdown,
                         p.pension?.verdict == .withoutPension ? .alertWarning : nil, p.isProcessingOverdue ? .alertWarning : nil])
            case .age(let a):
                let left = Countdown(to: a.date.instant(in: clock.zone), from: model.situation.now, in: clock.zone).dayLabel
                return (["", privacy.name(a.officer.name), privacy.nip(a.officer.nip), text(.ageRetirement), "—", "—", text.date(a.date), left, "—", ""],
                        [nil, nil, nil, .muted, nil, nil, .countdown, a.isPast ? .alertCritical : .countdown, nil, nil])
            }
        }
    }

    // MARK: Schedule

    func drawSchedule(_ g: inout CellGrid, _ model: DashboardModel, _ state: UIState, _ clock: Clock, _ now: Date,
                      _ area: (x: Int, y: Int, width: Int, height: Int)) {
        let stages = Rows.stages(model, state: state)
        let columns = [
            Column(title: text(.status), width: 14),
            Column(title: text(.stage), width: 20, flex: 1),
            Column(title: text(.starts).capitalized, width: 22, dropOrder: 1),
            Column(title: text(.ends).capitalized, width: 22),
            Column(title: text(.daysLeft), width: 12, alignRight: true),
        ]
        drawList(&g, state: state, ids: Rows.ids(model, state: state), columns: columns, area: area) { i in
            let st = stages[i]
            let glyph = switch st.phase { case .done: glyphs.done; case .running: glyphs.running; case .upcoming: glyphs.upcoming }
            var name = st.stage.name
            name += text.stageMark(st.stage.id, schedule: model.dataset.schedule, warning: glyphs.warning)
            let phaseRole: StyleRole = st.phase == .running ? .ok : (st.phase == .done ? .muted : .text)
            let left = st.countdown.at(now).label
            let countdown = st.phase == .running ? "\(Int(st.progress * 100))% \(left)" : (st.phase == .done ? "" : left)
            return (["\(glyph) \(text.phase(st.phase))", name, clock.stamp(st.stage.start), clock.stamp(st.stage.end), countdown],
                    [phaseRole, st.phase == .done ? .muted : nil, .muted, .muted, .countdown])
        }
    }

    // MARK: Cases

    func drawCases(_ g: inout CellGrid, _ model: DashboardModel, _ state: UIState, _ now: Date, _ area: (x: Int, y: Int, width: Int, height: Int)) {
        let cases = model.situation.cases
        let indices = Rows.cases(model, state: state)
        let columns = [
            Column(title: "", width: 1),
            Column(title: "ID", width: 12, flex: 1),
            Column(title: text(.reported), width: 11, dropOrder: 2),
            Column(title: text(.source), width: 10),
            Column(title: text(.status), width: 11),
            Column(title: text(.due), width: 11),
            Column(title: "", width: 11),
            Column(title: text(.officer), width: 12, flex: 2, dropOrder: 1),
            Column(title: text(.category), width: 10, flex: 2, dropOrder: 3),
        ]
        drawList(&g, state: state, ids: Rows.ids(model, state: state), columns: columns, area: area,
                 fresh: { model.isFreshlyChanged($0, now: now) }) { i in
            let c = cases[indices[i]]
            let mark = c.officerIsCandidate ? String(glyphs.candidate) : ""
            let late = c.isOverdue ? "\(text(.overdue)) +\(c.daysPastDue)" : ""
            return ([mark, c.item.id, text.date(c.item.reportedOn), text.source(c.item.source), text.status(c.item.status),
                     text.date(c.due), late, c.officer.map { privacy.name($0.name) } ?? (c.item.nip.map { privacy.nip($0) } ?? "—"), c.item.category],
                    [.alertWarning, nil, nil, nil, c.item.status.isOpen ? nil : .muted, c.isOverdue ? .alertCritical : nil,
                     .alertCritical, nil, nil])
        }
    }

    // MARK: Detail and help

    private func drawDetail(_ g: inout CellGrid, _ model: DashboardModel, _ state: UIState, _ clock: Clock,
                            _ area: (x: Int, y: Int, width: Int, height: Int)) {
        let rows = UIState.Rows(ids: Rows.ids(model, state: state), pageSize: area.height - 1)
        guard let index = state.selectedIndex(in: rows) else { return }
        let id = rows.ids[index]
        var fields: [(String, String)] = []
        var title = text(.detail)
        var officer: Officer?
        switch state.view {
        case .cases:
            guard let c = model.situation.cases.first(where: { $0.item.id == id }) else { return }
            title = "\(text.viewNames[ViewID.cases.rawValue]) \(c.item.id)"
            officer = c.officer
            fields = [(text(.reported), text.date(c.item.reportedOn)), (text(.source), text.source(c.item.source)),
                      (text(.status), text.status(c.item.status)),
                      (text(.due), text.date(c.due) + (c.isOverdue ? "  \(text(.overdue)) +\(c.daysPastDue)" : "")),
                      (text(.category), c.item.category), (text(.summary), c.item.summary)]
            if officer == nil, let nip = c.item.nip { fields.append((text(.nip), nip.description)) }
        case .officers:
            officer = UInt64(id).flatMap { model.dataset.roster[NIP(value: $0)] }
            title = officer?.name ?? title
        case .retirements:
            let items = Rows.retirements(model, state: state)
            guard let item = items.first(where: { $0.id == id }) else { return }
            switch item {
            case .request(let p):
                officer = p.officer
                fields = [(text(.kind), text.kind(p.request.kind)), (text(.filed), text.date(p.request.filedOn)),
                          (text(.stage), text.stage(p.request.stage)), (text(.effective), p.request.effectiveOn.map(text.date) ?? "—"),
                          (text(.waited), "\(p.workingDaysWaiting) \(text(.workingDays))")]
            case .age(let a):
                officer = a.officer
                fields = [(text(.ageRetirement), text.date(a.date))]
            }
        case .overview:
            let alert = Rows.alerts(model, state: state).first { Rows.alertID($0) == id }
            officer = alert?.nip.flatMap { model.dataset.roster[$0] }
            if let alert {
                fields = [(text.severity(alert.severity), text.sentence(for: alert, name: officer?.name, candidacy: nil))]
                if let cd = alert.countdown { fields.append((text(.due), "\(clock.stamp(cd.target, writtenIn: cd.zone))  \(cd.label)")) }
            }
        case .schedule:
            guard let st = model.situation.stages.first(where: { $0.stage.id == id }) else { return }
            title = st.stage.name
            fields = [(text(.status), text.phase(st.phase)), (text(.starts), clock.stamp(st.stage.start)),
                      (text(.ends), clock.stamp(st.stage.end)), (text(.daysLeft), st.countdown.label),
                      (text(.progress), "\(Int(st.progress * 100))%")]
        }
        if let o = officer {
            fields += [(text(.officer), o.name), (text(.nip), o.nip.description), (text(.unit), o.unit), (text(.position), o.position),
                       (text(.grade), o.grade), (text(.candidacy), text.candidacy(o.candidacy) + (o.party.isEmpty ? "" : " · \(o.party)")
                            + (o.district.isEmpty ? "" : " · \(o.district)")),
                       (text(.retirement), text.retirementDetail(o))]
            if let birth = o.birthDate, let start = o.serviceStart {
                let today = model.situation.today
                fields.append(("\(text(.age)) / \(text(.serviceYears))", "\(birth.wholeYears(until: today)) / \(max(0, start.wholeYears(until: today)))"))
            }
            if let cand = model.situation.candidates.first(where: { $0.officer.nip == o.nip }) {
                fields.append((text(.pension), text.pensionDetail(cand.pension)))
            }
            for r in model.dataset.requests where r.nip == o.nip {
                fields.append((text(.requests), "\(text.kind(r.kind)) · \(text.date(r.filedOn)) · \(text.stage(r.stage))"
                               + (r.decreeNumber.isEmpty ? "" : " · \(r.decreeNumber)")))
            }
        }
        let w = min(area.width - 4, max(60, area.width * 3 / 5))
        let x = area.x + area.width - w  // flush right: no list text peeks out beside the pane
        let inner = g.box(x: x, y: area.y, width: w, height: area.height, title: "\(title) — \(text(.closeHint))", glyphs: glyphs)
        let labelWidth = min(18, fields.map { DisplayWidth.of($0.0) }.max() ?? 10)
        var y = inner.y
        for (label, value) in fields {
            guard y < inner.y + inner.height else { break }
            g.put(label, x: inner.x, y: y, role: .muted, maxWidth: labelWidth)
            for line in wrap(value, width: inner.width - labelWidth - 2) {
                guard y < inner.y + inner.height else { break }
                g.put(line, x: inner.x + labelWidth + 2, y: y, role: .text)
                y += 1
            }
            if value.isEmpty { y += 1 }
        }
    }

    private func drawHelp(_ g: inout CellGrid) {
        let bindings = KeyMap.bindings
        let h = min(g.height - 2, bindings.count + 2)
        let w = min(g.width - 4, 64)
        let inner = g.box(x: (g.width - w) / 2, y: (g.height - h) / 2, width: w, height: h, title: text(.helpTitle) + " — Esc", glyphs: glyphs)
        for (i, b) in bindings.prefix(inner.height).enumerated() {
            g.put(b.label, x: inner.x, y: inner.y + i, role: .title, maxWidth: 12)
            g.put(b.help[text.language] ?? "", x: inner.x + 13, y: inner.y + i, role: .text, maxWidth: inner.width - 13)
        }
    }
}
