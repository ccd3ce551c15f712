/// The tables of a TOML document while it is being read.
///
/// `TOML.Table` is a value: changing a table three levels down meant rebuilding every
/// table on the way from the root, once per key component and once per `[[stage]]`, so
/// a 10 KB file with a 5,000-part key or 8,000 `[[stage]]` headers took seconds to
/// minutes. Here tables are references, extended in place; the document is turned into
/// values once, at the end (`frozen`). Every table created is counted against a limit,
/// and its depth is known, so neither count nor nesting can grow without bound.
final class TOMLTableBuilder {
    /// What a key holds while the document is read.
    enum Entry {
        /// A finished value: a scalar, an array, or an inline table (closed to later keys).
        case value(TOML.Node)
        /// A table that `[header]`s and dotted keys may still extend.
        case table(TOMLTableBuilder)
        /// An array of tables made by `[[header]]`s.
        case tables(TOMLTableArray)

        var line: Int {
            switch self {
            case .value(let node): node.line
            case .table(let table): table.line
            case .tables(let array): array.line
            }
        }
    }

    private(set) var keys: [String] = []
    private(set) var entries: [String: Entry] = [:]
    /// Defined by its own `[header]`, not only implied by a longer path or a dotted key.
    var isExplicit: Bool
    var line: Int
    /// 0 for the root; a child is one deeper.
    let depth: Int

    init(explicit: Bool, line: Int, depth: Int) {
        isExplicit = explicit
        self.line = line
        self.depth = depth
    }

    subscript(key: String) -> Entry? { entries[key] }

    func set(_ key: String, _ entry: Entry) {
        if entries[key] == nil { keys.append(key) }
        entries[key] = entry
    }

    /// The finished table. Recursion is bounded by the depth limit the parser enforces.
    var frozen: TOML.Table {
        var table = TOML.Table()
        for key in keys {
            switch entries[key]! {
            case .value(let node): table.set(key, node)
            case .table(let inner): table.set(key, TOML.Node(value: .table(inner.frozen), line: inner.line))
            case .tables(let array):
                let elements = array.elements.map { TOML.Node(value: .table($0.frozen), line: $0.line) }
                table.set(key, TOML.Node(value: .array(elements), line: array.line))
            }
        }
        return table
    }
}

/// The elements of one `[[name]]` array, appended to in place.
final class TOMLTableArray {
    var elements: [TOMLTableBuilder] = []
    let line: Int
    init(line: Int) { self.line = line }
}
