/// Editing one line of typed text the way shells do: characters at the cursor,
/// Backspace, ← →, Ctrl-A / Ctrl-E to either end, Ctrl-U to clear what is before the
/// cursor, Ctrl-W to delete the word before it. Used by the search line and pickers.
public struct LineEdit: Equatable, Sendable {
    public var text = ""
    /// In characters from the start; always within 0...text.count.
    public var cursor = 0

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; `false` when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        cursor = max(0, min(cursor, text.count))
        switch key {
        case .character(let c):
            text.insert(c, at: text.index(text.startIndex, offsetBy: cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeFirst(cursor)
            cursor = 0
        case .control("w"):
            var start = cursor
            let chars = Array(text)
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " { start -= 1 }
            text = String(chars[..<start] + chars[cursor...])
            cursor = start
        default: return false
        }
        return true
    }

    /// The text with a cursor mark at the cursor.
    func shown(cursor mark: String) -> String {
        let at = text.index(text.startIndex, offsetBy: max(0, min(cursor, text.count)))
        return String(text[..<at]) + mark + String(text[at...])
    }
}
