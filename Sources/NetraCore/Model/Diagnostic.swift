/// One problem found in a file Netra reads — a data file, the settings, a theme —
/// located by path and, when it has one, line and column.
///
/// Every reader speaks this one shape, so `netra check`, the dashboard's banner and
/// stderr print problems the same way: `officers.csv:7: error: …`.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// Where a problem is.
    public struct Location: Sendable {
        /// The data file, when the problem is in one: its path is then its name inside
        /// the data folder.
        public var dataFile: DataFile?
        /// The file as the user knows it: a data file's name, or another file's path as
        /// given (a theme). Raw: sanitised when printed.
        public var path: String
        /// 1-based physical line (a CSV heading is line 1); `nil` for the file as a whole.
        public var line: Int?
        /// 1-based column, when a reader knows it.
        public var column: Int?
        /// The field of the row the problem is in (0-based, the heading's position),
        /// when the reader knows it: a workbook turns it into the cell's column.
        public var field: Int?
        /// The column the problem is in, by its canonical heading (`nip`,
        /// `filed_on`): how the checks that run after reading name a column, since
        /// they know the record, not the row. A workbook maps it to the sheet's column.
        public var heading: String?
        /// The workbook cell, when the table was read from a workbook: then the place
        /// printed is `officers.xlsx:Pegawai!B14` (the row is the sheet's row, `line`).
        public var cell: SheetCell?

        /// A place in one of the data folder's files.
        public static func dataFile(_ file: DataFile, line: Int? = nil, column: Int? = nil) -> Location {
            Location(dataFile: file, path: file.fileName, line: line, column: column)
        }

        /// A place in a file outside the data folder (a theme).
        public static func file(_ path: String, line: Int? = nil, column: Int? = nil) -> Location {
            Location(dataFile: nil, path: path, line: line, column: column)
        }
    }

    public var severity: Severity
    public var location: Location
    /// What is wrong, in both languages; already sanitised: safe to print.
    public var text: Message
    /// Set when the problem made a row of officers.csv be skipped while its own cells
    /// say the officer is a candidate: the screen names them, so the candidate does
    /// not silently leave the count.
    public var skippedCandidate: SkippedCandidate?

    /// Set on every row of the roster that was skipped: who it may have been, so a
    /// row whose officer has an open request or case can be named too (not only a
    /// candidate's; see `SkippedRows`).
    public var skippedRow: SkippedRow?
    /// Set when a skipped row was named because its officer has an open request or
    /// case: the screen ranks it with a skipped candidate.
    public var skippedMatter: SkippedRow.Matter?

    /// Who a skipped row was, as far as its cells tell.
    public struct SkippedCandidate: Sendable, Equatable {
        /// The name cell, sanitised (may be empty).
        public let name: String
        public let candidacy: Candidacy
    }

    /// A skipped row of the roster: its name cell and the NIPs it may stand for.
    public struct SkippedRow: Sendable, Equatable {
        /// The name cell, sanitised (may be empty).
        public let name: String
        /// The row's own NIP when its digits can be read, and the NIPs the last good
        /// roster gave an officer of this name (filled in by `LiveFolder`).
        public var nips: [NIP]

        /// What the officer has open, by which the row is named.
        public enum Matter: Sendable, Equatable {
            case request(RequestKind)
            case neutralityCase(String)
        }
    }

    public init(_ severity: Severity, _ location: Location, _ message: Message) {
        self.severity = severity
        self.location = location
        text = message.map { text, _ in UntrustedText.sanitized(text) }
    }

    /// The form most readers use: a data file and a line.
    public init(_ severity: Severity, _ file: DataFile, line: Int?, _ message: Message) {
        self.init(severity, .dataFile(file, line: line), message)
    }

    /// A data file, a line and the column (by canonical heading) the problem is in.
    public init(_ severity: Severity, _ file: DataFile, line: Int?, heading: String?, _ message: Message) {
        var place = Location.dataFile(file, line: line)
        place.heading = heading
        self.init(severity, place, message)
    }

    /// A data file, a line and the 0-based field of that line the problem is in.
    public init(_ severity: Severity, _ file: DataFile, line: Int?, field: Int?, _ message: Message) {
        var place = Location.dataFile(file, line: line)
        place.field = field
        self.init(severity, place, message)
    }

    /// The English text (what older callers and tests read).
    public var message: String { text.english }

    /// The data file concerned, `nil` for a file outside the data folder.
    public var file: DataFile? { location.dataFile }

    /// The line, `nil` for the file as a whole.
    public var line: Int? {
        get { location.line }
        set { location.line = newValue }
    }

    /// `officers.csv:7: error: …` — the form compilers use, so editors can jump to it.
    /// `folder` prefixes a data file's name with the data folder as the user typed it.
    /// Every part is sanitised: a folder or theme name may hold escape sequences.
    /// `error`/`warning` stay English words in every language: scripts and editors
    /// match them; the message after them is in `language`.
    public func formatted(folder: String? = nil, language: Language = .en) -> String {
        "\(place(folder: folder)): \(severity.rawValue): \(text.text(language))"
    }

    /// `officers.csv:7` (or `folder/officers.csv:7:3`), sanitised; a workbook's cell
    /// instead of the line: `officers.xlsx:Pegawai!B14` (its row is the line).
    public func place(folder: String? = nil) -> String {
        var path = location.path
        if location.dataFile != nil, let folder { path = (folder.hasSuffix("/") ? folder : folder + "/") + path }
        var place = UntrustedText.sanitized(path)
        if let cell = location.cell {
            place += ":" + UntrustedText.sanitized(cell.description)
        } else if let line = location.line {
            place += ":\(line)"
            if let column = location.column { place += ":\(column)" }
        }
        return place
    }

    public var description: String { formatted() }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
}

extension Diagnostic {
    /// The same problem `shift` lines further down: a piece of a file read on its own
    /// counts its lines from 1 (`CSVTable+Pieces.swift`).
    func shifted(by shift: Int) -> Diagnostic {
        guard shift != 0, let line = location.line else { return self }
        var moved = self
        moved.location.line = line + shift
        return moved
    }
}
