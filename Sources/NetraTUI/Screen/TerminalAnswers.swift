import CNcursesw
import Foundation
import NetraCore

/// The terminal's answer to the clipboard query a copy (`y`) sends: it arrives on
/// standard input among the keys, as `ESC ] 52 ; c ; BASE64 BEL`. Only for a second
/// after a query does the screen look for one; then an `ESC` followed at once by `]`
/// starts an answer, and every character up to its end is swallowed (a base64 `q`
/// must not quit). Nothing here waits longer than one short peek: the reader is fed
/// what has arrived, and gives up on an answer that stalls (`OSCAnswerReader`).
struct ClipboardListen {
    /// The text copied: the answer is compared with it, and nothing else is kept.
    let expected: String
    /// Until when (monotonic seconds) an `ESC ]` is taken as the answer.
    let until: TimeInterval
    var reader: OSCAnswerReader
}

extension NcursesScreen {
    /// What one character read is, while an answer may come.
    enum ListenStep {
        case key
        case swallowed
        case answer(Clipboard.Answer)
    }

    /// Asks the terminal what its clipboard holds, right after copying `text`; the
    /// answer, if one comes within `Clipboard.listenSeconds`, is an input event.
    public func askClipboard(expecting text: String) {
        writeRaw(Clipboard.query)
        let now = ProcessInfo.processInfo.systemUptime
        clipboardListen = ClipboardListen(expected: text, until: now + Clipboard.listenSeconds,
                                          reader: OSCAnswerReader(keep: Clipboard.keptAnswerLength(for: text)))
    }

    func listenForAnswer(kind: Int32, ch: wint_t) -> ListenStep {
        guard var listen = clipboardListen else { return .key }
        let now = ProcessInfo.processInfo.systemUptime
        if listen.reader.isReading {
            guard kind != KEY_CODE_YES, let scalar = Unicode.Scalar(UInt32(ch)) else {
                clipboardListen = nil
                return .key
            }
            switch listen.reader.feed(Character(scalar), at: now) {
            case .more:
                clipboardListen = listen
                return .swallowed
            case .finished(let body, let truncated):
                clipboardListen = nil
                return Clipboard.answer(body: body, expected: listen.expected, truncated: truncated).map { .answer($0) } ?? .swallowed
            case .abandoned:
                clipboardListen = nil
                return .key
            }
        }
        guard now <= listen.until else {
            clipboardListen = nil
            return .key
        }
        guard kind != KEY_CODE_YES, ch == 27 else { return .key }
        // ESC: an answer when `]` follows at once (ncurses has waited ESCDELAY for a
        // key sequence already; a short peek more covers a slow link).
        wtimeout(netra_stdscr(), 50)
        var next: wint_t = 0
        let nextKind = wget_wch(netra_stdscr(), &next)
        if nextKind == ERR { return .key }
        if nextKind != KEY_CODE_YES, next == 0x5D {
            listen.reader.begin(at: now, within: Clipboard.listenSeconds)
            clipboardListen = listen
            return .swallowed
        }
        // Not an answer: the next key goes back for the next read.
        if nextKind == KEY_CODE_YES { ungetch(Int32(next)) } else { unget_wch(wchar_t(bitPattern: next)) }
        return .key
    }
}
