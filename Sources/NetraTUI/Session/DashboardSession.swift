import Foundation
import NetraCore

/// The dashboard as a value: events in at an instant, frames out, and when it next
/// needs to wake. It owns the model, the UI state and the kiosk's lock and rotation;
/// it touches no terminal, file or clock, so the replay driver and the tests run it
/// exactly as the terminal loop does.
///
/// Every instant comes in as a `SessionTime`: the data clock for what the screen says,
/// the monotonic `running` clock for the kiosk's timers (rotation, pause, PIN entry,
/// rate limit, relock), so a kiosk started with `--as-of` still rotates and relocks.
/// The `Date` overloads pass one instant for both (a clock that runs).
public struct DashboardSession {
    /// How the session was started (from the command line).
    public struct Options: Sendable {
        /// `nil`: the folder's `netra.toml` decides, else `environmentLanguage`, else Indonesian.
        public var language: Language?
        /// What the locale variables ask for; below netra.toml, which may change while
        /// the dashboard runs.
        public var environmentLanguage: Language?
        public var glyphs: Glyphs
        public var isDemo: Bool
        /// Problems outside the data (a broken theme file), shown in the banner.
        public var notices: [String]
        public var initialView: ViewID
        /// The locked, rotating, privacy-masking lobby screen.
        public var kiosk: Bool
        /// The data folder's name, for the header when netra.toml names no region.
        public var folderName: String?
        /// The host derives each new minute off the terminal loop and hands it in
        /// (`adoptRederived`); `frame` then draws the last derivation meanwhile.
        public var derivesMinutesAside = false
        /// Where each frame's recipe is left for the reload thread (`FrameWarmUp`).
        public var frameWarmUp: FrameWarmUp?

        public init(language: Language? = nil, glyphs: Glyphs = .unicode, isDemo: Bool = false, notices: [String] = [],
                    initialView: ViewID = .overview, kiosk: Bool = false) {
            self.language = language
            self.glyphs = glyphs
            self.isDemo = isDemo
            self.notices = notices
            self.initialView = initialView
            self.kiosk = kiosk
        }
    }

    /// What the host must do after an event.
    public enum Effect: Equatable, Sendable {
        case none, quit
        /// Read the whole folder again (`r`); the new model arrives through `receive`.
        case reload
        /// Check a kiosk PIN off the UI thread (`PINVerifier`); the outcome comes back
        /// through `finishPINCheck`.
        case checkPIN(PINCheck)
        /// Write this file into the working folder (`e`), then call `noteExport`.
        case export(ExportFile)
        /// Write this copy to the terminal (OSC 52, `y`) and, where the terminal may be
        /// asked, ask back; its answer comes in as `InputEvent.clipboardAnswer`.
        case copy(Clipboard.Copy)
        /// Stop the process until `fg` (Ctrl-Z; never in a kiosk).
        case suspend
    }

    public internal(set) var model: DashboardModel
    public internal(set) var state: UIState
    public private(set) var size: Size
    let options: Options
    private(set) var kiosk: KioskMode
    /// The minute the model's alerts were derived for (they change by the minute at most).
    var derivedMinute: Int
    /// The last frame's layout: what a click hits is what the user saw.
    var shownLayout: FrameLayout?
    private var shownSecondTicks = false
    /// Operational events since the host last took them (for the log).
    private var events: [OperationEvent] = []
    /// The screen locked again: the host clears the terminal completely, so no cell
    /// of the unlocked dashboard can stay on the public screen.
    private var lockedAgain = false
    /// The latest `running` instant the host gave (the unlock banner counts down from it).
    private(set) var running: Date
    /// The last copy (`y`) while the terminal's answer to the clipboard query may come.
    var pendingCopy: PendingCopy?

