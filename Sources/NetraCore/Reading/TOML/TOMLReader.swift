/// A TOML 1.0 reader for Netra's settings, schedule and theme files.
///
/// Why not TOMLKit: it wraps toml++, whose parser *assumes* (`__builtin_assume` in
/// release builds, `assert` in debug builds) what the next character is at some twenty
/// places; fuzzing the data folder found inputs such as `[é]` and `T{3:00` that abort
/// the process or run into undefined behaviour. Netra must survive any bytes in a file
/// that clerks edit, and every message should name a line — which TOMLKit's values do
/// not carry. This reader keeps a line on every key and value, limits nesting, and
/// reports the first syntax error with its line; key length, nesting and the number of
/// tables are bounded (`Limits`).
///
/// Over 400 lines on purpose: one grammar, read top to bottom; the table building is
/// in `TOMLBuilder.swift` and the wording in `Messages.TOMLSyntax`.
///
/// Supported: comments, bare/quoted/dotted keys, `[table]`, `[[array.of.tables]]`,
/// basic/literal/multi-line strings with escapes, integers (decimal, hex, octal,
/// binary, `_`), floats, booleans, offset and local date-times, dates and times,
/// arrays, inline tables.
public enum TOML {
    /// A value and the line it starts on.
    public struct Node: Sendable {
        public let value: Value
        public let line: Int
    }

    public enum Value: Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        case dateTime(DateTime)
        case array([Node])
        case table(Table)
    }

    /// A date, a time, or both, with an optional UTC offset.
    public struct DateTime: Sendable, Equatable {
        public var date: CivilDate?
        /// Seconds into the day, when a time was given.
        public var secondsIntoDay: Int?
        /// Minutes east of UTC, when an offset was given.
        public var offsetMinutes: Int?
    }

    /// A table: keys in file order, each with its node.
    public struct Table: Sendable {
        public internal(set) var keys: [String] = []
        var nodes: [String: Node] = [:]

        public subscript(key: String) -> Node? { nodes[key] }

        mutating func set(_ key: String, _ node: Node) {
            if nodes[key] == nil { keys.append(key) }
            nodes[key] = node
        }
    }

    /// How much a document may hold. A settings file has a handful of tables and a
    /// schedule one per stage; these bounds are far above that and keep a hostile file
    /// from costing more than milliseconds.
    public struct Limits: Sendable {
        /// Tables and lists nested inside each other, counted from the top of the file.
        public var depth = 32
        /// Parts of one dotted key (`a.b.c` has 3).
        public var keyParts = 32
        /// Tables in the whole document (headers, implied tables, inline tables).
        public var tables = 10_000
        public init() {}
    }

    /// A syntax error and its line.
    public struct SyntaxError: Error, Equatable, Sendable {
        public let line: Int
        public let message: Message
    }

    /// Parses a document into its root table.
    public static func parse(_ text: String, limits: Limits = Limits()) throws(SyntaxError) -> Table {
        var parser = Parser(bytes: Array(text.utf8), limits: limits)
        return try parser.document()
    }
}

extension TOML {
    /// The year, month and day of a text that starts like a date (`2023-06-31…`) but
    /// names a day the calendar does not have; `nil` for anything else.
    static func impossibleDate(_ w: String) -> (Int, Int, Int)? {
        let s = Array(w.utf8.prefix(10))
        guard s.count == 10, s[4] == 0x2D, s[7] == 0x2D else { return nil }
        func num(_ range: Range<Int>) -> Int? {
            var v = 0
            for b in s[range] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), CivilDate(year: y, month: m, day: d) == nil,
              y >= 1 else { return nil }
        return (y, m, d)
    }

}

extension TOML.Node {
    public var string: String? { if case .string(let s) = value { s } else { nil } }
    public var integer: Int? { if case .integer(let i) = value { i } else { nil } }
    public var bool: Bool? { if case .bool(let b) = value { b } else { nil } }
    public var dateTime: TOML.DateTime? { if case .dateTime(let d) = value { d } else { nil } }
    public var array: [TOML.Node]? { if case .array(let a) = value { a } else { nil } }
    public var table: TOML.Table? { if case .table(let t) = value { t } else { nil } }
}

