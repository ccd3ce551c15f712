import Foundation
import NetraCore

/// One row of the Retirements view: a request in process, or an age retirement.
public enum RetirementItem: Sendable {
    case request(PendingRequest)
    case age(AgeRetirement)

    public var id: String {
        switch self {
        case .request(let p): "req:\(p.request.nip):\(p.request.line)"
        case .age(let a): "age:\(a.officer.nip)"
        }
    }

    var officer: Officer? {
        switch self {
        case .request(let p): p.officer
        case .age(let a): a.officer
        }
    }
}

/// Pensiun: requests in process with their stage track, deadline and pension rights,
/// and the age retirements coming up.
struct RetirementsView: ViewRoom {
    let id = ViewID.retirements

    enum Filter: Int, ViewChoice {
        case all, requests, age, candidates
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .requests: input.text(.filterRequests)
            case .age: input.text(.filterAge)
            case .candidates: input.text(.filterCandidates)
            }
        }
    }

    enum Sort: Int, ViewChoice {
        case deadline, filed, name
        func label(_ input: ViewInput) -> String {
            switch self {
            case .deadline: input.text(.sortDeadline)
            case .filed: input.text(.sortFiled)
            case .name: input.text(.sortName)
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    func items(_ input: ViewInput) -> [RetirementItem] {
        input.model.cache.rows(input.query(id)) { computeItems(input) }
    }

    private func computeItems(_ input: ViewInput) -> [RetirementItem] {
        let s = input.situation
        let filter = Filter.chosenFilter(input.state, id)
        var items: [RetirementItem] = []
        if filter != .age {
            items += s.pendingRequests.filter { filter != .candidates || ($0.officer?.candidacy.isActiveCandidate ?? false) }.map { .request($0) }
        }
        if filter == .all || filter == .age {
            items += s.ageRetirements.filter { !$0.hasRequest }.map { .age($0) }
        }
        let query = SearchIndex.fold(input.state.search[id] ?? "")
        if !query.isEmpty {
            items = items.filter { item in
                let officer = item.officer
                return SearchIndex.fold([officer?.name ?? "", officer?.nip.description ?? "", officer?.unit ?? ""].joined(separator: " ")).contains(query)
            }
        }
        func deadline(_ i: RetirementItem) -> Int {
            switch i {
            case .request(let p): p.deadline?.secondsLeft ?? Int.max / 2
            case .age(let a): (a.date.dayNumber - s.today.dayNumber) * 86_400
            }
        }
        func filed(_ i: RetirementItem) -> Int {
            switch i { case .request(let p): p.request.filedOn.dayNumber; case .age(let a): a.date.dayNumber }
        }
        switch Sort.chosenSort(input.state, id) {
        case .filed: items.sort { filed($0) < filed($1) }
        case .name: items.sort { ($0.officer?.name ?? "") < ($1.officer?.name ?? "") }
        case .deadline: items.sort { (deadline($0), filed($0)) < (deadline($1), filed($1)) }
        }
        return items
    }

    func rowIDs(_ input: ViewInput) -> [String] {
        input.model.cache.ids(input.query(id)) { items(input).map(\.id) }
    }

    /// The processing stage as a track: ■■□□ and its word.
    private static func track(_ stage: RequestStage, _ text: UIText, _ glyphs: Glyphs) -> String {
        let order: [RequestStage] = [.filed, .verified, .sent, .decreed]
        if stage == .rejected { return "✕ " + text.stage(stage) }
        let reached = (order.firstIndex(of: stage) ?? 0) + 1
        return String(repeating: glyphs.barFull, count: reached) + String(repeating: glyphs.barEmpty, count: 4 - reached) + " " + text.stage(stage)
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs, privacy = input.privacy
        let items = items(input)
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
        ListWidget.draw(&context, window: list, columns: columns) { i in
            switch items[i] {
            case .request(let p):
                let o = p.officer
                let mark = o?.candidacy.isActiveCandidate == true ? String(glyphs.candidate) : ""
                let waited = "\(p.workingDaysWaiting) \(text(.workingDays))" + (p.isProcessingOverdue ? " \(glyphs.warning)" : "")
                return ([mark, o.map { privacy.name($0.name) } ?? text(.unknownOfficer), privacy.nip(p.request.nip), text.kind(p.request.kind),
                         text.date(p.request.filedOn), Self.track(p.request.stage, text, glyphs), p.request.effectiveOn.map(text.date) ?? "—",
                         p.deadline?.dayLabel ?? "—", p.pension.map { text.pension($0.verdict) } ?? "—", waited],
                        [.alertWarning, nil, nil, nil, nil, .progress, nil, .countdown,
                         p.pension?.verdict == .withoutPension ? .alertWarning : nil, p.isProcessingOverdue ? .alertWarning : nil])
            case .age(let a):
                let left = Countdown(to: a.date.instant(in: input.situation.zone), from: input.situation.now, in: input.situation.zone).dayLabel
                return (["", privacy.name(a.officer.name), privacy.nip(a.officer.nip), text(.ageRetirement), "—", "—", text.date(a.date), left, "—", ""],
                        [nil, nil, nil, .muted, nil, nil, .countdown, a.isPast ? .alertCritical : .countdown, nil, nil])
            }
        }
    }

    func detail(of id: String, _ input: ViewInput) -> Detail? {
        guard let item = items(input).first(where: { $0.id == id }) else { return nil }
        let text = input.text
        switch item {
        case .request(let p):
            return Detail(title: nil, fields: [
                (text(.kind), text.kind(p.request.kind)), (text(.filed), text.date(p.request.filedOn)),
                (text(.stage), text.stage(p.request.stage)), (text(.effective), p.request.effectiveOn.map(text.date) ?? "—"),
                (text(.waited), "\(p.workingDaysWaiting) \(text(.workingDays))"),
            ], officer: p.officer)
        case .age(let a):
            return Detail(title: nil, fields: [(text(.ageRetirement), text.date(a.date))], officer: a.officer)
        }
    }
}
