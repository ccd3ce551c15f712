import Foundation
import NetraCore

/// The kiosk's keyboard: every key is swallowed; the unlock key starts PIN entry, and
/// a correct PIN is the only way to the full dashboard. Wrong PINs are rate-limited.
///
/// A pure state machine over keys and instants (the PIN check is injected), so the
/// tests drive it with a frozen clock and no terminal.
public struct KioskLock: Sendable {
    public enum Phase: Equatable, Sendable {
        case locked
        /// Typing the PIN; `since` is the last key, for the entry timeout.
        case enteringPIN(digits: String, since: Date)
        case unlocked
    }

    /// What the host should do after a key.
    public enum Effect: Equatable, Sendable {
        /// Nothing beyond pausing the rotation (a visitor pressed a key).
        case pauseRotation
        case showPage(offset: Int)
        case unlock
    }

    public private(set) var phase: Phase = .locked
    /// Wrong PINs since the last correct one.
    public private(set) var failures = 0
    /// No PIN is checked before this instant.
    public private(set) var blockedUntil: Date?
    /// The last verdict, for the status line (`wrong PIN`, `try again in 30 s`).
    public private(set) var lastVerdict: Verdict?

    public enum Verdict: Equatable, Sendable { case wrongPIN, blocked, timedOut }

    /// Wrong PINs allowed before the first wait.
    public static let freeAttempts = 3
    /// The first wait; it doubles with each further wrong PIN, up to `longestBlock`.
    public static let firstBlock: TimeInterval = 30
    public static let longestBlock: TimeInterval = 15 * 60
    /// PIN entry is abandoned after this long without a key.
    public static let entryTimeout: TimeInterval = 30
    public static let maximumDigits = 12

    private var unlockKey: Key
    private var pinHash: String?
    private let verify: @Sendable (_ pin: String, _ hash: String) -> Bool

    /// `pinHash == nil`: there is no way to unlock (only the supervisor's SIGTERM).
    /// `verify` replaces the real (deliberately slow) hash check in tests.
    public init(unlockKey: UnlockKey, pinHash: String?, verify: @escaping @Sendable (String, String) -> Bool = PINHash.verify) {
        self.unlockKey = Key(unlockKey)
        self.pinHash = pinHash
        self.verify = verify
    }

    /// Takes a new unlock key and PIN hash (netra.toml changed), keeping the count of
    /// wrong PINs: editing the file must not reset the rate limit.
    public mutating func configure(unlockKey: UnlockKey, pinHash: String?) {
        self.unlockKey = Key(unlockKey)
        self.pinHash = pinHash
        if pinHash == nil, isEnteringPIN { phase = .locked }
    }

    /// Whether a PIN is being typed (the status line shows the prompt).
    public var isEnteringPIN: Bool { if case .enteringPIN = phase { true } else { false } }

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
        case .locked:
            // The wait stays on screen while it lasts; other verdicts go with the next key.
            if secondsBlocked(at: now) == nil { lastVerdict = nil }
            if pinHash != nil, key == unlockKey {
                // While blocked, say how long instead of asking for a PIN in vain.
                if secondsBlocked(at: now) != nil { lastVerdict = .blocked } else { phase = .enteringPIN(digits: "", since: now) }
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

    /// Leaves PIN entry that has been idle too long (called on every wake-up too).
    public mutating func expire(at now: Date) {
        if case .enteringPIN(_, let since) = phase, now.timeIntervalSince(since) >= Self.entryTimeout {
            phase = .locked
            lastVerdict = .timedOut
        }
    }

    /// Locks again (after the unlocked screen sat idle).
    public mutating func relock() {
        phase = .locked
        lastVerdict = nil
    }

    private mutating func submit(_ digits: String, at now: Date) -> Effect {
        if secondsBlocked(at: now) != nil {
            phase = .locked
            lastVerdict = .blocked
            return .pauseRotation
        }
        if let pinHash, verify(digits, pinHash) {
            phase = .unlocked
            failures = 0
            blockedUntil = nil
            lastVerdict = nil
            return .unlock
        }
        failures += 1
        phase = .locked
        lastVerdict = .wrongPIN
        if failures >= Self.freeAttempts {
            let doublings = Double(failures - Self.freeAttempts)
            blockedUntil = now.addingTimeInterval(min(Self.longestBlock, Self.firstBlock * pow(2, doublings)))
        }
        return .pauseRotation
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
