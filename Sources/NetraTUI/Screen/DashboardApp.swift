import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// What the dashboard runs on.
public struct DashboardOptions: Sendable {
    public var folder: URL
    public var clock: TimeSource
    /// `nil`: the folder's `netra.toml` decides (default Indonesian).
    public var language: Language?
    public var theme: Theme
    public var isDemo: Bool
    public var initialView: ViewID
    /// Problems outside the data (a broken theme file), shown in the banner.
    public var notices: [String]
    /// Poll the folder every so many seconds instead of inotify (`nil`: automatic).
    public var pollInterval: TimeInterval?
    /// Run as the locked, rotating, privacy-masking lobby screen (`[kiosk]`).
    public var kiosk = false

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

/// Hands models built on the reload queue to the UI thread, and wakes it.
final class ModelMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: DashboardModel?
    private var fds: [Int32] = [-1, -1]

    init() {
        _ = pipe(&fds)
        _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(fds[0])
        close(fds[1])
    }

    /// The descriptor the UI polls.
    var wakeFD: Int32 { fds[0] }

    func post(_ model: DashboardModel) {
        lock.lock()
        pending = model
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
    }

    func take() -> DashboardModel? {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fds[0], &buffer, buffer.count) > 0 {}
        lock.lock()
        defer { pending = nil; lock.unlock() }
        return pending
    }
}

