/// The per-column indexes that make a list of 100k rows answer a keystroke in a few
/// milliseconds: value codes (filter by value, the value picker's counts), dense ranks
/// (sorting) and orders (a sorted permutation of the rows). All pure; `TableRoom`
/// remembers them per model.
///
/// Why codes: a filter by value compared each row's text to the chosen one, which cost
/// a string comparison per row per keystroke; with codes it is one dictionary look-up
/// and an integer comparison per row. Why a counting sort: every order shares its tie
/// order (names), so sorting by any column is one stable bucket pass over the tie
/// order instead of a comparison sort (the first sort by a new column fell from tens of
/// milliseconds to a few).
struct ValueCodes: Sendable {
    /// Each row's code: the index of its text in `texts`.
    let codes: [Int32]
    /// The distinct texts, in order of first appearance.
    let texts: [String]
    let codeOf: [String: Int32]

    init(_ rowTexts: some Sequence<String>) {
        var codes: [Int32] = [], texts: [String] = [], codeOf: [String: Int32] = [:]
        codes.reserveCapacity(rowTexts.underestimatedCount)
        for text in rowTexts {
            if let code = codeOf[text] {
                codes.append(code)
            } else {
                let code = Int32(texts.count)
                codeOf[text] = code
                texts.append(text)
                codes.append(code)
            }
        }
        self.codes = codes
        self.texts = texts
        self.codeOf = codeOf
    }

    /// How many rows among those `member` lets through show each text.
    func counts(where member: [Bool]) -> [(value: String, count: Int)] {
        var counts = [Int](repeating: 0, count: texts.count)
        codes.withUnsafeBufferPointer { codes in
            for i in codes.indices where member[i] { counts[Int(codes[i])] += 1 }
        }
        return counts.indices.compactMap { counts[$0] > 0 ? (texts[$0], counts[$0]) : nil }
    }
}

/// Dense ranks of a column's sort values: equal values share a rank, rows without a
/// value rank after every other (`none`).
struct ColumnRanks: Sendable {
    let ranks: [Int32]
    /// How many distinct ranks there are, `none` included when present.
    let count: Int32
    /// The rank of rows without a value, if any row has none.
    let none: Int32?

    /// Ranks from the sort value of each distinct text: the values are worked out once
    /// per distinct text, not once per row.
    init(codes: ValueCodes, sortValue: (String) -> SortValue) {
        let values = codes.texts.map(sortValue)
        let ranked = ColumnRanks(values)
        let byCode = ranked.ranks
        ranks = codes.codes.map { byCode[Int($0)] }
        count = ranked.count
        none = ranked.none
    }

    /// Ranks of arbitrary values. Numbers rank before texts (as `SortValue` orders
    /// them); numbers are ranked by sorting row indices on plain integers, texts by
    /// sorting their distinct values only.
    init(_ values: [SortValue]) {
        self.init(count: values.count) { values[$0] }
    }

    /// Ranks of `count` rows' values, each asked for once and not kept: the name order of
    /// a million officers held every row's sort key at once before (24 MB of values and
    /// their texts beside the ranks being built).
    init(count: Int, value: (Int) -> SortValue) {
        var numbered: [(value: Int, row: Int32)] = []
        var codeOf: [String: Int32] = [:]
        var texts: [String] = []
        // Each row's text code, or one of these.
        let isNumber: Int32 = -1, isNone: Int32 = -2
        var rowCodes = [Int32](repeating: isNone, count: count)
        var hasNone = false
        for row in 0..<count {
            switch value(row) {
            case .number(let n):
                numbered.append((n, Int32(row)))
                rowCodes[row] = isNumber
            case .text(let t):
                if let code = codeOf[t] {
                    rowCodes[row] = code
                } else {
                    let code = Int32(texts.count)
                    codeOf[t] = code
                    texts.append(t)
                    rowCodes[row] = code
                }
            case .none: hasNone = true
            }
        }
        codeOf = [:]
        var ranks = [Int32](repeating: 0, count: count)
        numbered.sort { $0.value < $1.value }
        var next: Int32 = -1
        var previous: Int?
        for (value, row) in numbered {
            if value != previous { next += 1; previous = value }
            ranks[Int(row)] = next
        }
        numbered = []
        var rankOfCode = [Int32](repeating: 0, count: texts.count)
        var base = next + 1
        for code in texts.indices.sorted(by: { texts[$0] < texts[$1] }) {
            rankOfCode[code] = base
            base += 1
        }
        let none = base
        for row in 0..<count {
            let code = rowCodes[row]
            if code >= 0 { ranks[row] = rankOfCode[Int(code)] } else if code == isNone { ranks[row] = none }
        }
        self.ranks = ranks
        self.none = hasNone ? none : nil
        self.count = hasNone ? none + 1 : none
    }

    /// Every row ordered by its rank (ascending), ties kept in row order: the tie order
    /// of every other column.
    func order() -> [Int32] {
        order(within: Array(0..<Int32(ranks.count)), descending: false)
    }

    /// The rows of `tieOrder` reordered by rank, stable: rows of equal rank keep their
    /// order in `tieOrder`. Descending reverses the ranks, but rows without a value
    /// stay last either way. A counting sort: two passes, no comparisons.
    func order(within tieOrder: [Int32], descending: Bool) -> [Int32] {
        let buckets = Int(count)
        var start = [Int](repeating: 0, count: buckets + 1)
        let slot: (Int32) -> Int = { [none, count] r in
            if r == none || !descending { return Int(r) }
            // Reverse the ranks that have a value: none, if present, is the last rank.
            let valued = none == nil ? count : count - 1
            return Int(valued - 1 - r)
        }
        ranks.withUnsafeBufferPointer { ranks in
            for r in ranks { start[slot(r) + 1] += 1 }
        }
        for b in 0..<buckets { start[b + 1] += start[b] }
        var out = [Int32](repeating: 0, count: tieOrder.count)
        ranks.withUnsafeBufferPointer { ranks in
            for row in tieOrder {
                let s = slot(ranks[Int(row)])
                out[start[s]] = row
                start[s] += 1
            }
        }
        return out
    }
}
