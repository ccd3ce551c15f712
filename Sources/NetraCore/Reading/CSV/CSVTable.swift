#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one CSV data file: checks that it is text, matches its heading line against
/// a set of known columns, and hands each row to the caller.
///
/// File-level problems (not text, no heading, missing required column, unterminated
/// quote) make the file *unusable*: the caller keeps the last good data. Row-level
/// problems are the caller's to report; the row is then skipped.
struct CSVTable<Column: ColumnName> {
    let file: DataFile
    /// For each column (by raw value), the index of its field in a row, or `nil`.
    private var fieldIndexes: [Int?] = Array(repeating: nil, count: Column.allCases.count)
    /// For each column (by raw value), its heading as the file writes it (`PENCALONAN`),
    /// sanitised: messages name a column in the file's own words.
    private var writtenHeadings: [String?] = Array(repeating: nil, count: Column.allCases.count)
    /// Every heading of the line as written, by field index (for cells of ignored columns).
    private(set) var headingTexts: [String] = []
    private(set) var headingCount = 0
    /// How many non-empty headings name no column (the warning names the first few).
    private(set) var ignoredCount = 0

    init(file: DataFile) { self.file = file }

    /// The field index of a column in each row, `nil` when the file lacks it.
    subscript(column: Column) -> Int? { fieldIndexes[column.rawValue] }

    /// The column's heading as the file writes it; its canonical name when the file
    /// has no such column (a check that needs it anyway names it the documented way).
    func written(_ column: Column) -> String { writtenHeadings[column.rawValue] ?? column.canonicalName }

    /// The heading of field `index` as written, or its 1-based position when it has none.
    func writtenHeading(field index: Int) -> String {
        index < headingTexts.count && !headingTexts[index].isEmpty ? headingTexts[index] : "#\(index + 1)"
    }

    /// At most this many cells with control characters are named one by one; the rest
    /// are counted (a hostile file may hold one in every cell).
    static var controlReportsAllowed: Int { 20 }

