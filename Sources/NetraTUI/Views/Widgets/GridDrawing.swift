import NetraCore

extension CellGrid {
    /// Draws table cells at row `y`, using the widths from `Column.layout`.
    mutating func putRow(_ values: [String], widths: [Int], columns: [Column], x: Int, y: Int, role: StyleRole, roles: [StyleRole?] = []) {
        var column = x
        for (i, w) in widths.enumerated() where w > 0 {
            let value = i < values.count ? values[i] : ""
            let text = DisplayWidth.pad(UntrustedText.sanitized(value), to: w, alignRight: columns[i].alignRight)
            // An empty cell keeps the row's look: a colour with nothing written in it
            // (a red block where a case is not late) would say something by colour alone.
            let own = value.isEmpty ? nil : (i < roles.count ? roles[i] : nil)
            put(text, x: column, y: y, role: own ?? role, maxWidth: w)
            column += w + 1
        }
    }

    /// A box with a title, for overlays; returns the inner rectangle.
    mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String, glyphs: Glyphs) -> Rect {
        for row in y..<(y + h) { fill(x: x, y: row, width: w, role: .text) }
        fill(glyphs.horizontal, x: x + 1, y: y, width: w - 2, role: .border)
        fill(glyphs.horizontal, x: x + 1, y: y + h - 1, width: w - 2, role: .border)
        for row in (y + 1)..<(y + h - 1) {
            put(String(glyphs.vertical), x: x, y: row, role: .border)
            put(String(glyphs.vertical), x: x + w - 1, y: row, role: .border)
        }
        put(String(glyphs.topLeft), x: x, y: y, role: .border)
        put(String(glyphs.topRight), x: x + w - 1, y: y, role: .border)
        put(String(glyphs.bottomLeft), x: x, y: y + h - 1, role: .border)
        put(String(glyphs.bottomRight), x: x + w - 1, y: y + h - 1, role: .border)
        put(" \(title) ", x: x + 2, y: y, role: .title, maxWidth: w - 4)
        return Rect(x: x + 2, y: y + 1, width: w - 4, height: h - 2)
    }

    /// A progress bar `[████░░░░] 21%` of `width` columns.
    mutating func progressBar(_ fraction: Double, x: Int, y: Int, width w: Int, glyphs: Glyphs) {
        let inner = max(1, w - 7)
        let filled = Int((fraction * Double(inner)).rounded(.down))
        put("[", x: x, y: y, role: .muted)
        fill(glyphs.barFull, x: x + 1, y: y, width: filled, role: .progress)
        fill(glyphs.barEmpty, x: x + 1 + filled, y: y, width: inner - filled, role: .muted)
        put("]", x: x + 1 + inner, y: y, role: .muted)
        put(String(format: "%3d%%", Int((fraction * 100).rounded(.down))), x: x + 2 + inner, y: y, role: .text)
    }
}
