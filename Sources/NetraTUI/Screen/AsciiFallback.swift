import Foundation

/// Plain-ASCII stand-ins for terminals whose locale is not UTF-8 (`TERM=vt100`,
/// a `C` locale console), where ncurses would silently drop any other character.
public enum AsciiFallback {
    static let table: [Character: Character] = [
        "·": ".", "—": "-", "–": "-", "…": "~", "×": "x", "▏": "_", "✕": "x", "≤": "<", "≥": ">",
        "★": "*", "▶": ">", "█": "#", "░": ".", "✓": "v", "‼": "!", "─": "-", "│": "|",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "\u{FFFD}": "?", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "↑": "^", "↓": "v", "←": "<", "→": ">", "▲": "^", "▼": "v",
    ]

    /// The ASCII character to show for `c`: itself, a look-alike, the letter without
    /// its accent (`é` → `e`), or `?`.
    public static func map(_ c: Character) -> Character {
        if c.isASCII { return c }
        if let mapped = table[c] { return mapped }
        let folded = String(c).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if let first = folded.first, first.isASCII { return first }
        return "?"
    }
}