/// The interactive dashboard: reads the folder, follows it as it changes, draws, and
/// handles keys and the mouse. It sleeps in `poll(2)` until a key, a file change or
/// the next second of the header clock.
public enum DashboardApp {
    public static func run(_ options: DashboardOptions) throws {
        let screen = try NcursesScreen(theme: options.theme)
        defer { screen.close() }
        // Keys cannot raise these in raw mode; a kiosk ignores them from anywhere else too.
        if options.kiosk { NcursesScreen.ignoreInterruptSignals() }

        let folderPath = options.folder.path
        let live = LiveFolder(source: FolderFiles(folder: options.folder),
                              folderExists: { FileManager.default.fileExists(atPath: folderPath) })
        let reloads = DispatchQueue(label: "netra-reload")
        let mailbox = ModelMailbox()
        let clock = options.clock

        // Parse and derive off the UI thread; the UI swaps the new model in whole.
        /// The last model handed to the UI, for marking what changed (queue-confined).
        final class Previous: @unchecked Sendable { var model: DashboardModel? }
        let previous = Previous()
        @Sendable func publish(_ state: LiveFolder.State) {
            var model = DashboardModel(live: state, now: clock.now())
            if let before = previous.model { model.markChanges(since: before, files: state.changed, at: clock.now()) }
            previous.model = model
            mailbox.post(model)
            let posted = model
            reloads.async { posted.prepareSearch() }
        }
        @Sendable func changed(_ files: Set<DataFile>) {
            reloads.async {
                let (state, retry) = live.reloadReporting(files, at: clock.now(), settled: false)
                publish(state)
                // A file that fails right after a change may still be being written:
                // read it again once it settles before calling it broken.
                if !retry.isEmpty {
                    reloads.asyncAfter(deadline: .now() + 0.5) { publish(live.reload(retry, at: clock.now(), settled: true)) }
                }
            }
        }
        var model = reloads.sync {
            let first = DashboardModel(live: live.loadAll(at: clock.now()), now: clock.now())
            previous.model = first
            return first
        }
        let first = model
        reloads.async { first.prepareSearch() }  // ready before the first `/`
        let watcher = FolderWatcher(folder: folderPath, pollInterval: options.pollInterval, onChange: changed)
        watcher.start()
        defer { watcher.stop() }

        var state = UIState(view: options.initialView)
        var derivedMinute = minute(clock.now())
        var lastGrid: CellGrid?
        var height = screen.size.height

        // Kiosk mode: the lock swallows keys until the PIN; then the full dashboard
        // until it sits idle for `relock_minutes`.
        let kioskSettings = { model.dataset.settings.kiosk }
        var kiosk = KioskMode(active: options.kiosk, settings: kioskSettings(), now: clock.now())

        func rows() -> UIState.Rows {
            UIState.Rows(ids: Rows.ids(model, state: state), pageSize: FrameRenderer.bodyHeight(forScreenHeight: height) - 1)
        }
        func swap(to next: DashboardModel) {
            let before = rows()
            model = next
            state.reconcile(previousIDs: before.ids, rows: rows())
            // The previous dataset is gone now: hand its pages back (kiosks run for weeks).
            reloads.async { HeapTrim.releaseFreeMemory() }
        }
        /// Handles one event in locked kiosk mode: nothing quits, suspends or starts anything.
        func handleLocked(_ event: InputEvent, renderer: KioskRenderer) {
            let now = clock.now()
            let size = screen.size
            let pages = kioskSettings().pages.count
            let parts = { (i: Int) in renderer.parts(ofPage: i, model, width: size.width, height: size.height) }
            switch event {
            case .resize: break
            case .key(let key):
                switch kiosk.lock.handle(key, at: now) {
                case .pauseRotation: kiosk.rotation.pause(at: now)
                case .showPage(let offset): kiosk.rotation.show(offset: offset, at: now, pageCount: pages, parts: parts)
                case .unlock:
                    kiosk.unlock(at: now)
                    state = UIState(view: .overview)
                case .checkPIN: break  // only with KioskLock(defersChecks: true), not used here yet
                }
            case .click(let x, let y):
                // A tap on a page's name shows it; any other tap pauses (touch screens).
                if y == 1, let target = lastGrid?.pageTargets.first(where: { $0.columns.contains(x) }) {
                    kiosk.rotation.show(page: target.page, at: now, pageCount: pages)
                } else {
                    kiosk.rotation.pause(at: now)
                }
            case .wheel: kiosk.rotation.pause(at: now)
            }
        }

        /// Handles one event; false when it is time to quit.
        func handle(_ event: InputEvent) -> Bool {
            func perform(_ action: Action) -> Bool {
                switch state.apply(action, rows: rows(), filterCount: Rows.filterCount(state.view), sortCount: Rows.sortCount(state.view)) {
                case .quit: return false
                case .reload: swap(to: reloads.sync { DashboardModel(live: live.loadAll(at: clock.now()), now: clock.now()) })
                case .none: break
                }
                return true
            }
            switch event {
            case .resize: return true
            case .key(let key):
                if state.isSearching {
                    state.applySearch(key)
                    return true
                }
                guard let action = KeyMap.action(for: key) else { return true }
                return perform(action)
            case .click(let x, let y):
                if y == 1, let tab = lastGrid?.tabTargets.first(where: { $0.columns.contains(x) }) {
                    return perform(.showView(tab.view))
                }
                if let id = lastGrid?.rowTargets[y] { state.selection[state.view] = id }
                return true
            case .wheel(let delta):
                for _ in 0..<abs(delta) { _ = perform(delta < 0 ? .moveUp : .moveDown) }
                return true
            }
        }

        while true {
            let now = clock.now()
            // Alert wording and day counts change by the minute at most.
            if minute(now) != derivedMinute {
                model = model.at(now)
                derivedMinute = minute(now)
            }
            let language = options.language ?? Language(rawValue: model.dataset.settings.language) ?? .id
            let size = screen.size
            height = size.height
            kiosk.update(settings: kioskSettings(), at: now)
            if kiosk.relockIfIdle(at: now) {
                state = UIState(view: options.initialView)
                screen.clearCompletely()  // nothing of the unlocked dashboard stays on the public screen
            }
            let kioskRenderer = KioskRenderer(language: language, glyphs: screen.glyphs, isDemo: options.isDemo)
            var notices = options.notices
            if kiosk.isUnlocked { notices.insert(String(format: UIText.table(for: language)(.unlocked), kioskSettings().relockMinutes), at: 0) }
            let renderer = FrameRenderer(language: language, glyphs: screen.glyphs, isDemo: options.isDemo, notices: notices)
            let grid: CellGrid
            let secondTicks: Bool
            if kiosk.isLocked {
                let pages = kioskSettings().pages.count
                kiosk.rotation.advance(to: now, period: TimeInterval(kioskSettings().rotateSeconds), pageCount: pages) {
                    kioskRenderer.parts(ofPage: $0, model, width: size.width, height: size.height)
                }
                grid = kioskRenderer.render(model, rotation: kiosk.rotation, lock: kiosk.lock, width: size.width, height: size.height, now: now)
                secondTicks = kioskRenderer.needsSecondTicks(model, rotation: kiosk.rotation, lock: kiosk.lock, now: now)
            } else {
                grid = renderer.render(model, state: state, width: size.width, height: size.height, now: now)
                secondTicks = renderer.needsSecondTicks(model, state: state, now: now)
            }
            screen.draw(grid)
            lastGrid = grid

            // Sleep until a key, a reloaded model, or the next moment the screen changes
            // by itself: the next second while a seconds countdown shows, otherwise the
            // next minute (local midnight, when H-N turns, is one of them), or when an
            // unlocked kiosk locks itself again.
            let period = secondTicks ? 1.0 : 60.0
            let t = now.timeIntervalSince1970
            var wait = period - (t - (t / period).rounded(.down) * period)
            if let relock = kiosk.relockAt { wait = max(0, min(wait, relock.timeIntervalSince(now))) }
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: mailbox.wakeFD, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 2, Int32(wait * 1000) + 5)
            // The terminal is gone without a SIGHUP reaching us: end as a hang-up would
            // (terminal restored, the supervisor restarts), rather than spin on it.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { raise(SIGHUP) }
            if fds[1].revents != 0, let next = mailbox.take() { swap(to: next) }
            // Drain everything ncurses has (keys, a resize after SIGWINCH interrupted poll).
            while let event = screen.nextEvent(timeout: 0) {
                if kiosk.isLocked {
                    handleLocked(event, renderer: kioskRenderer)
                    continue
                }
                kiosk.noteActivity(at: clock.now())
                if !handle(event) { return }
            }
        }
    }

    private static func minute(_ date: Date) -> Int { Int(date.timeIntervalSince1970 / 60) }
}

