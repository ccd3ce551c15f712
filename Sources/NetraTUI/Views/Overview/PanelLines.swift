import NetraCore

/// A run of text in one role: a word, a figure, a stretch of bar.
struct Run: Equatable {
    var text: String
    var role: StyleRole

    init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// One line of a panel, built for a known width: runs from the left, runs set against
/// the right edge, and how soon it gives way when the panel is short of lines.
///
/// A panel builds its lines once for the width it is given (wrapping what does not
/// fit, never cutting a figure), so measuring a panel for the layout and drawing it
/// read the same lines.
struct PanelLine: Equatable {
    var left: [Run] = []
    var right: [Run] = []
    /// 0 stays longest; a panel short of lines drops its highest ranks first.
    var rank = 0

    init(_ left: [Run] = [], right: [Run] = [], rank: Int = 0) {
        self.left = left
        self.right = right
        self.rank = rank
    }

    var isBlank: Bool { left.allSatisfy { $0.text.allSatisfy { $0 == " " } } && right.isEmpty }
    var leftWidth: Int { left.reduce(0) { $0 + DisplayWidth.of($1.text) } }
    var rightWidth: Int { right.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The blank line between groups.
    static let blank = PanelLine()
}

/// Laying parts out on lines and lines in a panel.
enum PanelLines {
    /// Parts joined by `separator` over as many lines as they need: a line breaks
    /// between parts, never inside one (a part wider than a whole line is cut between
    /// its words, short of any number). `lead` starts the first line (a bar, a name);
    /// later lines start `indent` columns in.
    static func flow(_ parts: [(text: String, role: StyleRole?)], width: Int, base: StyleRole = .text, separator: String = " · ",
                     lead: [Run] = [], indent: Int = 0, rank: Int = 0) -> [PanelLine] {
        var lines: [PanelLine] = []
        var current = lead
        var used = lead.reduce(0) { $0 + DisplayWidth.of($1.text) }
        var onLine = 0
        let pad = String(repeating: " ", count: max(0, min(indent, width - 1)))
        let padWidth = DisplayWidth.of(pad)
        func newLine() {
            lines.append(PanelLine(current, rank: rank))
            current = pad.isEmpty ? [] : [Run(pad, base)]
            used = padWidth
            onLine = 0
        }
        // What eight lines can show of a part: a megabyte in a cell costs what a line does.
        let budget = DisplayWidth.scalarBudget(columns: 8 * max(1, width))
        for whole in parts {
            let (head, cut) = DisplayWidth.head(whole.text, scalars: budget)
            let part = (text: cut ? head + "…" : head, role: whole.role)
            let w = DisplayWidth.of(part.text)
            let sepWidth = onLine > 0 ? DisplayWidth.of(separator) : 0
            if w > width - padWidth {
                // Too long for any line: its words go on over the next lines (a date,
                // a time with its zone, stay together).
                for (k, token) in TextFit.tokensKeepingDates(part.text).enumerated() {
                    var sep = k == 0 ? (onLine > 0 ? separator : "") : " "
                    let tw = DisplayWidth.of(token)
                    if used + DisplayWidth.of(sep) + tw > width, used > padWidth {
                        newLine()
                        sep = ""
                    }
                    if !sep.isEmpty { current.append(Run(sep, k == 0 ? .muted : part.role ?? base)) }
                    let text = tw <= width - used - DisplayWidth.of(sep) ? token : TextFit.words(token, width: max(1, width - used - DisplayWidth.of(sep)))
                    current.append(Run(text, part.role ?? base))
                    used += DisplayWidth.of(sep) + DisplayWidth.of(text)
                }
                onLine += 1
                continue
            }
            if used + sepWidth + w > width, onLine > 0 || used > padWidth { newLine() }
            if onLine > 0 {
                current.append(Run(separator, .muted))
                used += DisplayWidth.of(separator)
            }
            current.append(Run(part.text, part.role ?? base))
            used += w
            onLine += 1
        }
        if !current.isEmpty { lines.append(PanelLine(current, rank: rank)) }
        return lines
    }

    /// A sentence over as many lines as it needs, broken between words; a date (`3 Okt
    /// 2022`) and a time with its zone stay on one line.
    static func words(_ text: String, width: Int, role: StyleRole, indent: Int = 0, rank: Int = 0) -> [PanelLine] {
        flow(TextFit.tokensKeepingDates(text).map { (text: $0, role: StyleRole?.some(role)) }, width: width, base: role, separator: " ",
             indent: indent, rank: rank)
    }

    /// At most `height` of `lines`: the highest ranks go first, the last of a rank
    /// before the earlier ones; the order stays.
    static func select(_ lines: [PanelLine], height: Int) -> [PanelLine] {
        guard lines.count > height else { return lines }
        guard height > 0 else { return [] }
        var keep = Array(repeating: true, count: lines.count)
        var count = lines.count
        let order = lines.indices.sorted { (lines[$0].rank, $0) > (lines[$1].rank, $1) }
        for i in order where count > height {
            keep[i] = false
            count -= 1
        }
        var out = lines.indices.filter { keep[$0] }.map { lines[$0] }
        // A blank line left at the top or bottom separates nothing.
        while out.first?.isBlank == true { out.removeFirst() }
        while out.last?.isBlank == true { out.removeLast() }
        return out
    }

    /// Draws `lines` into `rect`, one per row, the right runs against the right edge.
    static func draw(_ context: inout DrawContext, _ lines: [PanelLine], in rect: Rect) {
        for (i, line) in lines.prefix(max(0, rect.height)).enumerated() {
            let y = rect.y + i
            let rightWidth = min(line.rightWidth, rect.width)
            var x = rect.x
            for run in line.left {
                x += context.grid.put(run.text, x: x, y: y, role: run.role, maxWidth: rect.maxX - rightWidth - x - (rightWidth > 0 ? 1 : 0))
            }
            x = rect.maxX - rightWidth
            for run in line.right { x += context.grid.put(run.text, x: x, y: y, role: run.role, maxWidth: rect.maxX - x) }
        }
    }

    /// A context that draws nowhere, for measuring what a panel would draw.
    static func scratch(_ input: ViewInput) -> DrawContext { DrawContext(grid: CellGrid(width: 0, height: 0), input: input) }
}
