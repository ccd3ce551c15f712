import Foundation
import NetraCore

/// The session's list work: sorting by a column, the pickers, following a row to
/// what it is about and back, copying, exporting, suspending. Each reads the layout
/// of the frame the key acts on.
extension DashboardSession {
    /// Handles the actions that need the rows' columns or the host; `nil` for the rest.
    mutating func performListAction(_ action: Action, layout: FrameLayout, at now: Date) -> Effect? {
        // Enter on an alert opens what it is about (a group line expands instead, in
        // the overview's own `open`; a group's member is an alert like any other).
        if action == .open, state.view == .overview, !state.showsHelp, let alert = layout.selectedID?.alert {
            return go(to: Self.target(ofAlert: alert), layout: layout)
        }
        guard !state.showsHelp else { return nil }
        switch action {
        case .sortColumn(let step):
            guard let table = layout.table, let plan = layout.list.plan, !plan.spans.isEmpty else { return Effect.none }
            let shown = plan.spans.map { table.fields[$0.field].key }.filter { $0 != "mark" }
            let current = shown.firstIndex(of: table.sort.key) ?? (step > 0 ? -1 : shown.count)
            let next = shown[max(0, min(shown.count - 1, current + step))]
            state.sortColumn[state.view] = ColumnSort(key: next, descending: false)
            state.notice = nil
            return Effect.none
        case .reverseSort:
            guard let table = layout.table else { return Effect.none }
            state.sortColumn[state.view] = ColumnSort(key: table.sort.key, descending: !table.sort.descending)
            return Effect.none
        case .cycleSort:
            state.sortColumn[state.view] = nil  // back to the named sorts
            return nil
        case .follow:
            guard let id = layout.selectedID else { state.notice = .noLink; return Effect.none }
            let targets = relatedTargets(of: id, layout: layout)
            if targets.count == 1 { return go(to: targets[0].command, layout: layout) }
            if targets.isEmpty { state.notice = .noLink; return Effect.none }
            state.picker = PickerState(kind: .related)
            return Effect.none
        case .copy:
            guard !options.kiosk else { state.notice = .notInKiosk; return Effect.none }
            guard let id = layout.selectedID, let (kind, value) = Self.copyValue(id) else { state.notice = .noLink; return Effect.none }
            let copy = Clipboard.Copy(value)
            let notice = CopyNotice(kind: kind, value: copy.text)
            state.notice = .copy(notice)
            // The terminal's answer to the host's query, if any, settles what it says.
            pendingCopy = PendingCopy(notice: notice, at: running)
            return .copy(copy)
        case .export:
            guard !options.kiosk else { state.notice = .notInKiosk; return Effect.none }
            guard layout.table != nil else { state.notice = .noLink; return Effect.none }
            state.picker = PickerState(kind: .exportFormat)
            return Effect.none
        case .suspend:
            return options.kiosk ? Effect.none : .suspend
        default:
            return nil
        }
    }

    /// The list on screen as a file of `format`, for the host to write (`e`, then a format).
    mutating func exportFile(_ format: ExportFormat, layout: FrameLayout, at now: Date) -> Effect {
        guard let table = layout.table else { return .none }
        let name = ListExport.fileName(view: state.view, at: now, zone: model.situation.zone, language: language, format: format)
        do {
            let bytes = try ListExport.bytes(table, format: format, sheet: state.view.title(UIText.table(for: language)))
            return .export(ExportFile(name: name, bytes: bytes))
        } catch {
            state.notice = .exportFailed(Messages.exportWorkbookFailed(String(describing: error)).text(language))
            return .none
        }
    }

    /// The host wrote (or could not write) the export: say where, or why not.
    public mutating func noteExport(path: String?, failure: String?) {
        state.notice = path.map { .exported($0) } ?? .exportFailed(failure ?? "")
    }

    /// A click on a column's heading sorts by it; a second click reverses.
    mutating func sortBy(_ key: String, layout: FrameLayout) {
        guard let table = layout.table else { return }
        let descending = table.sort.key == key ? !table.sort.descending : false
        state.sortColumn[state.view] = ColumnSort(key: key, descending: descending)
    }

    // MARK: Pickers

