import Foundation
import NetraCore

/// A view whose body is one list of rows with named columns: Pegawai, Pensiun,
/// Tahapan, Kasus. It says what its rows are (`universe`), its columns (`fields`),
/// and its named filters and sorts; filtering by any column's value, sorting by any
/// column in either direction, search, the column layout, the export and the value
/// picker all follow from that, here, once.
///
/// Cost over 100k officers: each column's value codes, ranks and orders are worked out
/// once per model (`ColumnIndex.swift`), so a keystroke that filters or re-sorts is one
/// pass of integer comparisons over the rows and one walk of a remembered order.
protocol TableRoom: ViewRoom {
    associatedtype Row
    /// Every row the view can show, before any filter (remembered per model).
    func universe(_ input: ViewInput) -> [Row]
    func fields(_ input: ViewInput) -> [TableField<Row>]
    /// The named filter chosen with `f`.
    func presetIncludes(_ input: ViewInput) -> (Row) -> Bool
    /// The named sort chosen with `s`, as a column and a direction.
    func presetSort(_ input: ViewInput) -> ColumnSort
    func rowID(_ row: Row) -> RowID
    /// The text a search looks in.
    func searchText(_ row: Row) -> String
    /// A search index over `universe` the model already keeps, if any.
    func prebuiltIndex(_ input: ViewInput) -> SearchIndex?
    /// The column that orders rows the sort leaves tied.
    var tieKey: String { get }
    /// The position of the row `id` among `indices` (a view may compare cheaper than by identity).
    func position(of id: RowID, in indices: [Int], _ rows: [Row]) -> Int?
    /// Whether `universe` depends on the reading alone, not on the moment: then the
    /// columns marked `timeless` keep their codes, ranks and orders across the minute's
    /// re-derivation (`DashboardModel.lasting`).
    var universeIsTimeless: Bool { get }
    /// Whether the named filter in force depends on the reading alone.
    func presetIsTimeless(_ input: ViewInput) -> Bool
}

extension TableRoom {
    func prebuiltIndex(_ input: ViewInput) -> SearchIndex? { nil }
    var tieKey: String { "name" }
    func position(of id: RowID, in indices: [Int], _ rows: [Row]) -> Int? { indices.firstIndex { rowID(rows[$0]) == id } }
    var universeIsTimeless: Bool { false }
    func presetIsTimeless(_ input: ViewInput) -> Bool { false }

    /// Where what column `key` yields is remembered: with the reading when neither the
    /// rows nor the column depend on the moment, else with this moment's model.
    private func store(_ input: ViewInput, keys: [String]) -> RowCache {
        guard universeIsTimeless else { return input.model.cache }
        let fields = fields(input)
        let timeless = keys.allSatisfy { key in fields.first { $0.spec.key == key }?.spec.timeless ?? false }
        return timeless ? input.model.lasting : input.model.cache
    }

    /// Language and privacy change the texts a column sorts by.
    private func tag(_ input: ViewInput) -> String { "\(id.rawValue):\(input.text.language.rawValue):\(input.privacy.caseDetails)" }

    func rows(_ input: ViewInput) -> [Row] {
        (universeIsTimeless ? input.model.lasting : input.model.cache).memo("universe:\(tag(input))") { universe(input) }
    }

    /// The sort in force: a column chosen by the user, else the named sort.
    func sort(_ input: ViewInput) -> ColumnSort {
        if let chosen = input.state.sortColumn[id], fields(input).contains(where: { $0.spec.key == chosen.key }) { return chosen }
        return presetSort(input)
    }

    func conditions(_ input: ViewInput) -> [FieldCondition] { input.state.conditions[id] ?? [] }

    /// The row cache's key for the filtered, sorted, unsearched rows.
    func unsearchedQuery(_ input: ViewInput) -> RowQuery {
        var q = input.query(id)
        q.search = ""
        q.columnSort = sort(input)
        q.conditions = conditions(input)
        q.language = input.text.language
        return q
    }

    /// Each universe row's value code in column `key` (what a filter by value and the
    /// value picker compare), or `nil` for a column the view does not have.
    func codes(_ input: ViewInput, key: String) -> ValueCodes? {
        store(input, keys: [key]).memo("codes:\(key):\(tag(input))") { () -> ValueCodes? in
            guard let field = fields(input).first(where: { $0.spec.key == key }) else { return nil }
            return ValueCodes(rows(input).lazy.map(field.text))
        }
    }

    /// Each universe row's rank in the order of column `key` (equal values, equal ranks).
    /// A column sorted by its text ranks its distinct texts only.
    func ranks(_ input: ViewInput, key: String) -> ColumnRanks? {
        store(input, keys: [key]).memo("ranks:\(key):\(tag(input))") { () -> ColumnRanks? in
            guard let field = fields(input).first(where: { $0.spec.key == key }) else { return nil }
            if field.sort == nil, let codes = codes(input, key: key) {
                return ColumnRanks(codes: codes, sortValue: TableField<Row>.textSortValue)
            }
            let rows = rows(input)
            return ColumnRanks(count: rows.count) { field.sortValue(rows[$0]) }
        }
    }

