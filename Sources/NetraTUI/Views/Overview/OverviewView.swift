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
        /// *Sejak kemarin*: what the journal recorded since the last look (first line).
        case changes(ChangesDigest)

        var id: RowID {
            switch self {
            case .changes: .changes
            case .single(let a): .alert(AlertSubject(a))
            case .group(let g): .alertGroup(g.key)
            case .member(let a): .alertMember(AlertSubject(a))
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    /// The alerts listed: filtered, searched, and without case alerts on a public
    /// screen (cases show there only as counts). Remembered with the derivation: a kiosk
    /// redraws every second, and 100k officers make thousands of alerts.
    func alerts(_ input: ViewInput) -> [Alert] {
        input.model.derived.rows(input.query(id)) { () -> [Alert] in
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
        let grouped = groupedRows(input)
        // Not on a public screen: the changes name people. Not in a search's matches.
        guard let digest = input.model.sinceLook, !digest.isEmpty, input.privacy.caseDetails,
              (input.state.search[id] ?? "").isEmpty else { return grouped }
        return [.changes(digest)] + grouped
    }

    /// The alerts' rows without the digest's line, remembered with the derivation: the
    /// groups hold copies of their alerts (thousands at 1M officers), the same under
    /// every digest.
    private func groupedRows(_ input: ViewInput) -> [Row] {
        var key = input.query(id)
        key.expanded = input.state.expanded
        return input.model.derived.rows(key) { () -> [Row] in
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
    }

    func rowIDs(_ input: ViewInput) -> [RowID] {
        var key = input.query(id)
        key.expanded = input.state.expanded
        return input.model.cache.ids(key) { rows(input).map(\.id) }
    }

    func listPlacement(in body: Rect, _ input: ViewInput) -> ListPlacement {
        let panels = input.model.cache.memo(Self.planKey(body, input)) { OverviewLayout.plan(body: body, input: input) }
        return ListPlacement(rect: panels.alertList, hasHeading: false, panels: panels)
    }

    /// The panels' plan is worked out once per model, size and list query, not per frame:
    /// measuring every panel's lines was 40 % of a keystroke's 6–9 ms at 100k officers
    /// (a `j` moves the selection and changes nothing the plan depends on). The model is
    /// derived anew each minute (and with each digest), so the plan follows the clock.
    ///
    /// Every part is spelled out: interpolating a struct (the glyphs, the privacy, a
    /// group's key) describes it by reflection, which was ≈5 % of a `j` at 100k officers.
    static func planKey(_ body: Rect, _ input: ViewInput) -> String {
        let q = input.query(.overview)
        let expanded = input.state.expanded.map { "\($0.kind.rawValue):\($0.severity.rawValue):\($0.election ?? "")" }.sorted().joined(separator: ",")
        let p = input.privacy
        return "overview-plan|\(body.x),\(body.y),\(body.width),\(body.height)|\(q.filter)|\(q.search)|\(q.publicOnly)|\(expanded)"
            + "|\(input.text.language.rawValue)|\(input.glyphs.signature)"
            + "|\(p.names.rawValue),\(p.nips.rawValue),\(p.caseDetails),\(p.people.rawValue),\(p.minGroup)"
    }

    /// Draws the panels where the frame's layout put them (computed once, with the
    /// list's placement).
    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input
        let panels = list.placement.panels ?? OverviewLayout.plan(body: body, input: input)
        for (panel, r) in panels.rects.sorted(by: { $0.key < $1.key }) {
            switch panel {
            case .figures: PanelLines.draw(&context, KeyFacts.figureLines(input, width: r.width - 1), in: Rect(x: r.x + 1, y: r.y, width: r.width - 1, height: r.height))
            case .circular:
                if let line = KeyFacts.circularLine(input, width: r.width - 1) { PanelLines.draw(&context, [line], in: Rect(x: r.x + 1, y: r.y, width: r.width - 1, height: 1)) }
            case .leavingLine:
                if let line = KeyFacts.leavingLine(&context, width: r.width - 1) { PanelLines.draw(&context, [line], in: Rect(x: r.x + 1, y: r.y, width: r.width - 1, height: 1)) }
            case .candidates: CandidatesPanel.draw(&context, in: r, compact: panels.compact)
            case .timeline: TimelinePanel.draw(&context, in: r, compact: panels.compact)
            case .cases: CasesPanel.draw(&context, in: r)
            case .leaving: LeavingPanel.draw(&context, in: r)
            case .units: UnitsPanel.draw(&context, in: r)
            case .alerts: AlertsPanel.draw(&context, r, list: list, columns: panels.alertColumns)
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
        if id == .changes, let digest = input.model.sinceLook {
            // Newest first, each with its moment on the office's clock.
            let fields = digest.events.reversed().map { e in
                (label: Messages.journalShortMoment(e.at, zone: input.situation.zone).text(input.text.language),
                 value: UntrustedText.sanitized(Messages.journalEvent(e).text(input.text.language)))
            }
            return Detail(title: input.text.changesSince(digest, zone: input.situation.zone), fields: fields, officer: nil)
        }
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