private struct Parser {
    let bytes: [UInt8]
    let limits: TOML.Limits
    var i = 0
    var line = 1
    /// Tables created so far, against `limits.tables`.
    var tableCount = 0

    init(bytes: [UInt8], limits: TOML.Limits) {
        self.bytes = bytes
        self.limits = limits
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }
    func peek(_ offset: Int) -> UInt8? { i + offset < bytes.count ? bytes[i + offset] : nil }

    func fail(_ message: Message, line: Int? = nil) -> TOML.SyntaxError {
        TOML.SyntaxError(line: line ?? self.line, message: message)
    }

    func describe(_ b: UInt8?) -> Message {
        guard let b else { return Messages.TOMLSyntax.endOfFile }
        if b == 0x0A { return Messages.TOMLSyntax.endOfLine }
        if b >= 0x21 && b < 0x7F { return Message(en: "'\(Character(Unicode.Scalar(b)))'", id: "'\(Character(Unicode.Scalar(b)))'") }
        return Messages.TOMLSyntax.oddCharacter
    }

    // MARK: Document

    mutating func document() throws(TOML.SyntaxError) -> TOML.Table {
        let root = TOMLTableBuilder(explicit: true, line: 1, depth: 0)
        var current = root
        while true {
            skipTrivia(newlines: true)
            guard let b = peek else { return root.frozen }
            if b == UInt8(ascii: "[") {
                current = try header(in: root)
            } else {
                try keyValue(in: current)
            }
            endOfLine()
            guard peek == nil || peek == 0x0A else { throw fail(Messages.TOMLSyntax.expectedEndOfLine(found: describe(peek))) }
        }
    }

    /// A new table below `parent`, counted and depth-checked.
    mutating func newTable(below parent: TOMLTableBuilder, explicit: Bool, line: Int) throws(TOML.SyntaxError) -> TOMLTableBuilder {
        tableCount += 1
        guard tableCount <= limits.tables else { throw fail(Messages.TOMLSyntax.tooManyTables(limits.tables)) }
        guard parent.depth + 1 <= limits.depth else { throw fail(Messages.TOMLSyntax.tooDeep(limits.depth)) }
        return TOMLTableBuilder(explicit: explicit, line: line, depth: parent.depth + 1)
    }

    /// `key = value`, stored in `table` (the current `[header]`'s, or an inline table).
    mutating func keyValue(in table: TOMLTableBuilder) throws(TOML.SyntaxError) {
        let keyLine = line
        let path = try key()
        skipSpaces()
        guard peek == UInt8(ascii: "=") else { throw fail(Messages.TOMLSyntax.expectedEquals(found: describe(peek))) }
        i += 1
        skipSpaces()
        // The value sits below the key's tables: its nesting counts from there.
        let node = try value(depth: table.depth + path.count)
        try insert(node, at: path, in: table, keyLine: keyLine)
    }

    /// `[a.b]` or `[[a.b]]`: walks from the root, creating implied tables, and returns
    /// the table that the following keys go into.
    mutating func header(in root: TOMLTableBuilder) throws(TOML.SyntaxError) -> TOMLTableBuilder {
        let headerLine = line
        i += 1
        let isArray = peek == UInt8(ascii: "[")
        if isArray { i += 1 }
        skipSpaces()
        let path = try key()
        skipSpaces()
        guard peek == UInt8(ascii: "]") else { throw fail(Messages.TOMLSyntax.expectedTableClose(found: describe(peek))) }
        i += 1
        if isArray {
            guard peek == UInt8(ascii: "]") else { throw fail(Messages.TOMLSyntax.expectedArrayTableClose) }
            i += 1
        }
        let dotted = path.joined(separator: ".")
        var table = root
        for (index, k) in path.enumerated() {
            let last = index == path.count - 1
            let existing = table[k]
            if last && isArray {
                // Only an array built by earlier [[name]] headers may grow.
                let array: TOMLTableArray
                switch existing {
                case nil:
                    array = TOMLTableArray(line: headerLine)
                    table.set(k, .tables(array))
                case .tables(let found)?:
                    array = found
                case let other?:
                    throw fail(Messages.TOMLSyntax.valueNotArrayOfTables(dotted, line: other.line), line: headerLine)
                }
                let element = try newTable(below: table, explicit: true, line: headerLine)
                array.elements.append(element)
                table = element
                continue
            }
            switch existing {
            case nil:
                let created = try newTable(below: table, explicit: last, line: headerLine)
                table.set(k, .table(created))
                table = created
            case .table(let inner)?:
                if last {
                    if inner.isExplicit { throw fail(Messages.TOMLSyntax.tableTwice(dotted, firstLine: inner.line), line: headerLine) }
                    inner.isExplicit = true
                    inner.line = headerLine
                }
                table = inner
            case .tables(let array)? where !last:
                table = array.elements[array.elements.count - 1]  // never empty: made by a header
            case let other?:
                throw fail(Messages.TOMLSyntax.valueNotTable(path.prefix(index + 1).joined(separator: "."), line: other.line), line: headerLine)
            }
        }
        return table
    }

