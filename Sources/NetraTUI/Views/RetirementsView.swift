import Foundation
import NetraCore

/// One row of the Retirements view: a request in process, a finished one (decreed
/// or rejected), or an age retirement coming up without a request.
public enum RetirementItem: Sendable {
    case request(PendingRequest)
    case finished(RetirementRequest, Officer?)
    case age(AgeRetirement)

    public var id: RowID {
        switch self {
        case .request(let p): .request(p.request.nip, line: p.request.line)
        case .finished(let r, _): .request(r.nip, line: r.line)
        case .age(let a): .ageRetirement(a.officer.nip)
        }
    }

    var officer: Officer? {
        switch self {
        case .request(let p): p.officer
        case .finished(_, let o): o
        case .age(let a): a.officer
        }
    }

    var nip: NIP {
        switch self {
        case .request(let p): p.request.nip
        case .finished(let r, _): r.nip
        case .age(let a): a.officer.nip
        }
    }

    var request: RetirementRequest? {
        switch self {
        case .request(let p): p.request
        case .finished(let r, _): r
        case .age: nil
        }
    }

    /// Retirement by age, whether requested or only coming up.
    var isByAge: Bool { request.map { $0.kind == .age } ?? true }
}

/// Pensiun: requests in process with their stage track, deadline and pension rights,
/// the age retirements coming up, and (on request) the finished ones.
struct RetirementsView: TableRoom {
    let id = ViewID.retirements
    let widestFilter = Filter.everything.rawValue

