import Foundation
import NetraCore

/// The kiosk's keyboard: every key is swallowed; the unlock key starts PIN entry, and
/// a correct PIN is the only way to the full dashboard. Wrong PINs are rate-limited.
///
/// A pure state machine over keys and instants (the PIN check is injected), so the
/// tests drive it with a frozen clock and no terminal.
///
/// With `defersChecks`, Enter does not run the (deliberately slow) hash itself: it
/// answers `.checkPIN(check)`, the lock waits in `.checking` (keys are swallowed, the
/// status line says it is checking), and the host hands the check to a `PINVerifier`
/// off the UI thread and brings its outcome back with `finishCheck`.
public struct KioskLock: Sendable {
    public enum Phase: Equatable, Sendable {
        case locked
        /// Typing the PIN; `since` is the last key, for the entry timeout.
        case enteringPIN(digits: String, since: Date)
        /// A submitted PIN is being checked off the UI thread (`defersChecks`).
        case checking(since: Date)
        case unlocked
    }

    /// What the host should do after a key.
    public enum Effect: Equatable, Sendable {
        /// Nothing beyond pausing the rotation (a visitor pressed a key).
        case pauseRotation
        case showPage(offset: Int)
        case unlock
        /// Start checking this PIN off the UI thread; report with `finishCheck`.
        case checkPIN(PINCheck)
    }

    public private(set) var phase: Phase = .locked
    /// Wrong PINs since the last correct one.
    public private(set) var failures = 0
    /// No PIN is checked before this instant.
    public private(set) var blockedUntil: Date?
    /// The last verdict, for the status line (`wrong PIN`, `try again in 30 s`). It is
    /// said on a public screen, so it goes after `verdictSeconds` (`expire`) or at the
    /// next page (`clearVerdict`); a block itself lasts, and the unlock key says it again.
    public private(set) var lastVerdict: Verdict?
    /// When `lastVerdict` was given (the monotonic clock).
    private var verdictAt: Date?
    public static let verdictSeconds: TimeInterval = 10

    public enum Verdict: Equatable, Sendable {
        case wrongPIN, blocked, timedOut
        /// The PIN could not be checked in time (it neither unlocks nor counts as wrong).
        case checkFailed
    }

    /// Wrong PINs allowed before the first wait.
    public static let freeAttempts = 3
    /// The first wait; it doubles with each further wrong PIN, up to `longestBlock`.
    public static let firstBlock: TimeInterval = 30
    public static let longestBlock: TimeInterval = 15 * 60
    /// PIN entry is abandoned after this long without a key.
    public static let entryTimeout: TimeInterval = 30
    public static let maximumDigits = 12
    /// A deferred check that has not come back after this long is given up.
    public static let checkTimeout: TimeInterval = PINVerifier.timeout + 2

    private var unlockKey: Key
    private var pinHash: String?
    private let verify: @Sendable (_ pin: String, _ hash: String) -> Bool
    /// Checks go to the host (`.checkPIN`) instead of running in `handle`.
    public let defersChecks: Bool
    /// The check the lock waits for, and the next one's number.
    private var pendingTicket: Int?
    private var nextTicket = 1

    /// `pinHash == nil`: there is no way to unlock (only the supervisor's SIGTERM).
    /// `verify` replaces the real (deliberately slow) hash check in tests; with
    /// `defersChecks` it is not used.
    public init(unlockKey: UnlockKey, pinHash: String?, verify: @escaping @Sendable (String, String) -> Bool = PINHash.verify,
                defersChecks: Bool = false) {
        self.unlockKey = Key(unlockKey)
        self.pinHash = pinHash
        self.verify = verify
        self.defersChecks = defersChecks
    }

    /// Takes a new unlock key and PIN hash (netra.toml changed), keeping the count of
    /// wrong PINs: editing the file must not reset the rate limit.
    public mutating func configure(unlockKey: UnlockKey, pinHash: String?) {
        self.unlockKey = Key(unlockKey)
        self.pinHash = pinHash
        if pinHash == nil, isEnteringPIN || isCheckingPIN {
            phase = .locked
            pendingTicket = nil
        }
    }

    /// Takes back a count of wrong PINs and the rest of a block from before a restart
    /// (`PINLockoutStore`): a restart must not hand out new tries. Only ever raises
    /// what the lock holds.
    public mutating func restore(failures stored: Int, blockedFor seconds: TimeInterval, at now: Date) {
        failures = max(failures, min(max(0, stored), 1_000))
        let remaining = min(max(0, seconds), Self.longestBlock)
        if remaining > 0, (blockedUntil ?? .distantPast) < now.addingTimeInterval(remaining) {
            blockedUntil = now.addingTimeInterval(remaining)
        }
    }

    /// Whether a PIN is being typed (the status line shows the prompt).
    public var isEnteringPIN: Bool { if case .enteringPIN = phase { true } else { false } }

    /// Whether a submitted PIN is being checked (the status line says so).
    public var isCheckingPIN: Bool { if case .checking = phase { true } else { false } }

    /// The typed digits so far (shown as dots).
    public var typedCount: Int { if case .enteringPIN(let d, _) = phase { d.count } else { 0 } }

    /// Seconds until PINs are checked again, if blocked at `now`.
    public func secondsBlocked(at now: Date) -> Int? {
        guard let until = blockedUntil, until > now else { return nil }
        return Int(until.timeIntervalSince(now).rounded(.up))
    }

