import Foundation
import NetraCore

/// Kasus: neutrality cases with source, status and due date; overdue ones flagged.
struct CasesView: ViewRoom {
    let id = ViewID.cases

    enum Filter: Int, ViewChoice {
        case open, all, bawaslu, kipp, `public`, `internal`
        func label(_ input: ViewInput) -> String {
            switch self {
            case .open: input.text(.filterOpen)
            case .all: input.text(.filterAll)
            case .bawaslu: input.text.source(.bawaslu)
            case .kipp: input.text.source(.kipp)
            case .public: input.text.source(.public)
            case .internal: input.text.source(.internal)
            }
        }
        func includes(_ c: CaseState) -> Bool {
            switch self {
            case .open: c.isOpen
            case .all: true
            case .bawaslu: c.item.source == .bawaslu
            case .kipp: c.item.source == .kipp
            case .public: c.item.source == .public
            case .internal: c.item.source == .internal
            }
        }
    }

    enum Sort: Int, ViewChoice {
        case due, newest, number
        func label(_ input: ViewInput) -> String {
            switch self {
            case .due: input.text(.sortDue)
            case .newest: input.text(.sortNewest)
            case .number: input.text(.sortNumber)
            }
        }
        func ordered(_ a: CaseState, _ b: CaseState) -> Bool {
            switch self {
            case .due: (a.due, a.item.id) < (b.due, b.item.id)
            case .newest: a.item.reportedOn > b.item.reportedOn
            case .number: a.item.id < b.item.id
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    /// Indices into `situation.cases`.
    func indices(_ input: ViewInput) -> [Int] {
        input.model.cache.rows(input.query(id)) { () -> [Int] in
            let cases = input.situation.cases
            let filter = Filter.chosenFilter(input.state, id)
            var indices = input.model.caseSearch.filter(cases.indices.filter { filter.includes(cases[$0]) }, query: input.state.search[id] ?? "")
            let sort = Sort.chosenSort(input.state, id)
            indices.sort { sort.ordered(cases[$0], cases[$1]) }
            return indices
        }
    }

    func rowIDs(_ input: ViewInput) -> [String] {
        input.model.cache.ids(input.query(id)) { indices(input).map { input.situation.cases[$0].item.id } }
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs, privacy = input.privacy
        let cases = input.situation.cases
        let indices = indices(input)
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
        let model = input.model
        ListWidget.draw(&context, window: list, columns: columns, fresh: { model.isFreshlyChanged($0, now: input.now) }) { i in
            let c = cases[indices[i]]
            let mark = c.officerIsCandidate ? String(glyphs.candidate) : ""
            let late = c.isOverdue ? "\(text(.overdue)) +\(c.daysPastDue)" : ""
            return ([mark, c.item.id, text.date(c.item.reportedOn), text.source(c.item.source), text.status(c.item.status),
                     text.date(c.due), late, c.officer.map { privacy.name($0.name) } ?? (c.item.nip.map { privacy.nip($0) } ?? "—"), c.item.category],
                    [.alertWarning, nil, nil, nil, c.item.status.isOpen ? nil : .muted, c.isOverdue ? .alertCritical : nil,
                     .alertCritical, nil, nil])
        }
    }

    func detail(of id: String, _ input: ViewInput) -> Detail? {
        guard let c = input.situation.cases.first(where: { $0.item.id == id }) else { return nil }
        let text = input.text
        var fields: [(label: String, value: String)] = [
            (text(.reported), text.date(c.item.reportedOn)), (text(.source), text.source(c.item.source)),
            (text(.status), text.status(c.item.status)),
            (text(.due), text.date(c.due) + (c.isOverdue ? "  \(text(.overdue)) +\(c.daysPastDue)" : "")),
            (text(.category), c.item.category), (text(.summary), c.item.summary),
        ]
        fields += text.followUpFields(c)
        if c.officer == nil, let nip = c.item.nip { fields.append((text(.nip), nip.description)) }
        return Detail(title: "\(ViewID.cases.title(text)) \(c.item.id)", fields: fields, officer: c.officer)
    }
}