    enum Filter: Int, ViewChoice {
        /// `overdue`: past the processing limit without a decree, the overview's
        /// "lewat batas proses" (`Figures.overdueRequests`); last, so the keys of the
        /// others stay.
        case inProcess, requests, age, candidates, finished, everything, overdue
        func label(_ input: ViewInput) -> String {
            switch self {
            case .inProcess: input.text(.filterInProcess)
            case .requests: input.text(.filterRequests)
            case .age: input.text(.filterAge)
            case .candidates: input.text(.filterCandidates)
            case .finished: input.text(.filterFinished)
            case .everything: input.text(.filterEverything)
            case .overdue: input.text(.filterOverdue)
            }
        }
        func includes(_ item: RetirementItem) -> Bool {
            switch self {
            case .inProcess: if case .finished = item { false } else { true }
            case .requests: if case .request = item { true } else { false }
            case .age: if case .finished = item { false } else { item.isByAge }
            case .candidates: if case .finished = item { false } else { item.officer?.candidacy.isActiveCandidate ?? false }
            case .finished: if case .finished = item { true } else { false }
            case .everything: true
            case .overdue: if case .request(let p) = item { p.isProcessingOverdue } else { false }
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
        var column: ColumnSort {
            switch self {
            case .deadline: ColumnSort(key: "left")
            case .filed: ColumnSort(key: "filed")
            case .name: ColumnSort(key: "name")
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }
    func presetSort(_ input: ViewInput) -> ColumnSort { Sort.chosenSort(input.state, id).column }
    func presetIncludes(_ input: ViewInput) -> (RetirementItem) -> Bool { Filter.chosenFilter(input.state, id).includes }

    func universe(_ input: ViewInput) -> [RetirementItem] {
        let s = input.situation, roster = input.model.dataset.roster
        return s.pendingRequests.map { .request($0) }
            + input.model.dataset.requests.filter { !$0.stage.isPending }.map { .finished($0, roster[$0.nip]) }
            + s.ageRetirements.filter { !$0.hasRequest }.map { .age($0) }
    }

    func rowID(_ row: RetirementItem) -> RowID { row.id }
    func searchText(_ row: RetirementItem) -> String {
        [row.officer?.name ?? "", row.nip.description, row.officer?.unit ?? "", row.request?.decreeNumber ?? ""].joined(separator: "\u{1}")
    }

    func fields(_ input: ViewInput) -> [TableField<RetirementItem>] {
        let text = input.text, glyphs = input.glyphs, privacy = input.privacy, s = input.situation
        let mark = String(glyphs.candidate)
        func left(_ item: RetirementItem) -> Countdown? {
            switch item {
            case .request(let p): p.deadline
            case .finished: nil
            case .age(let a): Countdown(to: a.date.instant(in: s.zone), from: s.now, in: s.zone)
            }
        }
        return [
            TableField(spec: FieldSpec(key: "mark", title: "", priority: 0, minimum: 1, cap: 1, exported: false),
                       text: { $0.officer?.candidacy.isActiveCandidate == true ? mark : "" }, role: { _ in .alertWarning }),
            TableField(spec: FieldSpec(key: "name", title: text(.name), priority: 1, minimum: 14, cap: 30, shortening: .name),
                       text: { $0.officer.map { privacy.name(of: $0) } ?? text(.unknownOfficer) },
                       sort: { .text(NameKey.sortKey($0.officer?.name ?? "")) }, export: { $0.officer?.displayName ?? "" }),
            TableField(spec: FieldSpec(key: "nip", title: text(.nip), priority: 3, minimum: 18, cap: 18),
                       text: { privacy.nip($0.nip) }, sort: { .number(Int($0.nip.value)) }, export: { $0.nip.description }),
            // The officer's unit, as on Pegawai: what a clerk filters by (`F`) to see one OPD's retirements.
            TableField(spec: FieldSpec(key: "unit", title: text(.unit), priority: 4, minimum: 12, cap: 24, shortening: .unit, filterable: true),
                       text: { $0.officer?.unit ?? "" }),
            TableField(spec: FieldSpec(key: "kind", title: text(.kind), priority: 2, minimum: 5, cap: 16, filterable: true),
                       text: { $0.request.map { text.kind($0.kind) } ?? text(.ageRetirement) },
                       role: { $0.request == nil ? .muted : nil }),
            TableField(spec: FieldSpec(key: "filed", title: text(.filed), priority: 5, minimum: 11, cap: 11, cell: .date),
                       text: { $0.request.map { text.date($0.filedOn) } ?? "" },
                       sort: { $0.request.map { .number($0.filedOn.dayNumber) } ?? .none }, export: { $0.request?.filedOn.description ?? "" }),
            TableField(spec: FieldSpec(key: "stage", title: text(.stage), priority: 2, minimum: 10, cap: 17, filterable: true),
                       text: { $0.request.map { RequestTrack.text($0.stage, text, glyphs) } ?? "" }, role: { _ in .progress },
                       sort: { $0.request.map { .number(RequestTrack.rank($0.stage)) } ?? .none },
                       export: { $0.request.map { text.stage($0.stage) } ?? "" }),
            TableField(spec: FieldSpec(key: "effective", title: text(.effective), priority: 3, minimum: 11, cap: 11, cell: .date),
                       text: { item in
                           switch item {
                           case .age(let a): text.date(a.date)
                           default: item.request?.effectiveOn.map(text.date) ?? ""
                           }
                       },
                       sort: { item in
                           if case .age(let a) = item { return .number(a.date.dayNumber) }
                           return item.request?.effectiveOn.map { .number($0.dayNumber) } ?? .none
                       },
                       export: { item in
                           if case .age(let a) = item { return a.date.description }
                           return item.request?.effectiveOn?.description ?? ""
                       }),
            TableField(spec: FieldSpec(key: "left", title: text(.daysLeft), priority: 2, minimum: 5, cap: 8, alignRight: true),
                       text: { left($0)?.dayLabel ?? "" },
                       // A TMT already passed without a decree is the most urgent row of all.
                       role: { item in if case .age(let a) = item, a.isPast { .alertCritical } else { .countdown } },
                       sort: { item in left(item).map { .number($0.secondsLeft) } ?? .none }),
            TableField(spec: FieldSpec(key: "pension", title: text(.pension), priority: 4, minimum: 10, cap: 16, filterable: true),
                       text: { item in if case .request(let p) = item { p.pension.map { text.pension($0.verdict) } ?? "" } else { "" } },
                       role: { item in if case .request(let p) = item, p.pension?.verdict == .withoutPension { .alertWarning } else { nil } }),
            TableField(spec: FieldSpec(key: "waited", title: text(.waited), priority: 3, minimum: 6, cap: 10, alignRight: true, cell: .number),
                       text: { item in
                           guard case .request(let p) = item else { return "" }
                           return "\(p.workingDaysWaiting) \(text(.workingDays))" + (p.isProcessingOverdue ? " \(glyphs.warning)" : "")
                       },
                       role: { item in if case .request(let p) = item, p.isProcessingOverdue { .alertWarning } else { nil } },
                       sort: { item in if case .request(let p) = item { .number(p.workingDaysWaiting) } else { .none } },
                       // Working days as a number (the warning mark is the screen's; the count is the fact).
                       export: { item in if case .request(let p) = item { "\(p.workingDaysWaiting)" } else { "" } }),
            TableField(spec: FieldSpec(key: "decree", title: text(.decree), priority: 4, minimum: 10, cap: 24, shortening: .code),
                       text: { $0.request?.decreeNumber ?? "" }),
        ]
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        guard let item = row(id, input) else { return nil }
        let text = input.text
        switch item {
        case .request(let p):
            return Detail(title: nil, fields: [
                (text(.kind), text.kind(p.request.kind)), (text(.filed), text.date(p.request.filedOn)),
                (text(.stage), text.stage(p.request.stage)), (text(.effective), p.request.effectiveOn.map(text.date) ?? "—"),
                (text(.waited), "\(p.workingDaysWaiting) \(text(.workingDays))"),
            ], officer: p.officer)
        case .finished(let r, let officer):
            return Detail(title: nil, fields: [
                (text(.kind), text.kind(r.kind)), (text(.filed), text.date(r.filedOn)), (text(.stage), text.stage(r.stage)),
                (text(.effective), r.effectiveOn.map(text.date) ?? "—"), (text(.decree), r.decreeNumber.isEmpty ? "—" : r.decreeNumber),
            ], officer: officer)
        case .age(let a):
            return Detail(title: nil, fields: [(text(.ageRetirement), text.date(a.date))], officer: a.officer)
        }
    }
}