    /// A copy sent at `at` (the monotonic clock), waiting for the terminal's answer.
    struct PendingCopy {
        let notice: CopyNotice
        let at: Date
    }
    /// The model was re-derived for a new minute since the host last asked: the old
    /// one's memory is free, and the host hands it back to the system.
    var rederived = false

    public init(model: DashboardModel, options: Options, size: Size, now: Date) {
        self.init(model: model, options: options, size: size, now: SessionTime(now))
    }

    public init(model: DashboardModel, options: Options, size: Size, now time: SessionTime) {
        self.model = model
        self.options = options
        self.size = size
        state = UIState(view: options.initialView)
        kiosk = KioskMode(active: options.kiosk, settings: model.dataset.settings.kiosk, now: time.running)
        derivedMinute = Self.minute(time.data)
        running = time.running
    }

    public var language: Language { Self.language(chosen: options.language, environment: options.environmentLanguage, model) }

    /// The screen's language: the one chosen on the command line, else the folder's,
    /// else the environment's (`LANG`), else Indonesian.
    public static func language(chosen: Language?, environment: Language? = nil, _ model: DashboardModel) -> Language {
        chosen ?? Language(rawValue: model.dataset.settings.language) ?? environment ?? .id
    }

    public var isKioskLocked: Bool { kiosk.isLocked }

    /// The kiosk's wrong PINs and the seconds left of its block at `running`, for the
    /// state directory (`PINLockoutStore`).
    public func kioskLockout(at running: Date) -> PINLockout {
        PINLockout(failures: kiosk.lock.failures, blockedSeconds: kiosk.lock.secondsBlocked(at: running).map(Double.init) ?? 0)
    }

    /// Takes back the lockout a previous process stored (a restart gives no new tries).
    public mutating func restoreKioskLockout(_ lockout: PINLockout, at running: Date) {
        kiosk.lock.restore(failures: lockout.failures, blockedFor: lockout.blockedSeconds, at: running)
    }

    private var style: FrameStyle {
        var style = FrameStyle(language: language, glyphs: options.glyphs, isDemo: options.isDemo, notices: options.notices)
        style.folderName = options.folderName
        if kiosk.isUnlocked {
            // The banner names the lock-now key and counts down to the automatic relock;
            // it is a state of the screen, not a problem to count.
            let text = UIText.table(for: language), key = "\(model.dataset.settings.kiosk.unlockKey)"
            let left = max(0, Int((kiosk.relockAt ?? running).timeIntervalSince(running).rounded(.up)))
            style.statusBanner = text.unlockedBanner(lockKey: key, secondsLeft: left)
            style.operatorKeys = [(key, text.lockNowHelp)]
        }
        return style
    }

    private var kioskRenderer: KioskRenderer {
        KioskRenderer(language: language, glyphs: options.glyphs, isDemo: options.isDemo, privacy: kiosk.privacy, folderName: options.folderName)
    }

    /// The layout for the current state (keys act on what the next frame will show).
    func layout(at now: Date) -> FrameLayout {
        FrameRenderer(style: style).layout(model, state: state, size: size, now: now)
    }

    // MARK: Events in

    /// The terminal changed size.
    public mutating func resize(to size: Size) { self.size = size }

    /// A new model from the reload pipeline: keep the selection by identity, or say
    /// that its row is gone and select the neighbour.
    public mutating func receive(_ next: DashboardModel, at now: Date) { receive(next, at: SessionTime(now)) }

    public mutating func receive(_ next: DashboardModel, at time: SessionTime) {
        var next = next
        // What changed since the last look stays until the journal's next digest.
        if next.sinceLook == nil { next.sinceLook = model.sinceLook }
        running = time.running
        let now = time.data
        derivedMinute = Self.minute(now)
        // A locked kiosk shows no list and starts from a fresh state when unlocked:
        // laying out the hidden dashboard would only fill each model's row cache (at
        // 100k officers past their TMT, a copy of 100k alerts per model).
        guard !kiosk.isLocked else { model = next; return }
        let before = layout(at: now).rows
        model = next
        state.reconcile(previous: before, rows: layout(at: now).rows)
    }

