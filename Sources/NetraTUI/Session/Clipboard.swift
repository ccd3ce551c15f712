import Foundation
import NetraCore

/// Copying to the clipboard of the terminal the clerk sits at, even over SSH: the
/// OSC 52 sequence (xterm, tmux with `set-clipboard on`, Windows Terminal, kitty,
/// WezTerm; PuTTY and some others ignore it — mouse selection works there with
/// `--no-mouse`).
///
/// Nothing comes back from a write, so `y` only says the text was *sent*. Where the
/// terminal answers the OSC 52 query (`ESC ] 52 ; c ; ? BEL`), the host asks right
/// after the copy and the screen hands the answer in as `InputEvent.clipboardAnswer`:
/// only whether the clipboard holds the copied text, never what it holds instead.
public enum Clipboard {
    /// One copy for the host to send: the sanitised text (what lands on the clipboard
    /// is pasted into letters and shells) and its OSC 52 bytes.
    public struct Copy: Equatable, Sendable {
        public let text: String
        public init(_ text: String) { self.text = UntrustedText.sanitized(text) }
        public var bytes: [UInt8] { Clipboard.osc52(text) }
    }

    /// What the terminal's answer to the query says about the copy.
    public enum Answer: Equatable, Sendable {
        /// The clipboard holds exactly the copied text: it arrived.
        case holdsCopy
        /// It holds something else: the terminal did not take the copy.
        case holdsOther
        /// An empty answer: reading is refused, or the clipboard is empty — no verdict.
        case empty
    }

    /// How long after the query an answer still counts (on the session's monotonic
    /// clock). The screen stops listening for one after `listenSeconds`; the rest is
    /// slack for a slow link.
    public static let answerSeconds: TimeInterval = 2
    public static let listenSeconds: TimeInterval = 1

    /// `ESC ] 52 ; c ; BASE64 BEL`. The text is sanitised first.
    public static func osc52(_ text: String) -> [UInt8] {
        let clean = UntrustedText.sanitized(text)
        return Array("\u{1B}]52;c;".utf8) + Array(Data(clean.utf8).base64EncodedString().utf8) + [0x07]
    }

    /// `ESC ] 52 ; c ; ? BEL`: asks the terminal what its clipboard holds.
    public static let query: [UInt8] = Array("\u{1B}]52;c;?\u{07}".utf8)

    /// Whether to ask back on this terminal. kitty and iTerm2 ask the person for leave
    /// on every read — a prompt after every `y` would be worse than not knowing.
    public static func mayAsk(environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? "", program = environment["TERM_PROGRAM"] ?? ""
        return !term.contains("kitty") && environment["KITTY_WINDOW_ID"] == nil && program != "iTerm.app"
    }

    /// The verdict in the body of an OSC string the terminal sent (what came between
    /// `ESC ]` and its terminator, e.g. `52;c;TlRSLTIwMjMtMDAx`) for a copy of
    /// `expected`; `nil` when the body is not an OSC 52 answer. `truncated`: the body
    /// was longer than the reader keeps (then it cannot be the copy).
    public static func answer(body: String, expected: String, truncated: Bool = false) -> Answer? {
        guard body.hasPrefix("52;") else { return nil }
        let rest = body.dropFirst(3)
        // The selection parameter (`c`, `p`, `s`, or none) up to the next `;`.
        guard let semicolon = rest.firstIndex(of: ";") else { return nil }
        let payload = rest[rest.index(after: semicolon)...]
        if payload.isEmpty && !truncated { return .empty }
        if payload == "?" { return nil }  // our own query, echoed by a terminal that does not speak OSC
        guard !truncated, let data = Data(base64Encoded: String(payload), options: .ignoreUnknownCharacters) else { return .holdsOther }
        return data == Data(expected.utf8) ? .holdsCopy : .holdsOther
    }

    /// How many characters of an answer are worth keeping for a copy of `expected`:
    /// its base64 with room for the selection parameter; anything longer is not it.
    static func keptAnswerLength(for expected: String) -> Int { (expected.utf8.count + 2) / 3 * 4 + 16 }
}

/// Reads a terminal's OSC answer out of the key stream, one character at a time, so
/// its bytes never reach the key table (a base64 `q` would quit). A pure state
/// machine: the screen feeds it what ncurses returns; it keeps at most a copy's
/// length of the answer, and gives up when the answer stalls past its deadline.
struct OSCAnswerReader {
    private(set) var isReading = false
    private var body = ""
    private var truncated = false
    private var sawEscape = false
    private var deadline: TimeInterval = 0
    private let keep: Int

    init(keep: Int) { self.keep = keep }

    /// `ESC ]` arrived at `now` (monotonic seconds): the answer starts.
    mutating func begin(at now: TimeInterval, within seconds: TimeInterval) {
        isReading = true
        body = ""
        truncated = false
        sawEscape = false
        deadline = now + seconds
    }

    /// What one character does to the answer being read.
    enum Step: Equatable {
        /// Swallowed: part of the answer.
        case more
        /// The answer ended (BEL or `ESC \`): its body, and whether it was cut.
        case finished(body: String, truncated: Bool)
        /// The answer stalled past its deadline: the character is a key again.
        case abandoned
    }

    mutating func feed(_ ch: Character, at now: TimeInterval) -> Step {
        guard isReading else { return .abandoned }
        if now > deadline {
            isReading = false
            return .abandoned
        }
        if sawEscape || ch == "\u{07}" {
            // `ESC \` (ST) or BEL ends it; an ESC followed by anything else ends it too.
            isReading = false
            return .finished(body: body, truncated: truncated)
        }
        if ch == "\u{1B}" {
            sawEscape = true
            return .more
        }
        if body.count < keep { body.append(ch) } else { truncated = true }
        return .more
    }
}
