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
}

/// The rows each view shows for a given filter, sort and search: pure functions of the
/// model and the UI state.
public enum Rows {
    /// Filter and sort choices per view, in cycling order. Labels live in `UIText`.
    public static func filterCount(_ view: ViewID) -> Int {
        switch view {
        case .overview: 2      // all alerts, critical + warning
        case .officers: 3      // all, candidates, retiring within the horizon
        case .retirements: 4   // all, requests, age, candidates
        case .schedule: 2      // all, not done
        case .cases: 6         // open, all, bawaslu, kipp, public, internal
        }
    }

    public static func sortCount(_ view: ViewID) -> Int {
        switch view {
        case .overview, .schedule: 1
        case .officers: 4      // name, NIP, unit, retirement date
        case .retirements: 3   // deadline, filed, name
        case .cases: 3         // due, reported, id
        }
    }

    public static func alerts(_ model: DashboardModel, state: UIState) -> [Alert] {
        model.cache.value("alerts:\(state.filter[.overview] ?? 0):\(state.search[.overview] ?? "")") { computeAlerts(model, state: state) }
    }

    private static func computeAlerts(_ model: DashboardModel, state: UIState) -> [Alert] {
        let all = model.situation.alerts
        let filtered = (state.filter[.overview] ?? 0) == 1 ? all.filter { $0.severity >= .warning } : all
        let query = SearchIndex.fold(state.search[.overview] ?? "")
        guard !query.isEmpty else { return filtered }
        return filtered.filter { alert in
            let name = alert.nip.flatMap { model.dataset.roster[$0]?.name } ?? ""
            return SearchIndex.fold([name, alert.nip?.description ?? "", alert.caseID ?? ""].joined(separator: " ")).contains(query)
        }
    }

    public static func alertID(_ a: Alert) -> String { "\(a.kind.rawValue):\(a.nip?.description ?? ""):\(a.caseID ?? "")" }

    /// Officer indices into `dataset.officers`.
    /// Filtered and sorted once per model; a search then scans that order.
    public static func officers(_ model: DashboardModel, state: UIState) -> [Int] {
        let officers = model.dataset.officers
        let filter = state.filter[.officers] ?? 0, sort = state.sort[.officers] ?? 0
        let key = "officers:\(filter):\(sort)"
        let ordered: [Int] = model.cache.value(key) {
            var indices: [Int]
            switch filter {
            case 1: indices = officers.indices.filter { officers[$0].candidacy.isActiveCandidate }
            case 2:
                let soon = Set(model.situation.ageRetirements.map(\.officer.nip))
                indices = officers.indices.filter { soon.contains(officers[$0].nip) }
            default: indices = Array(officers.indices)
            }
            switch sort {
            case 1: indices.sort { officers[$0].nip < officers[$1].nip }
            case 2: indices.sort { (officers[$0].unit, officers[$0].name) < (officers[$1].unit, officers[$1].name) }
            case 3: indices.sort { (officers[$0].ageRetirementDate?.dayNumber ?? .max) < (officers[$1].ageRetirementDate?.dayNumber ?? .max) }
            default: indices.sort { officers[$0].name < officers[$1].name }
            }
            return indices
        }
        let query = state.search[.officers] ?? ""
        guard !query.isEmpty else { return ordered }
        return model.cache.search(key, query: query) { narrower in model.officerSearch.filter(narrower ?? ordered, query: query) }
    }

    public static func retirements(_ model: DashboardModel, state: UIState) -> [RetirementItem] {
        let v = ViewID.retirements
        return model.cache.value("retirements:\(state.filter[v] ?? 0):\(state.sort[v] ?? 0):\(state.search[v] ?? "")") {
            computeRetirements(model, state: state)
        }
    }

    private static func computeRetirements(_ model: DashboardModel, state: UIState) -> [RetirementItem] {
        let s = model.situation
        var items: [RetirementItem] = []
        let filter = state.filter[.retirements] ?? 0
        if filter != 2 {
            items += s.pendingRequests.filter { filter != 3 || ($0.officer?.candidacy.isActiveCandidate ?? false) }.map { .request($0) }
        }
        if filter == 0 || filter == 2 {
            items += s.ageRetirements.filter { !$0.hasRequest }.map { .age($0) }
        }
        let query = SearchIndex.fold(state.search[.retirements] ?? "")
        if !query.isEmpty {
            items = items.filter { item in
                let officer: Officer? = switch item { case .request(let p): p.officer; case .age(let a): a.officer }
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
        func name(_ i: RetirementItem) -> String {
            switch i { case .request(let p): p.officer?.name ?? ""; case .age(let a): a.officer.name }
        }
        switch state.sort[.retirements] ?? 0 {
        case 1: items.sort { filed($0) < filed($1) }
        case 2: items.sort { name($0) < name($1) }
        default: items.sort { (deadline($0), filed($0)) < (deadline($1), filed($1)) }
        }
        return items
    }

    public static func stages(_ model: DashboardModel, state: UIState) -> [StageStatus] {
        let all = model.situation.stages
        let shown = (state.filter[.schedule] ?? 0) == 1 ? all.filter { $0.phase != .done } : all
        let query = SearchIndex.fold(state.search[.schedule] ?? "")
        return query.isEmpty ? shown : shown.filter { SearchIndex.fold($0.stage.name + " " + $0.stage.id).contains(query) }
    }

    /// Indices into `situation.cases`.
    public static func cases(_ model: DashboardModel, state: UIState) -> [Int] {
        let v = ViewID.cases
        return model.cache.value("cases:\(state.filter[v] ?? 0):\(state.sort[v] ?? 0):\(state.search[v] ?? "")") {
            computeCases(model, state: state)
        }
    }

    private static func computeCases(_ model: DashboardModel, state: UIState) -> [Int] {
        let cases = model.situation.cases
        var indices = Array(cases.indices)
        switch state.filter[.cases] ?? 0 {
        case 0: indices = indices.filter { cases[$0].item.status.isOpen }
        case 2: indices = indices.filter { cases[$0].item.source == .bawaslu }
        case 3: indices = indices.filter { cases[$0].item.source == .kipp }
        case 4: indices = indices.filter { cases[$0].item.source == .public }
        case 5: indices = indices.filter { cases[$0].item.source == .internal }
        default: break
        }
        indices = model.caseSearch.filter(indices, query: state.search[.cases] ?? "")
        switch state.sort[.cases] ?? 0 {
        case 1: indices.sort { cases[$0].item.reportedOn > cases[$1].item.reportedOn }
        case 2: indices.sort { cases[$0].item.id < cases[$1].item.id }
        default: indices.sort { (cases[$0].due, cases[$0].item.id) < (cases[$1].due, cases[$1].item.id) }
        }
        return indices
    }

    /// Row identities of the current view, for navigation (remembered per model,
    /// view, filter, sort and search, so a frame over 100k officers builds none).
    public static func ids(_ model: DashboardModel, state: UIState) -> [String] {
        let v = state.view
        let key = "\(v):\(state.filter[v] ?? 0):\(state.sort[v] ?? 0):\(state.search[v] ?? "")"
        return model.cache.ids(key) { computeIDs(model, state: state) }
    }

    private static func computeIDs(_ model: DashboardModel, state: UIState) -> [String] {
        switch state.view {
        case .overview: alerts(model, state: state).map(alertID)
        case .officers: officers(model, state: state).map { model.dataset.officers[$0].nip.description }
        case .retirements: retirements(model, state: state).map(\.id)
        case .schedule: stages(model, state: state).map(\.stage.id)
        case .cases: cases(model, state: state).map { model.situation.cases[$0].item.id }
        }
    }
}