    /// The model of a digest made off the terminal loop (`ChangesAdoption`), and a weak
    /// mark of the model it was made from: it applies only while that one is shown.
    public struct PreparedChanges: Sendable {
        let model: DashboardModel
        private weak var base: RowCache?

        init(model: DashboardModel, madeFrom base: DashboardModel) {
            self.model = model
            self.base = base.cache
        }

        func applies(to shown: DashboardModel) -> Bool { base != nil && base === shown.cache }
    }

    /// The journal's digest of what changed since the last look: a new model of the same
    /// data (its row caches are per model, and the overview's rows gain a line).
    /// `prepared`: that model made and laid out aside, taken while it still applies.
    public mutating func adoptChanges(_ digest: ChangesDigest, prepared: PreparedChanges? = nil, at time: SessionTime) {
        guard model.sinceLook != digest else { return }
        // The derivation stays the one of its minute: if that minute has passed, the next
        // frame derives anew as it would have.
        let minute = derivedMinute
        if let prepared, prepared.applies(to: model), prepared.model.sinceLook == digest {
            receive(prepared.model, at: time)
        } else {
            receive(model.with(sinceLook: digest), at: time)
        }
        derivedMinute = minute
    }

    /// Handles one key, click, wheel turn or resize at `now`.
    public mutating func handle(_ event: InputEvent, at now: Date) -> Effect { handle(event, at: SessionTime(now)) }

    public mutating func handle(_ event: InputEvent, at time: SessionTime) -> Effect {
        running = time.running
        if case .clipboardAnswer(let answer) = event {
            // The terminal speaking, not the person: no activity, no key.
            noteClipboardAnswer(answer, at: time.running)
            return .none
        }
        if kiosk.isLocked { return handleLocked(event, at: time.running) }
        kiosk.noteActivity(at: time.running)
        let now = time.data
        switch event {
        case .resize, .clipboardAnswer: return .none
        case .key(let key):
            // The operator's lock-now key (the unlock key again): the lobby gets its
            // screen back at once. A printable unlock key still types into a search.
            if kiosk.isUnlocked, key == Key(model.dataset.settings.kiosk.unlockKey),
               !(state.isSearching || state.picker != nil) || !Self.types(key) {
                relock(at: time.running)
                return .none
            }
            // Ctrl-C quits from anywhere, a picker or the search line included.
            if KeyMap.action(for: key) == .quitNow { return .quit }
            if state.picker != nil { return handlePicker(key, at: now) }
            if state.isSearching {
                // Esc leaves the search on the row it found (the one shown selected).
                state.applySearch(key, found: key == .escape ? layout(at: now).selectedID : nil)
                return .none
            }
            guard let action = KeyMap.action(for: key) else { return .none }
            return perform(action, at: now)
        case .click(let x, let y):
            if let view = shownLayout?.view(atColumn: x, line: y) { return perform(.showView(view), at: now) }
            if shownLayout?.isBanner(line: y) == true { return perform(.toggleProblems, at: now) }
            if let key = shownLayout?.sortKey(atColumn: x, line: y) { sortBy(key, layout: layout(at: now)); return .none }
            if let id = shownLayout?.rowID(atLine: y) { state.selection[state.view] = id }
            return .none
        case .wheel(let delta):
            for _ in 0..<abs(delta) { _ = perform(delta < 0 ? .moveUp : .moveDown, at: now) }
            return .none
        }
    }

