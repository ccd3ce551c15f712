/// A byte-level CSV scanner (RFC 4180 plus the habits of real office exports).
///
/// Why hand-written: the Swift CSV libraries available here parse 12–35× slower than
/// a byte scanner (yaslab/CSV.swift took 0.61 s for 100k rows; the goal for load +
/// validate + derive is 0.25 s), and they materialise every field as a `String`. This
/// scanner only records where each field starts and ends; callers decide which
/// fields become strings, so repeated values can be interned straight from bytes.
///
/// What it accepts: `,` `;` TAB or `|` separators (detected from the header line), an
/// optional UTF-8 byte-order mark, LF, CRLF or lone-CR line ends, quoted fields with
/// separators, doubled quotes and line breaks inside, ragged rows (callers check
/// field counts). It never traps or loops on malformed input: an unterminated quote
/// swallows the rest of the file and is reported; text after a closing quote is
/// kept out of the field and reported.
public struct CSVScanner {
    /// Where one field's content lies in the buffer (quotes excluded).
    public struct Field: Sendable {
        public var start: Int
        public var end: Int
        /// The field was quoted and contains doubled quotes (`""`) to undo.
        public var hasDoubledQuotes: Bool
        public var isEmpty: Bool { start == end }
    }

    /// Something malformed the scanner stepped over.
    public enum Problem: Equatable, Sendable {
        /// A quoted field opened on `line` never closed: the file is probably being
        /// written right now, or a quote is missing.
        case unterminatedQuote(line: Int)
        /// Characters after a field's closing quote (`"abc"x,`) were ignored.
        case textAfterClosingQuote(line: Int)
    }

    public let bytes: UnsafeBufferPointer<UInt8>
    public let separator: UInt8
    /// The separator in every byte of a word (`unquotedEnd`).
    private let separatorWord: UInt64
    public private(set) var problems: [Problem] = []
    /// Where the next record starts, and its physical line.
    public private(set) var position: Int
    public private(set) var line = 1
    /// Records that start at or beyond this offset are left to another scanner (a piece
    /// of the file read on another core); the last record before it is read whole.
    private let limit: Int

    static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    /// Every separator the scanner accepts.
    static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// Prepares to scan `bytes`; the separator is detected unless given.
    public init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8? = nil) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is skipped.
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.position = bom ? 3 : 0
        self.separator = separator ?? CSVScanner.detectSeparator(in: bytes, from: bom ? 3 : 0)
        separatorWord = ByteCount.word(repeating: self.separator)
        limit = bytes.count
    }

    /// Prepares to scan the records that start in `position..<limit`, counting lines
    /// from `line` (a piece of a file whose separator is known).
    public init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, position: Int, line: Int, limit: Int) {
        self.bytes = bytes
        self.separator = separator
        separatorWord = ByteCount.word(repeating: separator)
        self.position = position
        self.line = line
        self.limit = min(limit, bytes.count)
    }

    /// Picks `,`, `;`, TAB or `|`: whichever occurs most often outside quotes on the
    /// first line (a comma wins ties, as the default of the format). `|` is what a
    /// SIASN bulk download and the tools built on it write (docs/decisions.md).
    public static func detectSeparator(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var counts = (comma: 0, semicolon: 0, tab: 0, pipe: 0)
        var inQuotes = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == quote { inQuotes.toggle() } else if !inQuotes {
                if b == lf || b == cr { break }
                switch b {
                case UInt8(ascii: ","): counts.comma += 1
                case UInt8(ascii: ";"): counts.semicolon += 1
                case UInt8(ascii: "\t"): counts.tab += 1
                case UInt8(ascii: "|"): counts.pipe += 1
                default: break
                }
            }
            i += 1
        }
        if counts.pipe > counts.comma && counts.pipe > counts.semicolon && counts.pipe > counts.tab { return UInt8(ascii: "|") }
        if counts.semicolon > counts.comma && counts.semicolon >= counts.tab { return UInt8(ascii: ";") }
        if counts.tab > counts.comma && counts.tab > counts.semicolon { return UInt8(ascii: "\t") }
        return UInt8(ascii: ",")
    }

    /// Scans the next record into `fields` (reusing its storage) and returns the
    /// physical line the record starts on, or `nil` at the end. Blank lines are
    /// skipped.
    public mutating func next(into fields: inout [Field]) -> Int? {
        while position < limit {
            fields.removeAll(keepingCapacity: true)
            let startLine = line
            scanRecord(into: &fields)
            if fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted { continue }
            return startLine
        }
        return nil
    }

    private var fieldWasQuoted = false

    private mutating func scanRecord(into fields: inout [Field]) {
        let count = bytes.count
        fieldWasQuoted = false
        while true {
            var field: Field
            if position < count && bytes[position] == CSVScanner.quote {
                fieldWasQuoted = true
                field = scanQuoted()
            } else {
                let start = position
                position = unquotedEnd(from: position)
                while position < count {
                    let b = bytes[position]
                    if b == separator || b == CSVScanner.lf || b == CSVScanner.cr { break }
                    position += 1
                }
                field = Field(start: start, end: position, hasDoubledQuotes: false)
            }
            fields.append(field)
            // Now at a separator, a line end or the end of the buffer.
            guard position < count else { return }
            let b = bytes[position]
            position += 1
            if b == separator { continue }
            if b == CSVScanner.cr, position < count, bytes[position] == CSVScanner.lf { position += 1 }
            line += 1
            return
        }
    }

    static let lfWord = ByteCount.word(repeating: lf), crWord = ByteCount.word(repeating: cr)

    /// Where an unquoted field starting at `start` may end: the first separator or line
    /// break, looked for eight bytes at a time (the byte loop after it settles the last
    /// few bytes). Why: the byte-by-byte scan was over half of the scanner's time, a
    /// field of a roster being a dozen bytes between two separators.
    private func unquotedEnd(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var at = start
        while at + 8 <= bytes.count {
            // In file order: the first byte is the lowest, whatever the machine's order.
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            let stops = ByteCount.zeroBytes(w ^ separatorWord) | ByteCount.zeroBytes(w ^ Self.lfWord) | ByteCount.zeroBytes(w ^ Self.crWord)
            if stops != 0 { return at + stops.trailingZeroBitCount >> 3 }
            at += 8
        }
        return at
    }

    private mutating func scanQuoted() -> Field {
        let count = bytes.count
        let openedOn = line
        position += 1
        let start = position
        var doubled = false
        while position < count {
            let b = bytes[position]
            if b == CSVScanner.quote {
                if position + 1 < count && bytes[position + 1] == CSVScanner.quote {
                    doubled = true
                    position += 2
                    continue
                }
                let end = position
                position += 1
                // Anything between the closing quote and the next separator is stray.
                var stray = false
                while position < count {
                    let c = bytes[position]
                    if c == separator || c == CSVScanner.lf || c == CSVScanner.cr { break }
                    stray = true
                    position += 1
                }
                if stray { problems.append(.textAfterClosingQuote(line: line)) }
                return Field(start: start, end: end, hasDoubledQuotes: doubled)
            }
            if b == CSVScanner.lf { line += 1 }
            position += 1
        }
        problems.append(.unterminatedQuote(line: openedOn))
        return Field(start: start, end: count, hasDoubledQuotes: doubled)
    }
}
