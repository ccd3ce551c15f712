/// How a reader reports a problem in one row: the message and the canonical heading of
/// the column it is in (`nil` for the row as a whole).
typealias CellReport = (_ message: Message, _ heading: String?) -> Void

/// Parses a required enumerated or date field once per distinct value of the file.
///
/// What is cached is the value or the *kind* of problem, not the sentence: one parser
/// serves several columns (every date of a row), and each message names the column
/// the value is in, by its heading as the file writes it.
struct CachedField<Value> {
    /// A parsed value, or how to say why the text is not one, given the column's name.
    enum Parsed {
        case value(Value)
        case problem((_ column: String) -> Message)
    }
    private var cache = ParseCache<Parsed>()
    private let parser: (String) -> Parsed

    init(_ parser: @escaping (_ raw: String) -> Parsed) { self.parser = parser }

    /// The value of `column` in `row`, or `nil` after reporting why not (empty,
    /// unknown, not a date): the message names the heading as written, the report
    /// carries the canonical one so the problem can be placed in its cell.
    mutating func parse<C: ColumnName>(_ row: CSVRow, _ table: CSVTable<C>, _ column: C, onError: CellReport) -> Value? {
        let index = table[column]
        let id = row.internedID(index)
        guard id != ByteInterner.emptyID else {
            onError(Messages.requiredValue(table.written(column)), column.canonicalName)
            return nil
        }
        // The text is made only the first time its value is met (a million rows, a
        // handful of distinct values).
        switch cache.value(for: id, parse: { parser(row.state.interner.string(id)) })! {
        case .value(let value): return value
        case .problem(let message):
            onError(message(table.written(column)), column.canonicalName)
            return nil
        }
    }

    /// As `parse`, but a blank cell is no value and no problem.
    mutating func optional<C: ColumnName>(_ row: CSVRow, _ table: CSVTable<C>, _ column: C, onError: CellReport) -> Value? {
        row.isBlank(table[column]) ? nil : parse(row, table, column, onError: onError)
    }
}

/// The cached field parsers one file read uses.
struct ValueParsers {
    static func spoken<V: SpokenValue>(_: V.Type) -> CachedField<V> {
        CachedField { raw in V.parse(raw).map { .value($0) } ?? .problem { Messages.unknownValue(raw, column: $0, of: V.self) } }
    }
    var employment = CachedField<Employment> { raw in
        Employment.parseExport(raw).map { .value($0) } ?? .problem { Messages.unknownValue(raw, column: $0, of: Employment.self) }
    }
    var candidacy = spoken(Candidacy.self)
    var kind = spoken(RequestKind.self)
    var stage = spoken(RequestStage.self)
    var source = spoken(CaseSource.self)
    var status = spoken(CaseStatus.self)
    var dates = CachedField<CivilDate> { raw in
        switch DateText.parse(raw) {
        case .success(let date): .value(date)
        case .failure(let failure): .problem { Messages.date(failure, raw: raw, column: $0) }
        }
    }
}
