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
    /// For each column, the index of its field in a row (or `nil` when absent).
    private(set) var fieldIndex: [Column: Int] = [:]
    private(set) var headingCount = 0

    init(file: DataFile) { self.file = file }

    /// Scans `bytes`, calling `row` for every data row. Returns whether the file is
    /// usable, and the file-level problems found (the row closure reports its own).
    mutating func read(_ bytes: [UInt8], row: (CSVRow, CSVTable<Column>) -> Void) -> (usable: Bool, problems: [Diagnostic]) {
        var found: [Diagnostic] = []
        let usable = scan(bytes, diagnostics: &found, row: row)
        return (usable, found)
    }

    private mutating func scan(_ bytes: [UInt8], diagnostics: inout [Diagnostic],
                               row: (CSVRow, CSVTable<Column>) -> Void) -> Bool {
        if let problem = Self.textProblem(bytes) {
            diagnostics.append(Diagnostic(.error, file, line: nil, problem))
            return false
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer)
            var fields: [CSVScanner.Field] = []
            fields.reserveCapacity(16)
            let state = CSVRow.State()
            guard let headerLine = scanner.next(into: &fields) else {
                diagnostics.append(Diagnostic(.error, file, line: nil, Messages.emptyFile))
                return false
            }
            let headings = fields.map { field in
                var ok = true
                return CSVRow.string(buffer, field, wasValidUTF8: &ok)
            }
            guard resolve(headings, line: headerLine, diagnostics: &diagnostics) else { return false }

            var tooManyFieldsReported = 0
            while let line = scanner.next(into: &fields) {
                if fields.allSatisfy(\.isEmpty) { continue }  // `;;;;` rows left by spreadsheets
                if fields.count > headingCount && fields[headingCount...].contains(where: { !$0.isEmpty }) {
                    if tooManyFieldsReported < 20 {
                        diagnostics.append(Diagnostic(.warning, file, line: line, Messages.tooManyFields(fields.count, expected: headingCount)))
                    }
                    tooManyFieldsReported += 1
                }
                fields.withUnsafeBufferPointer { f in
                    row(CSVRow(bytes: buffer, fields: f, line: line, state: state), self)
                }
            }
            if tooManyFieldsReported > 20 {
                diagnostics.append(Diagnostic(.warning, file, line: nil, "\(tooManyFieldsReported - 20) more rows have more fields than the heading"))
            }
            if let first = state.firstInvalidUTF8Line {
                diagnostics.append(Diagnostic(.warning, file, line: first, Messages.invalidUTF8(firstLine: first)))
            }
            var unusable = false
            for problem in scanner.problems {
                switch problem {
                case .unterminatedQuote(let line):
                    diagnostics.append(Diagnostic(.error, file, line: line, Messages.unterminatedQuote(line: line)))
                    unusable = true
                case .textAfterClosingQuote(let line):
                    diagnostics.append(Diagnostic(.warning, file, line: line, Messages.textAfterQuote))
                }
            }
            return !unusable
        }
    }

    /// Matches the heading line to columns; reports unknown, duplicate and missing ones.
    private mutating func resolve(_ headings: [String], line: Int, diagnostics: inout [Diagnostic]) -> Bool {
        headingCount = headings.count
        var ignored: [String] = []
        for (index, heading) in headings.enumerated() {
            guard !heading.isEmpty else { continue }
            guard let column = Column.parse(heading) else { ignored.append(heading); continue }
            if fieldIndex[column] != nil {
                diagnostics.append(Diagnostic(.warning, file, line: line, Messages.duplicateColumn(column.canonicalName, heading)))
            } else {
                fieldIndex[column] = index
            }
        }
        if !ignored.isEmpty {
            diagnostics.append(Diagnostic(.warning, file, line: line, Messages.ignoredColumns(ignored)))
        }
        let missing = Column.allCases.filter { $0.isRequired && fieldIndex[$0] == nil }.map(\.canonicalName)
        guard missing.isEmpty else {
            diagnostics.append(Diagnostic(.error, file, line: line, Messages.missingColumns(missing, found: headings)))
            return false
        }
        return true
    }

    /// Whether the bytes can be CSV text at all; a message when not.
    static func textProblem(_ bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return Messages.emptyFile }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return Messages.utf16File
        }
        if bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04 {
            return Messages.spreadsheetFile
        }
        let hasNUL = bytes.withUnsafeBytes { raw in memchr(raw.baseAddress!, 0, raw.count) != nil }
        return hasNUL ? Messages.binaryFile : nil
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
    func interned(_ index: Int?) -> String {
        guard let f = field(index) else { return "" }
        if f.hasDoubledQuotes { return state.interner.intern(text(index)) }
        let raw = CSVRow.trimmed(bytes, f)
        var ok = true
        let s = state.interner.intern(raw, wasValidUTF8: &ok)
        if !ok { noteInvalidUTF8() }
        return s
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

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, wasValidUTF8: inout Bool) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        wasValidUTF8 = false
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Gives one shared `String` per distinct byte sequence, looked up without building a
/// string first. Keys point into the file buffer, so an interner lives only as long
/// as one read of one file.
final class ByteInterner {
    private struct Key: Hashable {
        let bytes: UnsafeBufferPointer<UInt8>
        func hash(into hasher: inout Hasher) { hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
        static func == (a: Key, b: Key) -> Bool {
            a.bytes.count == b.bytes.count && (a.bytes.count == 0 || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
        }
    }
    private var byBytes: [Key: (String, Bool)] = [:]
    private var byText: [String: String] = [:]

    func intern(_ bytes: UnsafeBufferPointer<UInt8>, wasValidUTF8: inout Bool) -> String {
        if bytes.isEmpty { return "" }
        let key = Key(bytes: bytes)
        if let (s, valid) = byBytes[key] {
            if !valid { wasValidUTF8 = false }
            return s
        }
        var valid = true
        let s = intern(CSVRow.decode(bytes, wasValidUTF8: &valid))
        if !valid { wasValidUTF8 = false }
        byBytes[key] = (s, valid)
        return s
    }

    func intern(_ text: String) -> String {
        if let s = byText[text] { return s }
        byText[text] = text
        return text
    }
}
