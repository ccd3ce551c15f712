import Foundation
import NetraCore

/// Pegawai: the roster, candidates marked ★, with the date each officer retires by
/// age; for candidates, the decisive request's stage and the days to the deadline.
struct OfficersView: TableRoom {
    let id = ViewID.officers

    enum Filter: Int, ViewChoice {
        case all, candidates, retiringSoon, candidatesWithoutDecree
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .candidates: input.text(.filterCandidates)
            case .retiringSoon: String(format: input.text(.filterRetiringWithin), input.model.dataset.settings.thresholds.ageRetirementMonths)
            case .candidatesWithoutDecree: input.text(.filterCandidatesWithoutDecree)
            }
        }
    }

    enum Sort: Int, ViewChoice {
        case name, nip, unit, retirementDate
        func label(_ input: ViewInput) -> String {
            switch self {
            case .name: input.text(.sortName)
            case .nip: input.text(.nip)
            case .unit: input.text(.sortUnit)
            case .retirementDate: input.text(.sortRetirementDate)
            }
        }
        var column: ColumnSort {
            switch self {
            case .name: ColumnSort(key: "name")
            case .nip: ColumnSort(key: "nip")
            case .unit: ColumnSort(key: "unit")
            case .retirementDate: ColumnSort(key: "retirement")
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }
    func presetSort(_ input: ViewInput) -> ColumnSort { Sort.chosenSort(input.state, id).column }

    func universe(_ input: ViewInput) -> [Officer] { input.model.dataset.officers }
    func rowID(_ row: Officer) -> RowID { .officer(row.nip) }
    func searchText(_ row: Officer) -> String { row.name }
    func prebuiltIndex(_ input: ViewInput) -> SearchIndex? { input.model.officerSearch }

    /// NIPs compare as integers: no identity built per officer per frame.
    func position(of id: RowID, in indices: [Int], _ rows: [Officer]) -> Int? {
        guard case .officer(let nip) = id else { return nil }
        let value = nip.value
        return indices.firstIndex { rows[$0].nip.value == value }
    }

    /// The roster is the reading's; "retiring soon" and "without decree" depend on today.
    var universeIsTimeless: Bool { true }
    func presetIsTimeless(_ input: ViewInput) -> Bool { [.all, .candidates].contains(Filter.chosenFilter(input.state, id)) }

    func presetIncludes(_ input: ViewInput) -> (Officer) -> Bool {
        switch Filter.chosenFilter(input.state, id) {
        case .all: return { _ in true }
        case .candidates: return { $0.candidacy.isActiveCandidate }
        case .retiringSoon:
            let soon = Set(input.situation.ageRetirements.map(\.officer.nip))
            return { soon.contains($0.nip) }
        case .candidatesWithoutDecree:
            let open = Set(input.situation.candidates.filter { !$0.isResolved }.map(\.officer.nip))
            return { open.contains($0.nip) }
        }
    }

    /// Candidates by NIP: the decisive request and the pension assessment.
    static func candidates(_ input: ViewInput) -> [NIP: CandidateStatus] {
        input.model.cache.memo("candidates") { Dictionary(input.situation.candidates.map { ($0.officer.nip, $0) }, uniquingKeysWith: { a, _ in a }) }
    }

    func fields(_ input: ViewInput) -> [TableField<Officer>] {
        let text = input.text, glyphs = input.glyphs, privacy = input.privacy
        let today = input.situation.today
        let horizon = today.adding(months: input.model.dataset.settings.thresholds.ageRetirementMonths)
        let candidates = Self.candidates(input)
        let now = input.now
        let mark = String(glyphs.candidate)
        // The candidate filters show the decisive request and the days to the deadline.
        let candidateWork = [.candidates, .candidatesWithoutDecree].contains(Filter.chosenFilter(input.state, id))
        var fields: [TableField<Officer>] = [
            TableField(spec: FieldSpec(key: "mark", title: "", priority: 0, minimum: 1, cap: 1, exported: false),
                       text: { $0.candidacy.isActiveCandidate ? mark : "" }, role: { _ in .alertWarning }),
            TableField(spec: FieldSpec(key: "nip", title: text(.nip), priority: 0, minimum: 18, cap: 18, timeless: true),
                       text: { privacy.nip($0.nip) }, sort: { .number(Int($0.nip.value)) }, export: { $0.nip.description }),
            TableField(spec: FieldSpec(key: "name", title: text(.name), priority: 1, minimum: 14, cap: 30, shortening: .name, timeless: true),
                       text: { privacy.name(of: $0) }, sort: { .text(NameKey.sortKey($0.name)) }, export: { $0.displayName }),
            TableField(spec: FieldSpec(key: "district", title: text(.district), priority: 1, minimum: 8, cap: 24, shortening: .code, filterable: true, timeless: true),
                       text: { $0.district }),
            TableField(spec: FieldSpec(key: "unit", title: text(.unit), priority: 2, minimum: 12, cap: 24, shortening: .unit, filterable: true, timeless: true),
                       text: { $0.unit }),
            TableField(spec: FieldSpec(key: "candidacy", title: text(.candidacy), priority: 2, minimum: 7, cap: 10, filterable: true, timeless: true),
                       text: { $0.candidacy == .none ? "" : text.candidacy($0.candidacy) },
                       role: { $0.candidacy.isActiveCandidate ? .alertWarning : nil }),
            // SIASN's kedudukan hukum, the exceptions only: "aktif" on nearly every row would
            // hide the CLTN and the blocked record. Empty (and the column left out) for a
            // roster without it, and on a public screen that does not name people. The
            // export writes every value, "aktif" too.
            TableField(spec: FieldSpec(key: "status", title: text.legalStatusTitle, priority: 3, minimum: 5, cap: 16, filterable: true, timeless: true),
                       text: { privacy.names == .full && $0.status != .active ? text.legalStatus($0) : "" },
                       role: { o in o.status == .blocked ? .alertCritical : (o.isInService ? nil : .muted) },
                       export: { text.legalStatus($0) }),
        ]
        if candidateWork { fields += [
            TableField(spec: FieldSpec(key: "request", title: text(.requests), priority: 2, minimum: 10, cap: 17, filterable: true),
                       text: { o in candidates[o.nip]?.request.map { RequestTrack.text($0.stage, text, glyphs) } ?? (candidates[o.nip] == nil ? "" : text(.noRequest)) },
                       role: { o in candidates[o.nip].map { $0.request == nil || $0.request?.stage == .rejected ? .alertWarning : .progress } },
                       sort: { o in candidates[o.nip].map { .number($0.request.map { RequestTrack.rank($0.stage) } ?? -1) } ?? .none },
                       export: { o in candidates[o.nip]?.request.map { text.stage($0.stage) } ?? (candidates[o.nip] == nil ? "" : text(.noRequest)) }),
            // Each candidate's own election's deadline: a Pilkada hopeful is not counted
            // against the Pemilu's.
            TableField(spec: FieldSpec(key: "deadline", title: text(.daysLeft), priority: 2, minimum: 5, cap: 8, alignRight: true),
                       text: { o in
                           guard let c = candidates[o.nip], let deadline = c.deadline else { return "" }
                           return c.isResolved ? String(glyphs.done) : deadline.countdown.at(now).dayLabel
                       },
                       role: { _ in .countdown },
                       sort: { o in
                           candidates[o.nip].flatMap { c in c.isResolved ? SortValue.none : c.deadline.map { .number($0.countdown.at(now).secondsLeft) } } ?? .none
                       }),
        ] }
        fields += [
            TableField(spec: FieldSpec(key: "retirement", title: text(.retirement), priority: 2, minimum: 11, cap: 11, timeless: true, cell: .date),
                       text: { $0.ageRetirementDate.map(text.date) ?? "—" },
                       role: { o in o.ageRetirementDate.map { $0 > today && $0 <= horizon } == true ? .countdown : nil },
                       sort: { $0.ageRetirementDate.map { .number($0.dayNumber) } ?? .none },
                       export: { $0.ageRetirementDate.map(\.description) ?? "" }),
            TableField(spec: FieldSpec(key: "grade", title: text(.grade), priority: 4, minimum: 5, cap: 6, filterable: true, timeless: true),
                       text: { $0.grade }),
            TableField(spec: FieldSpec(key: "party", title: text(.party), priority: 4, minimum: 16, cap: 24, shortening: .unit, filterable: true, timeless: true),
                       text: { $0.party }),
            TableField(spec: FieldSpec(key: "position", title: text(.position), priority: 5, minimum: 16, cap: 30, shortening: .unit, filterable: true, timeless: true),
                       text: { $0.position }),
        ]
        return fields
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        let officer = id.nip.flatMap { input.model.dataset.roster[$0] }
        // The KPU entries this officer matched (kpu/), best first.
        let kpu = officer.map { input.text.kpuDetailFields(input.situation.kpu.matches(for: $0.nip)) } ?? []
        return Detail(title: officer?.displayName, fields: kpu, officer: officer)
    }
}
