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
        var numbered: [(value: Int, row: Int32)] = []
        var texts: [String: Int32] = [:]
        var hasNone = false
        for (row, v) in values.enumerated() {
            switch v {
            case .number(let n): numbered.append((n, Int32(row)))
            case .text(let t): texts[t] = 0
            case .none: hasNone = true
            }
        }
        var ranks = [Int32](repeating: 0, count: values.count)
        numbered.sort { $0.value < $1.value }
        var next: Int32 = -1
        var previous: Int?
        for (value, row) in numbered {
            if value != previous { next += 1; previous = value }
            ranks[Int(row)] = next
        }
        var base = next + 1
        for t in texts.keys.sorted() { texts[t] = base; base += 1 }
        let none = base
        for (row, v) in values.enumerated() {
            switch v {
            case .number: break
            case .text(let t): ranks[row] = texts[t]!
            case .none: ranks[row] = none
            }
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
