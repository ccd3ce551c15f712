/// Something that happened at the terminal.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case click(x: Int, y: Int)
    case wheel(Int)
    case resize
    /// The terminal answered the OSC 52 query sent after a copy (`y`).
    case clipboardAnswer(Clipboard.Answer)
}
