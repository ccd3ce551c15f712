import Foundation
import NetraCore

/// Unit: the OPD lens. One row per unit of `officers.csv` — headcount, candidates and
/// how many lack a decree, pending retirements, requests past their limit, open cases,
/// and its state with each current circular. The detail lists the unit's people with
/// open matters and its acknowledgement history.
///
/// Not on the kiosk: a row of a unit with one officer would point at a person.
struct UnitsView: ViewRoom {
    let id = ViewID.units

    enum Filter: Int, ViewChoice {
        case all, withMatters, late
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .withMatters: input.text(FollowWord.filterWithMatters)
            case .late: input.text(FollowWord.filterLate)
            }
        }
    }

    enum Sort: Int, ViewChoice {
        case openMatters, name, headcount, candidates, pending, overdue, cases, circular
        func label(_ input: ViewInput) -> String {
            switch self {
            case .openMatters: input.text(FollowWord.sortOpenMatters)
            case .name: input.text(.sortName)
            case .headcount: input.text(FollowWord.sortHeadcount)
            case .candidates: input.text(FollowWord.sortCandidates)
            case .pending: input.text(FollowWord.sortPending)
            case .overdue: input.text(FollowWord.sortOverdue)
            case .cases: input.text(FollowWord.sortCases)
            case .circular: input.text(FollowWord.sortCircular)
            }
        }
    }

    /// Every unit's summary and its state with the current circulars (at most two).
    struct Rows {
        let summaries: [UnitSummary]
        let current: [CircularLedger.Entry]
        /// Per current circular: unit index → state.
        let states: [[Int: CircularLedger.UnitState]]
        /// Indices into `summaries`, filtered and sorted.
        let order: [Int]

        func state(_ circular: Int, unit: Int) -> CircularLedger.UnitState? { states[circular][unit] }
        func isLate(_ unit: Int) -> Bool { states.contains { $0[unit]?.isLate ?? false } }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    func rows(_ input: ViewInput) -> Rows {
        input.model.cache.rows(input.query(id)) { () -> Rows in
            let situation = input.situation
            let summaries = UnitSummary.all(situation)
            let current = Array(situation.circulars.current.prefix(2))
            let states = current.map { entry in Dictionary(uniqueKeysWithValues: entry.units.map { ($0.unit, $0) }) }
            let partial = Rows(summaries: summaries, current: current, states: states, order: [])
            let filter = Filter.chosenFilter(input.state, id)
            let query = SearchIndex.fold(input.state.search[id] ?? "")
            var order = summaries.indices.filter { i in
                let s = summaries[i]
                let kept = switch filter {
                case .all: true
                case .withMatters: s.openMatters > 0 || partial.isLate(s.unit)
                case .late: partial.isLate(s.unit)
                }
                return kept && (query.isEmpty || SearchIndex.fold(s.name).contains(query))
            }
            let sort = Sort.chosenSort(input.state, id)
            func rank(_ s: UnitSummary) -> Int {
                switch sort {
                case .openMatters: s.openMatters
                case .name: 0
                case .headcount: s.headcount
                case .candidates: s.candidatesWithoutDecree * 10_000 + s.candidates
                case .pending: s.pendingRetirements
                case .overdue: s.overdueRequests
                case .cases: s.openCases
                case .circular: partial.state(0, unit: s.unit).map { Self.urgency($0) } ?? -1
                }
            }
            order.sort { a, b in
                let ra = rank(summaries[a]), rb = rank(summaries[b])
                return ra != rb ? ra > rb : summaries[a].name.lowercased() < summaries[b].name.lowercased()
            }
            return Rows(summaries: summaries, current: current, states: states, order: order)
        }
    }

    /// Late first, then by how little is done.
    static func urgency(_ s: CircularLedger.UnitState) -> Int {
        let base = switch s.progress {
        case .none: 4
        case .received: 3
        case .passedOn, .partlySigned: 2
        case .done: 0
        }
        return base + (s.isLate ? 10 : 0)
    }

    func rowIDs(_ input: ViewInput) -> [RowID] {
        input.model.cache.ids(input.query(id)) { let r = rows(input); return r.order.map { .unit(r.summaries[$0].name) } }
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs
        let r = rows(input)
        var columns = [
            // The name is what a row is read by (four kecamatan share 18 letters): narrow
            // screens drop two counts rather than cut it short.
            Column(title: text(.unit), width: 28, flex: 1),
        ]
        // Counts under headings in words, each column as wide as its heading.
        for (word, drop) in [(FollowWord.headcount, 0), (.candidatesShort, 2), (.withoutDecree, 0), (.pendingShort, 3), (.overdueRequestsShort, 0),
                             (.openCasesShort, 0)] {
            columns.append(Column(title: text(word), width: max(5, DisplayWidth.of(text(word))), dropOrder: drop, alignRight: true))
        }
        for (n, entry) in r.current.enumerated() {
            columns.append(Column(title: String(entry.circular.id.prefix(20)), width: 16, flex: 1, dropOrder: n == 0 ? 0 : 1))
        }
        // The names on screen shortened together: no two units read alike.
        let nameWidth = Column.layout(columns, in: list.placement.rect.width - 2)[0]
        let names = context.fit(list.visible.map { r.summaries[r.order[$0]].name }, as: .unit, width: nameWidth)
        ListWidget.draw(&context, window: list, columns: columns) { i in
            let s = r.summaries[r.order[i]]
            func count(_ n: Int) -> String { n == 0 ? "·" : "\(n)" }
            var values = [names[s.name] ?? s.name, "\(s.headcount)", count(s.candidates), count(s.candidatesWithoutDecree), count(s.pendingRetirements),
                          count(s.overdueRequests), count(s.openCases)]
            var roles: [StyleRole?] = [nil, .muted, nil, s.candidatesWithoutDecree > 0 ? .alertWarning : .muted, nil,
                                       s.overdueRequests > 0 ? .alertCritical : .muted, s.openCases > 0 ? .alertWarning : .muted]
            for c in r.current.indices {
                guard let state = r.state(c, unit: s.unit) else { values.append("—"); roles.append(.muted); continue }
                let word = text.unitProgress(state.progress, done: glyphs.done)
                values.append(state.isLate ? "\(glyphs.warning) \(word)" : word)
                roles.append(state.isLate ? .alertCritical : (state.isDone ? .ok : nil))
            }
            return (values, roles)
        }
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        let r = rows(input)
        guard case .unit(let name) = id, let s = r.summaries.first(where: { $0.name == name }) else { return nil }
        let text = input.text, situation = input.situation, privacy = input.privacy
        var fields: [(label: String, value: String)] = [
            (text(FollowWord.headcount), "\(s.headcount)"),
            (text(.candidates), "\(s.candidates) (\(s.candidatesWithoutDecree) \(text(FollowWord.withoutDecree)))"),
            (text(.pendingRetirements), "\(s.pendingRetirements)"),
            (text(FollowWord.sortOverdue).prefix(1).uppercased() + text(FollowWord.sortOverdue).dropFirst(), "\(s.overdueRequests)"),
            (text(.openCases), s.caseIDs.isEmpty ? "0" : "\(s.openCases): " + s.caseIDs.joined(separator: ", ")),
        ]
        if !s.officersWithMatters.isEmpty {
            fields.append((text(FollowWord.peopleWithMatters), ""))
            let matters = UnitMatters(situation, text: text)
            for nip in s.officersWithMatters {
                guard let officer = input.model.dataset.roster[nip] else { continue }
                fields.append(("  " + privacy.name(of: officer), matters.describe(nip)))
            }
        }
        let history = situation.circulars.states(ofUnit: s.unit)
        if !history.isEmpty {
            fields.append((text(FollowWord.history), ""))
            for (entry, state) in history {
                fields.append(("  " + entry.circular.id, CircularsView.stateLine(state, entry: entry, headcount: s.headcount, input)))
            }
        }
        return Detail(title: "\(ViewID.units.title(text)) · \(s.name)", fields: fields, officer: nil)
    }
}

