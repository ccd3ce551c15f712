import Foundation
import NetraCore

/// A view whose body is one list of rows with named columns: Pegawai, Pensiun,
/// Tahapan, Kasus. It says what its rows are (`universe`), its columns (`fields`),
/// and its named filters and sorts; filtering by any column's value, sorting by any
/// column in either direction, search, the column layout, the export and the value
/// picker all follow from that, here, once.
///
/// Cost over 100k officers: each column's sort order is worked out once per model
/// (ranks of its distinct values), so a keystroke that filters or re-sorts is one pass
/// over the rows and one walk of a remembered order.
protocol TableRoom: ViewRoom {
    associatedtype Row
    /// Every row the view can show, before any filter (remembered per model).
    func universe(_ input: ViewInput) -> [Row]
    func fields(_ input: ViewInput) -> [TableField<Row>]
    /// The named filter chosen with `f`.
    func presetIncludes(_ input: ViewInput) -> (Row) -> Bool
    /// The named sort chosen with `s`, as a column and a direction.
    func presetSort(_ input: ViewInput) -> ColumnSort
    func rowID(_ row: Row) -> String
    /// The text a search looks in.
    func searchText(_ row: Row) -> String
    /// A search index over `universe` the model already keeps, if any.
    func prebuiltIndex(_ input: ViewInput) -> SearchIndex?
    /// The column that orders rows the sort leaves tied.
    var tieKey: String { get }
    /// The position of the row `id` among `indices` (a view may compare cheaper than by string).
    func position(of id: String, in indices: [Int], _ rows: [Row]) -> Int?
}

extension TableRoom {
    func prebuiltIndex(_ input: ViewInput) -> SearchIndex? { nil }
    var tieKey: String { "name" }
    func position(of id: String, in indices: [Int], _ rows: [Row]) -> Int? { indices.firstIndex { rowID(rows[$0]) == id } }

    /// Language and privacy change the texts a column sorts by.
    private func tag(_ input: ViewInput) -> String { "\(id.rawValue):\(input.text.language.rawValue):\(input.privacy.caseDetails)" }

    func rows(_ input: ViewInput) -> [Row] { input.model.cache.memo("universe:\(tag(input))") { universe(input) } }

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

    /// Each universe row's rank in the order of column `key` (equal values, equal ranks).
    func ranks(_ input: ViewInput, key: String) -> (ranks: [Int32], none: Int32?) {
        input.model.cache.memo("ranks:\(key):\(tag(input))") { () -> ([Int32], Int32?) in
            let rows = rows(input)
            guard let field = fields(input).first(where: { $0.spec.key == key }) else { return (Array(repeating: 0, count: rows.count), nil) }
            return Self.rank(rows.map(field.sortValue))
        }
    }

    /// Ranks of sort values: equal values share a rank; `.none` ranks last. Numbers and
    /// texts are ranked apart (no enum comparisons over 100k rows): numbers by sorting
    /// integers, texts by sorting their distinct values only.
    static func rank(_ values: [SortValue]) -> (ranks: [Int32], none: Int32?) {
        var numbers: [Int] = [], texts: [String: Int32] = [:]
        var hasNone = false
        for v in values {
            switch v {
            case .number(let n): numbers.append(n)
            case .text(let t): texts[t] = 0
            case .none: hasNone = true
            }
        }
        let distinctNumbers = Array(Set(numbers)).sorted()
        var numberRank: [Int: Int32] = [:]
        numberRank.reserveCapacity(distinctNumbers.count)
        for (r, n) in distinctNumbers.enumerated() { numberRank[n] = Int32(r) }
        let base = Int32(distinctNumbers.count)
        for (r, t) in texts.keys.sorted().enumerated() { texts[t] = base + Int32(r) }
        let none = base + Int32(texts.count)
        let ranks = values.map { v -> Int32 in
            switch v {
            case .number(let n): numberRank[n]!
            case .text(let t): texts[t]!
            case .none: none
            }
        }
        return (ranks, hasNone ? none : nil)
    }

    /// Every universe row in the order of `sort`; ties by `tieKey`, then file order.
    /// Rows without a value come last in both directions.
    func order(_ input: ViewInput, _ sort: ColumnSort) -> [Int32] {
        input.model.cache.memo("order:\(sort.key):\(sort.descending):\(tag(input))") { () -> [Int32] in
            let (primary, none) = ranks(input, key: sort.key)
            let tie = ranks(input, key: tieKey).ranks
            let top = Int32(primary.count)
            let key: [Int32] = primary.map { r in r == none ? top + 1 : (sort.descending ? top - r : r) }
            var indices = (0..<Int32(primary.count)).map { $0 }
            key.withUnsafeBufferPointer { k in
                tie.withUnsafeBufferPointer { t in
                    indices.sort { a, b in
                        let ka = k[Int(a)], kb = k[Int(b)]
                        if ka != kb { return ka < kb }
                        let ta = t[Int(a)], tb = t[Int(b)]
                        return ta != tb ? ta < tb : a < b
                    }
                }
            }
            return indices
        }
    }

    /// Which universe rows the named filter and every condition but `skipping` let through.
    func members(_ input: ViewInput, skipping: String? = nil) -> [Bool] {
        let rows = rows(input), fields = fields(input)
        let include = presetIncludes(input)
        let tests: [(text: (Row) -> String, value: String)] = conditions(input).compactMap { c in
            guard c.key != skipping, let field = fields.first(where: { $0.spec.key == c.key }) else { return nil }
            return (field.text, c.value)
        }
        var member = [Bool](repeating: false, count: rows.count)
        rows.withUnsafeBufferPointer { rows in
            for i in rows.indices where include(rows[i]) {
                var passes = true
                for test in tests where test.text(rows[i]) != test.value {
                    passes = false
                    break
                }
                member[i] = passes
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

    func rowIDs(_ input: ViewInput) -> [String] {
        var q = unsearchedQuery(input)
        q.search = input.state.search[id] ?? ""
        return input.model.cache.ids(q) {
            let rows = rows(input)
            return indices(input).map { rowID(rows[$0]) }
        }
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
                         guard let field = fields.first(where: { $0.spec.key == key }) else { return [] }
                         var counts: [String: Int] = [:]
                         let member = members(input, skipping: key)
                         for i in rows.indices where member[i] { counts[field.text(rows[i]), default: 0] += 1 }
                         return counts.filter { !$0.key.isEmpty }.map { ($0.key, $0.value) }
                             .sorted { SearchIndex.fold($0.value) < SearchIndex.fold($1.value) }
                     })
    }

    /// The row at identity `id`, if it is in the universe.
    func row(_ id: String, _ input: ViewInput) -> Row? { rows(input).first { rowID($0) == id } }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        guard let table = table(context.input) else { return }
        let input = context.input, model = input.model
        ListWidget.draw(&context, window: list, table: table, fresh: { model.isFreshlyChanged($0, now: input.now) })
    }
}