    /// Every universe row in the order of the tie column, then file order: the order
    /// every other sort keeps among its ties.
    func tieOrder(_ input: ViewInput) -> [Int32] {
        store(input, keys: [tieKey]).memo("tie:\(tag(input))") { () -> [Int32] in
            ranks(input, key: tieKey)?.order() ?? Array(0..<Int32(rows(input).count))
        }
    }

    /// Every universe row in the order of `sort`; ties by `tieKey`, then file order.
    /// Rows without a value come last in both directions.
    func order(_ input: ViewInput, _ sort: ColumnSort) -> [Int32] {
        if sort.key == tieKey && !sort.descending { return tieOrder(input) }
        return store(input, keys: [sort.key, tieKey]).memo("order:\(sort.key):\(sort.descending):\(tag(input))") { () -> [Int32] in
            let ties = tieOrder(input)
            return ranks(input, key: sort.key)?.order(within: ties, descending: sort.descending) ?? ties
        }
    }

    /// Which universe rows the named filter lets through, once per model and filter:
    /// testing a row hands the closure a copy of the row, which for 100k officers cost
    /// more than everything else a keystroke does.
    func presetMembers(_ input: ViewInput) -> [Bool] {
        let store = universeIsTimeless && presetIsTimeless(input) ? input.model.lasting : input.model.cache
        return store.memo("preset:\(input.state.filter[id] ?? 0):\(tag(input))") { () -> [Bool] in
            let include = presetIncludes(input)
            return rows(input).map(include)
        }
    }

    /// Which universe rows the named filter and every condition but `skipping` let through.
    func members(_ input: ViewInput, skipping: String? = nil) -> [Bool] {
        var member = presetMembers(input)
        var tests: [(codes: [Int32], code: Int32)] = []
        for c in conditions(input) where c.key != skipping {
            guard let codes = codes(input, key: c.key) else { continue }
            // A value no row shows lets nothing through.
            guard let code = codes.codeOf[c.value] else { return [Bool](repeating: false, count: member.count) }
            tests.append((codes.codes, code))
        }
        for test in tests {
            test.codes.withUnsafeBufferPointer { codes in
                for i in codes.indices where member[i] && codes[i] != test.code { member[i] = false }
            }
        }
        return member
    }

    /// The rows shown, as indices into `rows(input)`: filtered, sorted, then searched.
    func indices(_ input: ViewInput) -> [Int] {
        let model = input.model
        let unsearched = unsearchedQuery(input)
        let ordered: [Int] = model.cache.rows(unsearched) {
            let member = members(input)
            var out: [Int] = []
            out.reserveCapacity(member.count)
            for i in order(input, sort(input)) where member[Int(i)] { out.append(Int(i)) }
            return out
        }
        let query = input.state.search[id] ?? ""
        guard !SearchQuery(query).isEmpty else { return ordered }
        let index = prebuiltIndex(input) ?? model.cache.memo("index:\(tag(input))") { SearchIndex(rows(input).map(searchText)) }
        return model.cache.search(unsearched, query: query) { narrower in index.filter(narrower ?? ordered, query: query) }
    }

    /// Every identity in order. The dashboard asks `listRows` (lazy) instead; this is
    /// for the protocol's other readers and is not remembered.
    func rowIDs(_ input: ViewInput) -> [RowID] {
        let rows = rows(input)
        return indices(input).map { rowID(rows[$0]) }
    }

    func listRows(_ input: ViewInput) -> ListRows {
        let rows = rows(input), indices = indices(input)
        return ListRows(count: indices.count, id: { rowID(rows[indices[$0]]) }, index: { position(of: $0, in: indices, rows) })
    }

    func table(_ input: ViewInput) -> Table? {
        let rows = rows(input), indices = indices(input), fields = fields(input)
        return Table(fields: fields.map(\.spec), count: indices.count,
                     text: { fields[$1].text(rows[indices[$0]]) }, role: { fields[$1].role(rows[indices[$0]]) },
                     export: { fields[$1].exportValue(rows[indices[$0]]) }, sort: sort(input),
                     values: { key in
                         guard let codes = codes(input, key: key) else { return [] }
                         // Each value folded once, not once per comparison.
                         return codes.counts(where: members(input, skipping: key)).filter { !$0.value.isEmpty }
                             .map { (folded: SearchIndex.fold($0.value), item: $0) }
                             .sorted { $0.folded < $1.folded }.map(\.item)
                     }, abbreviations: input.model.dataset.settings.abbreviations)
    }

    /// The row at identity `id`, if it is in the universe.
    func row(_ id: RowID, _ input: ViewInput) -> Row? { rows(input).first { rowID($0) == id } }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        guard let table = table(context.input) else { return }
        let input = context.input, model = input.model
        ListWidget.draw(&context, window: list, table: table, fresh: { model.isFreshlyChanged($0, now: input.now) },
                        changed: { model.changedSinceLook($0) })
    }
}
