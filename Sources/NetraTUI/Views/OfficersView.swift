import Foundation
import NetraCore

/// Pegawai: the roster, candidates marked ★, with the date each officer retires by age.
struct OfficersView: ViewRoom {
    let id = ViewID.officers

    enum Filter: Int, ViewChoice {
        case all, candidates, retiringSoon
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .candidates: input.text(.filterCandidates)
            case .retiringSoon: String(format: input.text(.filterRetiringWithin), input.model.dataset.settings.thresholds.ageRetirementMonths)
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
        func ordered(_ a: Officer, _ b: Officer) -> Bool {
            switch self {
            case .name: a.name < b.name
            case .nip: a.nip < b.nip
            case .unit: (a.unit, a.name) < (b.unit, b.name)
            case .retirementDate: (a.ageRetirementDate?.dayNumber ?? .max) < (b.ageRetirementDate?.dayNumber ?? .max)
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    /// Indices into `dataset.officers`: filtered and sorted once per model; a search
    /// then scans that order (and only the previous result while the query grows).
    func indices(_ input: ViewInput) -> [Int] {
        let model = input.model, officers = model.dataset.officers
        var unsearched = input.query(id)
        unsearched.search = ""
        let ordered: [Int] = model.cache.rows(unsearched) {
            var indices: [Int]
            switch Filter.chosenFilter(input.state, id) {
            case .all: indices = Array(officers.indices)
            case .candidates: indices = officers.indices.filter { officers[$0].candidacy.isActiveCandidate }
            case .retiringSoon:
                let soon = Set(model.situation.ageRetirements.map(\.officer.nip))
                indices = officers.indices.filter { soon.contains(officers[$0].nip) }
            }
            let sort = Sort.chosenSort(input.state, id)
            indices.sort { sort.ordered(officers[$0], officers[$1]) }
            return indices
        }
        let query = input.state.search[id] ?? ""
        guard !query.isEmpty else { return ordered }
        return model.cache.search(unsearched, query: query) { narrower in model.officerSearch.filter(narrower ?? ordered, query: query) }
    }

    func rowIDs(_ input: ViewInput) -> [String] {
        input.model.cache.ids(input.query(id)) { indices(input).map { input.model.dataset.officers[$0].nip.description } }
    }

    /// NIPs compare as integers: no string per officer per frame.
    func listRows(_ input: ViewInput) -> ListRows {
        let officers = input.model.dataset.officers
        let indices = indices(input)
        return ListRows(count: indices.count, id: { officers[indices[$0]].nip.description }, index: { id in
            guard let value = UInt64(id) else { return nil }
            return indices.firstIndex { officers[$0].nip.value == value }
        })
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs, privacy = input.privacy
        let model = input.model, officers = model.dataset.officers
        let indices = indices(input)
        let columns = [
            Column(title: "", width: 1),
            Column(title: text(.nip), width: 18),
            Column(title: text(.name), width: 14, flex: 3),
            Column(title: text(.unit), width: 12, flex: 3, dropOrder: 1),
            Column(title: text(.position), width: 12, flex: 3, dropOrder: 4),
            Column(title: text(.grade), width: 5),
            Column(title: text(.candidacy), width: 10),
            Column(title: text(.party), width: 10, flex: 2, dropOrder: 3),
            Column(title: text(.district), width: 9, flex: 1, dropOrder: 2),
            Column(title: text(.retirement), width: 11),
        ]
        let today = model.situation.today
        let horizon = today.adding(months: model.dataset.settings.thresholds.ageRetirementMonths)
        ListWidget.draw(&context, window: list, columns: columns, fresh: { model.isFreshlyChanged($0, now: input.now) }) { i in
            let o = officers[indices[i]]
            let mark = o.candidacy.isActiveCandidate ? String(glyphs.candidate) : ""
            let retire = o.ageRetirementDate.map(text.date) ?? "—"
            let soon = o.ageRetirementDate.map { $0 > today && $0 <= horizon } ?? false
            return ([mark, privacy.nip(o.nip), privacy.name(o.name), o.unit, o.position, o.grade, text.candidacy(o.candidacy), o.party, o.district, retire],
                    [.alertWarning, nil, nil, nil, nil, nil, o.candidacy.isActiveCandidate ? .alertWarning : nil, nil, nil, soon ? .countdown : nil])
        }
    }

    func detail(of id: String, _ input: ViewInput) -> Detail? {
        let officer = UInt64(id).flatMap { input.model.dataset.roster[NIP(value: $0)] }
        return Detail(title: officer?.name, fields: [], officer: officer)
    }
}
