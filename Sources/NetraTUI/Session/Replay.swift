import Foundation
import NetraCore

/// Drives a `DashboardSession` without a terminal: keys, clicks, new models and the
/// passing of time in; frames out. Behaviour tests replay key scripts through it and
/// compare frames, exactly as the terminal loop would have drawn them.
public struct Replay {
    public private(set) var session: DashboardSession
    /// The replay's data clock: it moves only when the script says so (and never when
    /// frozen, as with `--as-of`).
    public private(set) var now: Date
    /// The replay's monotonic clock: the kiosk's timers run on it. It moves with
    /// every `advance`, frozen data clock or not.
    public private(set) var running: Date
    /// Whether the data clock stands still (`--as-of`) while time passes.
    public let dataFrozen: Bool
    /// Both clocks, as the session receives them.
    public var time: SessionTime { SessionTime(data: now, running: running) }
    /// Effects the session asked of its host (quit, reload), in order.
    public private(set) var effects: [DashboardSession.Effect] = []

    /// `dataFrozen`: the data clock stays at `now` while `advance` lets time pass, as a
    /// dashboard started with `--as-of` does. The monotonic clock starts elsewhere
    /// (only its differences mean anything).
    public init(model: DashboardModel, options: DashboardSession.Options = .init(), size: Size = Size(width: 120, height: 40), now: Date? = nil,
                dataFrozen: Bool = false) {
        let start = now ?? model.situation.now
        self.now = start
        self.dataFrozen = dataFrozen
        running = dataFrozen ? Date(timeIntervalSince1970: 1_000) : start
        session = DashboardSession(model: model, options: options, size: size, now: SessionTime(data: start, running: running))
        _ = session.frame(at: SessionTime(data: start, running: running))  // what the user sees before the first key
    }

    /// The frame the terminal would show now.
    public mutating func frame() -> CellGrid { session.frame(at: time) }

    /// The operational events since the last call (what the log would get).
    public mutating func takeEvents() -> [OperationEvent] { session.takeEvents() }

    /// As the host does at start: the lockout a previous process stored.
    public mutating func restoreKioskLockout(_ lockout: PINLockout) { session.restoreKioskLockout(lockout, at: running) }

    /// Whether the screen locked again since the last call (the terminal is cleared then).
    public mutating func takeLockedAgain() -> Bool { session.takeLockedAgain() }

    /// Sends one event, then draws (as the terminal loop does after every batch).
    public mutating func send(_ event: InputEvent) {
        let effect = session.handle(event, at: time)
        if case .checkPIN(let check) = effect {
            // What `PINVerifier` does off the UI thread, done here at once.
            let outcome: PINCheck.Outcome = PINHash.verify(check.pin, against: check.hash) ? .correct : .wrong
            session.finishPINCheck(ticket: check.ticket, outcome: outcome, at: time)
        } else if effect != .none {
            effects.append(effect)
        }
        _ = session.frame(at: time)
    }

    public mutating func press(_ keys: Key...) { for key in keys { send(.key(key)) } }

    /// Types text character by character (into the search line, say).
    public mutating func type(_ text: String) { for ch in text { send(.key(.character(ch))) } }

    public mutating func click(x: Int, y: Int) { send(.click(x: x, y: y)) }

    /// Lets time pass (on both clocks, or only the monotonic one when the data clock
    /// is frozen), drawing once at the end.
    public mutating func advance(by seconds: TimeInterval) {
        if !dataFrozen { now = now.addingTimeInterval(seconds) }
        running = running.addingTimeInterval(seconds)
        _ = session.frame(at: time)
    }

    /// A reload delivered a new model.
    public mutating func receive(_ model: DashboardModel) {
        session.receive(model, at: time)
        _ = session.frame(at: time)
    }

    /// The host wrote an export (or could not).
    public mutating func noteExport(path: String?, failure: String?) {
        session.noteExport(path: path, failure: failure)
        _ = session.frame(at: time)
    }

    public mutating func resize(to size: Size) {
        session.resize(to: size)
        send(.resize)
    }

    /// Runs a key script: words separated by spaces. Named keys (`Enter`, `Esc`, `Tab`,
    /// `S-Tab`, `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `BS`,
    /// `Space`, `F1`…`F12`, `C-x`), `+Ns` to let N seconds pass, `"text"` to type text
    /// (no spaces inside), and any other single character as itself.
    public mutating func run(_ script: String) {
        for word in script.split(separator: " ").map(String.init) {
            if word.hasPrefix("+"), word.hasSuffix("s"), let seconds = Double(word.dropFirst().dropLast()) {
                advance(by: seconds)
            } else if word.count > 2, word.hasPrefix("\""), word.hasSuffix("\"") {
                type(String(word.dropFirst().dropLast()))
            } else if let key = Self.key(named: word) {
                press(key)
            } else {
                preconditionFailure("unknown key \(word) in a replay script")
            }
        }
    }

    static func key(named word: String) -> Key? {
        let named: [String: Key] = [
            "Enter": .enter, "Esc": .escape, "Tab": .tab, "S-Tab": .backTab, "Up": .up, "Down": .down, "Left": .left,
            "Right": .right, "PgUp": .pageUp, "PgDn": .pageDown, "Home": .home, "End": .end, "BS": .backspace,
            "Space": .character(" "),
        ]
        if let key = named[word] { return key }
        if word.count == 1, let ch = word.first { return .character(ch) }
        if word.hasPrefix("C-"), word.count == 3, let ch = word.last { return .control(ch) }
        if word.hasPrefix("F"), let n = Int(word.dropFirst()), (1...12).contains(n) { return .function(n) }
        return nil
    }
}