    /// Stores `node` at the dotted `path` below `table`, creating implied tables.
    mutating func insert(_ node: TOML.Node, at path: [String], in table: TOMLTableBuilder, keyLine: Int) throws(TOML.SyntaxError) {
        var target = table
        for k in path.dropLast() {
            switch target[k] {
            case nil:
                let created = try newTable(below: target, explicit: false, line: keyLine)
                target.set(k, .table(created))
                target = created
            case .table(let inner)?:
                target = inner
            case let other?:
                throw fail(Messages.TOMLSyntax.valueHoldsNoKeys(k, line: other.line), line: keyLine)
            }
        }
        let last = path[path.count - 1]
        if let existing = target[last] {
            throw fail(Messages.TOMLSyntax.keyTwice(path.joined(separator: "."), firstLine: existing.line), line: keyLine)
        }
        target.set(last, .value(node))
    }

    // MARK: Keys

    mutating func key() throws(TOML.SyntaxError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let b = peek else { throw fail(Messages.TOMLSyntax.keyAtEnd) }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                if peek(1) == b && peek(2) == b { throw fail(Messages.TOMLSyntax.multilineKey) }
                parts.append(try singleLineString())
            } else if Self.isBare(b) {
                let start = i
                while let c = peek, Self.isBare(c) { i += 1 }
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
            } else {
                throw fail(Messages.TOMLSyntax.badKey(found: describe(b)))
            }
            skipSpaces()
            guard peek == UInt8(ascii: ".") else { return parts }
            guard parts.count < limits.keyParts else { throw fail(Messages.TOMLSyntax.keyTooLong(limits.keyParts)) }
            i += 1
        }
    }

    static func isBare(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }

    // MARK: Values

    mutating func value(depth: Int) throws(TOML.SyntaxError) -> TOML.Node {
        guard depth < limits.depth else { throw fail(Messages.TOMLSyntax.tooDeep(limits.depth)) }
        let startLine = line
        guard let b = peek else { throw fail(Messages.TOMLSyntax.valueAtEnd) }
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let s = (peek(1) == b && peek(2) == b) ? try multilineString() : try singleLineString()
            return TOML.Node(value: .string(s), line: startLine)
        case UInt8(ascii: "["):
            return TOML.Node(value: .array(try array(depth: depth)), line: startLine)
        case UInt8(ascii: "{"):
            return TOML.Node(value: .table(try inlineTable(depth: depth)), line: startLine)
        default:
            let start = i
            while let c = peek, !Self.endsBareValue(c) { i += 1 }
            let word = String(decoding: bytes[start..<i], as: UTF8.self)
            // A date-time may have one space between date and time.
            if peek == 0x20, word.count == 10, let next = peek(1), next >= 0x30 && next <= 0x39,
               Self.dateTime(word) != nil {
                let save = i
                i += 1
                while let c = peek, !Self.endsBareValue(c) { i += 1 }
                let full = word + "T" + String(decoding: bytes[(save + 1)..<i], as: UTF8.self)
                if let dt = Self.dateTime(full) { return TOML.Node(value: .dateTime(dt), line: startLine) }
                i = save
            }
            guard let v = Self.scalar(word) else {
                if let (y, m, d) = TOML.impossibleDate(word) { throw fail(Messages.tomlNoSuchDay(word, year: y, month: m, day: d)) }
                throw fail(word.isEmpty ? Messages.TOMLSyntax.expectedValue(found: describe(peek)) : Messages.TOMLSyntax.notAValue(word))
            }
            return TOML.Node(value: v, line: startLine)
        }
    }

    static func endsBareValue(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ",") || c == UInt8(ascii: "]")
            || c == UInt8(ascii: "}") || c == UInt8(ascii: "#")
    }

    static func scalar(_ w: String) -> TOML.Value? {
        switch w {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if let dt = dateTime(w) { return .dateTime(dt) }
        let clean = w.replacingUnderscores()
        guard let clean else { return nil }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where clean.hasPrefix(prefix) {
            return Int(clean.dropFirst(2), radix: radix).map { .integer($0) }
        }
        let digits = clean.hasPrefix("+") || clean.hasPrefix("-") ? clean.dropFirst() : Substring(clean)
        if digits.count > 1 && digits.hasPrefix("0") && !digits.contains(".") && !digits.contains("e") && !digits.contains("E") {
            return nil  // leading zeros are not allowed
        }
        if let n = Int(clean) { return .integer(n) }
        if clean.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), !clean.hasSuffix("."), !clean.hasPrefix("."),
           clean.allSatisfy({ $0.isASCII }), let d = Double(clean) { return .float(d) }
        return nil
    }

    /// `2023-05-01T08:00:00+07:00`, `2023-05-01T08:00:00Z`, `2023-05-01T08:00:00`,
    /// `2023-05-01`, `08:00:00`, with optional fractional seconds.
    static func dateTime(_ w: String) -> TOML.DateTime? {
        let s = Array(w.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var v = 0
            for b in s[from..<(from + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        var result = TOML.DateTime()
        var p = 0
        if s.count >= 10, s[4] == 0x2D, s[7] == 0x2D {
            guard let y = num(0, 4), let m = num(5, 2), let d = num(8, 2), let date = CivilDate(year: y, month: m, day: d) else { return nil }
            result.date = date
            p = 10
            if p == s.count { return result }
            guard s[p] == UInt8(ascii: "T") || s[p] == UInt8(ascii: "t") else { return nil }
            p += 1
        }
        guard p + 8 <= s.count, s[p + 2] == 0x3A, s[p + 5] == 0x3A,
              let h = num(p, 2), let mi = num(p + 3, 2), let se = num(p + 6, 2), h < 24, mi < 60, se < 61 else { return nil }
        result.secondsIntoDay = h * 3600 + mi * 60 + min(se, 59)
        p += 8
        if p < s.count, s[p] == UInt8(ascii: ".") {
            p += 1
            let start = p
            while p < s.count, s[p] >= 0x30 && s[p] <= 0x39 { p += 1 }
            guard p > start else { return nil }
        }
        if p == s.count { return result }
        guard result.date != nil else { return nil }
        if s[p] == UInt8(ascii: "Z") || s[p] == UInt8(ascii: "z") {
            result.offsetMinutes = 0
            return p + 1 == s.count ? result : nil
        }
        guard s[p] == UInt8(ascii: "+") || s[p] == UInt8(ascii: "-"), p + 6 == s.count, s[p + 3] == 0x3A,
              let oh = num(p + 1, 2), let om = num(p + 4, 2), oh < 24, om < 60 else { return nil }
        result.offsetMinutes = (s[p] == UInt8(ascii: "-") ? -1 : 1) * (oh * 60 + om)
        return result
    }

    mutating func array(depth: Int) throws(TOML.SyntaxError) -> [TOML.Node] {
        let openedOn = line
        i += 1
        var items: [TOML.Node] = []
        while true {
            skipTrivia(newlines: true)
            guard let b = peek else { throw fail(Messages.TOMLSyntax.listNotClosed(openedOn: openedOn)) }
            if b == UInt8(ascii: "]") { i += 1; return items }
            items.append(try value(depth: depth + 1))
            skipTrivia(newlines: true)
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; return items }
            throw fail(Messages.TOMLSyntax.listSeparator(openedOn: openedOn, found: describe(peek)))
        }
    }

    mutating func inlineTable(depth: Int) throws(TOML.SyntaxError) -> TOML.Table {
        i += 1
        tableCount += 1
        guard tableCount <= limits.tables else { throw fail(Messages.TOMLSyntax.tooManyTables(limits.tables)) }
        let table = TOMLTableBuilder(explicit: true, line: line, depth: depth + 1)
        skipSpaces()
        if peek == UInt8(ascii: "}") { i += 1; return table.frozen }
        while true {
            skipSpaces()
            try keyValue(in: table)
            skipSpaces()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "}") { i += 1; return table.frozen }
            throw fail(Messages.TOMLSyntax.inlineSeparator(found: describe(peek)))
        }
    }

    // MARK: Strings

    mutating func singleLineString() throws(TOML.SyntaxError) -> String {
        let quote = bytes[i]
        let literal = quote == UInt8(ascii: "'")
        i += 1
        var out: [UInt8] = []
        while true {
            guard let b = peek, b != 0x0A else { throw fail(Messages.TOMLSyntax.stringNotClosed) }
            i += 1
            if b == quote { return String(decoding: out, as: UTF8.self) }
            if b == UInt8(ascii: "\\") && !literal { try escape(into: &out) } else { out.append(b) }
        }
    }

    mutating func multilineString() throws(TOML.SyntaxError) -> String {
        let quote = bytes[i]
        let literal = quote == UInt8(ascii: "'")
        let openedOn = line
        i += 3
        if peek == 0x0A { i += 1; line += 1 } else if peek == 0x0D && peek(1) == 0x0A { i += 2; line += 1 }
        var out: [UInt8] = []
        while true {
            guard let b = peek else { throw fail(Messages.TOMLSyntax.multilineNotClosed(openedOn: openedOn)) }
            if b == quote && peek(1) == quote && peek(2) == quote {
                i += 3
                // Up to two more quotes belong to the string.
                var extra = 0
                while peek == quote && extra < 2 { out.append(quote); i += 1; extra += 1 }
                return String(decoding: out, as: UTF8.self)
            }
            i += 1
            if b == 0x0A { line += 1 }
            if b == UInt8(ascii: "\\") && !literal {
                // A backslash at the end of a line trims the line break and leading blanks.
                var j = i
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                if j < bytes.count, bytes[j] == 0x0A || (bytes[j] == 0x0D && j + 1 < bytes.count && bytes[j + 1] == 0x0A) {
                    i = j
                    while let c = peek, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { if c == 0x0A { line += 1 }; i += 1 }
                    continue
                }
                try escape(into: &out)
            } else {
                out.append(b)
            }
        }
    }

    mutating func escape(into out: inout [UInt8]) throws(TOML.SyntaxError) {
        guard let e = peek else { throw fail(Messages.TOMLSyntax.escapeAtEnd) }
        i += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = e == UInt8(ascii: "u") ? 4 : 8
            guard i + count <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + count)], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(v) else { throw fail(Messages.TOMLSyntax.badUnicodeEscape(Character(Unicode.Scalar(e)), digits: count)) }
            i += count
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw fail(Messages.TOMLSyntax.unknownEscape(describe(e)))
        }
    }

    // MARK: Whitespace

    mutating func skipSpaces() {
        while let b = peek, b == 0x20 || b == 0x09 { i += 1 }
    }

    /// Skips spaces, comments and (optionally) line breaks.
    mutating func skipTrivia(newlines: Bool) {
        while let b = peek {
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1 } else if b == UInt8(ascii: "#") {
                while let c = peek, c != 0x0A { i += 1 }
            } else if b == 0x0A && newlines {
                i += 1
                line += 1
            } else { return }
        }
    }

    /// Skips trailing spaces and a comment; stops at the line break.
    mutating func endOfLine() {
        skipSpaces()
        if peek == 0x0D { i += 1 }
        if peek == UInt8(ascii: "#") { while let c = peek, c != 0x0A { i += 1 } }
    }
}

extension String {
    /// Digits with `_` only between digits, or `nil` when an underscore is misplaced.
    fileprivate func replacingUnderscores() -> String? {
        guard contains("_") else { return self }
        let chars = Array(self)
        for (k, c) in chars.enumerated() where c == "_" {
            guard k > 0, k < chars.count - 1, chars[k - 1].isHexDigit, chars[k + 1].isHexDigit else { return nil }
        }
        return String(chars.filter { $0 != "_" })
    }
}
