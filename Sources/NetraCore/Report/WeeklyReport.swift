import Foundation

// Longer than most files on purpose: the page is one document, its sections read top
// to bottom in the order they print; the charts' drawing lives in ReportSVG.swift.

/// `netra report`: one A4 page for the weekly coordination meeting, in the reader's
/// language — candidates per election, the stages, retirements, the cases' pipeline,
/// circular completion per unit, the week's changes and the open critical matters.
///
/// Every figure comes from the one `Situation` (`figures`, `alerts`), the same that
/// `netra check --format json` prints; each is marked `data-figure="…"` with the JSON's
/// name, so a test (or a reader's script) can compare them. Plain HTML with inline SVG
/// and CSS: no script, no font, image or stylesheet from elsewhere.
public struct WeeklyReport: Sendable {
    public let situation: Situation
    public let region: String
    public let week: ISOWeek
    /// The week's journal events; `nil` when there is no journal for the folder.
    public let events: [JournalEvent]?
    public let language: Language
    /// The kiosk's privacy: no names, no NIPs, no personal sentence.
    public let isPublic: Bool
    let wording: AlertWording?

    public init(situation: Situation, region: String, week: ISOWeek, events: [JournalEvent]?, language: Language,
                isPublic: Bool, wording: AlertWording?) {
        self.situation = situation
        self.region = region
        self.week = week
        self.events = events
        self.language = language
        self.isPublic = isPublic
        self.wording = wording
    }

    private func w(_ word: Messages.ReportWord) -> String { Messages.report(word).text(language) }
    private func e(_ s: String) -> String { ReportSVG.escape(s) }
    private func figure(_ name: String, _ value: Int) -> String { "<b data-figure=\"\(e(name))\">\(value)</b>" }

