import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// What the dashboard runs on.
public struct DashboardOptions: Sendable {
    public var folder: URL
    public var clock: TimeSource
    /// `nil`: the folder's `netra.toml` decides, else `environmentLanguage`, else Indonesian.
    public var language: Language?
    /// What the locale variables ask for (`Language.of(environment:)`); below netra.toml.
    public var environmentLanguage: Language?
    public var theme: Theme
    public var isDemo: Bool
    public var initialView: ViewID
    /// Problems outside the data (a broken theme file), shown in the banner.
    public var notices: [String]
    /// Poll the folder every so many seconds instead of inotify (`nil`: automatic).
    public var pollInterval: TimeInterval?
    /// Run as the locked, rotating, privacy-masking lobby screen (`[kiosk]`).
    public var kiosk = false
    /// Where operational events go (the journal under systemd).
    public var log = OperationsLog(enabled: false)
    /// Mouse reporting; off (`--no-mouse`, `mouse = false`) lets the terminal select text.
    public var mouse = true
    /// The language of notes made once the terminal is open (a theme that does not fit
    /// its palette): the one the theme's other problems were worded in.
    public var noticeLanguage: Language = .id
    /// Makes the feed when the models do not come from `folder` (`--source`); given the
    /// list preparation the screen wants (`nil` for a kiosk).
    public typealias FeedMaker = @Sendable (ListPreparation?) -> any ModelFeed
    public var makeFeed: FeedMaker?
    /// The name the frame shows instead of the folder's (a database site's id).
    public var title: String?
    /// Makes the journal sink when the journal is not the folder's (`--source`: read
    /// back from the database), given the last look and where each digest goes.
    public typealias JournalMaker = @Sendable (_ lastLook: Date?, _ digest: @escaping @Sendable (ChangesDigest) -> Void) -> any JournalSink
    public var makeJournal: JournalMaker?
    /// Where the last `q` is remembered when not per folder (a database's site).
    public var lastLook: LastLook?

    public init(folder: URL, clock: TimeSource, language: Language? = nil, theme: Theme = .builtInDefault,
                isDemo: Bool = false, initialView: ViewID = .overview, notices: [String] = [], pollInterval: TimeInterval? = nil) {
        self.notices = notices
        self.folder = folder
        self.clock = clock
        self.language = language
        self.theme = theme
        self.isDemo = isDemo
        self.initialView = initialView
        self.pollInterval = pollInterval
    }
}

