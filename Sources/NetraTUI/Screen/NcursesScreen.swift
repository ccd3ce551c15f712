import CNcursesw
import NetraCore
import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// Why the dashboard cannot start on this terminal. The reason is typed: the command
/// line words it in the reader's language (`CLIMessages.terminalRefused`).
public enum TerminalRefusal: Error {
    /// Standard input or output is not a terminal (a pipe, a file).
    case notATerminal
    /// `TERM` is unset or `dumb` (already sanitised).
    case dumb(term: String)
    /// ncurses has no entry for `TERM` (already sanitised).
    case unknown(term: String)
}

/// Draws cell grids with ncurses and reads keys and mouse events.
///
/// The only type that touches the terminal. It writes every frame into ncurses'
/// virtual screen and lets ncurses send just the difference (no full clears, no
/// flicker over SSH), wrapped in the terminal's synchronized-update mode when
/// terminfo offers one. Every way out restores the terminal: `close()`, and
/// `TerminalSignals`' handlers for every signal that ends the process.
public final class NcursesScreen {
    /// The colours this terminal has, and the theme as drawn with them.
    public let fit: PaletteFit
    public let glyphs: Glyphs
    /// The locale is not UTF-8: every character goes through `AsciiFallback`.
    private let asciiOnly: Bool
    private let theme: Theme
    private var attributes: [StyleRole: (attrs: attr_t, pair: Int16)] = [:]
    private var drawn: CellGrid?
    private let hasSync: Bool
    private var closed = false
    /// Listening for the terminal's answer to a clipboard query (`TerminalAnswers.swift`).
    var clipboardListen: ClipboardListen?

    /// Opens the terminal. Refuses `TERM=dumb` (or unset) with a hint.
    public init(theme requested: Theme, environment: [String: String] = ProcessInfo.processInfo.environment, mouse: Bool = true) throws {
        let term = environment["TERM"] ?? ""
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw TerminalRefusal.notATerminal
        }
        if term.isEmpty || term == "dumb" {
            throw TerminalRefusal.dumb(term: UntrustedText.sanitized(term))
        }
        setlocale(LC_ALL, "")
        // The character set is the locale's (wide characters, box drawing); messages
        // are not: Netra speaks through its own tables, and a C library's translated
        // messages (libpq's, read by `ConnectRefusal`) must stay the ones it knows.
        setlocale(LC_MESSAGES, "C")
        // The terminal as the shell left it, for signal handlers to put back.
        var original = termios()
        let hasOriginal = tcgetattr(STDOUT_FILENO, &original) == 0
        asciiOnly = netra_locale_is_utf8() == 0
        glyphs = asciiOnly ? .ascii : .unicode
        guard let screen = netra_newterm() else {
            throw TerminalRefusal.unknown(term: UntrustedText.sanitized(term))
        }
        set_term(screen)
        // After ncurses set up its own SIGWINCH handler, which this one calls.
        ResizeSignal.install()
        raw()            // Ctrl-C arrives as a key: quit is then an ordinary, clean exit
        noecho()
        nonl()
        keypad(netra_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        mousemask(mouse ? netra_mouse_events() : 0, nil)
        mouseinterval(0)

        var palette = TerminalPalette.monochrome
        if has_colors() {
            start_color()
            use_default_colors()
            palette = TerminalPalette.detect(environment: environment, colors: Int(netra_colors()), rgb: netra_has_rgb_flag() != 0)
        }
        self.theme = palette == .monochrome ? Theme.monochrome : requested
        fit = PaletteFit(theme: theme, palette: palette)
        hasSync = netra_has_sync() != 0
        setUpStyles()
        if hasOriginal { TerminalSignals.arm(descriptor: STDOUT_FILENO, original: original, restore: Self.restoreSequence()) }
    }

    /// The bytes that end this terminal's screen modes (see `TerminalSignals`).
    private static func restoreSequence() -> [UInt8] {
        var buffer = [CChar](repeating: 0, count: TerminalSignals.RestoreState.capacity)
        netra_restore_sequence(&buffer, buffer.count)
        return buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    }

    deinit { close() }

    /// One colour pair per role, from the theme as checked against this palette. A
    /// role in the terminal's own colours keeps pair 0: terminals that cannot combine
    /// dim with colour (`ncv`: the Linux console, PuTTY) then still show it dim.
    private func setUpStyles() {
        for (i, role) in StyleRole.allCases.enumerated() {
            let style = fit.style(role)
            var attrs: attr_t = 0
            if style.bold { attrs |= netra_attr_bold() }
            if style.underline { attrs |= netra_attr_underline() }
            if style.reverse { attrs |= netra_attr_reverse() }
            if style.dim { attrs |= netra_attr_dim() }
            var pair: Int16 = 0
            let colours = (style.foreground, style.background)
            if fit.palette != .monochrome, colours != (.terminalDefault, .terminalDefault), i + 1 < Int(netra_color_pairs()) {
                pair = Int16(i + 1)
                init_extended_pair(Int32(pair), Self.number(style.foreground), Self.number(style.background))
            }
            attributes[role] = (attrs, pair)
        }
    }

