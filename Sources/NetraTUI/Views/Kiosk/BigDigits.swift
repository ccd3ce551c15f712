/// Block digits for a countdown legible across a room: each character is a 3×5 (colon
/// 1×5) bitmap, scaled by whole cells (`CountdownDigits`, `KioskBoard.figureLayout`).
enum BigDigits {
    private static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        " ": [" ", " ", " ", " ", " "],
    ]
    static let rows = 5

    /// Width in font pixels: glyphs separated by one blank pixel.
    static func baseWidth(_ text: String) -> Int {
        let widths = text.map { font[$0]?.first?.count ?? 0 }
        return widths.reduce(0, +) + max(0, widths.count - 1)
    }

    /// Where each character starts, in font pixels (for labels under digit groups).
    static func offsets(_ text: String) -> [Int] {
        var x = 0
        return text.map { ch in
            defer { x += (font[ch]?.first?.count ?? 0) + 1 }
            return x
        }
    }

    /// Draws `text` with its top-left corner at (`x`, `y`).
    static func draw(_ text: String, in grid: inout CellGrid, x: Int, y: Int, scale: (x: Int, y: Int), block: Character, role: StyleRole) {
        let fill = String(repeating: block, count: scale.x)
        for (ch, offset) in zip(text, offsets(text)) {
            guard let bitmap = font[ch] else { continue }
            for (row, line) in bitmap.enumerated() {
                for (column, pixel) in line.enumerated() where pixel == "#" {
                    for dy in 0..<scale.y {
                        grid.put(fill, x: x + (offset + column) * scale.x, y: y + row * scale.y + dy, role: role)
                    }
                }
            }
        }
    }
}