/// The terminal loop: a few dozen lines around the pure `DashboardSession`. It draws
/// the session's frame, sleeps in `poll(2)` until a key, a new model or the moment
/// the screen changes by itself, and passes events in.
public enum DashboardApp {
    /// Runs until the user quits; returns the notes about the terminal (a theme whose
    /// text would vanish on its palette), for the caller to repeat on standard error.
    @discardableResult
    public static func run(_ options: DashboardOptions) throws -> [String] {
        let screen = try NcursesScreen(theme: options.theme, mouse: options.mouse)
        // Reloads, the journal and the lists' preparation give way to the keys at once.
        BackgroundPriority.yieldToScreen()
        defer { screen.close() }
        let terminalNotes = paletteNotes(screen.fit, theme: options.theme, language: options.noticeLanguage)
        // Keys cannot raise these in raw mode; a kiosk ignores them from anywhere else too.
        if options.kiosk { NcursesScreen.ignoreInterruptSignals() }
        // The data clock (frozen by --as-of) and the monotonic one the kiosk's timers run on.
        let clock = HostClock(data: options.clock)
        let frames = FrameWarmUp()
        let lists = options.kiosk ? nil : ListPreparation(language: options.language, environment: options.environmentLanguage,
                                                          glyphs: screen.glyphs, frames: frames)
        let feed: any ModelFeed = options.makeFeed?(lists)
            ?? ReloadFeed(folder: options.folder, clock: options.clock, pollInterval: options.pollInterval, log: options.log, lists: lists)
        options.log.record(.started(folder: options.folder.path, kiosk: options.kiosk))
        defer { options.log.record(.stopped) }
        let size = screen.size
        var sessionOptions = DashboardSession.Options(language: options.language, glyphs: screen.glyphs, isDemo: options.isDemo,
                                                      notices: options.notices + terminalNotes, initialView: options.initialView, kiosk: options.kiosk)
        sessionOptions.folderName = options.title ?? options.folder.standardizedFileURL.lastPathComponent
        sessionOptions.environmentLanguage = options.environmentLanguage
        sessionOptions.derivesMinutesAside = true
        if !options.kiosk { sessionOptions.frameWarmUp = frames }
        var session = DashboardSession(
            model: feed.start(),
            options: sessionOptions,
            size: Size(width: size.width, height: size.height), now: clock.now())
        defer { feed.stop() }
        // The journal of changes, written after each new model is on screen, never before;
        // then what changed since this user's last `q` comes back through a pipe.
        let lastLook = options.lastLook ?? LastLook(folder: options.folder)
        let dataClock = options.clock
        let digests = ChangesAdoption(frames: options.kiosk ? nil : frames, now: { dataClock.now() })
        digests.showing(session.model)
        let log = options.log
        let journal: any JournalSink = options.makeJournal?(lastLook?.load(), { digests.put($0) })
            ?? JournalWriter(folder: options.folder, wording: { UIText.alertWording($0) },
                             problems: { for problem in $0 { log.record(.journalProblem(problem.text(.en))) } },
                             lastLook: lastLook?.load(), digest: { digests.put($0) })
        var journalDue = true
        defer { journal.flush() }
        let verifier = PINVerifier()
        // A kiosk's wrong PINs outlive the process (a restart gives no new tries).
        let lockoutStore = options.kiosk ? PINLockoutStore(folder: options.folder) : nil
        if let lockoutStore { session.restoreKioskLockout(lockoutStore.load(), at: clock.now().running) }

        let minutes = MinuteDeriver()
        let retired = ReleaseAside<DashboardModel>()

        while true {
            let now = clock.now()
            let size = screen.size
            session.resize(to: Size(width: size.width, height: size.height))
            if session.rederivationWanted(at: now.data) { minutes.derive(session.model, at: now.data) }
            let frame = session.frame(at: now)
            // A new minute's derivation was adopted (its predecessor is freed below).
            if session.takeRederived() {
                journalDue = true  // the clock alone can raise an alert
            }
            // Nothing of the unlocked dashboard may stay on the public screen.
            if session.takeLockedAgain() { screen.clearCompletely() }
            screen.draw(frame)
            // The frame of the new model is drawn: the old one is freed off the loop, and
            // then the freed pages are given back (kiosks run for weeks).
            retired.release { feed.released() }
            if journalDue {
                journal.submit(session.model.reading, situation: session.model.situation)
                journalDue = false
            }
            let events = session.takeEvents()
            for event in events { options.log.record(event) }
            if let lockoutStore, events.contains(where: \.changesPINLockout) {
                lockoutStore.save(session.kioskLockout(at: now.running))
            }

            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: feed.wakeFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: verifier.wakeFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: digests.wakeFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: minutes.wakeFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: ResizeSignal.readFD, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, nfds_t(fds.count), Int32(session.secondsToWait(from: now) * 1000) + 5)
            // A resize: ncurses has its flag set; the drain below reads it as KEY_RESIZE.
            if fds[5].revents != 0 { ResizeSignal.drain() }
            if fds[4].revents != 0, let derived = minutes.take() {
                retired.keep(session.model)
                session.adoptRederived(derived)
                digests.showing(session.model)
            }
            if fds[3].revents != 0, let ready = digests.take(), !options.kiosk {
                retired.keep(session.model)
                session.adoptChanges(ready.digest, prepared: ready.prepared, at: clock.now())
                digests.showing(session.model)
            }
            // The terminal is gone without a SIGHUP reaching us: end as a hang-up would
            // (terminal restored, the supervisor restarts), rather than spin on it.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { raise(SIGHUP) }
            if fds[2].revents != 0 {
                for (ticket, outcome) in verifier.take() { session.finishPINCheck(ticket: ticket, outcome: outcome, at: clock.now()) }
            }
            if fds[1].revents != 0, let next = feed.take() {
                retired.keep(session.model)
                session.receive(next, at: clock.now())
                digests.showing(session.model)
                journalDue = true
            }
            // Drain everything ncurses has (keys, a resize after SIGWINCH interrupted poll).
            while let event = screen.nextEvent(timeout: 0) {
                switch session.handle(event, at: clock.now()) {
                case .quit:
                    // The next start's "since you last looked" begins now.
                    if !options.kiosk { lastLook?.save(clock.now().data) }
                    return terminalNotes
                case .reload: feed.reloadAll()
                case .checkPIN(let check): verifier.start(check)
                case .none: break
                case .export(let file):
                    let written = ExportWriter.write(file, dataFolder: options.folder)
                    session.noteExport(path: written.path, failure: written.failure)
                case .copy(let copy):
                    screen.writeRaw(copy.bytes)
                    // Where the terminal may be asked, ask whether it arrived; the answer
                    // comes back as an event within a second, or the status stays "sent".
                    if Clipboard.mayAsk(environment: ProcessInfo.processInfo.environment) { screen.askClipboard(expecting: copy.text) }
                case .suspend: screen.suspend()
                }
            }
        }
    }
}

extension DashboardApp {
    /// The note for a theme that had to fall back on this terminal's palette, if any.
    static func paletteNotes(_ fit: PaletteFit, theme: Theme, language: Language,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        guard !fit.fallbacks.isEmpty else { return [] }
        return [UIText.table(for: language).paletteNote(theme: theme.name, palette: fit.palette, term: environment["TERM"] ?? "",
                                                        roles: fit.fallbacks)]
    }
}

extension OperationEvent {
    /// A wrong PIN or an unlock: the stored lockout changes.
    var changesPINLockout: Bool {
        switch self {
        case .kioskWrongPIN, .kioskUnlocked: true
        default: false
        }
    }
}
