import Foundation
import NetraCore

/// The items of each picker, from the frame's layout: what the overlay draws and
/// what Enter chooses are the same list.
enum Pickers {
    static func title(_ picker: PickerState, _ input: ViewInput) -> String {
        let text = input.text
        switch picker.kind {
        case .command: return text(.commandLine)
        case .filterColumn: return text(.filterByColumn)
        case .filterValue(let key):
            let title = input.state.view.room(for: input).table(input)?.fields.first { $0.key == key }?.title ?? key
            return "\(text(.filterByColumn)): \(title)"
        case .related: return text(.related)
        case .exportFormat: return text(.exportAs)
        }
    }

    /// The items, narrowed by what was typed (every word, in any order).
    static func items(_ picker: PickerState, layout: FrameLayout) -> [PickerItem] {
        let input = layout.input
        let query = SearchQuery(picker.line.text)
        var all: [PickerItem]
        switch picker.kind {
        case .command:
            return commands(input, query: picker.line.text)
        case .filterColumn:
            guard let table = layout.table else { return [] }
            let conditions = input.state.conditions[input.state.view] ?? []
            all = conditions.isEmpty ? [] : [PickerItem(label: input.text(.clearColumnFilters), command: .clearConditions)]
            all += table.fields.filter(\.filterable).map { f in
                PickerItem(label: f.title, hint: conditions.first { $0.key == f.key }.map { UntrustedText.sanitized($0.value) } ?? "",
                           command: .pickColumn(f.key))
            }
        case .filterValue(let key):
            guard let table = layout.table else { return [] }
            all = table.values(key).map { PickerItem(label: UntrustedText.sanitized($0.value), hint: "\($0.count)",
                                                     command: .condition(FieldCondition(key: key, value: $0.value))) }
        case .related:
            guard let id = layout.selectedID else { return [] }
            all = related(id, view: input.state.view, input)
        case .exportFormat:
            // Excel first: the office opens lists in a spreadsheet; CSV is for scripts.
            all = [PickerItem(label: input.text(.excel), hint: input.text(.excelHint), command: .export(.xlsx)),
                   PickerItem(label: input.text(.csv), hint: input.text(.csvHint), command: .export(.csv))]
        }
        return query.isEmpty ? all : all.filter { query.matches($0.label) }
    }

    /// The command line: every action of the key table by its help words, then what
    /// the typed text names — an officer by NIP or name, a case by ID, a unit.
    static func commands(_ input: ViewInput, query text: String) -> [PickerItem] {
        let query = SearchQuery(text)
        let language = input.text.language
        var items: [PickerItem] = []
        for b in KeyMap.bindings(province: input.views.contains(.sites)) {
            let item = PickerItem(label: b.help[language] ?? "", hint: KeyMap.label(b, glyphs: input.glyphs), command: .action(b.action))
            // A view answers to its names in both languages too (`:pegawai`, `:officers`).
            var names = ""
            if case .showView(let view) = b.action { names = " " + view.names.joined(separator: " ") }
            if query.isEmpty || query.matches(item.label + " " + item.hint + names) { items.append(item) }
        }
        guard !query.isEmpty else { return items }
        let model = input.model
        let officers = model.dataset.officers
        let units = model.cache.memo("units") { Array(Set(officers.map(\.unit))).filter { !$0.isEmpty }.sorted() }
        for unit in units where query.matches(unit) {
            items.append(PickerItem(label: "\(input.text(.unit)) = \(UntrustedText.sanitized(unit))", hint: ViewID.officers.title(input.text),
                                    command: .unit(unit)))
        }
        for c in input.situation.cases where query.matches(c.item.id) {
            items.append(PickerItem(label: UntrustedText.sanitized(c.item.id), hint: ViewID.cases.title(input.text),
                                    command: .open(.cases, .case(c.item.id))))
        }
        for i in model.officerSearch.filter(Array(officers.indices), query: text).prefix(8) {
            let o = officers[i]
            items.append(PickerItem(label: "\(o.nip.description) \(UntrustedText.sanitized(o.name))", hint: ViewID.officers.title(input.text),
                                    command: .open(.officers, .officer(o.nip))))
        }
        return items
    }

    /// Where a row leads (see `DashboardSession.relatedTargets`).
    static func related(_ id: RowID, view: ViewID, _ input: ViewInput) -> [PickerItem] {
        let text = input.text, model = input.model
        var items: [PickerItem] = []
        if let alert = id.alert, let target = DashboardSession.target(ofAlert: alert) {
            items.append(PickerItem(label: text(.detail), command: target))
        }
        guard let nip = DashboardSession.nip(ofRow: id, model) else { return items }
        if view != .officers, let officer = model.dataset.roster[nip] {
            items.append(PickerItem(label: "\(text(.officer)): \(UntrustedText.sanitized(officer.name))", hint: nip.description, command: .open(.officers, .officer(nip))))
        }
        if view != .retirements {
            for r in model.dataset.requests where r.nip == nip {
                items.append(PickerItem(label: "\(text(.requests)): \(text.kind(r.kind)) · \(text.date(r.filedOn)) · \(text.stage(r.stage))",
                                        command: .open(.retirements, .request(r.nip, line: r.line))))
            }
            for a in input.situation.ageRetirements where !a.hasRequest && a.officer.nip == nip {
                items.append(PickerItem(label: "\(text(.ageRetirement)) · \(text.date(a.date))", command: .open(.retirements, .ageRetirement(nip))))
            }
        }
        if view != .cases {
            for c in input.situation.cases where c.item.nip == nip {
                items.append(PickerItem(label: "\(ViewID.cases.title(text)) \(UntrustedText.sanitized(c.item.id)) · \(text.status(c.item.status))",
                                        command: .open(.cases, .case(c.item.id))))
            }
        }
        return items
    }
}
