import Foundation
import NetraCore

/// Kasus: neutrality cases with source, status and due date; overdue ones flagged.
struct CasesView: TableRoom {
    let id = ViewID.cases
    let widestFilter = Filter.all.rawValue

    enum Filter: Int, ViewChoice {
        case open, all, bawaslu, kipp, `public`, `internal`, overdue
        func label(_ input: ViewInput) -> String {
            switch self {
            case .open: input.text(.filterOpen)
            case .all: input.text(.filterAll)
            case .bawaslu: input.text.source(.bawaslu)
            case .kipp: input.text.source(.kipp)
            case .public: input.text.source(.public)
            case .internal: input.text.source(.internal)
            case .overdue: input.text(.filterOverdue)
            }
        }
        /// "Overdue" is past the date that applies at the case's stage, as the list shows it.
        func includes(_ c: CaseState, today: CivilDate) -> Bool {
            switch self {
            case .open: c.isOpen
            case .all: true
            case .bawaslu: c.item.source == .bawaslu
            case .kipp: c.item.source == .kipp
            case .public: c.item.source == .public
            case .internal: c.item.source == .internal
            case .overdue: c.isPastStageDue(today: today)
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
        var column: ColumnSort {
            switch self {
            case .due: ColumnSort(key: "due")
            case .newest: ColumnSort(key: "reported", descending: true)
            case .number: ColumnSort(key: "id")
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }
    func presetSort(_ input: ViewInput) -> ColumnSort { Sort.chosenSort(input.state, id).column }
    func presetIncludes(_ input: ViewInput) -> (CaseState) -> Bool {
        let filter = Filter.chosenFilter(input.state, id), today = input.situation.today
        return { filter.includes($0, today: today) }
    }

    func universe(_ input: ViewInput) -> [CaseState] { input.situation.cases }
    func rowID(_ row: CaseState) -> RowID { .case(row.item.id) }
    func searchText(_ row: CaseState) -> String { row.item.id }
    func prebuiltIndex(_ input: ViewInput) -> SearchIndex? { input.model.caseSearch }
    var tieKey: String { "id" }

    func fields(_ input: ViewInput) -> [TableField<CaseState>] {
        let text = input.text, glyphs = input.glyphs, privacy = input.privacy
        let mark = String(glyphs.candidate)
        let today = input.situation.today
        // Days past the date in the due column, when there are any.
        func late(_ c: CaseState) -> Int? { let days = c.daysPastStageDue(today: today); return days > 0 ? days : nil }
        return [
            TableField(spec: FieldSpec(key: "mark", title: "", priority: 0, minimum: 1, cap: 1, exported: false),
                       text: { $0.officerIsCandidate ? mark : "" }, role: { _ in .alertWarning }),
            TableField(spec: FieldSpec(key: "id", title: "ID", priority: 0, minimum: 12, cap: 24, shortening: .code), text: { $0.item.id }),
            TableField(spec: FieldSpec(key: "reported", title: text(.reported), priority: 4, minimum: 11, cap: 11, cell: .date),
                       text: { text.date($0.item.reportedOn) }, sort: { .number($0.item.reportedOn.dayNumber) },
                       export: { $0.item.reportedOn.description }),
            TableField(spec: FieldSpec(key: "source", title: text(.source), priority: 2, minimum: 6, cap: 10, filterable: true),
                       text: { text.source($0.item.source) }),
            TableField(spec: FieldSpec(key: "status", title: text(.status), priority: 2, minimum: 6, cap: 11, filterable: true),
                       text: { text.status($0.item.status) }, role: { $0.item.status.isOpen ? nil : .muted }),
            // The date that applies at the case's stage: Bawaslu's, then the
            // recommendation's, then the PPK's (`CaseState.stageDue`); none once settled.
            TableField(spec: FieldSpec(key: "due", title: text(.due), priority: 1, minimum: 11, cap: 11, cell: .date),
                       text: { $0.stageDue.map(text.date) ?? text(.none) },
                       role: { $0.daysPastStageDue(today: today) > 0 ? .alertCritical : nil },
                       sort: { $0.stageDue.map { .number($0.dayNumber) } ?? .none }, export: { $0.stageDue?.description ?? "" }),
            TableField(spec: FieldSpec(key: "late", title: text(.overdue), priority: 1, minimum: 8, cap: 12, cell: .number),
                       text: { c in late(c).map { "\(text(.overdue)) +\($0)" } ?? "" }, role: { _ in .alertCritical },
                       sort: { c in late(c).map { .number(-$0) } ?? .none }, export: { c in late(c).map(String.init) ?? "" }),
            TableField(spec: FieldSpec(key: "officer", title: text(.officer), priority: 2, minimum: 12, cap: 30, shortening: .name),
                       text: { c in c.officer.map { privacy.name(of: $0) } ?? (c.item.nip.map { privacy.nip($0) } ?? "—") },
                       sort: { c in c.officer.map { .text(NameKey.sortKey($0.name)) } ?? .none },
                       export: { $0.officer?.displayName ?? "" }),
            // SIASN says BKN blocked the officer's data: beside the name it belongs to, and
            // never where names are not shown (a public screen).
            TableField(spec: FieldSpec(key: "blocked", title: text.blockedTitle, priority: 2, minimum: 7, cap: 8, filterable: true),
                       text: { Self.isBlocked($0) && privacy.names == .full ? text.blockedMark : "" }, role: { _ in .alertCritical }),
            TableField(spec: FieldSpec(key: "nip", title: text(.nip), priority: 5, minimum: 18, cap: 18),
                       text: { $0.item.nip.map { privacy.nip($0) } ?? "" }, sort: { $0.item.nip.map { .number(Int($0.value)) } ?? .none },
                       export: { $0.item.nip?.description ?? "" }),
            // The reported officer's unit: an OPD head's cases, on screen (`F`) and in `--filter unit=…`.
            TableField(spec: FieldSpec(key: "unit", title: text(.unit), priority: 5, minimum: 12, cap: 24, shortening: .unit, filterable: true),
                       text: { $0.officer?.unit ?? "" }),
            TableField(spec: FieldSpec(key: "category", title: text(.category), priority: 3, minimum: 10, cap: 24, shortening: .code, filterable: true),
                       text: { $0.item.category }),
            // The case's summary (uraian): on a wide screen, and always whole in the export.
            TableField(spec: FieldSpec(key: "summary", title: text(.summary), priority: 6, minimum: 16, cap: 40),
                       text: { $0.item.summary }),
        ]
    }

    /// The reported officer's personnel data is blocked (SIASN *Pemblokiran Data PNS*).
    static func isBlocked(_ c: CaseState) -> Bool { c.officer?.status == .blocked }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        guard case .case(let caseID) = id, let c = input.situation.cases.first(where: { $0.item.id == caseID }) else { return nil }
        let text = input.text
        var fields: [(label: String, value: String)] = [
            (text(.reported), text.date(c.item.reportedOn)), (text(.source), text.source(c.item.source)),
            (text(.status), text.status(c.item.status)),
            (text(.due), text.stageDueDetail(c, today: input.situation.today)),
            (text(.category), c.item.category), (text(.summary), c.item.summary),
        ]
        fields += text.followUpFields(c)
        if Self.isBlocked(c), input.privacy.names == .full { fields.append((text.blockedTitle, c.officer.map(text.legalStatusDetail) ?? text.blockedMark)) }
        if c.officer == nil, let nip = c.item.nip { fields.append((text(.nip), nip.description)) }
        return Detail(title: "\(ViewID.cases.title(text)) \(c.item.id)", fields: fields, officer: c.officer)
    }
}