    mutating func perform(_ action: Action, at now: Date) -> Effect {
        let layout = layout(at: now)
        var action = action
        // A province's tabs include Wilayah; a folder's do not, and its key does nothing.
        let views = layout.input.views
        switch action {
        case .nextView where views.contains(.sites): action = .showView(UIState.neighbour(of: state.view, by: 1, among: views))
        case .previousView where views.contains(.sites): action = .showView(UIState.neighbour(of: state.view, by: -1, among: views))
        case .showView(let view) where !views.contains(view): return .none
        case .widen where layout.input.province == nil: return .none
        default: break
        }
        // The problems panel takes every key first: it scrolls or closes.
        if !state.showsProblems, let effect = performListAction(action, layout: layout, at: now) { return effect }
        let input = layout.input
        if action == .open, !state.showsHelp, !state.showsProblems, let id = layout.selectedID, layout.room.open(id, state: &state) { return .none }
        let effect = state.apply(action, rows: layout.rows, filterCount: layout.room.filterLabels(input).count,
                                 sortCount: layout.room.sortLabels(input).count, overlay: layout.overlayScroll)
        switch effect {
        case .quit: return .quit
        case .reload: return .reload
        case .none: return .none
        }
    }

    /// A locked kiosk: nothing quits, suspends or starts anything; keys pause the
    /// rotation, step through pages, or lead to the PIN.
    private mutating func handleLocked(_ event: InputEvent, at now: Date) -> Effect {
        let settings = model.dataset.settings.kiosk
        let renderer = kioskRenderer, model = model, size = size
        let parts = { (i: Int) in renderer.parts(ofPage: i, model, width: size.width, height: size.height) }
        switch event {
        case .resize, .clipboardAnswer: break
        case .key(let key):
            let failuresBefore = kiosk.lock.failures
            switch kiosk.lock.handle(key, at: now) {
            case .pauseRotation: kiosk.rotation.pause(at: now)
            case .showPage(let offset):
                kiosk.rotation.show(offset: offset, at: now, pageCount: settings.pages.count, parts: parts)
                kiosk.lock.clearVerdict()
            case .unlock: unlock(at: now)
            case .checkPIN(let check): return .checkPIN(check)
            }
            notePINFailures(since: failuresBefore, at: now)
        case .click(let x, let y):
            // A tap on a page's name shows it; any other tap pauses (touch screens).
            if y == 1, let target = renderer.pageTargets(model).first(where: { $0.columns.contains(x) }) {
                kiosk.rotation.show(page: target.page, at: now, pageCount: settings.pages.count)
                kiosk.lock.clearVerdict()
            } else {
                kiosk.rotation.pause(at: now)
            }
        case .wheel: kiosk.rotation.pause(at: now)
        }
        return .none
    }

    /// The verdict on a PIN the host checked off the UI thread.
    public mutating func finishPINCheck(ticket: Int, outcome: PINCheck.Outcome, at now: Date) {
        finishPINCheck(ticket: ticket, outcome: outcome, at: SessionTime(now))
    }

    public mutating func finishPINCheck(ticket: Int, outcome: PINCheck.Outcome, at time: SessionTime) {
        running = time.running
        let now = time.running
        let failuresBefore = kiosk.lock.failures
        if kiosk.lock.finishCheck(ticket: ticket, outcome: outcome, at: now) == .unlock { unlock(at: now) }
        notePINFailures(since: failuresBefore, at: now)
    }

    /// Locks the kiosk again (idle, or the operator's key): the host clears the screen.
    private mutating func relock(at now: Date) {
        kiosk.relock(at: now)
        noteRelocked()
    }

    private mutating func noteRelocked() {
        state = UIState(view: options.initialView)
        events.append(.kioskRelocked)
        lockedAgain = true
    }

    private mutating func unlock(at now: Date) {
        kiosk.unlock(at: now)
        state = UIState(view: .overview)
        events.append(.kioskUnlocked)
    }

    private mutating func notePINFailures(since before: Int, at now: Date) {
        guard kiosk.lock.failures > before else { return }
        events.append(.kioskWrongPIN(failures: kiosk.lock.failures))
        if let wait = kiosk.lock.secondsBlocked(at: now) { events.append(.kioskBlocked(seconds: wait)) }
    }