/// Kiosk mode's state in the running dashboard: locked (rotating, masked) or unlocked
/// by the PIN until it sits idle. Inactive outside `--kiosk`.
struct KioskMode {
    let active: Bool
    var lock: KioskLock
    var rotation: KioskRotation
    private var relockSeconds: TimeInterval
    private(set) var lastActivity: Date?

    init(active: Bool, settings: KioskSettings, now: Date) {
        self.active = active
        lock = KioskLock(unlockKey: settings.unlockKey, pinHash: settings.pinHash)
        rotation = KioskRotation(startingAt: now)
        relockSeconds = TimeInterval(settings.relockMinutes * 60)
    }

    var isLocked: Bool { active && lock.phase != .unlocked }
    var isUnlocked: Bool { active && lock.phase == .unlocked }
    /// When an unlocked screen locks itself again.
    var relockAt: Date? { isUnlocked ? lastActivity?.addingTimeInterval(relockSeconds) : nil }

    /// Follows `netra.toml` as it changes (new PIN hash, rotation, relock time).
    mutating func update(settings: KioskSettings, at now: Date) {
        guard active else { return }
        lock.configure(unlockKey: settings.unlockKey, pinHash: settings.pinHash)
        lock.expire(at: now)
        relockSeconds = TimeInterval(settings.relockMinutes * 60)
    }

    mutating func unlock(at now: Date) { lastActivity = now }
    mutating func noteActivity(at now: Date) { if isUnlocked { lastActivity = now } }

    /// Locks an unlocked screen that sat idle; true when it did.
    mutating func relockIfIdle(at now: Date) -> Bool {
        guard let relockAt, now >= relockAt else { return false }
        lock.relock()
        rotation = KioskRotation(startingAt: now)
        lastActivity = nil
        return true
    }
}
