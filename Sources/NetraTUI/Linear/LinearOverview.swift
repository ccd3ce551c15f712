import Foundation
import NetraCore

/// The overview read aloud: the panels' facts as sentences in the order of the
/// Sekda's questions (candidates and their deadline, the running and next stages,
/// the cases, who leaves the service, the units), then the alerts as rows. Built
/// from the same `OverviewFigures` the panels draw, so both say the same numbers.
extension OverviewView {
    func linearFacts(_ input: ViewInput) -> [String] { LinearOverview.facts(input, SpokenText(text: input.text, zone: input.situation.zone)) }

    func linearRow(_ i: Int, _ input: ViewInput, budget: Int) -> String? {
        LinearPresenter.cut(LinearPresenter.sentence(LinearOverview.row(input, i, SpokenText(text: input.text, zone: input.situation.zone))), to: budget)
    }
}

enum LinearOverview {
    static func facts(_ input: ViewInput, _ spoken: SpokenText) -> [String] {
        let text = input.text, s = input.situation
        let figures = OverviewFigures.of(input)
        let region = input.model.dataset.settings.region
        func name(_ e: Election) -> String { UntrustedText.sanitized(ElectionLabel.fit(e, region: region, width: 200)) }
        var lines: [String] = []
        // 2. How many candidate officers still lack a decree, and how long is left?
        if figures.tallies.isEmpty {
            lines.append(s.elections.isEmpty && s.stages.isEmpty ? text.noSchedule(candidates: s.candidates.count) : text.noElections())
        }
        for (election, tally) in figures.tallies.prefix(3) {
            let left = election.deadline?.countdown.at(input.now)
            var line = left?.hasPassed == true
                ? text.linearCandidatesAfter(election: name(election.election), inTime: tally.decreed + tally.retiringFirst,
                                             missed: tally.withoutDecree, total: tally.total)
                : text.linearCandidates(election: name(election.election), withoutDecree: tally.withoutDecree, total: tally.total)
            if let deadline = election.deadline, let left {
                line += " " + text.linearDeadline(spoken.moment(deadline.stage.end, writtenIn: deadline.countdown.zone), spoken.days(left),
                                                  passed: left.hasPassed)
            }
            lines.append(line)
            // The sentence above said the headline figures (without decree; after the
            // deadline, in time and missed): the breakdown says the rest.
            let passed = left?.hasPassed ?? false
            let parts = text.tallyParts(tally, deadlinePassed: passed).dropFirst(passed ? 2 : 1).map(\.text)
            var detail = parts.isEmpty ? "" : text.linearBreakdown(Array(parts))
            if let fixing = election.fixing, fixing.stage.id != election.deadline?.stage.id {
                let word = election.election.kind == .pilkada ? text(.paslonFixed) : "DCT"
                detail += (detail.isEmpty ? "" : " ") + text.linearFixing(word, spoken.moment(fixing.stage.end, writtenIn: fixing.countdown.zone))
            }
            if !detail.isEmpty { lines.append(detail) }
        }
        // 3. What is next, and when?
        let elections: [ElectionStatus?] = s.elections.isEmpty ? [nil] : s.elections.prefix(3).map { $0 }
        for e in elections {
            let stages = TimelinePanel.stages(of: e, in: s)
            let label = e.map { name($0.election) } ?? text(.candidates)
            let running = stages.filter { $0.phase == .running }.max { $0.stage.start < $1.stage.start }
            let next = stages.filter { $0.phase == .upcoming }.min { $0.stage.start < $1.stage.start }
            if let r = running {
                lines.append(text.linearRunning(election: label, stage: spoken.plain(r.stage.name), percent: Int(r.progress * 100),
                                                ends: spoken.moment(r.stage.end, writtenIn: r.countdown.zone), left: spoken.days(r.countdown.at(input.now))))
            }
            if let n = next {
                lines.append(text.linearNext(election: label, stage: spoken.plain(n.stage.name), starts: spoken.moment(n.stage.start, writtenIn: n.countdown.zone),
                                             left: spoken.days(n.countdown.at(input.now))))
            }
            if running == nil, next == nil, !s.stages.isEmpty { lines.append(text.linearStagesDone(election: label)) }
        }
        // 5. Which neutrality cases are stuck, and where?
        let cases = figures.cases
        var caseParts = text.casesSummary(cases).map(\.text)
        if let oldest = cases.oldestOpen { caseParts.append(spoken.plain(text.oldestCase(oldest, withID: true))) }
        lines.append(text.linearSection(text.title(.cases), caseParts))
        // 4. Who leaves the service soon, and is any retirement overdue?
        lines.append(text.linearSection(text.title(.leaving), text.leavingSummary(inProcess: s.counts.pendingRetirements, pastTMT: figures.pastTMT.count,
                                                                                overdue: figures.overdueRequests).map(\.text)))
        for a in (figures.pastTMT + figures.coming).prefix(5) {
            let left = text.linearDays(a.date.dayNumber - s.today.dayNumber)
            lines.append(text.linearAgeRetirement(name: UntrustedText.sanitized(a.officer.displayName), date: spoken.date(a.date), left: left, past: a.isPast))
        }
        // 6 and 7. Has every unit acted on the circular; which units need attention?
        if let c = figures.circular {
            lines.append(text.linearCircular(id: UntrustedText.sanitized(c.circularID), done: c.done, due: c.due, late: c.late))
        }
        for u in figures.units.prefix(5) {
            lines.append(text.linearUnitLine(text.title(.units), unit: UntrustedText.sanitized(u.unit),
                                             withoutDecree: u.candidatesWithoutDecree, overdue: u.overdueRequests, cases: u.openCases))
        }
        // 1. Is anything wrong? — the alerts, counted; the rows follow as the list.
        let alerts = OverviewView().alerts(input)
        let counts = Alert.Severity.counts(in: alerts)
        lines.append(text.linearAlertCount(alerts.count, Alert.Severity.allCases.reversed().compactMap { sev in
            counts[sev].map { (text.severity(sev), $0) }
        }))
        return lines
    }

    /// One line of the alerts list: severity word, how far its date is, the sentence.
    static func row(_ input: ViewInput, _ i: Int, _ spoken: SpokenText) -> String {
        let rows = OverviewView().rows(input)
        guard rows.indices.contains(i) else { return "" }
        let text = input.text
        func line(_ a: Alert, severity: Bool) -> String {
            var parts: [String] = []
            if severity { parts.append(text.severity(a.severity).lowercased()) }
            if let c = a.countdown { parts.append(spoken.days(c.at(input.now))) }
            parts.append(spoken.plain(AlertsPanel.sentence(input, a, name: nil)))
            return parts.joined(separator: ", ")
        }
        switch rows[i] {
        case .single(let a): return line(a, severity: true)
        case .member(let a): return line(a, severity: false)
        case .group(let g): return text.severity(g.severity).lowercased() + ", " + spoken.plain(AlertsPanel.groupLine(input, g))
        case .changes(let d): return spoken.plain(text.changesLine(d, zone: input.situation.zone))
        }
    }
}
