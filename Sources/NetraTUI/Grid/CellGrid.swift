import NetraCore

/// What a cell means, not how it looks: themes map roles to colours and attributes,
/// and meaning never rests on colour alone (every role that matters also has a word
/// or a glyph on screen).
public enum StyleRole: String, CaseIterable, Sendable {
    case background, text, muted, border, header, title, selection, tab
    case tabActive = "tab.active"
    case alertCritical = "alert.critical"
    case alertWarning = "alert.warning"
    case alertInfo = "alert.info"
    case ok, countdown, progress, banner, demo, match
}

/// One terminal cell: a character (grapheme cluster) and its role. A wide character
/// occupies its cell and marks the next one as its continuation.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: StyleRole
    /// The right half of a wide character: drawn by its left neighbour.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", role: .background, isContinuation: false)
}

/// A frame: a rectangle of cells that views draw into and screens copy out.
///
/// Both the ncurses screen and `netra snapshot` read the same grid, so tests see
/// exactly what the terminal would show.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes untrusted text at (x, y), clipped to `maxWidth` columns (default: to the
    /// right edge) with `…` where it was cut. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - max(x, 0))
        guard limit > 0 else { return 0 }
        // Only what the row can show is read: a 1 MB cell costs what a short one does.
        let (head, cut) = DisplayWidth.head(text, scalars: DisplayWidth.scalarBudget(columns: limit))
        let fitted = DisplayWidth.fit(UntrustedText.sanitized(head), to: limit, cut: cut)
        var column = x
        // Cell by cell as the terminal draws them: a cluster of several spacing
        // scalars (an emoji family, a conjunct) takes several cells, none lost.
        // A stray combining mark has no cell of its own.
        write: for ch in fitted {
            for (unit, w) in DisplayWidth.cells(of: ch) {
                guard column + w <= x + limit else { break write }
                if column >= 0 {
                    cells[y * width + column] = Cell(character: unit, role: role, isContinuation: false)
                    if w == 2 { cells[y * width + column + 1] = Cell(character: " ", role: role, isContinuation: true) }
                }
                column += w
            }
        }
        return column - x
    }

    /// Fills a run with one character.
    public mutating func fill(_ character: Character = " ", x: Int, y: Int, width w: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) {
            cells[y * width + column] = Cell(character: character, role: role, isContinuation: false)
        }
    }

    /// The frame as plain text: `height` lines, trailing spaces trimmed.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
