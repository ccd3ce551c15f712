/// Characters that draw structure, in Unicode or (for terminals without a UTF-8
/// locale) plain ASCII.
public struct Glyphs: Sendable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character
    public let barFull, barEmpty, candidate, pointer, done, running, upcoming: Character
    public let critical, warning, info: String
    /// Chart marks: a half-filled bar cell, the deadline on a timeline, today on it.
    public let barMid, deadlineMark, fixingMark, today: Character
    /// Vertical bar heights in eighths, from one eighth to full (ASCII: full only).
    public let eighths: [Character]
    /// The sort direction beside a column's title.
    public var sortAscending = "▲", sortDescending = "▼"
    /// Arrow keys are named in words in the help (ASCII terminals have no arrows).
    public var arrowsInWords = false

    /// Every glyph in one string: tells two sets apart in a memo's key, without the
    /// reflection that interpolating the struct itself costs.
    var signature: String {
        let marks: [Character] = [horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, barFull, barEmpty, candidate,
                                  pointer, done, running, upcoming, barMid, deadlineMark, fixingMark, today] + eighths
        return String(marks) + "|\(critical)|\(warning)|\(info)|\(sortAscending)|\(sortDescending)|\(arrowsInWords)"
    }

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       barFull: "█", barEmpty: "░", candidate: "★", pointer: "▶", done: "✓", running: "▶", upcoming: "·",
                                       critical: "‼", warning: "!", info: "i", barMid: "▓", deadlineMark: "◆", fixingMark: "◇", today: "┃",
                                       eighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     barFull: "#", barEmpty: ".", candidate: "*", pointer: ">", done: "v", running: ">", upcoming: ".",
                                     critical: "!!", warning: "!", info: "i", barMid: "=", deadlineMark: "*", fixingMark: "o", today: "|",
                                     eighths: ["_", "_", "-", "-", "=", "=", "#", "#"],
                                     sortAscending: "^", sortDescending: "v", arrowsInWords: true)
}