    /// Scans `bytes`, calling `row` for every data row. Returns whether the file is
    /// usable, and the file-level problems found (the row closure reports its own).
    mutating func read(_ bytes: [UInt8], row: (CSVRow, CSVTable<Column>) -> Void) -> (usable: Bool, problems: [Diagnostic]) {
        var found: [Diagnostic] = []
        let usable = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let start = begin(bytes, buffer, diagnostics: &found) else { return false }
            let report = readRows(buffer, separator: start.separator, from: start.position, line: start.line, until: buffer.count, row: row)
            return finish([(report, 0)], diagnostics: &found)
        }
        return (usable, found)
    }

    /// Where the data rows begin: after the heading line, once the file is known to be
    /// text and its headings name the required columns.
    struct Start {
        var position: Int
        var line: Int
        var separator: UInt8
    }

    /// Checks that the bytes are text, finds the heading line (below any title lines)
    /// and matches it; `nil` when the file cannot be used.
    mutating func begin(_ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, diagnostics: inout [Diagnostic]) -> Start? {
        if let problem = Self.textProblem(bytes) {
            let line = problem.english == Messages.nulByte.english ? Self.nulLine(bytes) : nil
            diagnostics.append(Diagnostic(.error, file, line: line, problem))
            return nil
        }
        var scanner = CSVScanner(bytes: buffer)
        var fields: [CSVScanner.Field] = []
        func texts(_ fields: [CSVScanner.Field]) -> [String] {
            fields.map { field in
                var ok = true
                return CSVRow.string(buffer, field, wasValidUTF8: &ok)
            }
        }
        // Offices put a title (and a date, a signature line…) above the headings.
        // The heading line is the first of the first few lines that names a required
        // column; when none does, the first line, so the message says what is missing.
        // The separator is guessed from the first line; a title there may hold another
        // format's separator (`Daftar Pegawai; Kota Balikpapan` above comma headings),
        // so when that guess finds no heading line, the others are tried.
        var headerLine: Int?
        var headings: [String] = []
        var skipped: [Int] = []
        var probe = scanner
        let separators = [scanner.separator] + CSVScanner.separators.filter { $0 != scanner.separator }
        for separator in separators where headerLine == nil {
            skipped = []
            probe = CSVScanner(bytes: buffer, separator: separator)
            while skipped.count < Self.titleLinesAllowed, let line = probe.next(into: &fields) {
                if fields.allSatisfy(\.isEmpty) { continue }  // blank lines do not count
                let candidate = texts(fields)
                if Column.namesRequiredColumn(candidate) {
                    headerLine = line
                    headings = candidate
                    break
                }
                skipped.append(line)
            }
        }
        if headerLine != nil {
            scanner = probe
            if let first = skipped.first, let last = skipped.last {
                diagnostics.append(Diagnostic(.warning, file, line: first, Messages.titleLinesSkipped(first: first, last: last)))
            }
        } else {
            guard let first = scanner.next(into: &fields) else {
                diagnostics.append(Diagnostic(.error, file, line: nil, Messages.emptyFile))
                return nil
            }
            headerLine = first
            headings = texts(fields)
        }
        guard let headerLine, resolve(headings, line: headerLine, diagnostics: &diagnostics) else { return nil }
        return Start(position: scanner.position, line: scanner.line, separator: scanner.separator)
    }

    /// Reads the rows that start in `from..<until` (the last may run past `until`),
    /// numbering lines from `line`, and calls `row` for each.
    func readRows(_ buffer: UnsafeBufferPointer<UInt8>, separator: UInt8, from: Int, line: Int, until: Int,
                  row: (CSVRow, CSVTable<Column>) -> Void) -> RowsReport {
        var scanner = CSVScanner(bytes: buffer, separator: separator, position: from, line: line, limit: until)
        var fields: [CSVScanner.Field] = []
        fields.reserveCapacity(16)
        let state = CSVRow.State()
        var report = RowsReport()
        while let line = scanner.next(into: &fields) {
            if fields.allSatisfy(\.isEmpty) { continue }  // `;;;;` rows left by spreadsheets
            // One pass over the row first; the fields are looked at only when it holds one.
            let rowHasControl = fields.last.map { ControlBytes.found(in: buffer, from: fields[0].start, to: $0.end) } ?? false
            for (index, field) in fields.enumerated() where rowHasControl && ControlBytes.found(in: buffer, field) {
                if report.controlCount < Self.controlReportsAllowed {
                    report.cells.append((true, Diagnostic(.warning, file, line: line, field: index,
                                                          Messages.controlCharacters(column: writtenHeading(field: index)))))
                }
                report.controlCount += 1
            }
            if fields.count > headingCount && fields[headingCount...].contains(where: { !$0.isEmpty }) {
                if report.longCount < Self.longRowReportsAllowed {
                    report.cells.append((false, Diagnostic(.warning, file, line: line, field: headingCount,
                                                           Messages.tooManyFields(fields.count, expected: headingCount))))
                }
                report.longCount += 1
            }
            fields.withUnsafeBufferPointer { f in
                row(CSVRow(bytes: buffer, fields: f, line: line, state: state), self)
            }
        }
        report.firstInvalidUTF8Line = state.firstInvalidUTF8Line
        report.problems = scanner.problems
        report.end = scanner.position
        report.endLine = scanner.line
        return report
    }

    /// Puts the pieces' own findings together in file order (each with the shift its
    /// lines need), keeping the limits on named cells; whether the file is usable.
    func finish(_ reports: [(report: RowsReport, lineShift: Int)], diagnostics: inout [Diagnostic]) -> Bool {
        var control = 0, long = 0
        for (report, shift) in reports {
            for (isControl, cell) in report.cells {
                if isControl { control += 1 } else { long += 1 }
                if isControl ? control <= Self.controlReportsAllowed : long <= Self.longRowReportsAllowed {
                    diagnostics.append(cell.shifted(by: shift))
                }
            }
        }
        let controlTotal = reports.reduce(0) { $0 + $1.report.controlCount }
        let longTotal = reports.reduce(0) { $0 + $1.report.longCount }
        if controlTotal > Self.controlReportsAllowed {
            diagnostics.append(Diagnostic(.warning, file, line: nil, Messages.moreControlCells(controlTotal - Self.controlReportsAllowed)))
        }
        if longTotal > Self.longRowReportsAllowed {
            diagnostics.append(Diagnostic(.warning, file, line: nil, Messages.moreRowsWithTooManyFields(longTotal - Self.longRowReportsAllowed)))
        }
        if let first = reports.lazy.compactMap({ r in r.report.firstInvalidUTF8Line.map { $0 + r.lineShift } }).first {
            diagnostics.append(Diagnostic(.warning, file, line: first, Messages.invalidUTF8(firstLine: first)))
        }
        var unusable = false
        for (report, shift) in reports {
            for problem in report.problems {
                switch problem {
                case .unterminatedQuote(let line):
                    diagnostics.append(Diagnostic(.error, file, line: line + shift, Messages.unterminatedQuote(line: line + shift)))
                    unusable = true
                case .textAfterClosingQuote(let line):
                    diagnostics.append(Diagnostic(.warning, file, line: line + shift, Messages.textAfterQuote))
                }
            }
        }
        return !unusable
    }

    /// At most this many rows with cells beyond the headings are named one by one.
    static var longRowReportsAllowed: Int { 20 }

    /// How many non-blank lines above the headings may be a title before the first
    /// line counts as the (faulty) heading line.
    static var titleLinesAllowed: Int { 10 }

    /// Matches the heading line to columns; reports unknown, duplicate and missing ones.
    /// Linear in the number of headings: each is one key and one hash lookup in the
    /// column type's table (`SpokenTable`), a hostile heading of 100,000 columns included.
    private mutating func resolve(_ written: [String], line: Int, diagnostics: inout [Diagnostic]) -> Bool {
        let (headings, stray) = HeadingLine.withoutStrayBOMs(written)
        if let stray {
            diagnostics.append(Diagnostic(.warning, file, line: line, field: stray, Messages.strayBOM(heading: headings[stray])))
        }
        headingCount = headings.count
        // Clipped before it is sanitised: a heading may be megabytes long, only 32
        // characters of it are ever shown.
        headingTexts = headings.map { UntrustedText.clipped(UntrustedText.sanitized(String($0.prefix(33))), to: 32) }
        let table = Column.spokenTable
        var takenIsFallback = Array(repeating: false, count: Column.allCases.count)
        var ignored: [String] = []
        var firstIgnored: Int?
        var duplicates = 0
        for (index, heading) in headings.enumerated() {
            guard !heading.isEmpty else { continue }
            guard let entry = table.entry(heading) else {
                if ignored.count < Self.headingsNamed { ignored.append(heading) }
                ignoredCount += 1
                if firstIgnored == nil { firstIgnored = index }
                continue
            }
            let column = entry.value
            if fieldIndexes[column.rawValue] != nil {
                if takenIsFallback[column.rawValue] && !entry.isFallback {
                    fieldIndexes[column.rawValue] = index  // UNOR INDUK wins over NAMA UNOR
                    writtenHeadings[column.rawValue] = headingTexts[index]
                    takenIsFallback[column.rawValue] = false
                } else if !entry.isFallback {
                    if duplicates < Self.headingsNamed {
                        diagnostics.append(Diagnostic(.warning, file, line: line, field: index, Messages.duplicateColumn(column.canonicalName, heading)))
                    }
                    duplicates += 1
                }
            } else {
                fieldIndexes[column.rawValue] = index
                writtenHeadings[column.rawValue] = headingTexts[index]
                takenIsFallback[column.rawValue] = entry.isFallback
            }
        }
        if duplicates > Self.headingsNamed {
            diagnostics.append(Diagnostic(.warning, file, line: line, Messages.moreDuplicateColumns(duplicates - Self.headingsNamed)))
        }
        if !ignored.isEmpty {
            diagnostics.append(Diagnostic(.warning, file, line: line, field: firstIgnored, Messages.ignoredColumns(ignored, count: ignoredCount)))
        }
        let missing = Column.allCases.filter { $0.isRequired && self[$0] == nil }
            .map { (canonical: $0.canonicalName, indonesian: $0.indonesianHeading) }
        guard missing.isEmpty else {
            // In a workbook this names the first free heading cell: where the column goes.
            let free = (headings.lastIndex { !$0.isEmpty } ?? -1) + 1
            diagnostics.append(Diagnostic(.error, file, line: line, field: free, Messages.missingColumns(missing, found: headings)))
            return false
        }
        return true
    }

    /// How many unknown or duplicate headings are named one by one; the rest are counted.
    static var headingsNamed: Int { 20 }

    /// Whether the bytes can be CSV text at all; a message when not.
    static func textProblem(_ bytes: [UInt8]) -> Message? {
        if bytes.isEmpty { return Messages.emptyFile }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return Messages.utf16File
        }
        if bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04 {
            return Messages.spreadsheetFile
        }
        guard ByteCount.contains(0, in: bytes) else { return nil }
        // A few NUL bytes in otherwise text (one pasted cell): name the line to fix.
        return nulLine(bytes) == nil ? Messages.binaryFile : Messages.nulByte
    }

    /// The line of the first NUL byte when there are only a few (a pasted cell), so
    /// the problem is placed `officers.csv:15:` like every other; `nil` otherwise.
    static func nulLine(_ bytes: [UInt8]) -> Int? {
        guard let nul = bytes.firstIndex(of: 0), bytes.lazy.filter({ $0 == 0 }).count <= 16 else { return nil }
        return 1 + bytes[..<nul].lazy.filter { $0 == 0x0A }.count
    }
}

