/// A panel's frame: a box with its title in the top border (btop's look) and, where
/// the panel draws a bar or a strip, its legend in the bottom border; returns the
/// inside to draw in.
enum PanelBox {
    @discardableResult
    static func draw(_ context: inout DrawContext, _ rect: Rect, title: String, role: StyleRole = .title, footer: [Run] = []) -> Rect {
        guard rect.width >= 4, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let g = context.glyphs
        context.grid.fill(g.horizontal, x: rect.x + 1, y: rect.y, width: rect.width - 2, role: .border)
        context.grid.fill(g.horizontal, x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, role: .border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            context.grid.put(String(g.vertical), x: rect.x, y: y, role: .border)
            context.grid.put(String(g.vertical), x: rect.maxX - 1, y: y, role: .border)
        }
        context.grid.put(String(g.topLeft), x: rect.x, y: rect.y, role: .border)
        context.grid.put(String(g.topRight), x: rect.maxX - 1, y: rect.y, role: .border)
        context.grid.put(String(g.bottomLeft), x: rect.x, y: rect.maxY - 1, role: .border)
        context.grid.put(String(g.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, role: .border)
        context.grid.put(" \(title) ", x: rect.x + 2, y: rect.y, role: role, maxWidth: rect.width - 4)
        // The legend, whole or not at all: half a legend explains half the glyphs.
        let footerWidth = footer.reduce(0) { $0 + DisplayWidth.of($1.text) } + 2
        if !footer.isEmpty, footerWidth <= rect.width - 4 {
            var x = rect.x + 2
            x += context.grid.put(" ", x: x, y: rect.maxY - 1, role: .border)
            for run in footer { x += context.grid.put(run.text, x: x, y: rect.maxY - 1, role: run.role) }
            context.grid.put(" ", x: x, y: rect.maxY - 1, role: .border)
        }
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }

    /// Writes parts separated by ` · ` on one line, each in its role; returns the
    /// columns used.
    @discardableResult
    static func parts(_ context: inout DrawContext, _ parts: [(text: String, role: StyleRole?)], x: Int, y: Int, maxWidth: Int,
                      base: StyleRole = .text, separator: String = " · ") -> Int {
        var cx = x
        for (i, part) in parts.enumerated() {
            if i > 0 { cx += context.grid.put(separator, x: cx, y: y, role: .muted, maxWidth: x + maxWidth - cx) }
            cx += context.grid.put(part.text, x: cx, y: y, role: part.role ?? base, maxWidth: x + maxWidth - cx)
        }
        return cx - x
    }
}