    /// ncurses' number for a colour: -1 is the terminal's own (after `use_default_colors`).
    private static func number(_ color: TerminalColor) -> Int32 {
        guard case .number(let n) = color else { return -1 }
        return Int32(n)
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) { (Int(netra_cols()), Int(netra_lines())) }

    /// Draws a frame: only cells that changed since the last frame are written to
    /// ncurses, and ncurses sends only what changed on screen.
    public func draw(_ grid: CellGrid) {
        if drawn?.width != grid.width || drawn?.height != grid.height { drawn = nil }
        var scalars: [wchar_t] = []
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                var cell = grid[x, y]
                if let old = drawn, old[x, y] == cell { continue }
                if cell.isContinuation {
                    // In ASCII a wide character becomes one column: blank its second.
                    guard asciiOnly else { continue }
                    cell.character = " "
                } else if asciiOnly {
                    cell.character = AsciiFallback.map(cell.character)
                }
                // ncurses refuses to write the bottom-right cell without scrolling: skip it.
                if y == grid.height - 1 && x == grid.width - 1 { continue }
                let (attrs, pair) = attributes[cell.role] ?? (0, 0)
                if !put(cell.character, y: y, x: x, attrs: attrs, pair: pair, scalars: &scalars) {
                    // ncurses refused it (a character its tables do not know, too many
                    // marks): U+FFFD instead, so the cell never keeps the last frame's
                    // text — and the right half of a wide one is blanked too.
                    if !put(UntrustedText.replacement, y: y, x: x, attrs: attrs, pair: pair, scalars: &scalars) {
                        _ = put(" ", y: y, x: x, attrs: attrs, pair: pair, scalars: &scalars)
                    }
                    if x + 1 < grid.width, grid[x + 1, y].isContinuation, !(y == grid.height - 1 && x + 1 == grid.width - 1) {
                        _ = put(" ", y: y, x: x + 1, attrs: attrs, pair: pair, scalars: &scalars)
                    }
                }
            }
        }
        drawn = grid
        if hasSync {
            netra_sync(1)
            wnoutrefresh(netra_stdscr())
            doupdate()
            netra_sync(2)
            netra_flush_stdout()
        } else {
            refresh()
        }
    }

    /// Writes one cell; false when ncurses refuses the character.
    private func put(_ character: Character, y: Int, x: Int, attrs: attr_t, pair: Int16, scalars: inout [wchar_t]) -> Bool {
        scalars.removeAll(keepingCapacity: true)
        for s in character.unicodeScalars.prefix(DisplayWidth.scalarsPerCell) { scalars.append(wchar_t(bitPattern: s.value)) }
        scalars.append(0)
        return scalars.withUnsafeBufferPointer { netra_put_cell(Int32(y), Int32(x), $0.baseAddress, attrs, pair) } == OK
    }

    /// Makes the next `draw` clear the terminal and write every cell, whatever ncurses
    /// believes is on it: when a kiosk locks again, no fragment of the unlocked
    /// dashboard (a name, NIP digits) may survive on the public screen.
    public func clearCompletely() {
        clearok(netra_stdscr(), true)
        drawn = nil
    }

    /// Waits up to `milliseconds` (negative: forever) for a key, click or resize, or
    /// the terminal's answer to a clipboard query (whose bytes never become keys).
    public func nextEvent(timeout milliseconds: Int) -> InputEvent? {
        var wait = milliseconds
        while true {
            wtimeout(netra_stdscr(), Int32(max(-1, min(wait, Int(Int32.max)))))
            var ch: wint_t = 0
            let kind = wget_wch(netra_stdscr(), &ch)
            if kind == ERR { return nil }
            switch listenForAnswer(kind: kind, ch: ch) {
            case .key: return decode(kind: kind, ch: ch)
            case .answer(let answer): return .clipboardAnswer(answer)
            case .swallowed: wait = 0  // part of an answer: read on, never block for it
            }
        }
    }

    /// One key, click or resize from what `wget_wch` returned.
    private func decode(kind: Int32, ch: wint_t) -> InputEvent? {
        if kind == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_BTAB: return .key(.backTab)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case (KEY_F0 + 1)...(KEY_F0 + 12): return .key(.function(Int(Int32(ch) - KEY_F0)))
            case KEY_RESIZE:
                drawn = nil
                return .resize
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                if netra_is_wheel_up(event.bstate) != 0 { return .wheel(-3) }
                if netra_is_wheel_down(event.bstate) != 0 { return .wheel(3) }
                if netra_is_click(event.bstate) != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
                return nil
            default: return nil
            }
        }
        switch ch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// Restores the terminal (cursor, echo, normal screen). Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
        // Keys typed while a frame was slow, and not read yet, would otherwise reach the
        // shell after netra ends (issue 24, row 1): the dashboard's input is dropped.
        tcflush(STDIN_FILENO, TCIFLUSH)
        TerminalSignals.disarm()
    }

    /// A kiosk is not stopped or suspended by SIGINT, SIGQUIT or SIGTSTP (from a
    /// terminal driver that is not in raw mode, or from anyone but the supervisor).
    public static func ignoreInterruptSignals() {
        for sig in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { signal(sig, SIG_IGN) }
    }
}