/// One data row while it is being read: field access without copying.
struct CSVRow {
    /// What a whole file's rows share while reading: the interner and the first line
    /// with invalid UTF-8.
    final class State {
        var firstInvalidUTF8Line: Int?
        let interner = ByteInterner()
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let fields: UnsafeBufferPointer<CSVScanner.Field>
    let line: Int
    let state: State

    private func field(_ index: Int?) -> CSVScanner.Field? {
        guard let index, index < fields.count else { return nil }
        return fields[index]
    }

    /// The trimmed raw bytes of a field (empty when the column or field is absent).
    func rawBytes(_ index: Int?) -> UnsafeBufferPointer<UInt8> {
        guard let f = field(index) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return CSVRow.trimmed(bytes, f)
    }

    func isBlank(_ index: Int?) -> Bool { rawBytes(index).isEmpty }

    /// The field as a fresh string.
    func text(_ index: Int?) -> String {
        guard let f = field(index) else { return "" }
        var ok = true
        let s = CSVRow.string(bytes, f, wasValidUTF8: &ok)
        if !ok { noteInvalidUTF8() }
        return s
    }

    /// The field as a string that shares storage with every equal value of the file:
    /// for columns whose values repeat (unit, grade, party, enumerations).
    func interned(_ index: Int?) -> String { state.interner.string(internedID(index)) }

