import Foundation
import NetraCore

/// Ringkasan: a dashboard of panels, each answering one of the Sekda's questions —
/// candidates against their deadline, the election timeline, the alerts (grouped),
/// who leaves the service, the cases, the units that need attention. The selectable
/// list is the alerts; the panels reflow with the terminal (`OverviewLayout`).
struct OverviewView: ViewRoom {
    let id = ViewID.overview

    enum Filter: Int, ViewChoice {
        case all, criticalAndWarning
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .criticalAndWarning: input.text(.filterCriticalWarning)
            }
        }
        func includes(_ alert: Alert) -> Bool { self == .all || alert.severity >= .warning }
    }

    enum Sort: Int, ViewChoice {
        case urgency
        func label(_ input: ViewInput) -> String { input.text(.sortUrgency) }
    }

    /// One line of the alerts list: an alert, a group of alerts of one kind, or (when
    /// its group is expanded) one member of a group.
    enum Row {
        case single(Alert)
        case group(AlertGroup)
        case member(Alert)

        var id: RowID {
            switch self {
            case .single(let a): .alert(AlertSubject(a))
            case .group(let g): .alertGroup(g.key)
            case .member(let a): .alertMember(AlertSubject(a))
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    /// The alerts listed: filtered, searched, and without case alerts on a public
    /// screen (cases show there only as counts). Remembered with the model: a kiosk
    /// redraws every second, and 100k officers make thousands of alerts.
    func alerts(_ input: ViewInput) -> [Alert] {
        input.model.cache.rows(input.query(id)) { () -> [Alert] in
            let filter = Filter.chosenFilter(input.state, id)
            // "All" shares the situation's array: a filtered copy of 100k alerts would
            // double their memory for each model.
            var shown = filter == .all ? input.situation.alerts : input.situation.alerts.filter(filter.includes)
            if !input.privacy.caseDetails { shown = shown.filter { $0.caseID == nil } }
            let query = SearchIndex.fold(input.state.search[id] ?? "")
            guard !query.isEmpty else { return shown }
            let roster = input.model.dataset.roster
            return shown.filter { alert in
                let name = alert.nip.flatMap { roster[$0]?.name } ?? ""
                return SearchIndex.fold([name, alert.nip?.description ?? "", alert.caseID ?? ""].joined(separator: " ")).contains(query)
            }
        }
    }

    /// The list's rows: alerts grouped by kind and severity (three or more make a
    /// group), and the members of the groups the user expanded. A search lists every
    /// match on its own.
    func rows(_ input: ViewInput) -> [Row] {
        // Remembered with the model: grouping thousands of alerts every second (a kiosk,
        // a seconds countdown) would cost more than drawing the frame.
        var key = input.query(id)
        key.expanded = input.state.expanded
        return input.model.cache.rows(key) { computeRows(input) }
    }

    private func computeRows(_ input: ViewInput) -> [Row] {
        let alerts = alerts(input)
        guard (input.state.search[id] ?? "").isEmpty else { return alerts.map(Row.single) }
        var rows: [Row] = []
        for line in AlertLine.grouping(alerts) {
            switch line {
            case .single(let a): rows.append(.single(a))
            case .group(let g):
                rows.append(.group(g))
                if input.state.expanded.contains(g.key) { rows += g.alerts.map(Row.member) }
            }
        }
        return rows
    }

    func rowIDs(_ input: ViewInput) -> [RowID] {
        var key = input.query(id)
        key.expanded = input.state.expanded
        return input.model.cache.ids(key) { rows(input).map(\.id) }
    }

    private func layout(_ body: Rect, _ input: ViewInput) -> OverviewLayout {
        OverviewLayout(body: body, elections: input.situation.elections.count, alertRows: rowIDs(input).count)
    }

    func listPlacement(in body: Rect, _ input: ViewInput) -> ListPlacement {
        ListPlacement(rect: layout(body, input).alertList, hasHeading: false)
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input
        let panels = layout(body, input)
        if let r = panels.figures { drawFigures(&context, r) }
        if let r = panels.candidates { CandidatesPanel.draw(&context, in: r, compact: panels.compactTimeline) }
        if let r = panels.timeline { TimelinePanel.draw(&context, in: r, compact: panels.compactTimeline) }
        if let r = panels.cases { CasesPanel.draw(&context, in: r) }
        if let r = panels.leaving { LeavingPanel.draw(&context, in: r) }
        if let r = panels.units { UnitsPanel.draw(&context, in: r) }
        drawAlerts(&context, panels.alerts, list: list)
    }

    /// `Pegawai 37 · Calon 5 (4 tanpa SK) · Pensiun dalam proses 5 · Kasus terbuka 3`
    private func drawFigures(_ context: inout DrawContext, _ rect: Rect) {
        let text = context.text, c = context.input.situation.counts
        let without = OverviewFigures.of(context.input).withoutDecree
        var x = rect.x + 1
        for (label, value, extra) in [(text(.officers), c.officers, ""), (text(.candidates), c.candidates, " (\(without) \(text(UIText.Word.withoutDecree)))"),
                                      (text(.pendingRetirements), c.pendingRetirements, ""), (text(.openCases), c.openCases, "")] {
            x += context.grid.put("\(label) ", x: x, y: rect.y, role: .muted)
            x += context.grid.put("\(value)", x: x, y: rect.y, role: .title)
            x += context.grid.put(extra, x: x, y: rect.y, role: without > 0 ? .alertWarning : .muted) + 3
        }
    }

    /// The alerts box: its title counts by severity; each line says its severity once
    /// (glyph, word, colour — kept on the selected line), a countdown, and a sentence.
    private func drawAlerts(_ context: inout DrawContext, _ rect: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs
        let alerts = alerts(input)
        let counts = Alert.Severity.allCases.reversed().map { sev in (sev, alerts.filter { $0.severity == sev }.count) }
        let title = "\(text.title(.alerts)) (\(alerts.count))" + counts.filter { $0.1 > 0 }.map { "  \($0.0.glyph(glyphs)) \($0.1) \(text.severity($0.0))" }.joined()
        PanelBox.draw(&context, rect, title: title)
        guard !alerts.isEmpty else {
            context.grid.put(text(.noAlerts), x: rect.x + 2, y: rect.y + 1, role: .ok, maxWidth: rect.width - 4)
            return
        }
        let rows = rows(input)
        let columns = [Column(title: "", width: 2), Column(title: "", width: 8), Column(title: "", width: 13),
                       Column(title: "", width: 20, flex: 1)]
        let model = input.model, privacy = input.privacy
        ListWidget.draw(&context, window: list, columns: columns, fresh: { model.isFreshlyChanged($0, now: input.now) },
                        keepWhenSelected: [.alertCritical, .alertWarning, .alertInfo]) { i in
            func sentence(_ a: Alert) -> String {
                let officer = a.nip.flatMap { model.dataset.roster[$0] }
                let who = officer.map { privacy.name(of: $0) } ?? a.nip.map { privacy.nip($0) }
                return text.sentence(for: a, name: who, candidacy: officer?.candidacy.isActiveCandidate == true ? officer?.candidacy : nil)
            }
            func left(_ a: Alert) -> String { a.countdown.map { text.countdown($0.at(input.now)) } ?? "" }
            switch rows[i] {
            case .single(let a):
                return ([a.severity.glyph(glyphs), text.severity(a.severity), left(a), sentence(a)], [a.severity.role, a.severity.role, .countdown, nil])
            case .group(let g):
                let hint = " (\(text.groupHint(expanded: input.state.expanded.contains(g.key))))"
                return ([g.severity.glyph(glyphs), text.severity(g.severity), left(g.alerts[0]), text.groupSentence(g) + hint],
                        [g.severity.role, g.severity.role, .countdown, .title])
            case .member(let a):
                return (["", "", left(a), "  " + sentence(a)], [nil, nil, .countdown, nil])
            }
        }
    }

    /// Enter on a group expands or collapses it instead of opening a detail.
    func open(_ id: RowID, state: inout UIState) -> Bool {
        guard case .alertGroup(let group) = id else { return false }
        if state.expanded.remove(group) == nil { state.expanded.insert(group) }
        return true
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        let subject = id.alert
        let alert = subject.flatMap { subject in alerts(input).first { AlertSubject($0) == subject } }
        let officer = alert?.nip.flatMap { input.model.dataset.roster[$0] }
        var fields: [(label: String, value: String)] = []
        if let alert {
            fields = [(input.text.severity(alert.severity), input.text.sentence(for: alert, name: officer?.displayName, candidacy: nil))]
            if let cd = alert.countdown {
                fields.append((input.text(.due), "\(input.time.stamp(cd.target, writtenIn: cd.zone))  \(input.text.countdown(cd.at(input.now)))"))
            }
        }
        return Detail(title: nil, fields: fields, officer: officer)
    }

    func needsSecondTicks(_ input: ViewInput) -> Bool {
        let s = input.situation
        return s.runningStages.contains { input.isNear($0.stage.end) } || s.nextStage.map { input.isNear($0.stage.start) } == true
            || s.elections.flatMap { [$0.deadline, $0.fixing] }.contains { $0.map { input.isNear($0.stage.end) } == true }
            || alerts(input).contains { $0.countdown.map { input.isNear($0.target) } == true }
    }
}

extension ViewInput {
    /// Whether `target` is close enough that its countdown shows seconds.
    func isNear(_ target: Date) -> Bool {
        let s = target.timeIntervalSince(now)
        return s >= 0 && s <= Double(Countdown.exactWindow) + 1
    }
}