    /// Handles one key while locked or typing the PIN.
    public mutating func handle(_ key: Key, at now: Date) -> Effect {
        expire(at: now)
        switch phase {
        case .unlocked:
            return .pauseRotation
        case .checking:
            // Nothing a visitor types counts while the PIN is checked.
            return .pauseRotation
        case .locked:
            // The wait stays on screen for its while; other verdicts go with the next key.
            if secondsBlocked(at: now) == nil { lastVerdict = nil }
            if pinHash != nil, key == unlockKey {
                // While blocked, say how long instead of asking for a PIN in vain.
                if secondsBlocked(at: now) != nil { say(.blocked, at: now) } else { phase = .enteringPIN(digits: "", since: now) }
                return .pauseRotation
            }
            // Visitors may step through the pages; nothing else happens.
            switch key {
            case .right, .tab, .pageDown, .down: return .showPage(offset: 1)
            case .left, .backTab, .pageUp, .up: return .showPage(offset: -1)
            default: return .pauseRotation
            }
        case .enteringPIN(var digits, _):
            switch key {
            case .character(let c) where c.isASCII && c.isNumber:
                if digits.count < Self.maximumDigits { digits.append(c) }
                phase = .enteringPIN(digits: digits, since: now)
            case .backspace:
                if !digits.isEmpty { digits.removeLast() }
                phase = .enteringPIN(digits: digits, since: now)
            case .enter:
                return submit(digits, at: now)
            case .escape:
                phase = .locked
            default:
                // Any other key (Ctrl-C included) keeps the prompt: typing goes on.
                phase = .enteringPIN(digits: digits, since: now)
            }
            return .pauseRotation
        }
    }

    /// Leaves PIN entry that has been idle too long, and takes a verdict off the
    /// public status line after `verdictSeconds` (called on every wake-up too).
    public mutating func expire(at now: Date) {
        if let at = verdictAt, lastVerdict != nil, now.timeIntervalSince(at) >= Self.verdictSeconds { clearVerdict() }
        if case .enteringPIN(_, let since) = phase, now.timeIntervalSince(since) >= Self.entryTimeout {
            phase = .locked
            say(.timedOut, at: now)
        }
        // The host never brought the outcome back: give the check up.
        if case .checking(let since) = phase, now.timeIntervalSince(since) >= Self.checkTimeout {
            phase = .locked
            pendingTicket = nil
            say(.checkFailed, at: now)
        }
    }

    /// When the status line next changes by itself: the verdict goes.
    public var verdictClearsAt: Date? {
        guard lastVerdict != nil, let at = verdictAt else { return nil }
        return at.addingTimeInterval(Self.verdictSeconds)
    }

    /// The page changed: the verdict is not said to the next page's readers.
    public mutating func clearVerdict() {
        lastVerdict = nil
        verdictAt = nil
    }

    private mutating func say(_ verdict: Verdict, at now: Date) {
        lastVerdict = verdict
        verdictAt = now
    }

    /// Locks again (after the unlocked screen sat idle).
    public mutating func relock() {
        phase = .locked
        pendingTicket = nil
        clearVerdict()
    }

    /// The outcome of the deferred check `ticket` (`.checkPIN`). An outcome for a
    /// check the lock no longer waits for (given up, relocked) changes nothing.
    public mutating func finishCheck(ticket: Int, outcome: PINCheck.Outcome, at now: Date) -> Effect {
        guard isCheckingPIN, pendingTicket == ticket else { return .pauseRotation }
        pendingTicket = nil
        switch outcome {
        case .correct: return accept()
        case .wrong: return refuse(at: now)
        case .timedOut:
            phase = .locked
            say(.checkFailed, at: now)
            return .pauseRotation
        }
    }

    private mutating func submit(_ digits: String, at now: Date) -> Effect {
        if secondsBlocked(at: now) != nil {
            phase = .locked
            say(.blocked, at: now)
            return .pauseRotation
        }
        guard let pinHash else { return refuse(at: now) }
        if defersChecks {
            let ticket = nextTicket
            nextTicket += 1
            pendingTicket = ticket
            phase = .checking(since: now)
            return .checkPIN(PINCheck(ticket: ticket, pin: digits, hash: pinHash))
        }
        return verify(digits, pinHash) ? accept() : refuse(at: now)
    }

    private mutating func accept() -> Effect {
        phase = .unlocked
        failures = 0
        blockedUntil = nil
        clearVerdict()
        return .unlock
    }

    private mutating func refuse(at now: Date) -> Effect {
        failures += 1
        phase = .locked
        say(.wrongPIN, at: now)
        if failures >= Self.freeAttempts {
            let doublings = Double(failures - Self.freeAttempts)
            blockedUntil = now.addingTimeInterval(min(Self.longestBlock, Self.firstBlock * pow(2, doublings)))
        }
        return .pauseRotation
    }
}

/// One PIN to check against the configured hash, off the UI thread.
public struct PINCheck: Equatable, Sendable {
    /// Which submission this is: an outcome is matched to the check the lock waits for.
    public let ticket: Int
    public let pin: String
    public let hash: String

    public enum Outcome: Equatable, Sendable {
        case correct, wrong
        /// Not decided within `PINVerifier.timeout` (or an earlier check still runs).
        case timedOut
    }
}

extension Key {
    /// The terminal key for a configured unlock key.
    init(_ unlock: UnlockKey) {
        switch unlock {
        case .function(let n): self = .function(n)
        case .control(let c): self = .control(c)
        case .character(let c): self = .character(c)
        }
    }
}
