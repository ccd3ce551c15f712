/// Keys from the bytes a terminal in raw mode sends, for the linear mode, which
/// reads the tty itself (ncurses would take the screen). It knows what ncurses'
/// `keypad` mode decodes for the dashboard: UTF-8 characters, control keys, and the
/// CSI / SS3 sequences of arrows, Home/End, PgUp/PgDn, Shift-Tab and F1–F12 as
/// xterm, the Linux console, tmux and screen send them. Unknown sequences are
/// dropped whole, never typed as letters.
public struct RawKeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Whether bytes wait for more (an Esc that may start a sequence): the host waits
    /// a moment for the rest, then calls `flush`.
    public var isWaiting: Bool { !pending.isEmpty }

    /// The keys in `bytes` (with what was left over before).
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        while !pending.isEmpty {
            guard let (key, used) = Self.decode(pending) else { break }  // incomplete: wait for more
            pending.removeFirst(used)
            if let key { keys.append(key) }
        }
        return keys
    }

    /// Nothing more came: a lone Esc is the Escape key; an unfinished sequence is dropped.
    public mutating func flush() -> [Key] {
        defer { pending = [] }
        return pending == [0x1B] ? [.escape] : []
    }

    /// One key from the start of `b` and the bytes it used; `nil` when `b` is an
    /// unfinished key; a `nil` key for bytes that are no key.
    static func decode(_ b: [UInt8]) -> (Key?, Int)? {
        let first = b[0]
        switch first {
        case 0x1B: return escape(b)
        case 9: return (.tab, 1)
        case 10, 13: return (.enter, 1)
        case 8, 127: return (.backspace, 1)
        case 1...26: return (.control(Character(Unicode.Scalar(first + 96))), 1)
        case 0..<32: return (nil, 1)
        default: return utf8(b)
        }
    }

    private static func utf8(_ b: [UInt8]) -> (Key?, Int)? {
        let length = b[0] < 0x80 ? 1 : b[0] >> 5 == 0b110 ? 2 : b[0] >> 4 == 0b1110 ? 3 : b[0] >> 3 == 0b11110 ? 4 : 0
        guard length > 0 else { return (nil, 1) }  // a stray continuation byte
        guard b.count >= length else { return nil }
        guard let s = String(validating: b[0..<length], as: UTF8.self), let c = s.first else { return (nil, length) }
        return (.character(c), length)
    }

    private static func escape(_ b: [UInt8]) -> (Key?, Int)? {
        guard b.count >= 2 else { return nil }
        switch b[1] {
        case UInt8(ascii: "["):
            // CSI: parameters and intermediates, then one final byte 0x40–0x7E.
            var i = 2
            while i < b.count, !(0x40...0x7E).contains(b[i]) { i += 1 }
            guard i < b.count else { return b.count > 32 ? (nil, b.count) : nil }
            let params = String(decoding: b[2..<i], as: UTF8.self)
            return (csi(params, final: b[i]), i + 1)
        case UInt8(ascii: "O"):
            guard b.count >= 3 else { return nil }
            return (ss3(b[2]), 3)
        case 0x1B:
            return (.escape, 1)  // Esc pressed twice: the first is a key
        default:
            // Alt+key: the key alone (the dashboard has no Alt bindings).
            return (nil, 1)
        }
    }

    private static func ss3(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "P"): .function(1)
        case UInt8(ascii: "Q"): .function(2)
        case UInt8(ascii: "R"): .function(3)
        case UInt8(ascii: "S"): .function(4)
        case UInt8(ascii: "M"): .enter
        default: nil
        }
    }

    private static func csi(_ params: String, final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "~"):
            let code = Int(params.split(separator: ";").first ?? "") ?? 0
            switch code {
            case 1, 7: return .home
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(code - 10)
            case 17...21: return .function(code - 11)
            case 23, 24: return .function(code - 12)
            default: return nil
            }
        default: return nil
        }
    }
}
