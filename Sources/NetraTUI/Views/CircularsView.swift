import Foundation
import NetraCore

/// Surat edaran: each circular with its chain (SE KPU → SE Wali Kota), completion as
/// units done out of units due (a bar), days to its due date, and how many units are
/// late; the detail lists every unit's state.
///
/// Not on the kiosk: the detail names units, and a unit of one officer names a person.
struct CircularsView: ViewRoom {
    let id = ViewID.circulars

    enum Filter: Int, ViewChoice {
        case all, incomplete, late
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .incomplete: input.text(FollowWord.filterIncomplete)
            case .late: input.text(FollowWord.filterLate)
            }
        }
        func includes(_ e: CircularLedger.Entry) -> Bool {
            switch self {
            case .all: true
            case .incomplete: !e.isComplete
            case .late: e.late > 0
            }
        }
    }

    enum Sort: Int, ViewChoice {
        case chain, issued, completion
        func label(_ input: ViewInput) -> String {
            switch self {
            case .chain: input.text(FollowWord.sortCircular)
            case .issued: input.text(FollowWord.sortIssued)
            case .completion: input.text(FollowWord.sortCompletion)
            }
        }
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }

    /// Indices into `situation.circulars.entries`.
    func indices(_ input: ViewInput) -> [Int] {
        input.model.cache.rows(input.query(id)) { () -> [Int] in
            let entries = input.situation.circulars.entries
            let filter = Filter.chosenFilter(input.state, id)
            let query = SearchIndex.fold(input.state.search[id] ?? "")
            var indices = entries.indices.filter { i in
                let c = entries[i].circular
                return filter.includes(entries[i])
                    && (query.isEmpty || SearchIndex.fold([c.id, c.number, c.issuer, c.subject].joined(separator: " ")).contains(query))
            }
            switch Sort.chosenSort(input.state, id) {
            case .chain: break
            case .issued: indices.sort { (entries[$0].circular.issuedOn, entries[$0].circular.id) > (entries[$1].circular.issuedOn, entries[$1].circular.id) }
            case .completion: indices.sort { (entries[$0].fractionDone, $0) < (entries[$1].fractionDone, $1) }
            }
            return indices
        }
    }

    func rowIDs(_ input: ViewInput) -> [RowID] {
        input.model.cache.ids(input.query(id)) { indices(input).map { .circular(input.situation.circulars.entries[$0].circular.id) } }
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        let input = context.input, text = context.text, glyphs = context.glyphs
        let entries = input.situation.circulars.entries
        let indices = indices(input)
        let chained = Sort.chosenSort(input.state, id) == .chain
        let columns = [
            Column(title: text(FollowWord.circular), width: 16, flex: 1),
            Column(title: text(FollowWord.issuer), width: 10, dropOrder: 2),
            Column(title: text(FollowWord.issued), width: 11, dropOrder: 3),
            Column(title: text(FollowWord.completion), width: 18),
            Column(title: text(FollowWord.daysToDue), width: 11),
            Column(title: text(FollowWord.late), width: 9, alignRight: true),
            Column(title: text(FollowWord.subject), width: 12, flex: 2, dropOrder: 1),
        ]
        ListWidget.draw(&context, window: list, columns: columns) { i in
            let e = entries[indices[i]]
            let c = e.circular
            let name = chained && e.depth > 0 ? String(repeating: "  ", count: e.depth - 1) + "↳ " + c.id : c.id
            let barWidth = 8
            let filled = e.due == 0 ? barWidth : e.done * barWidth / e.due
            let bar = String(repeating: glyphs.barFull, count: filled) + String(repeating: glyphs.barEmpty, count: barWidth - filled)
            let passed = (e.daysToDue ?? 0) < 0 && !e.isComplete
            return ([name, c.issuer, text.date(c.issuedOn), "\(bar) \(e.done)/\(e.due)", c.dueOn == nil ? "—" : text.daysToDue(e.daysToDue),
                     e.late == 0 ? "·" : "\(e.late)", c.subject],
                    [nil, .muted, .muted, e.isComplete ? .ok : .progress, passed ? .alertCritical : .countdown,
                     e.late > 0 ? .alertCritical : .muted, nil])
        }
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        guard case .circular(let id) = id else { return nil }
        let ledger = input.situation.circulars
        guard let e = ledger.entries.first(where: { $0.circular.id == id }) else { return nil }
        let text = input.text, c = e.circular
        let applies = c.appliesTo.isEmpty ? text(FollowWord.allUnits) : c.appliesTo.joined(separator: ", ")
        var fields: [(label: String, value: String)] = [
            (text(FollowWord.number), c.number), (text(FollowWord.issuer), c.issuer), (text(FollowWord.issued), text.date(c.issuedOn)),
            (text(FollowWord.subject), c.subject),
        ]
        if let parent = e.parent { fields.append((text(FollowWord.follows), ledger.entries[parent].circular.id)) }
        if let due = c.dueOn { fields.append((text(.due), "\(text.date(due)) (\(text.daysToDue(e.daysToDue)))")) }
        fields += [
            (text(FollowWord.appliesTo), applies), (text(FollowWord.asksPact), text(c.asksPact ? FollowWord.yes : FollowWord.no)),
            (text(FollowWord.completion), "\(e.done)/\(e.due) \(text(FollowWord.unitsDone))" + (e.late > 0 ? " · \(text(FollowWord.late)) \(e.late)" : "")),
        ]
        // Late units first, then those not done, then the done ones; by name within each.
        let ordered = e.units.sorted { a, b in
            let ka = (a.isLate ? 0 : (a.isDone ? 2 : 1)), kb = (b.isLate ? 0 : (b.isDone ? 2 : 1))
            return ka != kb ? ka < kb : a.unit < b.unit
        }
        // The state is the label (a short word, never cut) and the unit's whole name leads
        // the value: four kecamatan names share their first 18 letters.
        for state in ordered {
            let unit = ledger.directory.units[state.unit]
            let label = state.isLate ? "\(input.glyphs.warning) \(text(FollowWord.late).uppercased())" : text.unitProgress(state.progress, done: input.glyphs.done)
            // A late unit's dates say how far it got; only "not yet" needs saying.
            let progress = state.isLate && state.progress == .none ? [text.unitProgress(state.progress, done: input.glyphs.done)] : []
            fields.append((label, ([unit.name] + progress + Self.dates(state, headcount: unit.headcount, text)).joined(separator: " · ")))
        }
        return Detail(title: "\(text(FollowWord.circular)) \(c.id)", fields: fields, officer: nil)
    }

    /// `selesai ✓ · diterima 10 Mei 2023 · diteruskan 12 Mei 2023 · pakta 15 Mei 2023 · 14/14`.
    static func stateLine(_ state: CircularLedger.UnitState, entry: CircularLedger.Entry, headcount: Int, _ input: ViewInput) -> String {
        let text = input.text, glyphs = input.glyphs
        let first = (state.isLate ? "\(glyphs.warning) \(text(FollowWord.late).uppercased()) " : "") + text.unitProgress(state.progress, done: glyphs.done)
        return ([first] + dates(state, headcount: headcount, text)).joined(separator: " · ")
    }

    /// What the acknowledgement says, date by date.
    static func dates(_ state: CircularLedger.UnitState, headcount: Int, _ text: UIText) -> [String] {
        var parts: [String] = []
        if let a = state.acknowledgement {
            if let d = a.receivedOn { parts.append("\(text(FollowWord.received)) \(text.date(d))") }
            if let d = a.passedOn { parts.append("\(text(FollowWord.passedOn)) \(text.date(d))") }
            if let d = a.pactSignedOn { parts.append("\(text(FollowWord.pactSigned)) \(text.date(d))") }
            if let n = a.signedCount { parts.append("\(n)/\(headcount) \(text(FollowWord.signedCount))") }
            if let d = a.apelOn { parts.append("\(text(FollowWord.apel)) \(text.date(d))") }
            if !a.note.isEmpty { parts.append(a.note) }
        }
        return parts
    }
}

extension CircularLedger.Entry {
    var fractionDone: Double { due == 0 ? 1 : Double(done) / Double(due) }
}