    /// The whole page.
    public func html() -> String {
        let title = w(.title) + (region.isEmpty ? "" : " — " + region)
        let asOf = Messages.journalMoment(situation.now, zone: situation.zone).text(language)
        var page = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(title))</title>
        <style>\(Self.style)</style></head><body>
        <header><h1>\(e(title))</h1>
        <p class="sub">\(e(Messages.reportWeek(week).text(language))) · \(e(w(.dataAsOf))) \(e(asOf)) \(e(Countdown(to: situation.now, from: situation.now, in: situation.zone).zoneName)) · \(e(w(isPublic ? .publicDoc : .internalDoc)))</p>
        \(keyFigures())</header>
        <main>
        """
        page += section("candidates", w(.candidates), candidates())
        page += section("timeline", w(.timeline), timeline())
        page += section("retirements", w(.retirements), retirements())
        page += section("cases", w(.cases), cases())
        page += section("circulars", w(.circulars), circulars())
        page += section("changes", w(.changes), changes())
        page += section("critical", w(.critical), critical(), wide: true)
        page += "</main><footer>Netra · \(e(week.description))</footer></body></html>\n"
        return page
    }

    private func section(_ id: String, _ title: String, _ body: String, wide: Bool = false) -> String {
        "<section id=\"\(id)\"\(wide ? " class=\"wide\"" : "")><h2>\(e(title))</h2>\(body)</section>\n"
    }

    private func keyFigures() -> String {
        let f = situation.figures
        let critical = situation.alerts.lazy.filter { $0.severity == .critical }.count
        var cells = [
            (figure("candidatesWithoutDecree", f.candidates.withoutDecree), w(.withoutDecree)),
            (figure("pendingRetirements", f.pendingRetirements), w(.pendingRetirements)),
            (figure("pastRetirementAge", f.pastRetirementAge), w(.pastRetirementAge)),
            (figure("openCases", f.openCases), w(.openCases)),
            (figure("overdueCases.total", f.overdueCases.count), w(.overdueCases)),
            (figure("overdueRequests", f.overdueRequests.count), w(.overdueRequests)),
            (figure("alertCounts.critical", critical), w(.criticalAlerts)),
        ]
        if let c = f.circular {
            cells.append((figure("circular.unitsDone", c.done) + "/" + figure("circular.unitsDue", c.due), w(.unitsDone)))
        }
        return "<div class=\"figures\">" + cells.map { "<div>\($0.0)<span>\(e($0.1))</span></div>" }.joined() + "</div>"
    }

    private func candidates() -> String {
        let elections = situation.figures.elections
        guard !elections.isEmpty else { return "<p>\(e(w(.noElections)))</p>" }
        var out = ""
        for fig in elections {
            let t = fig.tally, id = fig.election.election.id
            let countdown = fig.election.deadline.map { " · " + Self.hMinus($0.countdown) } ?? ""
            out += "<p class=\"row\"><b>\(e(fig.election.election.name))</b>\(e(countdown)) — "
                + figure("elections.\(id).withoutDecree", t.withoutDecree) + " \(e(w(.withoutDecree)))</p>"
            let bar = ReportSVG.stackedBar([(t.decreed, "ok"), (t.retiringFirst, "muted"), (t.inProcessCount, "warn"), (t.notFiled, "bad"), (t.rejected, "worst")],
                                           total: t.total, x: 0, y: 2, width: 360, height: 14)
            out += ReportSVG.svg(width: 360, height: 18, label: fig.election.election.name, bar)
            out += "<p class=\"legend\"><i class=\"k ok\"></i>\(e(w(.decreed))) " + figure("elections.\(id).decreed", t.decreed)
                + " <i class=\"k warn\"></i>\(e(w(.inProcess))) " + figure("elections.\(id).inProcess", t.inProcessCount)
                + " <i class=\"k bad\"></i>\(e(w(.notFiled))) " + figure("elections.\(id).notFiled", t.notFiled)
                + " <i class=\"k worst\"></i>\(e(w(.rejected))) " + figure("elections.\(id).rejected", t.rejected)
                + " <i class=\"k muted\"></i>\(e(w(.retiringFirst))) " + figure("elections.\(id).retiringFirst", t.retiringFirst) + "</p>"
        }
        return out
    }

    /// `H-133`, `H+4`, `H-0`.
    static func hMinus(_ c: Countdown) -> String { c.dayLabel }

    private func timeline() -> String {
        guard !situation.elections.isEmpty else { return "<p>\(e(w(.noElections)))</p>" }
        let primary = situation.primaryElection?.election.id
        var out = ""
        for status in situation.elections {
            let id = status.election.id
            let stages = situation.stages.filter { ($0.stage.election ?? primary) == id }
            guard let first = stages.map(\.stage.start).min(), let last = stages.map(\.stage.end).max(), last > first else { continue }
            let span = last.timeIntervalSince(first), width = 360.0
            func x(_ d: Date) -> Double { min(width, max(0, width * d.timeIntervalSince(first) / span)) }
            var body = ReportSVG.rect(0, 8, width, 8, "track")
            for s in stages {
                body += ReportSVG.rect(x(s.stage.start), 8, max(1, x(s.stage.end) - x(s.stage.start)), 8,
                                       s.phase == .done ? "done" : s.phase == .running ? "warn" : "upcoming")
            }
            if let d = status.deadline { body += String(format: "<path d=\"M%.1f 4 l4 8 l-4 8 l-4 -8 z\" class=\"bad\"/>", x(d.stage.end)) }
            if let f = status.fixing { body += String(format: "<path d=\"M%.1f 4 l4 8 l-4 8 l-4 -8 z\" class=\"outline\"/>", x(f.stage.end)) }
            let now = x(situation.now)
            body += ReportSVG.rect(now - 1, 0, 2, 24, "now")
            body += ReportSVG.text(0, 34, Messages.journalMoment(first, zone: situation.zone).text(language).dropLast(6).description, cls: "t small")
            body += ReportSVG.text(width, 34, Messages.journalMoment(last, zone: situation.zone).text(language).dropLast(6).description,
                                   anchor: "end", cls: "t small")
            out += "<p class=\"row\"><b>\(e(status.election.name))</b></p>" + ReportSVG.svg(width: 360, height: 38, label: status.election.name, body)
            let running = stages.filter { $0.phase == .running }.map { "▶ " + $0.stage.name + " · " + Self.hMinus($0.countdown) }
            let next = stages.filter { $0.phase == .upcoming }.min { $0.stage.start < $1.stage.start }.map { "· " + $0.stage.name + " · " + Self.hMinus($0.countdown) }
            out += (running + [next].compactMap { $0 }).prefix(2).map { "<p class=\"small\">\(e($0))</p>" }.joined()
        }
        out += "<p class=\"legend\"><i class=\"k bad\"></i>\(e(w(.deadline))) <i class=\"k outline\"></i>\(e(w(.fixing))) <i class=\"k now\"></i>\(e(w(.today)))</p>"
        return out
    }

    private func retirements() -> String {
        let today = situation.today
        var past = 0
        var months = Array(repeating: 0, count: 12)
        func place(_ date: CivilDate) {
            let offset = (date.year - today.year) * 12 + date.month - today.month
            if date <= today { past += 1 } else if offset >= 0 && offset < 12 { months[offset] += 1 }
        }
        for a in situation.ageRetirements where a.isPending { place(a.date) }
        for r in situation.pendingRequests where r.request.kind != .age { if let d = r.request.effectiveOn { place(d) } }
        let initials = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]  // alike in both languages
        var bars = [(label: w(.pastTMT), value: past, cls: "bad")]
        for i in 0..<12 { bars.append((label: initials[(today.month - 1 + i) % 12], value: months[i], cls: "warn")) }
        let f = situation.figures
        return ReportSVG.columns(bars, width: 360, height: 90, label: w(.retirements))
            + "<p class=\"legend\">\(figure("pendingRetirements", f.pendingRetirements)) \(e(w(.pendingRetirements))) · "
            + "\(figure("pastRetirementAge", f.pastRetirementAge)) \(e(w(.pastRetirementAge))) · "
            + "\(figure("overdueRequests", f.overdueRequests.count)) \(e(w(.overdueRequests)))</p>"
    }

    private func cases() -> String {
        let open = situation.cases.filter(\.isOpen)
        let steps: [(CaseStage, Messages.ReportWord)] = [(.reported, .reported), (.atBawaslu, .atBawaslu), (.forwarded, .forwarded),
                                                         (.recommended, .recommended), (.blocked, .blocked)]
        let slot = 360.0 / Double(steps.count)
        var body = ""
        for (i, (stage, word)) in steps.enumerated() {
            let n = open.filter { $0.stage == stage }.count
            let x = Double(i) * slot
            body += ReportSVG.rect(x + 2, 2, slot - 10, 30, n > 0 ? (stage == .blocked ? "bad" : "warn") : "track")
            body += ReportSVG.text(x + slot / 2 - 4, 22, String(n), anchor: "middle", cls: "t big")
            body += ReportSVG.text(x + slot / 2 - 4, 44, w(word), anchor: "middle", cls: "t small")
            if i < steps.count - 1 { body += ReportSVG.text(x + slot - 5, 21, "→", anchor: "middle") }
        }
        let f = situation.figures
        let byClock = [(CaseClock.bawaslu, Messages.ReportWord.bawaslu), (.recommendation, .recommendation), (.ppk, .ppk)].map { clock, word in
            "\(e(w(word))) " + figure("overdueCases.\(clock.rawValue)", f.overdueCases(clock).count)
        }
        return ReportSVG.svg(width: 360, height: 48, label: w(.cases), body)
            + "<p class=\"legend\">\(figure("openCases", f.openCases)) \(e(w(.openCases))) · \(figure("overdueCases.total", f.overdueCases.count)) \(e(w(.overdueCases))): "
            + "\(e(w(.overdueAt))) " + byClock.joined(separator: " · ") + "</p>"
    }

    private func circulars() -> String {
        let ledger = situation.circulars
        guard !ledger.entries.isEmpty else { return "<p>\(e(w(.noCircular)))</p>" }
        var out = ""
        for entry in ledger.entries.prefix(4) {
            let label = "\(entry.circular.id) \(entry.done)/\(entry.due)" + (entry.late > 0 ? " · \(entry.late) \(w(.late))" : "")
            out += "<p class=\"row\">" + String(repeating: "↳ ", count: min(entry.depth, 1)) + "<b>\(e(entry.circular.id))</b> \(entry.done)/\(entry.due)"
                + (entry.late > 0 ? " · \(entry.late) \(e(w(.late)))" : "") + "</p>"
            out += ReportSVG.svg(width: 360, height: 14, label: label,
                                 ReportSVG.stackedBar([(entry.done, "ok"), (entry.due - entry.done - entry.late, "warn"), (entry.late, "bad")],
                                                      total: max(entry.due, 1), x: 0, y: 2, width: 360, height: 10))
            // Per unit: one square each (done, in time, late), then the names of those not done.
            let units = entry.units.sorted { ($0.isLate ? 0 : $0.isDone ? 2 : 1, $0.unit) < ($1.isLate ? 0 : $1.isDone ? 2 : 1, $1.unit) }
            var squares = ""
            for (i, u) in units.enumerated() {
                squares += ReportSVG.rect(Double(i % 36) * 10, Double(i / 36) * 10, 8, 8, u.isDone ? "ok" : u.isLate ? "bad" : "warn")
            }
            out += ReportSVG.svg(width: 360, height: max(10, (units.count + 35) / 36 * 10), label: label, squares)
            let notDone = units.filter { !$0.isDone }.map { ledger.directory.units.indices.contains($0.unit) ? ledger.directory.units[$0.unit].name : "?" }
            if !notDone.isEmpty {
                let shown = notDone.prefix(8).joined(separator: ", ") + (notDone.count > 8 ? " … +\(notDone.count - 8) \(w(.more))" : "")
                out += "<p class=\"small\">\(e(w(.unitsNotDone))): \(e(shown))</p>"
            }
        }
        return out
    }

    private func changes() -> String {
        guard let events else { return "<p>\(e(w(.noJournal)))</p>" }
        guard !events.isEmpty else { return "<p>\(e(w(.noChanges)))</p>" }
        var counts: [JournalEvent.Family: Int] = [:]
        for event in events { counts[event.kind.family, default: 0] += 1 }
        let words: [(JournalEvent.Family, Message)] = [
            (.officers, Message(en: "officers", id: "pegawai")), (.retirements, Message(en: "retirements", id: "pensiun")),
            (.cases, Message(en: "cases", id: "kasus")), (.circulars, Message(en: "circulars", id: "edaran")),
            (.alerts, Message(en: "alerts", id: "peringatan")),
        ]
        var out = "<p class=\"legend\">" + words.map { family, word in
            "\(e(word.text(language))) " + figure("changes.\(family.rawValue)", counts[family] ?? 0)
        }.joined(separator: " · ") + "</p>"
        guard !isPublic else { return out }
        let latest = events.suffix(12).reversed()
        out += "<ul>" + latest.map { event in
            let when = Messages.journalMoment(event.at, zone: situation.zone).text(language)
            return "<li><span class=\"when\">\(e(when))</span> \(e(Messages.journalEvent(event).text(language)))</li>"
        }.joined() + "</ul>"
        if events.count > 12 { out += "<p class=\"small\">… +\(events.count - 12) \(e(w(.more)))</p>" }
        return out
    }

    private func critical() -> String {
        let alerts = situation.alerts.filter { $0.severity == .critical }
        guard !alerts.isEmpty else { return "<p>\(e(w(.noCritical)))</p>" }
        if isPublic || wording == nil {
            var byKind: [Alert.Kind: Int] = [:]
            for a in alerts { byKind[a.kind, default: 0] += 1 }
            return "<ul>" + Alert.Kind.allCases.compactMap { kind in
                byKind[kind].map { "<li>‼ \(e(Messages.alertKind(kind, count: $0).text(language)))</li>" }
            }.joined() + "</ul>"
        }
        let shown = alerts.prefix(14)
        var out = "<ul>" + shown.map { "<li>‼ \(e(wording!($0, language)))</li>" }.joined() + "</ul>"
        if alerts.count > shown.count { out += "<p class=\"small\">… +\(alerts.count - shown.count) \(e(w(.more)))</p>" }
        return out
    }

    /// One A4 page: two columns of sections, small type, colours that print.
    static let style = """
    @page{size:A4;margin:10mm}*{box-sizing:border-box}body{font:8.5pt/1.3 "DejaVu Sans",Arial,sans-serif;color:#111;margin:0}
    h1{font-size:13pt;margin:0}h2{font-size:9.5pt;margin:0 0 2mm;border-bottom:.4pt solid #888}.sub{margin:.5mm 0 2mm;color:#444}
    .figures{display:flex;flex-wrap:wrap;gap:1.5mm;margin-bottom:2mm}.figures div{border:.4pt solid #999;padding:1mm 2mm;border-radius:1mm}
    .figures b{font-size:11pt;margin-right:1mm}main{display:grid;grid-template-columns:1fr 1fr;gap:3mm 5mm}
    section{break-inside:avoid}section.wide{grid-column:1/3}p{margin:.6mm 0}.small,.legend{font-size:7.5pt;color:#333}
    ul{margin:0;padding-left:4mm}li{margin:.3mm 0}.when{color:#555}i.k{display:inline-block;width:2.5mm;height:2.5mm;margin:0 .8mm 0 1.5mm}
    svg{display:block;margin:.5mm 0}.t{font-size:9px;fill:#111}.small.t{font-size:8px}.big{font-size:13px;font-weight:bold}
    .track{fill:#e6e6e6}.ok{fill:#2e7d32;background:#2e7d32}.warn{fill:#f9a825;background:#f9a825}.bad{fill:#c62828;background:#c62828}
    .worst{fill:#6a1b1b;background:#6a1b1b}.muted{fill:#9e9e9e;background:#9e9e9e}.done{fill:#78909c}.upcoming{fill:#cfd8dc}
    .now{fill:#111;background:#111}.outline{fill:#fff;stroke:#c62828;stroke-width:1.5}i.outline{border:1.5px solid #c62828}
    footer{margin-top:2mm;font-size:7pt;color:#666}
    """
}
