import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// The linear mode's terminal loop (`netra dashboard --linear`): no ncurses, no
/// cursor addressing, no clearing, no alternate screen — the terminal is put in raw
/// input mode only (keys arrive one by one, unechoed) and every output is whole
/// lines appended to standard output, which a screen reader speaks as they come.
/// Keys are decoded by `RawKeyDecoder`; the session is `LinearSession`.
public enum LinearApp {
    /// How long an Esc waits for the rest of a sequence (ncurses' `set_escdelay(25)`).
    static let escapeWaitMilliseconds: Int32 = 30

    /// Runs until the user quits.
    public static func run(_ options: DashboardOptions) throws {
        let input = RawInput()
        // Reloads, the journal and the lists' preparation give way to the keys at once.
        BackgroundPriority.yieldToScreen()
        defer { input.restore() }
        let clock = HostClock(data: options.clock)
        let feed = ReloadFeed(folder: options.folder, clock: options.clock, pollInterval: options.pollInterval, log: options.log, lists: nil)
        options.log.record(.started(folder: options.folder.path, kiosk: false))
        defer { options.log.record(.stopped) }
        var sessionOptions = DashboardSession.Options(language: options.language, isDemo: options.isDemo, notices: options.notices,
                                                      initialView: options.initialView)
        sessionOptions.folderName = options.folder.standardizedFileURL.lastPathComponent
        sessionOptions.environmentLanguage = options.environmentLanguage
        var session = LinearSession(model: feed.start(), options: sessionOptions, now: clock.now().data)
        defer { feed.stop() }
        var output = LineOutput()
        output.write(session.start(at: clock.now().data))
        var decoder = RawKeyDecoder()
        var minute = Int(clock.now().data.timeIntervalSince1970 / 60)
        var buffer = [UInt8](repeating: 0, count: 512)

        while output.isOpen {
            let now = clock.now().data
            let toMinute = Int32((60 - now.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)) * 1000) + 5
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: feed.wakeFD, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 2, decoder.isWaiting ? escapeWaitMilliseconds : toMinute)
            let at = clock.now().data
            if Int(at.timeIntervalSince1970 / 60) != minute {
                minute = Int(at.timeIntervalSince1970 / 60)
                session.tick(at: at)
            }
            if fds[1].revents != 0, let next = feed.take() {
                output.write(session.receive(next, at: at))
                feed.released()
            }
            var keys: [Key] = []
            if fds[0].revents & Int16(POLLIN) != 0 {
                let n = read(STDIN_FILENO, &buffer, buffer.count)
                if n <= 0 { return }  // end of input: the terminal or the pipe is gone
                keys = decoder.feed(Array(buffer[0..<n]))
            } else if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return
            } else if decoder.isWaiting {
                keys = decoder.flush()
            }
            for key in keys {
                let (effect, lines) = session.handle(key, at: at)
                output.write(lines)
                switch effect {
                case .quit: return
                case .reload: feed.reloadAll()
                case .export(let file):
                    let written = ExportWriter.write(file, dataFolder: options.folder)
                    output.write(session.noteExport(path: written.path, failure: written.failure, at: at))
                // A copy goes to the clipboard by an escape sequence, a suspension
                // repaints nothing afterwards, a PIN is a kiosk's: none in this mode.
                case .none, .copy, .suspend, .checkPIN: break
                }
            }
        }
    }
}

/// Standard input in raw mode while the linear mode runs, restored on every way out
/// (`TerminalSignals` restores it from a signal handler too). Output processing is
/// left on, so `\n` still starts a new line at the left margin.
final class RawInput {
    private var original = termios()
    private let isTerminal: Bool

    init() {
        isTerminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &original) == 0
        guard isTerminal else { return }
        var raw = original
        // Keys one by one, unechoed; Ctrl-C, Ctrl-Z and Ctrl-S arrive as keys.
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        TerminalSignals.arm(descriptor: STDIN_FILENO, original: original, restore: [])
    }

    func restore() {
        guard isTerminal else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &original)
        TerminalSignals.disarm()
    }
}

/// Whole lines to standard output. Every character below U+0020 and in the C1 range
/// is dropped before writing (the lines are sanitised already; this is the last
/// guard that no byte of data can move a cursor). A reader gone (EPIPE, EIO) ends
/// the mode.
struct LineOutput {
    private(set) var isOpen = true

    mutating func write(_ lines: [String]) {
        guard isOpen, !lines.isEmpty else { return }
        let text = lines.map { line in
            String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
        }.joined(separator: "\n") + "\n"
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                isOpen = false
                return
            }
            bytes = bytes.dropFirst(n)
        }
    }
}
