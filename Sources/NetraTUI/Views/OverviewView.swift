import Foundation
import NetraCore

/// Ringkasan: the running and next stages, the decree deadline and the DCT date, the
/// headline counts, and every alert, most urgent first.
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

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    /// The alerts listed: filtered, searched, and without case alerts on a public
    /// screen (cases show there only as counts). Remembered with the model: a kiosk
    /// redraws every second, and 100k officers make thousands of alerts.
    func alerts(_ input: ViewInput) -> [Alert] {
        input.model.cache.rows(input.query(id)) { () -> [Alert] in
            let filter = Filter.chosenFilter(input.state, id)
            var shown = input.situation.alerts.filter(filter.includes)
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

    /// An alert's identity: its kind and subject.
    static func alertID(_ a: Alert) -> String { "\(a.kind.rawValue):\(a.nip?.description ?? ""):\(a.caseID ?? "")" }

    func rowIDs(_ input: ViewInput) -> [String] {
        input.model.cache.ids(input.query(id)) { alerts(input).map(Self.alertID) }
    }

    /// The stage lines above the counts: the running stages (at most two, or a dash),
    /// the next stage, and each deadline the schedule names.
    private func stageLines(_ input: ViewInput, width: Int) -> Int {
        max(1, min(2, input.situation.runningStages.count)) + 1 + input.text.deadlineLines(input.situation, wide: width >= 110).count
    }

    /// The list starts under the stage lines, a gap, the counts, a gap and the alerts' title.
    func listPlacement(in body: Rect, _ input: ViewInput) -> ListPlacement {
        ListPlacement(rect: body.from(line: body.y + stageLines(input, width: body.width) + 4), hasHeading: false)
    }

    func draw(_ context: inout DrawContext, body area: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs
        let s = input.situation, time = input.time
        var y = area.y
        // Narrow screens get the short deadline label, so stage names keep their room.
        let deadlines = text.deadlineLines(s, wide: context.width >= 110)
        let labelWidth = ([text(.running), text(.next)] + deadlines.map(\.label)).map(DisplayWidth.of).max()! + 2
        func line(_ label: String, _ draw: (inout CellGrid, Int) -> Void) {
            context.grid.put(" " + label, x: 0, y: y, role: .muted, maxWidth: labelWidth)
            draw(&context.grid, 1 + labelWidth)
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
                g.put("\(text(.ends)) \(stage.countdown.at(input.now).label)", x: cx + 23, y: y, role: .countdown)
            }
        }
        line(text(.next)) { g, x in
            guard let next = s.nextStage else { g.put(text(.none), x: x, y: y, role: .muted); return }
            let when = "\(text(.starts)) \(time.stamp(next.stage.start))"
            let countdown = next.countdown.at(input.now).label
            g.put("\(glyphs.upcoming) \(next.stage.name)", x: x, y: y, role: .text,
                  maxWidth: g.width - x - DisplayWidth.of(when) - DisplayWidth.of(countdown) - 4)
            g.put(when, x: g.width - DisplayWidth.of(when) - DisplayWidth.of(countdown) - 3, y: y, role: .muted)
            g.put(countdown, x: g.width - DisplayWidth.of(countdown) - 1, y: y, role: .countdown)
        }
        for (label, deadline, isCutOff) in deadlines {
            line(label) { g, x in
                let when = time.stamp(deadline.stage.end, writtenIn: deadline.countdown.zone)
                let left = deadline.countdown.at(input.now)
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
            x += context.grid.put("\(label) ", x: x, y: y, role: .muted)
            x += context.grid.put("\(value)", x: x, y: y, role: .title) + 3
        }
        y += 2
        let alerts = alerts(input)
        let counts = Alert.Severity.allCases.reversed().map { sev in (sev, alerts.filter { $0.severity == sev }.count) }
        x = context.grid.put(" \(text(.alerts)) (\(alerts.count))", x: 0, y: y, role: .title) + 2
        for (sev, n) in counts where n > 0 {
            x += context.grid.put("\(sev.glyph(glyphs)) \(n) \(text.severity(sev))", x: x, y: y, role: sev.role) + 2
        }
        y += 1
        guard !alerts.isEmpty else {
            context.grid.put(" " + text(.noAlerts), x: 0, y: y + 1, role: .ok)
            return
        }
        let columns = [Column(title: "", width: 2), Column(title: "", width: 8), Column(title: "", width: 11),
                       Column(title: "", width: 20, flex: 1)]
        let model = input.model, privacy = input.privacy
        ListWidget.draw(&context, window: list, columns: columns, fresh: { model.isFreshlyChanged($0, now: input.now) }) { i in
            let a = alerts[i]
            let officer = a.nip.flatMap { model.dataset.roster[$0] }
            let who = officer.map { privacy.name($0.name) } ?? a.nip.map { privacy.nip($0) }
            let sentence = text.sentence(for: a, name: who, candidacy: officer?.candidacy.isActiveCandidate == true ? officer?.candidacy : nil)
            let left = a.countdown.map { $0.at(input.now).label } ?? ""
            return ([a.severity.glyph(glyphs), text.severity(a.severity), left, sentence], [a.severity.role, a.severity.role, .countdown, nil])
        }
    }

    func detail(of id: String, _ input: ViewInput) -> Detail? {
        let alert = alerts(input).first { Self.alertID($0) == id }
        let officer = alert?.nip.flatMap { input.model.dataset.roster[$0] }
        var fields: [(label: String, value: String)] = []
        if let alert {
            fields = [(input.text.severity(alert.severity), input.text.sentence(for: alert, name: officer?.name, candidacy: nil))]
            if let cd = alert.countdown { fields.append((input.text(.due), "\(input.time.stamp(cd.target, writtenIn: cd.zone))  \(cd.label)")) }
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