    /// The interner's id of the field's value: equal values, equal ids. Lets callers
    /// cache what a value parses to without hashing it again.
    func internedID(_ index: Int?) -> Int {
        guard let f = field(index) else { return ByteInterner.emptyID }
        var ok = true
        let id = f.hasDoubledQuotes
            ? state.interner.intern(text: text(index))
            : state.interner.intern(CSVRow.trimmed(bytes, f), wasValidUTF8: &ok)
        if !ok { noteInvalidUTF8() }
        return id
    }

    private func noteInvalidUTF8() {
        if state.firstInvalidUTF8Line == nil { state.firstInvalidUTF8Line = line }
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ field: CSVScanner.Field) -> UnsafeBufferPointer<UInt8> {
        var s = field.start, e = field.end
        while s < e && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
        while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[s..<e])
    }

    /// The field as text, trimmed, doubled quotes undone, invalid UTF-8 repaired.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ field: CSVScanner.Field, wasValidUTF8: inout Bool) -> String {
        let raw = trimmed(bytes, field)
        guard field.hasDoubledQuotes else { return decode(raw, wasValidUTF8: &wasValidUTF8) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            unescaped.append(raw[i])
            i += (raw[i] == CSVScanner.quote && i + 1 < raw.count && raw[i + 1] == CSVScanner.quote) ? 2 : 1
        }
        return unescaped.withUnsafeBufferPointer { decode($0, wasValidUTF8: &wasValidUTF8) }
    }

    /// Plain ASCII (nearly every cell) goes through `String(decoding:as:)`, which the
    /// compiler specialises for a byte buffer. Why: `String(validating:as:)` is generic
    /// in the standard library and looked up its type metadata on every call — ≈6 % of
    /// reading a million officers (`perf`: `swift_getGenericMetadata` under the names'
    /// strings). ASCII needs no repair, so both give the same string.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, wasValidUTF8: inout Bool) -> String {
        if isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        wasValidUTF8 = false
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0, high: UInt64 = 0
        while i + 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            high |= UInt64(base[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}

/// Gives one shared `String` (and a small integer id) per distinct byte sequence,
/// looked up without building a string first.
///
/// Hand-rolled open addressing with a multiplicative hash rather than `Dictionary`:
/// profiling the 100k-officer benchmark showed SipHash seeding and finalising as the
/// largest single cost (≈25 %) when five columns per row go through a dictionary. Keys
/// point into the file buffer, so an interner lives only as long as one read of one file.
///
/// The hash takes eight bytes a step (`hash(_:)`): byte-at-a-time FNV-1a made every
/// byte of six columns wait for a multiply, and `intern` was the largest function of
/// reading a million officers (5.4 % of the samples, `perf`). The tables are
/// `@exclusivity(unchecked)`: one thread owns an interner (one piece of the file), and
/// the dynamic access checks of a class's arrays were another 2 %.
final class ByteInterner {
    static let emptyID = 0

    /// One distinct byte sequence seen in the file.
    private struct Entry {
        let hash: UInt64
        let bytes: UnsafeBufferPointer<UInt8>
        let textID: Int
        let valid: Bool
    }
    /// Distinct texts; an id is a number in this pool, which outlives the read: the
    /// officers keep their repeating texts as these numbers (`Officer`). Two spellings
    /// (quoted and not) that decode to the same text share one id.
    let pool = TextPool()
    @exclusivity(unchecked) private var entries: [Entry] = []
    @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 1024)

    func string(_ id: Int) -> String { pool[UInt32(id)] }

    /// The id of a byte sequence; `wasValidUTF8` turns false when its text needed repair.
    func intern(_ bytes: UnsafeBufferPointer<UInt8>, wasValidUTF8: inout Bool) -> Int {
        if bytes.isEmpty { return Self.emptyID }
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Self.home(hash, mask)
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, entry.bytes.count == bytes.count,
               memcmp(entry.bytes.baseAddress!, bytes.baseAddress!, bytes.count) == 0 {
                if !entry.valid { wasValidUTF8 = false }
                return entry.textID
            }
            slot = (slot + 1) & mask
        }
        var valid = true
        let id = intern(text: CSVRow.decode(bytes, wasValidUTF8: &valid))
        if !valid { wasValidUTF8 = false }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, bytes: bytes, textID: id, valid: valid))
        if entries.count * 2 > slots.count { grow() }
        return id
    }

    /// A 64-bit hash of `bytes`, eight at a time (then the tail, with the length, so
    /// `a` and `a\0` differ).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* multiplier
            hash ^= hash >> 31
            i += 8
        }
        var tail: UInt64 = 0
        while i < bytes.count {
            tail = tail << 8 | UInt64(base[i])
            i += 1
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 32)
    }

    /// The id of a text (used for values that had to be unescaped first).
    func intern(text: String) -> Int { Int(pool.intern(text)) }

    private static func home(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    private func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for (i, entry) in entries.enumerated() {
            var slot = Self.home(entry.hash, mask)
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(i)
        }
        slots = bigger
    }
}

/// Remembers what each interned value parsed to, so a million rows parse a handful of
/// distinct values once each.
struct ParseCache<Value> {
    private var known: [Value?] = []
    private var seen: [Bool] = []

    /// The cached result for `id`, computing it with `parse` the first time.
    mutating func value(for id: Int, parse: () -> Value?) -> Value? {
        if id < seen.count, seen[id] { return known[id] }
        if id >= seen.count {
            let newCount = max(id + 1, seen.count * 2)
            known += Array(repeating: nil, count: newCount - known.count)
            seen += Array(repeating: false, count: newCount - seen.count)
        }
        let value = parse()
        known[id] = value
        seen[id] = true
        return value
    }
}
