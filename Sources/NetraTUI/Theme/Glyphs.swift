/// Characters that draw structure, in Unicode or (for terminals without a UTF-8
/// locale) plain ASCII.
public struct Glyphs: Sendable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character
    public let barFull, barEmpty, candidate, pointer, done, running, upcoming: Character
    public let critical, warning, info: String

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       barFull: "█", barEmpty: "░", candidate: "★", pointer: "▶", done: "✓", running: "▶", upcoming: "·",
                                       critical: "‼", warning: "!", info: "i")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     barFull: "#", barEmpty: ".", candidate: "*", pointer: ">", done: "v", running: ">", upcoming: ".",
                                     critical: "!!", warning: "!", info: "i")
}