    mutating func handlePicker(_ key: Key, at now: Date) -> Effect {
        guard var picker = state.picker else { return .none }
        let layout = layout(at: now)
        let items = Pickers.items(picker, layout: layout)
        let rows = Overlays.pickerRows(items: items.count, screenHeight: size.height)
        switch key {
        case .escape:
            state.picker = nil
            return .none
        case .character("q") where picker.line.text.isEmpty:
            // Nothing typed yet: q closes the picker like every other overlay.
            state.picker = nil
            return .none
        case .up, .control("k"): picker.selected = max(0, picker.selected - 1)
        case .down, .control("j"), .control("n"): picker.selected = min(max(0, items.count - 1), picker.selected + 1)
        case .pageUp, .pageDown:
            let paged = Paging.page(key == .pageDown ? 1 : -1, index: picker.selected, top: picker.top, count: items.count, pageSize: rows)
            picker.selected = paged.index
            picker.top = paged.top
        case .enter:
            state.picker = nil
            guard items.indices.contains(picker.selected) else { return .none }
            return choose(items[picker.selected].command, layout: layout, at: now)
        default:
            guard picker.line.apply(key) else { return .none }
            picker.selected = 0
            picker.top = 0
        }
        picker.top = Paging.visibleTop(picker.top, selected: picker.selected, count: items.count, pageSize: rows)
        state.picker = picker
        return .none
    }

    private mutating func choose(_ command: PickerCommand, layout: FrameLayout, at now: Date) -> Effect {
        switch command {
        case .action(let action): return perform(action, at: now)
        case .pickColumn(let key): state.picker = PickerState(kind: .filterValue(key: key))
        case .condition(let condition):
            var conditions = (state.conditions[state.view] ?? []).filter { $0.key != condition.key }
            conditions.append(condition)
            state.conditions[state.view] = conditions
        case .clearConditions: state.conditions[state.view] = nil
        case .open, .unit: return go(to: command, layout: layout)
        case .export(let format): return exportFile(format, layout: layout, at: now)
        }
        return .none
    }

    // MARK: Following links

    /// Leaves a mark on the trail, then shows the target with its detail. The target's
    /// view drops whatever would hide the row (its filter, search and conditions).
    mutating func go(to command: PickerCommand?, layout: FrameLayout) -> Effect {
        guard let command else { state.notice = .noLink; return .none }
        let here = UIState.Place(view: state.view, selection: layout.selectedID, showsDetail: state.showsDetail)
        switch command {
        case .open(let view, let id):
            state.trail.append(here)
            state.switchView(to: view)
            state.search[view] = nil
            state.conditions[view] = nil
            state.filter[view] = view.room.widestFilter
            state.selection[view] = id
            state.showsDetail = true
            state.detailScroll = 0
        case .unit(let unit):
            state.trail.append(here)
            state.switchView(to: .officers)
            state.search[.officers] = nil
            state.filter[.officers] = 0
            state.conditions[.officers] = [FieldCondition(key: "unit", value: unit)]
        default: break
        }
        return .none
    }

    /// An alert's subject: its case, else its officer.
    static func target(ofAlert alert: AlertSubject) -> PickerCommand? {
        if let caseID = alert.caseID, !caseID.isEmpty { return .open(.cases, .case(caseID)) }
        if let nip = alert.nip { return .open(.officers, .officer(nip)) }
        return nil
    }

    /// The officer a row is about (an officer, a request, an age retirement, a case, an alert).
    static func nip(ofRow id: RowID, _ model: DashboardModel) -> NIP? {
        if case .case(let caseID) = id { return model.situation.cases.first { $0.item.id == caseID }?.item.nip }
        return id.nip
    }

    /// What `y` copies: a case's ID (also from a case alert), a circular's ID, else the NIP.
    static func copyValue(_ id: RowID) -> (CopyNotice.Kind, String)? {
        switch id {
        case .case(let caseID): (.caseID, caseID)
        case .circular(let code): (.circular, code)
        case .officer(let nip), .request(let nip, _), .ageRetirement(let nip): (.nip, nip.description)
        case .alert(let a), .alertMember(let a):
            if let caseID = a.caseID, !caseID.isEmpty { (.caseID, caseID) } else { a.nip.map { (.nip, $0.description) } }
        case .inSite(_, let inner): copyValue(inner)
        case .stage, .unit, .alertGroup, .changes, .site: nil
        }
    }

    /// The terminal answered the OSC 52 query after a copy: the status line says
    /// whether the copy arrived, while it still speaks of that copy. An answer after
    /// `Clipboard.answerSeconds`, or to no copy of ours, changes nothing.
    mutating func noteClipboardAnswer(_ answer: Clipboard.Answer, at running: Date) {
        guard let pending = pendingCopy, running.timeIntervalSince(pending.at) <= Clipboard.answerSeconds else { pendingCopy = nil; return }
        pendingCopy = nil
        guard state.notice == .copy(pending.notice) else { return }
        var notice = pending.notice
        switch answer {
        case .holdsCopy: notice.outcome = .arrived
        case .holdsOther: notice.outcome = .refused
        case .empty: return  // no verdict: "sent" stays true
        }
        state.notice = .copy(notice)
    }

    /// Where a row leads: an officer to their requests and cases; a request, a case or
    /// an alert to its officer (and a case alert to its case).
    func relatedTargets(of id: RowID, layout: FrameLayout) -> [PickerItem] {
        Pickers.related(id, view: state.view, layout.input)
    }
}