/// What is open for one officer, in a few words: candidacy without decree, a pending
/// request or age retirement, open cases with their stage.
struct UnitMatters {
    let situation: Situation
    let text: UIText
    private let candidates: [NIP: CandidateStatus]
    private let requests: [NIP: [PendingRequest]]
    private let ages: [NIP: AgeRetirement]
    private let cases: [NIP: [CaseState]]

    init(_ situation: Situation, text: UIText) {
        self.situation = situation
        self.text = text
        candidates = Dictionary(situation.candidates.map { ($0.officer.nip, $0) }, uniquingKeysWith: { a, _ in a })
        requests = Dictionary(grouping: situation.pendingRequests, by: \.request.nip)
        ages = Dictionary(situation.ageRetirements.filter(\.isPending).map { ($0.officer.nip, $0) }, uniquingKeysWith: { a, _ in a })
        cases = Dictionary(grouping: situation.cases.filter { $0.isOpen && $0.item.nip != nil }, by: { $0.item.nip! })
    }

    func describe(_ nip: NIP) -> String {
        var parts: [String] = []
        if let c = candidates[nip], !c.isResolved {
            parts.append("\(text.candidacy(c.officer.candidacy)) \(text(FollowWord.withoutDecree))")
        }
        for p in requests[nip] ?? [] {
            parts.append("\(text.kind(p.request.kind)) \(text.stage(p.request.stage))" + (p.isProcessingOverdue ? " (\(text(.overdue)))" : ""))
        }
        if let a = ages[nip], requests[nip] == nil { parts.append("\(text(.ageRetirement)) \(text.date(a.date))") }
        for c in cases[nip] ?? [] { parts.append("\(c.item.id) \(text.caseStage(c.stage))") }
        return parts.joined(separator: "; ")
    }
}