    // MARK: Frames out

    /// The frame at `now`: re-derives the alerts when the minute turned, follows the
    /// kiosk settings, relocks an idle kiosk, advances its rotation, and lays out and
    /// draws the dashboard or the lobby screen.
    public mutating func frame(at now: Date) -> CellGrid { frame(at: SessionTime(now)) }

    public mutating func frame(at time: SessionTime) -> CellGrid {
        let now = time.data
        running = time.running
        if Self.minute(now) != derivedMinute && !options.derivesMinutesAside {
            model = model.at(now)
            derivedMinute = Self.minute(now)
            rederived = true
        }
        let settings = model.dataset.settings.kiosk
        kiosk.update(settings: settings, at: time.running)
        if kiosk.relockIfIdle(at: time.running) { noteRelocked() }
        if kiosk.isLocked {
            let renderer = kioskRenderer, model = model, size = size
            let turned = kiosk.rotation.advance(to: time.running, period: TimeInterval(settings.rotateSeconds), pageCount: settings.pages.count) {
                renderer.parts(ofPage: $0, model, width: size.width, height: size.height)
            }
            // A wrong PIN is not said to the next page's readers.
            if turned { kiosk.lock.clearVerdict() }
            shownLayout = nil
            shownSecondTicks = renderer.needsSecondTicks(model, rotation: kiosk.rotation, lock: kiosk.lock, now: now, running: time.running)
            return renderer.render(model, rotation: kiosk.rotation, lock: kiosk.lock, width: size.width, height: size.height, now: now,
                                   running: time.running)
        }
        let style = style
        let renderer = FrameRenderer(style: style)
        let layout = renderer.layout(model, state: state, size: size, now: now)
        options.frameWarmUp?.remember(style: style, state: state, size: size)
        shownLayout = layout
        // An unlocked kiosk's banner counts down to the relock every second.
        shownSecondTicks = kiosk.isUnlocked || renderer.needsSecondTicks(model, state: state, now: now)
        return renderer.render(layout)
    }

    /// How long the host may sleep after the last frame before the screen changes by
    /// itself: to the next second while a seconds countdown shows, otherwise to the
    /// next minute (local midnight, when H-N turns, is one of them), or until an
    /// unlocked kiosk locks itself again. Keys and new models wake it earlier.
    public func secondsToWait(from now: Date) -> TimeInterval { secondsToWait(from: SessionTime(now)) }

    public func secondsToWait(from time: SessionTime) -> TimeInterval {
        let period = shownSecondTicks ? 1.0 : 60.0
        let t = time.data.timeIntervalSince1970
        var wait = period - (t - (t / period).rounded(.down) * period)
        if let relock = kiosk.relockAt { wait = max(0, min(wait, relock.timeIntervalSince(time.running))) }
        // A PIN verdict leaves the public status line after its ten seconds.
        if kiosk.isLocked, let clears = kiosk.lock.verdictClearsAt { wait = max(0, min(wait, clears.timeIntervalSince(time.running))) }
        return wait
    }

    /// Whether the screen locked again since the last call: the host then clears the
    /// terminal completely before drawing.
    public mutating func takeLockedAgain() -> Bool {
        defer { lockedAgain = false }
        return lockedAgain
    }

    /// Whether the frame re-derived the model (a new minute) since the last call: the
    /// previous derivation is garbage now (tens of megabytes at 100k officers).
    public mutating func takeRederived() -> Bool {
        defer { rederived = false }
        return rederived
    }

    /// The operational events since the last call (wrong PINs, unlocks, relocks).
    public mutating func takeEvents() -> [OperationEvent] {
        defer { events = [] }
        return events
    }

    /// Whether a key types a character (into a search line or a picker).
    private static func types(_ key: Key) -> Bool { if case .character = key { true } else { false } }

    static func minute(_ date: Date) -> Int { Int(date.timeIntervalSince1970 / 60) }
}
